package org.rampart.shared;

import java.util.List;
import org.rampart.shared.BadInputException.Problem;

/**
 * The change conflicts with the current state (a duplicate code, a stale version). A conflict that knows why as a
 * problem code carries it ({@link #problems()}): the API answers it in the caller's language.
 */
public class ConflictException extends RuntimeException {

    private final transient Problem problem;

    public ConflictException(String message) {
        this(null, message);
    }

    /** A conflict known as a problem code; {@code english} is the English text of the code. */
    protected ConflictException(Problem problem, String english) {
        super(english);
        this.problem = problem;
    }

    /** The refusal as problem codes with their arguments; empty when only the English message is known. */
    public List<Problem> problems() {
        return problem == null ? List.of() : List.of(problem);
    }
}
