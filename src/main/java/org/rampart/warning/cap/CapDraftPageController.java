package org.rampart.warning.cap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the public-warning workflow: prepare a draft from a warning, list and edit drafts, approve, reject and
 * publish them; and the current CAP messages shown on the warnings board.
 */
@Controller
class CapDraftPageController {

    static final int BOARD_SIZE = 10;

    private final CapDraftManagement drafts;
    private final CapManagement cap;

    CapDraftPageController(CapDraftManagement drafts, CapManagement cap) {
        this.drafts = drafts;
        this.cap = cap;
    }

    /** The edit form: expires as a local date-time in UTC for the browser's datetime-local input. */
    record Form(String eventEn, String eventZh, String category, String urgency, String severity, String certainty,
            String expires, String headlineEn, String descriptionEn, String instructionEn, String headlineZh,
            String descriptionZh, String instructionZh, String areaDesc) {

        static Form of(CapDraft.Content c) {
            return new Form(c.eventEn(), c.eventZh(), c.category(), c.urgency(), c.severity(), c.certainty(),
                    LocalDateTime.ofInstant(c.expires(), ZoneOffset.UTC).toString(), c.headlineEn(), c.descriptionEn(),
                    c.instructionEn(), c.headlineZh(), c.descriptionZh(), c.instructionZh(), c.areaDesc());
        }

        CapDraft.Content content() {
            Instant at;
            try {
                at = expires == null || expires.isBlank() ? null : LocalDateTime.parse(expires).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw BadInputException.of("expires", "cap.draft.expires.invalid", expires);
            }
            return new CapDraft.Content(eventEn, eventZh, category, urgency, severity, certainty, at, headlineEn,
                    descriptionEn, instructionEn, headlineZh, descriptionZh, instructionZh, areaDesc);
        }
    }

    @PostMapping("/warnings/{id}/cap-draft")
    String prepare(@PathVariable long id) {
        return "redirect:/cap/drafts/" + drafts.fromWarning(CurrentActor.get(), id).id();
    }

    @PostMapping("/cap/messages/{id}/update-draft")
    String prepareUpdate(@PathVariable long id) {
        return "redirect:/cap/drafts/" + drafts.fromPublished(CurrentActor.get(), id, false).id();
    }

    @PostMapping("/cap/messages/{id}/cancel-draft")
    String prepareCancel(@PathVariable long id) {
        return "redirect:/cap/drafts/" + drafts.fromPublished(CurrentActor.get(), id, true).id();
    }

    @GetMapping("/cap/drafts")
    String list(Model model) {
        model.addAttribute("navSection", "cap");
        model.addAttribute("drafts", drafts.list(CurrentActor.get()));
        return "cap/drafts";
    }

    @GetMapping("/cap/drafts/{id}")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        CapDraft draft = drafts.get(actor, id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Form.of(draft.content()));
        }
        model.addAttribute("navSection", "cap");
        model.addAttribute("draft", draft);
        model.addAttribute("mayApprove", draft.state() == CapDraft.State.DRAFT
                && !draft.createdBy().equals(actor.username()));
        model.addAttribute("categories", sorted(CapDraftManagement.CATEGORIES));
        model.addAttribute("urgencies", sorted(CapDraftManagement.URGENCIES));
        model.addAttribute("severities", sorted(CapDraftManagement.SEVERITIES));
        model.addAttribute("certainties", sorted(CapDraftManagement.CERTAINTIES));
        model.addAttribute("preview", new String(drafts.preview(actor, id), StandardCharsets.UTF_8));
        return "cap/draft";
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    @PostMapping("/cap/drafts/{id}")
    String save(@PathVariable long id, Form form, RedirectAttributes redirect) {
        return act(id, redirect, () -> drafts.update(CurrentActor.get(), id, form.content()), "cap.draft.saved", form);
    }

    @PostMapping("/cap/drafts/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> drafts.approve(CurrentActor.get(), id), "cap.draft.approved", null);
    }

    @PostMapping("/cap/drafts/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> drafts.reject(CurrentActor.get(), id, reason), "cap.draft.rejected", null);
    }

    @PostMapping("/cap/drafts/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> drafts.publish(CurrentActor.get(), id), "cap.draft.published", null);
    }

    private static String act(long id, RedirectAttributes redirect, Runnable action, String done, Form form) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
            if (form != null) {
                redirect.addFlashAttribute("form", form);
            }
        } catch (ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/cap/drafts/" + id;
    }

    /** The newest CAP messages, imported or published, mapped into the user's scope: a section of the warnings board. */
    @GetMapping("/warnings/cap-messages")
    String boardSection(Model model, Locale locale) {
        model.addAttribute("capRows", cap.list(CurrentActor.get(), PageQuery.of(0, BOARD_SIZE))
                .map(s -> CapPageController.RowView.of(s, locale)).items());
        return "cap/board :: messages";
    }
}
