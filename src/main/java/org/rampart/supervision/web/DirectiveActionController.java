package org.rampart.supervision.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.ProblemTexts;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveRecipients;
import org.rampart.supervision.DirectiveTasksDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The changes posted from a directive's page: documents of a draft, circulation, the unit's confirmation, pass-on and
 * report, and directive to tasks. A refused change shows the page again with the problems.
 */
@Controller
class DirectiveActionController {

    private final DirectiveManagement directives;
    private final DirectivePageController pages;
    private final ProblemTexts problemTexts;
    private final DirectiveProblems catalog;

    DirectiveActionController(DirectiveManagement directives, DirectivePageController pages, ProblemTexts problemTexts,
            DirectiveProblems catalog) {
        this.directives = directives;
        this.pages = pages;
        this.problemTexts = problemTexts;
        this.catalog = catalog;
    }

    private String act(long id, Model model, Locale locale, String anchor, Supplier<Object> change) {
        try {
            change.get();
            return "redirect:/supervision/directives/" + id + (anchor == null ? "" : "#" + anchor);
        } catch (BadInputException e) {
            pages.page(model, id, problemTexts.lines(e.problems(), locale, catalog));
            return "supervision/directive";
        }
    }

    @PostMapping("/supervision/directives/{id}/documents")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            Locale locale) {
        Actor actor = CurrentActor.get();
        return act(id, model, locale, "documents", () -> {
            if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank()))) {
                throw BadInputException.of("file", "value.required");
            }
            directives.checkUploadSize(file.getSize());
            try {
                return directives.attach(actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/supervision/directives/{id}/documents/{documentId}/remove")
    String remove(@PathVariable long id, @PathVariable long documentId, Model model, Locale locale) {
        return act(id, model, locale, "documents", () -> {
            directives.removeDocument(CurrentActor.get(), id, documentId);
            return null;
        });
    }

    @PostMapping("/supervision/directives/{id}/circulate")
    String circulate(@PathVariable long id, @RequestParam(required = false) String mode,
            @RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String units,
            Model model, Locale locale) {
        return act(id, model, locale, "tree", () -> directives.circulate(CurrentActor.get(), id,
                new DirectiveRecipients(mode, kinds, codes(units), null)));
    }

    @PostMapping("/supervision/directives/{id}/receipts/{receiptId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long receiptId, Model model, Locale locale) {
        return act(id, model, locale, "receipt", () -> directives.confirm(CurrentActor.get(), id, receiptId));
    }

    @PostMapping("/supervision/directives/{id}/receipts/{receiptId}/pass-on")
    String passOn(@PathVariable long id, @PathVariable long receiptId, @RequestParam(required = false) String mode,
            @RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String units,
            @RequestParam(required = false) String note, Model model, Locale locale) {
        return act(id, model, locale, "receipt", () -> directives.passOn(CurrentActor.get(), id, receiptId,
                new DirectiveRecipients(mode, kinds, codes(units), note)));
    }

    @PostMapping("/supervision/directives/{id}/receipts/{receiptId}/report")
    String report(@PathVariable long id, @PathVariable long receiptId, @RequestParam(required = false) String text,
            Model model, Locale locale) {
        return act(id, model, locale, "receipt", () -> directives.report(CurrentActor.get(), id, receiptId, text));
    }

    @PostMapping("/supervision/directives/{id}/tasks")
    String tasks(@PathVariable long id, @RequestParam(required = false) String units,
            @RequestParam(required = false) String deadline, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String evidenceRequired, Model model, Locale locale) {
        return act(id, model, locale, "tasks", () -> directives.toTasks(CurrentActor.get(), id,
                new DirectiveTasksDraft(codes(units), null, null, null, deadline, priority, evidenceRequired)));
    }

    /** Unit codes typed one a line or separated by commas or spaces. */
    static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;，、]+")).filter(s -> !s.isBlank()).toList();
    }
}
