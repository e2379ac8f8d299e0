package org.rampart.warning.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.warning.SilenceDraft;
import org.rampart.warning.SilenceManagement;
import org.rampart.warning.WarningLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The silences page: active and recently ended silences in scope, the form to create one, and ending one early. */
@Controller
class SilencePageController {

    private final SilenceManagement silences;
    private final ProblemTexts texts;
    private final MessageSource messages;
    private final DomainManagement domains;

    SilencePageController(SilenceManagement silences, ProblemTexts texts, MessageSource messages,
            DomainManagement domains) {
        this.silences = silences;
        this.domains = domains;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/silences")
    String list(Model model) {
        model.addAttribute("navSection", "warnings");
        model.addAttribute("silences", silences.silences(CurrentActor.get()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("maySilence", silences.maySilence(CurrentActor.get()));
        model.addAttribute("levels", WarningLevel.values());
        model.addAttribute("domains", domains.choices(null));
        model.addAttribute("maxHours", SilenceManagement.MAX_DURATION.toHours());
        return "warning/silences";
    }

    @PostMapping("/silences")
    String create(@RequestParam(required = false) String ruleCode, @RequestParam(required = false) RiskDomain domain,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) WarningLevel minLevel,
            @RequestParam(required = false) Integer hours, @RequestParam(required = false) String reason,
            Locale locale, RedirectAttributes redirect) {
        return act(locale, redirect, () -> silences.create(CurrentActor.get(), new SilenceDraft(ruleCode, domain,
                jurisdiction, minLevel, hours == null ? null : Duration.ofHours(hours), reason)));
    }

    @PostMapping("/silences/{id}/end")
    String end(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(locale, redirect, () -> silences.end(CurrentActor.get(), id));
    }

    private String act(Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            Problem p = e.problems().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage("silences.field." + p.field(), null, p.field(),
                    locale) + ": " + texts.reason(p, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("silences.ended", null, e.getMessage(), locale));
        }
        return "redirect:/silences";
    }
}
