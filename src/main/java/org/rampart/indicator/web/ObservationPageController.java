package org.rampart.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rampart.indicator.Grid;
import org.rampart.indicator.IngestReport;
import org.rampart.indicator.ObservationInput;
import org.rampart.indicator.IndicatorPolicy;
import org.rampart.indicator.ObservationManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Names;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.UploadLimit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the manual-entry grid of one indicator and the CSV upload of observations. */
@Controller
class ObservationPageController {


    private final IndicatorPolicy policy;
    private final ObservationManagement observations;
    private final JurisdictionManagement jurisdictions;
    private final UploadLimit limit;
    private final ProblemTexts texts;
    private final IndicatorProblems labels;

    ObservationPageController(ObservationManagement observations, JurisdictionManagement jurisdictions, UploadLimit limit,
            ProblemTexts texts, IndicatorProblems labels, IndicatorPolicy policy) {
        this.policy = policy;
        this.observations = observations;
        this.jurisdictions = jurisdictions;
        this.limit = limit;
        this.texts = texts;
        this.labels = labels;
    }

    /** One input of the grid: what it shows and, after a refused save, why its value was refused. */
    record Cell(String name, String value, String error) {
    }

    /** One row of the grid as rendered: the child's code and its name as shown (with its language). */
    record GridRow(String code, Names.Shown name, List<Cell> cells) {
    }

    @GetMapping("/indicators/{code}/grid")
    String grid(@PathVariable String code, @RequestParam(required = false) String parent,
            @RequestParam(required = false) Integer periods, Model model, java.util.Locale locale) {
        Actor actor = CurrentActor.get();
        policy.requireSubmitterRole(actor);
        Grid grid = observations.grid(actor, code, parentCode(actor, parent), periods(periods));
        List<GridRow> rows = new ArrayList<>();
        for (Grid.Row r : grid.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < grid.periods().size(); i++) {
                Double v = r.values().get(i);
                cells.add(new Cell(cellName(r.code(), i), v == null ? "" : format(v), null));
            }
            rows.add(new GridRow(r.code(), r.shown(locale), cells));
        }
        gridModel(model, grid, rows);
        return "indicator/grid";
    }

    /** Save the filled cells through the ingestion path (source "manual"); empty cells are left as they are. */
    @PostMapping("/indicators/{code}/grid")
    String saveGrid(@PathVariable String code, @RequestParam String parent, @RequestParam(required = false) Integer periods,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, java.util.Locale locale) {
        Actor actor = CurrentActor.get();
        Grid grid = observations.grid(actor, code, parent, periods(periods));
        List<ObservationInput> inputs = new ArrayList<>();
        List<String> cellOfInput = new ArrayList<>();
        for (Grid.Row r : grid.rows()) {
            for (int i = 0; i < grid.periods().size(); i++) {
                String text = form.get(cellName(r.code(), i));
                if (text != null && !text.isBlank()) {
                    inputs.add(new ObservationInput(code, r.code(), grid.periods().get(i).toString(), text.trim(), null));
                    cellOfInput.add(cellName(r.code(), i));
                }
            }
        }
        IngestReport report = observations.ingest(actor, inputs, false, "manual");
        if (!report.refused()) {
            redirect.addFlashAttribute("report", report);
            return "redirect:/indicators/" + code + "/grid?parent=" + parent + "&periods=" + grid.periods().size();
        }
        Map<String, String> errors = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (BadInputException.Problem p : report.rejected()) {
            if (p.index() != null && p.index() < cellOfInput.size()) {
                // the cell names the item: say which field of it and why
                String text = texts.line(new BadInputException.Problem(p.field(), null, null, p.code(), p.args()), locale,
                        labels);
                errors.merge(cellOfInput.get(p.index()), text, (a, b) -> a + "; " + b);
            } else {
                general.add(texts.line(p, locale, labels));
            }
        }
        List<GridRow> rows = new ArrayList<>();
        for (Grid.Row r : grid.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < grid.periods().size(); i++) {
                String name = cellName(r.code(), i);
                String text = form.get(name);
                cells.add(new Cell(name, text == null ? "" : text, errors.get(name)));
            }
            rows.add(new GridRow(r.code(), r.shown(locale), cells));
        }
        gridModel(model, grid, rows);
        model.addAttribute("refused", true);
        model.addAttribute("generalProblems", general);
        model.addAttribute("errorCount", report.rejected().size());
        return "indicator/grid";
    }

    private void gridModel(Model model, Grid grid, List<GridRow> rows) {
        model.addAttribute("navSection", "indicators");
        model.addAttribute("indicator", grid.indicator());
        model.addAttribute("parent", grid.parent());
        model.addAttribute("periodCount", grid.periods().size());
        model.addAttribute("periodLabels", grid.periods().stream()
                .map(p -> PeriodLabels.label(grid.indicator().periodType(), p, observations.zone())).toList());
        model.addAttribute("rows", rows);
    }

    private String parentCode(Actor actor, String parent) {
        if (parent != null && !parent.isBlank()) {
            return parent.trim();
        }
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        if (roots.isEmpty()) {
            throw BadInputException.of("parent", "value.required");
        }
        return roots.get(0).code();
    }

    private static int periods(Integer periods) {
        return periods == null ? ObservationManagement.DEFAULT_PERIODS : periods;
    }

    static String cellName(String jurisdictionCode, int period) {
        return "v_" + period + "_" + jurisdictionCode;
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }

    @GetMapping("/observations/upload")
    String uploadPage(Model model) {
        policy.requireSubmitterRole(CurrentActor.get());
        uploadModel(model);
        return "indicator/upload";
    }

    /** Ingest the uploaded CSV; an htmx request gets only the report, a plain form post the whole page. */
    @PostMapping("/observations/upload")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean skipBad,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        policy.requireSubmitterRole(actor);
        uploadModel(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "indicator.upload.noFile");
        } else {
            limit.check(file.getSize());
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("report", observations.ingestCsv(actor, in, skipBad,
                        UploadLimit.source("csv", file.getOriginalFilename())));
            }
        }
        return htmx != null ? "indicator/upload :: report" : "indicator/upload";
    }

    private void uploadModel(Model model) {
        model.addAttribute("navSection", "indicators");
        model.addAttribute("maxBytes", limit.maxBytes());
        model.addAttribute("maxMegabytes", limit.maxMegabytes());
        model.addAttribute("now", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
    }
}
