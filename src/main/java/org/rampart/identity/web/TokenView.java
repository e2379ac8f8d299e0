package org.rampart.identity.web;

import java.time.Instant;
import org.rampart.identity.ApiToken;

/** An API token in the API and on pages: never the secret nor its hash. */
record TokenView(long id, String username, String name, String prefix, boolean readOnly, Instant expiresAt,
        Instant lastUsedAt, Instant createdAt, Instant revokedAt, String status) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.id(), t.username(), t.name(), t.prefix(), t.readOnly(), t.expiresAt(), t.lastUsedAt(),
                t.createdAt(), t.revokedAt(), status(t, Instant.now()));
    }

    static String status(ApiToken t, Instant now) {
        if (t.revokedAt() != null) {
            return "revoked";
        }
        return t.expiresAt().isAfter(now) ? "active" : "expired";
    }

    public boolean usable() {
        return "active".equals(status);
    }
}
