package org.rampart.warning.cap;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The stable address of each stored CAP message and the Atom feed of published ones. Both paths are open to
 * everybody in the security chain; an imported message still needs a signed-in user with it in scope.
 */
@RestController
class CapPublicController {

    static final MediaType CAP_XML = MediaType.parseMediaType("application/cap+xml");

    private final CapManagement cap;
    private final MessageSource messages;
    private final Clock clock;

    CapPublicController(CapManagement cap, MessageSource messages, java.util.Optional<Clock> clock) {
        this.cap = cap;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/cap/messages/{id}.xml")
    ResponseEntity<byte[]> xml(@PathVariable long id, HttpServletRequest request) {
        byte[] xml;
        if (cap.isPublished(id)) {
            xml = cap.publishedXml(id);
        } else {
            Actor actor = CurrentActor.find().orElse(null);
            if (actor == null) {
                String accept = request.getHeader(HttpHeaders.ACCEPT);
                if (accept != null && accept.contains("text/html")) {
                    return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, "/login").build();
                }
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to read imported CAP messages.");
            }
            xml = cap.xml(actor, id);
        }
        return ResponseEntity.ok().contentType(CAP_XML).body(xml);
    }

    @GetMapping("/cap/feed.atom")
    ResponseEntity<byte[]> feed() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String title = messages.getMessage("cap.feed.title", null, Locale.ENGLISH);
        byte[] feed = CapAtomFeed.write(cap.feed(), base, title, clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(feed);
    }
}
