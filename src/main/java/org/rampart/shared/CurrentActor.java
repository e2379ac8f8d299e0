package org.rampart.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request or command. */
public final class CurrentActor {

    private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

    private CurrentActor() {
    }

    /** Return the actor, or empty when nobody is signed in. */
    public static Optional<Actor> find() {
        Actor override = OVERRIDE.get();
        if (override != null) {
            return Optional.of(override);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** Return the actor; throws when nobody is signed in. */
    public static Actor get() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** Run work as the given actor (command-line tools, scheduled jobs). */
    public static <T> T runAs(Actor actor, java.util.function.Supplier<T> work) {
        Actor previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
