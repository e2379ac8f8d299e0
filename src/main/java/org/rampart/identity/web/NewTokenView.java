package org.rampart.identity.web;

import java.time.Instant;
import org.rampart.identity.NewApiToken;

/** A token just created, with its secret: the only answer that ever carries it. */
record NewTokenView(long id, String username, String name, String prefix, boolean readOnly, Instant expiresAt,
        Instant createdAt, String secret) {

    static NewTokenView of(NewApiToken created) {
        var t = created.token();
        return new NewTokenView(t.id(), t.username(), t.name(), t.prefix(), t.readOnly(), t.expiresAt(), t.createdAt(),
                created.secret());
    }
}
