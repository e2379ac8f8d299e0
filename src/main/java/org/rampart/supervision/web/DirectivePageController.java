package org.rampart.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.rampart.supervision.Directive;
import org.rampart.supervision.DirectiveManagement;
import org.rampart.supervision.DirectiveReceipt;
import org.rampart.supervision.DirectiveUpload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages: the directives received and sent, the form of a draft, a directive with the reader's receipt and (for the
 * sending scope) the tree, and the "to confirm" fragment for "my unit's work". Changes posted from a directive's page
 * are {@link DirectiveActionController}'s.
 */
@Controller
class DirectivePageController {

    static final List<String> BOXES = List.of("received", "sent", "all");

    private final DirectiveManagement directives;
    private final JurisdictionManagement jurisdictions;
    private final ProblemTexts problemTexts;
    private final DirectiveProblems catalog;

    DirectivePageController(DirectiveManagement directives, JurisdictionManagement jurisdictions,
            ProblemTexts problemTexts, DirectiveProblems catalog) {
        this.directives = directives;
        this.jurisdictions = jurisdictions;
        this.problemTexts = problemTexts;
        this.catalog = catalog;
    }

    @GetMapping("/supervision/directives")
    String list(@RequestParam(required = false) String box, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        String shown = box != null && BOXES.contains(box) ? box : "all";
        Boolean sent = switch (shown) {
            case "received" -> false;
            case "sent" -> true;
            default -> null;
        };
        Page<Directive> found;
        try {
            found = directives.search(actor, sent, q, new PageQuery(Math.max(0, page), 50));
        } catch (BadInputException e) {
            model.addAttribute("problems", problemTexts.lines(e.problems(), locale, catalog));
            found = new Page<>(List.of(), 0, 50, 0);
        }
        model.addAttribute("navSection", "directives");
        model.addAttribute("box", shown);
        model.addAttribute("boxes", BOXES);
        model.addAttribute("q", q);
        model.addAttribute("directives", found);
        model.addAttribute("toConfirm", directives.toConfirm(actor));
        model.addAttribute("mayWrite", directives.policy().mayWrite(actor));
        model.addAttribute("zone", directives.zone());
        return "supervision/directives";
    }

    /** The directives the reader's unit has to confirm, as a fragment ("my unit's work", htmx). */
    @GetMapping("/supervision/directives/to-confirm")
    String toConfirm(Model model) {
        model.addAttribute("toConfirm", directives.toConfirm(CurrentActor.get()));
        model.addAttribute("zone", directives.zone());
        return "supervision/directive-fragments :: toConfirm(items=${toConfirm})";
    }

    @GetMapping("/supervision/directives/new")
    String newForm(Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        directives.policy().requireWriteForPages(actor);
        List<Jurisdiction> roots = jurisdictions.roots(actor);
        Jurisdiction own = jurisdictions.ref(actor.jurisdictionId()).flatMap(r -> jurisdictions.find(actor, r.code()))
                .orElse(roots.isEmpty() ? null : roots.get(0));
        return form(model, DirectiveForm.empty(own == null ? "" : own.code()), null, null);
    }

    @PostMapping("/supervision/directives/new")
    String create(DirectiveForm form, @RequestParam(name = "files", required = false) MultipartFile[] files,
            Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            Directive d = directives.createWithDocuments(actor, form.draft(), uploads(files));
            return "redirect:/supervision/directives/" + d.id();
        } catch (BadInputException e) {
            return form(model, form, null, problemTexts.lines(e.problems(), locale, catalog));
        }
    }

    @GetMapping("/supervision/directives/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Directive d = directives.get(actor, id);
        directives.policy().requireSendForPages(actor, d);
        return form(model, DirectiveForm.of(d, directives.zone()), d, null);
    }

    @PostMapping("/supervision/directives/{id}/edit")
    String update(@PathVariable long id, DirectiveForm form, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        try {
            directives.update(actor, id, form.draft());
            return "redirect:/supervision/directives/" + id;
        } catch (BadInputException e) {
            return form(model, form, directives.get(actor, id), problemTexts.lines(e.problems(), locale, catalog));
        }
    }

    private String form(Model model, DirectiveForm form, Directive editing, List<String> problems) {
        model.addAttribute("navSection", "directives");
        model.addAttribute("f", form);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        model.addAttribute("maxDocuments", directives.maxDocuments());
        model.addAttribute("maxDocumentMegabytes", directives.maxDocumentBytes() / (1024 * 1024));
        model.addAttribute("maxUploadMegabytes", directives.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("today", directives.today());
        return "supervision/directive-form";
    }

    static List<DirectiveUpload> uploads(MultipartFile[] files) {
        List<DirectiveUpload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        // a browser sends an empty part without a name when no file was chosen
        for (MultipartFile f : Arrays.stream(files).filter(f -> f != null && (!f.isEmpty()
                || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()))).toList()) {
            try {
                out.add(new DirectiveUpload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @GetMapping("/supervision/directives/{id}")
    String detail(@PathVariable long id, Model model) {
        page(model, id, null);
        return "supervision/directive";
    }

    /** Fill the directive page's model; {@code problems} from a refused action (or null). */
    void page(Model model, long id, List<String> problems) {
        Actor actor = CurrentActor.get();
        Directive d = directives.get(actor, id);
        Optional<DirectiveReceipt> own = directives.ownReceipt(actor, id);
        boolean sender = directives.policy().isSender(actor, d);
        model.addAttribute("navSection", "directives");
        model.addAttribute("d", d);
        model.addAttribute("documents", directives.documents(actor, id));
        model.addAttribute("own", own.orElse(null));
        model.addAttribute("mayAct", own.map(r -> directives.policy().mayActFor(actor, r)).orElse(false));
        model.addAttribute("sender", sender);
        model.addAttribute("maySend", directives.policy().maySend(actor, d));
        model.addAttribute("tree", d.circulated() ? directives.tree(actor, id) : null);
        model.addAttribute("tasks", d.circulated() ? directives.tasks(actor, id) : List.of());
        model.addAttribute("now", directives.now());
        model.addAttribute("zone", directives.zone());
        model.addAttribute("today", directives.today());
        model.addAttribute("problems", problems);
        model.addAttribute("maxUploadMegabytes", directives.maxUploadBytes() / (1024 * 1024));
        model.addAttribute("noGaps", java.util.Set.of());
        model.addAttribute("priorities", org.rampart.supervision.TaskPriority.values());
        model.addAttribute("kindsBelow", !d.circulated() && directives.policy().maySend(actor, d)
                ? kindsBelow(d.jurisdictionCode()) : List.of());
        model.addAttribute("kindsBelowOwn", own.filter(r -> r.hasBelow() && r.passOn() == null)
                .map(r -> kindsBelow(r.jurisdictionCode())).orElse(List.of()));
    }

    /** The kinds of the units of the first jurisdiction below, to offer as a filter of "all units below". */
    private List<String> kindsBelow(String code) {
        var children = jurisdictions.children(Actor.system(), code, new PageQuery(0, 1)).items();
        if (children.isEmpty()) {
            return List.of();
        }
        return jurisdictions.units(Actor.system(), children.get(0).code()).stream()
                .map(org.rampart.jurisdiction.Unit::kind).distinct().sorted().toList();
    }

    @GetMapping("/supervision/directives/{id}/documents/{documentId}")
    org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return DirectiveApiController.file(directives.download(CurrentActor.get(), id, documentId));
    }
}
