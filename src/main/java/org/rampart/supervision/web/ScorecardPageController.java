package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.supervision.BoardFilter;
import org.rampart.supervision.Scorecard;
import org.rampart.supervision.SupervisionScorecard;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The scorecard page (ranking by unit and by jurisdiction, with a chart) and its XLSX export. */
@Controller
class ScorecardPageController {

    /** How many lines the chart shows. */
    static final int CHART_LINES = 20;
    /** How many ranked lines the page lists (the export and the API list more). */
    static final int PAGE_LINES = 50;

    private final SupervisionScorecard scorecards;
    private final MessageSource messages;
    private final JsonMapper json;

    ScorecardPageController(SupervisionScorecard scorecards, MessageSource messages, JsonMapper json) {
        this.scorecards = scorecards;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/supervision/scorecard")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, @RequestParam(defaultValue = "unit") String by, Model model,
            Locale locale) {
        model.addAttribute("navSection", "supervision");
        model.addAttribute("priorities", BoardFilter.PRIORITIES);
        model.addAttribute("sources", BoardFilter.SOURCES);
        boolean byUnit = !"jurisdiction".equals(by);
        Scorecard card;
        BoardFilter filter;
        try {
            filter = BoardFilter.parse(jurisdiction, null, priority, source, null, null);
            card = scorecards.scorecard(CurrentActor.get(), filter, Dates.parse("from", from), Dates.parse("to", to));
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            filter = BoardFilter.NONE;
            card = scorecards.scorecard(CurrentActor.get(), filter, null, null);
        }
        List<Scorecard.Line> all = byUnit ? card.units() : card.jurisdictions();
        List<Scorecard.Line> lines = all.size() > PAGE_LINES ? all.subList(0, PAGE_LINES) : all;
        model.addAttribute("moreLines", all.size() - lines.size());
        model.addAttribute("filter", filter);
        model.addAttribute("card", card);
        model.addAttribute("by", byUnit ? "unit" : "jurisdiction");
        model.addAttribute("lines", lines);
        model.addAttribute("query", query(card, filter));
        model.addAttribute("chart", chart(lines, locale));
        return "supervision/scorecard";
    }

    @GetMapping("/supervision/scorecard/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String source, Locale locale) {
        Scorecard card = scorecards.scorecard(CurrentActor.get(),
                BoardFilter.parse(jurisdiction, null, priority, source, null, null), Dates.parse("from", from),
                Dates.parse("to", to));
        return SupervisionXlsx.download(SupervisionXlsx.scorecard(card, messages, locale),
                "supervision-scorecard-" + card.from() + "-" + card.to() + ".xlsx");
    }

    private static String query(Scorecard card, BoardFilter filter) {
        String q = "from=" + card.from() + "&to=" + card.to();
        String rest = filter.query();
        return rest.isEmpty() ? q : q + "&" + rest;
    }

    /** The chart's data: the on-time rate (percent) and the sent-back rate of the best-ranked lines. */
    private String chart(List<Scorecard.Line> lines, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Double> onTime = new ArrayList<>();
        List<Double> sentBack = new ArrayList<>();
        for (Scorecard.Line l : lines) {
            if (l.rank() == 0 || labels.size() == CHART_LINES) {
                continue;
            }
            labels.add(l.name(locale).text().isEmpty() ? l.code() : l.name(locale).text());
            onTime.add(Math.round(l.onTimeRate() * 1000) / 10.0);
            sentBack.add(l.sentBackRate() == null ? 0.0 : Math.round(l.sentBackRate() * 1000) / 10.0);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("onTime", onTime);
        data.put("sentBack", sentBack);
        data.put("onTimeName", messages.getMessage("supervision.scorecard.onTimeRate", null, locale));
        data.put("sentBackName", messages.getMessage("supervision.scorecard.sentBackRate", null, locale));
        return json.writeValueAsString(data);
    }
}
