package org.rampart.warning.cap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.warning.WarningLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Import CAP 1.2 messages and list those in the caller's scope. */
@RestController
@RequestMapping("/api/v1/cap/messages")
class CapApiController {

    private final CapManagement cap;

    CapApiController(CapManagement cap) {
        this.cap = cap;
    }

    record ImportedView(long id, String identifier, String sender, String sent, List<String> jurisdictions, String url) {
    }

    record MessageView(long id, String identifier, String sender, String sent, String status, String msgType,
            String scope, String direction, String language, String event, String headline, String severity,
            WarningLevel level, String areaDesc, List<String> jurisdictions, String url) {

        static MessageView of(CapManagement.Summary s, Locale locale) {
            CapRepository.Row m = s.message();
            CapRepository.InfoRow info = s.info(locale);
            return new MessageView(m.id(), m.identifier(), m.sender(), format(m.sent()), m.status(), m.msgType(),
                    m.scope(), m.direction().name(), info == null ? null : info.language(),
                    info == null ? null : info.event(), info == null ? null : info.headline(),
                    info == null ? null : info.severity(), info == null ? null : CapManagement.level(info.severity()),
                    info == null ? null : info.areaDesc(), s.jurisdictionCodes(), "/cap/messages/" + m.id() + ".xml");
        }
    }

    /** Import one CAP 1.2 message (the body, in any encoding its XML declaration names); 201 with the jurisdictions. */
    @PostMapping(consumes = {"application/cap+xml", "application/xml", "text/xml"})
    ResponseEntity<ImportedView> importMessage(HttpServletRequest request) throws IOException {
        byte[] xml = CapBodies.read(request.getInputStream(), request.getContentLengthLong());
        CapManagement.Imported imported;
        try {
            imported = cap.importMessage(CurrentActor.get(), xml);
        } catch (CapTooLargeException e) {
            throw CapBodies.tooLarge();
        }
        String url = "/cap/messages/" + imported.id() + ".xml";
        return ResponseEntity.created(URI.create("/api/v1/cap/messages/" + imported.id()))
                .body(new ImportedView(imported.id(), imported.identifier(), imported.sender(), format(imported.sent()),
                        imported.jurisdictions(), url));
    }

    @GetMapping
    Page<MessageView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Locale locale) {
        return cap.list(CurrentActor.get(), PageQuery.of(page, size)).map(s -> MessageView.of(s, locale));
    }

    @GetMapping("/{id}")
    MessageView get(@PathVariable long id, Locale locale) {
        return MessageView.of(cap.get(CurrentActor.get(), id), locale);
    }

    private static String format(OffsetDateTime time) {
        return CapWriter.format(time);
    }
}
