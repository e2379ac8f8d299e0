package org.rampart.warning.live;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Ends the live streams of a session when the session ends (sign-out, expiry, invalidation), so a signed-out browser
 * stops receiving changes at once. Spring Boot registers this bean with the servlet container as a session listener.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "rampart.live.enabled", havingValue = "true", matchIfMissing = true)
class WarningLiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private final WarningLiveStreams streams;

    WarningLiveSessions(WarningLiveStreams streams) {
        this.streams = streams;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        streams.sessionEnded(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        streams.sessionIdChanged(oldSessionId, event.getSession().getId());
    }
}
