package org.rampart.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.risk.RiskImportReport;
import org.rampart.risk.RiskManagement;
import org.rampart.risk.RiskPolicy;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.UploadLimit;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Import and export of the register as CSV and XLSX: the import page with its per-row report, the download of the
 * filtered register, and the same through the API.
 */
@Controller
@Tag(name = "Risks")
class RiskFileController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RiskManagement risks;
    private final UploadLimit limit;

    private final RiskPolicy policy;

    RiskFileController(RiskManagement risks, UploadLimit limit, RiskPolicy policy) {
        this.policy = policy;
        this.risks = risks;
        this.limit = limit;
    }

    // --- export ---

    @GetMapping({"/risks/export", "/api/v1/risks/export"})
    @Operation(summary = "Export the register of the caller's scope as CSV or XLSX, with the list's filters")
    void export(@ParameterObject RiskApiController.RiskQuery query, @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        String f = format == null || format.isBlank() ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw BadInputException.of("format", "risk.file.format");
        }
        // Validate the filter before the answer starts, so that a bad one gets a problem detail.
        risks.search(actor, query.filter(), new org.rampart.shared.PageQuery(0, 1));
        String name = "risks-" + LocalDate.now() + "." + f;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (f.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            risks.exportCsv(actor, query.filter(), response.getOutputStream());
        } else {
            response.setContentType(XLSX);
            risks.exportXlsx(actor, query.filter(), response.getOutputStream());
        }
    }

    // --- import: API ---

    /**
     * Import through the API: multipart part {@code file}, or the file as the body ({@code text/csv} or the XLSX type).
     * 200 with the report, or 400 with a problem detail listing every problem when nothing was imported.
     */
    @PostMapping(path = "/api/v1/risks/import")
    @ResponseBody
    @Operation(summary = "Import risks from CSV or XLSX (all or nothing unless skipBad)",
            description = "Columns: code, title_en, title_zh, description_en, description_zh, domain, jurisdiction, "
                    + "owner_unit, causes, consequences, controls, bottom_line, likelihood, impact, residual_likelihood, "
                    + "residual_impact, target_level, review_frequency_days, next_review_date, indicators, tags, reason "
                    + "(lists separated by ';'). A code of a risk in scope changes it; others are created.")
    RiskImportReport importApi(@RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean skipBad, HttpServletRequest request) throws IOException {
        Actor actor = CurrentActor.get();
        if (request instanceof MultipartHttpServletRequest multipart && multipart.getFile("file") != null) {
            MultipartFile file = multipart.getFile("file");
            limit.check(file.getSize());
            try (InputStream in = file.getInputStream()) {
                return risks.importFile(actor, in, format(format, file.getOriginalFilename(), file.getContentType()), skipBad);
            }
        }
        if (request.getContentLengthLong() > 0) {
            limit.check(request.getContentLengthLong());
        }
        try (InputStream in = limit.limited(request.getInputStream())) {
            return risks.importFile(actor, in, format(format, null, request.getContentType()), skipBad);
        }
    }

    static String format(String format, String fileName, String contentType) {
        if (format != null && !format.isBlank()) {
            return format;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || (contentType != null && contentType.startsWith(XLSX))) {
            return "xlsx";
        }
        if (name.endsWith(".csv") || (contentType != null && (contentType.startsWith("text/csv")
                || contentType.startsWith(MediaType.TEXT_PLAIN_VALUE)))) {
            return "csv";
        }
        throw BadInputException.of("format", "risk.file.format");
    }

    // --- import: page ---

    /** What the page shows after an upload: the counts, and the problems with their line and column. */
    record ImportResult(int read, int created, int updated, List<BadInputException.Problem> problems, boolean refused) {

        boolean complete() {
            return problems.isEmpty();
        }
    }

    @GetMapping("/risks/import")
    String importPage(Model model) {
        requireEditor();
        importModel(model);
        return "risk/import";
    }

    /** Import the uploaded file; an htmx request gets only the report, a plain form post the whole page. */
    @PostMapping("/risks/import")
    String importUpload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean skipBad,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Actor actor = requireEditor();
        importModel(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "risk.import.noFile");
        } else {
            limit.check(file.getSize());
            String format;
            try {
                format = format(null, file.getOriginalFilename(), null);
            } catch (BadInputException e) {
                format = null;
                model.addAttribute("uploadError", "risk.import.unknownFormat");
            }
            if (format != null) {
                try (InputStream in = file.getInputStream()) {
                    RiskImportReport r = risks.importFile(actor, in, format, skipBad);
                    model.addAttribute("report", new ImportResult(r.read(), r.created(), r.updated(), r.problems(), false));
                } catch (BadInputException e) {
                    model.addAttribute("report", new ImportResult(0, 0, 0, e.problems(), true));
                }
            }
        }
        return htmx != null ? "risk/import :: report" : "risk/import";
    }

    private Actor requireEditor() {
        Actor actor = CurrentActor.get();
        policy.requireEditor(actor);
        return actor;
    }

    private void importModel(Model model) {
        model.addAttribute("navSection", "risks");
        model.addAttribute("maxBytes", limit.maxBytes());
        model.addAttribute("maxMegabytes", limit.maxMegabytes());
    }
}
