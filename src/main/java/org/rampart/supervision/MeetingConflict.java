package org.rampart.supervision;

import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;

/**
 * A change the meeting's state refuses (it is closed, it changed meanwhile, it cannot move to that status), as a
 * problem code that pages resolve in the reader's language; the message is the English text of the code (409).
 */
public class MeetingConflict extends ConflictException {

    MeetingConflict(Problem problem, String english) {
        super(problem, english);
    }

    /** Return the refusal as a code with its arguments (no field). */
    public Problem problem() {
        return problems().get(0);
    }
}
