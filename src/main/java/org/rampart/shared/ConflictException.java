package org.rampart.shared;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * The change conflicts with the current state (a duplicate code, a stale version). A conflict that knows why as a
 * problem code returns it from {@link #problems()}: the API answers it in the caller's language.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** The refusal as problem codes with their arguments; empty when only the English message is known. */
    public List<Problem> problems() {
        return List.of();
    }
}
