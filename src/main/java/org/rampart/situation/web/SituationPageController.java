package org.rampart.situation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.risk.RiskLevel;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.situation.Named;
import org.rampart.situation.RiskLine;
import org.rampart.situation.RollUp;
import org.rampart.situation.SituationManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/** The situation page (heat map, roll-up and map, top risks, changes) and the htmx fragment of one heat-map cell. */
@Controller
class SituationPageController {

    /** How many risks of a heat-map cell the page lists (the API lists more). */
    static final int CELL_ROWS = 50;

    private final SituationManagement situation;
    private final SituationLevels levels;
    private final MessageSource messages;

    SituationPageController(SituationManagement situation, SituationLevels levels, MessageSource messages) {
        this.situation = situation;
        this.levels = levels;
        this.messages = messages;
    }

    @GetMapping("/situation")
    String page(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String since, @RequestParam(defaultValue = "false") boolean residual,
            Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "situation");
        List<Named> domains = situation.domains();
        model.addAttribute("domains", domains);
        model.addAttribute("levels", RiskLevel.values());
        String problem = null;
        String code = jurisdiction;
        LocalDate from;
        String chosenDomain = domain == null || domain.isBlank() ? null : domain.trim();
        try {
            from = SituationManagement.date("since", since, null);
        } catch (BadInputException e) {
            problem = "situation.problem.since";
            from = null;
        }
        String asked = chosenDomain;
        if (asked != null && domains.stream().noneMatch(d -> d.code().equalsIgnoreCase(asked))) {
            problem = "situation.problem.domain";
            chosenDomain = null;
        }
        SituationManagement.Picture picture;
        try {
            picture = situation.picture(actor, code, chosenDomain, from, residual);
        } catch (BadInputException e) {
            // the jurisdiction, or a domain removed since the list above was read: show the scope without that filter
            boolean place = e.problems().stream().anyMatch(p -> "jurisdiction".equals(p.field()));
            problem = place ? "situation.problem.jurisdiction" : "situation.problem.domain";
            if (place) {
                code = null;
            } else {
                chosenDomain = null;
            }
            picture = situation.picture(actor, code, chosenDomain, from, residual);
        }
        model.addAttribute("problem", problem);
        model.addAttribute("place", picture.place());
        model.addAttribute("situation", picture.situation());
        model.addAttribute("since", picture.situation().since());
        model.addAttribute("domain", chosenDomain);
        model.addAttribute("residual", residual);
        model.addAttribute("heat", picture.heat());
        model.addAttribute("rollUp", picture.rollUp());
        model.addAttribute("rollRows", rows(picture.rollUp(), locale));
        return "situation/page";
    }

    /**
     * One row of the roll-up table, ready to print: the domain's name and its cells as HTML. A province's table has
     * hundreds of cells; written here they cost one template expression a row instead of several a cell.
     */
    record RollRow(String domain, String cells) {
    }

    private List<RollRow> rows(RollUp rollUp, Locale locale) {
        Map<String, RollUp.Cell> byKey = new HashMap<>();
        rollUp.cells().forEach(c -> byKey.put(c.domain() + "|" + c.column(), c));
        Map<String, String> labels = new HashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            labels.put(level.name(), HtmlUtils.htmlEscape(
                    messages.getMessage("situation.level." + level.name(), null, locale)));
        }
        List<RollRow> rows = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        for (Named d : rollUp.domains()) {
            html.setLength(0);
            for (Named column : rollUp.columns()) {
                RollUp.Cell c = byKey.get(d.code() + "|" + column.code());
                html.append("<td class=\"text-center\">");
                if (c != null) {
                    String label = labels.get(c.level());
                    html.append("<span class=\"badge ").append(levels.css(c.level())).append("\" title=\"").append(label)
                            .append("\">").append(c.count()).append("</span><span class=\"visually-hidden\">")
                            .append(label).append("</span>");
                }
                html.append("</td>");
            }
            rows.add(new RollRow(d.name(locale), html.toString()));
        }
        return rows;
    }

    /** The risks of one heat-map cell (an htmx fragment, or a plain page without htmx). */
    @GetMapping("/situation/cell")
    String cell(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean residual, @RequestParam int likelihood,
            @RequestParam int impact, Model model) {
        List<RiskLine> risks = situation.cell(CurrentActor.get(), jurisdiction, domain, residual, likelihood, impact);
        model.addAttribute("risks", risks.size() > CELL_ROWS ? risks.subList(0, CELL_ROWS) : risks);
        model.addAttribute("more", risks.size() > CELL_ROWS);
        model.addAttribute("total", risks.size());
        model.addAttribute("likelihood", likelihood);
        model.addAttribute("impact", impact);
        model.addAttribute("limit", CELL_ROWS);
        return "situation/fragments :: cell";
    }
}
