package org.rampart.warning.cap;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ConflictException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages: the list of CAP messages in the user's scope, one message, and the upload of a CAP file. */
@Controller
class CapPageController {

    static final int SHOWN_JURISDICTIONS = 6;

    private final CapManagement cap;
    private final WarningPolicy policy;

    CapPageController(CapManagement cap, WarningPolicy policy) {
        this.cap = cap;
        this.policy = policy;
    }

    /** One row of the list, texts in the user's language where the message has them. */
    record RowView(long id, java.time.Instant sent, String severity, String badge, String headline, String event,
            String areaDesc, List<String> jurisdictions, int moreJurisdictions, String msgType, String status) {

        static RowView of(CapManagement.Summary s, Locale locale) {
            CapRepository.InfoRow info = s.info(locale);
            List<String> codes = s.jurisdictionCodes();
            String severity = info == null ? null : info.severity();
            return new RowView(s.message().id(), s.message().sent().toInstant(), severity, badgeFor(severity),
                    info == null ? null : info.headline(), info == null ? null : info.event(),
                    info == null ? null : info.areaDesc(), codes.subList(0, Math.min(codes.size(), SHOWN_JURISDICTIONS)),
                    Math.max(0, codes.size() - SHOWN_JURISDICTIONS), s.message().msgType(), s.message().status());
        }
    }

    /** Bootstrap classes of the badge for a CAP severity, colored like the warning level that maps to it. */
    static String badgeFor(String severity) {
        WarningLevel level = CapManagement.level(severity);
        if (level == null) {
            return "text-bg-secondary";
        }
        return switch (level) {
            case BLUE -> "text-bg-primary";
            case YELLOW -> "text-bg-warning";
            case ORANGE -> "text-bg-orange";
            case RED -> "text-bg-danger";
        };
    }

    @GetMapping("/cap")
    String list(@RequestParam(required = false) Integer page, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        Page<RowView> rows = cap.list(actor, PageQuery.of(page, 50)).map(s -> RowView.of(s, locale));
        model.addAttribute("navSection", "cap");
        model.addAttribute("rows", rows);
        model.addAttribute("canImport", policy.mayHandleCap(actor));
        return "cap/list";
    }

    @GetMapping("/cap/messages/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        CapManagement.Summary summary = cap.get(actor, id);
        CapMessage message = cap.message(actor, id);
        model.addAttribute("navSection", "cap");
        model.addAttribute("summary", summary);
        model.addAttribute("message", message);
        model.addAttribute("mayPrepare", policy.mayHandleCap(actor)
                && summary.message().direction() == CapRepository.Direction.PUBLISHED);
        model.addAttribute("infos", message.infos().stream()
                .sorted(java.util.Comparator.comparing((CapMessage.Info i) -> !message.info(locale).orElseThrow().equals(i)))
                .map(i -> new InfoView(i, i.languageOrDefault(), badgeFor(i.severity()))).toList());
        return "cap/detail";
    }

    /** An info block with the badge of its severity. */
    record InfoView(CapMessage.Info info, String language, String badge) {
    }

    @GetMapping("/cap/import")
    String importPage(Model model) {
        policy.requireCap(CurrentActor.get());
        importModel(model);
        return "cap/import";
    }

    /** Import the uploaded file; an htmx request gets only the report, a plain form post the whole page. */
    @PostMapping("/cap/import")
    String importUpload(@RequestParam(required = false) MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Actor actor = CurrentActor.get();
        policy.requireCap(actor);
        importModel(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "cap.import.noFile");
        } else if (file.getSize() > CapParser.MAX_BYTES) {
            model.addAttribute("uploadError", "cap.import.tooLarge");
        } else {
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("imported", cap.importMessage(actor, CapBodies.read(in, file.getSize())));
            } catch (BadInputException e) {
                model.addAttribute("problems", e.problems());
            } catch (ConflictException e) {
                model.addAttribute("uploadError", "cap.import.duplicate");
            }
        }
        return htmx != null ? "cap/import :: report" : "cap/import";
    }

    private static void importModel(Model model) {
        model.addAttribute("navSection", "cap");
        model.addAttribute("maxBytes", CapParser.MAX_BYTES);
        model.addAttribute("maxMegabytes", CapParser.MAX_BYTES / (1024 * 1024));
    }
}
