package org.rampart.warning.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.Silence;
import org.rampart.warning.SilenceManagement;
import org.rampart.warning.Warning;
import org.rampart.warning.WarningFilter;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.rampart.warning.WarningState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warnings board (its rows are fetched again through htmx when the live stream announces a change, or every 10 s
 * without it) and the page of one warning with its actions. Warnings that an active silence mutes are marked.
 */
@Controller
class WarningPageController {

    private static final int PAGE_SIZE = 50;

    private final WarningManagement warnings;
    private final ProblemTexts texts;
    private final MessageSource messages;

    private final org.rampart.jurisdiction.JurisdictionManagement jurisdictions;
    private final SilenceManagement silences;
    private final DomainManagement domains;

    WarningPageController(WarningManagement warnings, ProblemTexts texts, MessageSource messages,
            org.rampart.jurisdiction.JurisdictionManagement jurisdictions, SilenceManagement silences,
            DomainManagement domains) {
        this.warnings = warnings;
        this.domains = domains;
        this.texts = texts;
        this.messages = messages;
        this.jurisdictions = jurisdictions;
        this.silences = silences;
    }

    @GetMapping("/warnings")
    String board(@RequestParam(required = false) WarningLevel level, @RequestParam(required = false) RiskDomain domain,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) WarningState state,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        rows(level, domain, jurisdiction, state, page, model, locale);
        model.addAttribute("navSection", "warnings");
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("domains", domains.all());
        model.addAttribute("states", WarningState.values());
        model.addAttribute("level", level);
        model.addAttribute("domain", domain);
        model.addAttribute("state", state);
        model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
        model.addAttribute("mapRoot", jurisdictions.roots(CurrentActor.get()).stream().findFirst().orElse(null));
        return "warning/board";
    }

    @GetMapping("/warnings/rows")
    String rows(@RequestParam(required = false) WarningLevel level, @RequestParam(required = false) RiskDomain domain,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) WarningState state,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Page<Warning> result;
        String problem = null;
        try {
            result = warnings.warnings(CurrentActor.get(), new WarningFilter(level, domain, jurisdiction, state),
                    new PageQuery(Math.max(page, 0), PAGE_SIZE));
        } catch (BadInputException e) {
            result = new Page<>(List.of(), 0, PAGE_SIZE, 0);
            problem = texts.reason(e.problems().get(0), locale);
        }
        model.addAttribute("warnings", result);
        model.addAttribute("silenced", silences.silencing(CurrentActor.get(), result.items()));
        model.addAttribute("problem", problem);
        model.addAttribute("rowsQuery", query(level, domain, jurisdiction, state, page));
        return "warning/board :: rows";
    }

    private static String query(WarningLevel level, RiskDomain domain, String jurisdiction, WarningState state,
            int page) {
        StringBuilder q = new StringBuilder("page=").append(Math.max(page, 0));
        if (level != null) {
            q.append("&level=").append(level.name());
        }
        if (domain != null) {
            q.append("&domain=").append(domain.name());
        }
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            q.append("&jurisdiction=").append(URLEncoder.encode(jurisdiction.trim(),
                    StandardCharsets.UTF_8));
        }
        if (state != null) {
            q.append("&state=").append(state.name());
        }
        return q.toString();
    }

    @GetMapping("/warnings/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "warnings");
        Warning warning = warnings.warning(actor, id);
        model.addAttribute("warning", warning);
        Silence silence = silences.silencing(actor, List.of(warning)).get(id);
        model.addAttribute("silence", silence);
        // suggestions for the assign form: the active units of the warning's own jurisdiction
        model.addAttribute("units", warnings.mayManage(actor) ? jurisdictions.units(actor, warning.jurisdictionCode())
                .stream().filter(org.rampart.jurisdiction.Unit::active).toList() : List.of());
        model.addAttribute("silenceReason", silence != null && actor.covers(silence.jurisdictionPath())
                ? silence.reason() : null);
        model.addAttribute("steps", warnings.steps(actor, id));
        model.addAttribute("escalation", warnings.escalation(actor, id).orElse(null));
        model.addAttribute("mayAcknowledge", warnings.mayAcknowledge(actor));
        model.addAttribute("mayManage", warnings.mayManage(actor));
        model.addAttribute("mayPreparePublic", warnings.policy().mayHandleCap(actor));
        return "warning/detail";
    }

    @PostMapping("/warnings/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String comment, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> warnings.acknowledge(CurrentActor.get(), id, comment));
    }

    @PostMapping("/warnings/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String unit, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> warnings.assign(CurrentActor.get(), id, unit));
    }

    @PostMapping("/warnings/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String note, Locale locale,
            RedirectAttributes redirect) {
        return act(id, locale, redirect, () -> warnings.resolve(CurrentActor.get(), id, note));
    }

    private String act(long id, Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            Problem p = e.problems().get(0);
            redirect.addFlashAttribute("problem", label(p.field(), locale) + ": "
                    + texts.reason(p, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/warnings/" + id;
    }

    /** The label of a field of the warning page's forms. */
    private String label(String field, Locale locale) {
        String key = switch (field == null ? "" : field) {
            case "comment" -> "warnings.comment";
            case "unit" -> "warnings.unitCode";
            case "note" -> "warnings.note";
            default -> null;
        };
        return key == null ? String.valueOf(field) : messages.getMessage(key, null, field, locale);
    }
}
