package org.rampart.identity;

import java.time.Instant;

/** An API token as its owner and administrators see it: never the secret. */
public record ApiToken(long id, String username, String name, String prefix, boolean readOnly, Instant expiresAt,
        Instant lastUsedAt, Instant createdAt, Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
