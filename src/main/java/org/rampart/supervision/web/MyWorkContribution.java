package org.rampart.supervision.web;

import java.util.Locale;
import java.util.Optional;
import org.rampart.shared.Actor;

/**
 * A part of the "my unit's work" page (/supervision/my-work). Every Spring bean implementing it adds its part, in
 * {@link #order()}: the tasks slice adds tasks to accept, due soon and overdue; the directives slice adds directives
 * to confirm. A part is a Thymeleaf fragment rendered with its data as {@code data}.
 */
public interface MyWorkContribution {

    /** A fragment to render ({@code template :: fragment}) with its data, and how many items it lists. */
    record MyWorkPart(String template, String fragment, Object data, int count) {
    }

    /** The reader's part, or empty when this contribution has nothing for them. */
    Optional<MyWorkPart> part(Actor actor, Locale locale);

    /** Where the part goes: lower first. The tasks slice uses 10. */
    default int order() {
        return 100;
    }
}
