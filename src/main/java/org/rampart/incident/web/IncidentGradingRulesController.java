package org.rampart.incident.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.incident.GradingRuleSet;
import org.rampart.incident.IncidentManagement;
import org.rampart.incident.IncidentType;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.ProblemTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The administrators' page for the grading rule sets: the JSON of each incident type, edited and validated. */
@Controller
class IncidentGradingRulesController {

    static final int MAX_JSON = 20_000;

    private final IncidentManagement incidents;
    private final ProblemTexts problemTexts;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    IncidentGradingRulesController(IncidentManagement incidents, ProblemTexts problemTexts, MessageSource messages) {
        this.incidents = incidents;
        this.problemTexts = problemTexts;
        this.messages = messages;
    }

    @GetMapping("/incidents/grading-rules")
    String page(Model model) {
        incidents.policy().requireReadRules(CurrentActor.get());
        Map<IncidentType, String> texts = new LinkedHashMap<>();
        for (IncidentType type : IncidentType.values()) {
            texts.put(type, json.writeValueAsString(incidents.rules(type)));
        }
        return page(model, texts, null, List.of());
    }

    @PostMapping("/incidents/grading-rules/{type}")
    String save(@PathVariable String type, @RequestParam(name = "json", required = false) String text, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        incidents.policy().requireChangeRules(actor);
        IncidentType t = IncidentType.parse(type);
        if (t == null) {
            throw new NotFoundException("incident type " + type);
        }
        List<Problem> problems = new ArrayList<>();
        GradingRuleSet rules = null;
        if (text == null || text.isBlank()) {
            problems.add(Problem.at("json", "value.required"));
        } else if (text.length() > MAX_JSON) {
            problems.add(Problem.at("json", "text.too-long", MAX_JSON));
        } else {
            try {
                rules = json.readValue(text, GradingRuleSet.class);
            } catch (JacksonException e) {
                var where = e.getLocation();
                if (where == null || where.getLineNr() < 1) {
                    problems.add(Problem.at("json", "incident.rules.invalid"));
                } else {
                    problems.add(Problem.at("json", "incident.rules.invalid-at", where.getLineNr(), where.getColumnNr()));
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                incidents.saveRules(actor, t, rules);
                redirect.addFlashAttribute("savedType", t);
                return "redirect:/incidents/grading-rules#rules-" + t.name();
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
        }
        Map<IncidentType, String> texts = new LinkedHashMap<>();
        for (IncidentType other : IncidentType.values()) {
            texts.put(other, other == t ? text : json.writeValueAsString(incidents.rules(other)));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, texts, t, problems);
    }

    private String page(Model model, Map<IncidentType, String> texts, IncidentType failed, List<Problem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("navSection", "incidents");
        model.addAttribute("texts", texts);
        model.addAttribute("failed", failed);
        model.addAttribute("problemLines", problems.stream().map(p -> line(p, locale)).toList());
        boolean mayEdit = incidents.policy().mayChangeRules(CurrentActor.get());
        model.addAttribute("mayEdit", mayEdit);
        return "incident/grading-rules";
    }

    /** A problem as a line: the criterion (item), the field's label and the reason, in the reader's language. */
    private String line(Problem p, Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (p.index() != null) {
            sb.append(messages.getMessage("incident.rules.criterion", new Object[] {p.index()}, locale)).append(' ');
        }
        if (p.field() != null) {
            sb.append(messages.getMessage("incident.rules.field." + p.field(), null, problemTexts.label(p.field(), locale),
                    locale)).append(messages.getMessage("problem.separator", null, ": ", locale));
        }
        return sb.append(problemTexts.reason(p, locale)).toString();
    }
}
