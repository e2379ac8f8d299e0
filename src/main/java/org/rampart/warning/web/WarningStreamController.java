package org.rampart.warning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.function.BooleanSupplier;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.StillSignedIn;
import org.rampart.warning.live.WarningLiveStreams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream of the warnings board: server-sent events for every change to a warning in the signed-in user's
 * scope (a {@code ready} event first, then {@code warning} events with a small JSON body, and heartbeat comments).
 * 404 when live updates are switched off ({@code rampart.live.enabled=false}), 503 over the stream limits: the board
 * then falls back to polling. A stream ends when its session does (sign-out, expiry) and, at the next heartbeat, when
 * its user is deactivated or its API token revoked.
 */
@RestController
class WarningStreamController {

    private final ObjectProvider<WarningLiveStreams> streams;
    private final ObjectProvider<StillSignedIn> signIns;

    WarningStreamController(ObjectProvider<WarningLiveStreams> streams, ObjectProvider<StillSignedIn> signIns) {
        this.streams = streams;
        this.signIns = signIns;
    }

    @GetMapping(path = "/warnings/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(HttpServletRequest request, HttpServletResponse response) {
        WarningLiveStreams live = streams.getIfAvailable();
        if (live == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "live updates are switched off");
        }
        try {
            String authorization = request.getHeader("Authorization");
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            HttpSession session = bearer ? null : request.getSession(false);
            StillSignedIn signIn = signIns.getIfAvailable();
            BooleanSupplier stillSignedIn = signIn == null ? () -> true : signIn.check(request);
            SseEmitter emitter = live.open(CurrentActor.get(), session == null ? null : session.getId(), stillSignedIn);
            // nginx and similar proxies would otherwise buffer the stream
            response.setHeader("X-Accel-Buffering", "no");
            return emitter;
        } catch (WarningLiveStreams.TooManyStreamsException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    /** A browser that closed its board is not a server error: there is nobody left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // nothing to write
    }
}
