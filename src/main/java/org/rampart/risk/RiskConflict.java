package org.rampart.risk;

import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;

/**
 * A change the risk's state refuses (it is closed, it changed meanwhile, its status cannot move there), as a problem
 * code that pages, imports and the CLI resolve in the reader's language; the message is the English text of the code.
 */
public class RiskConflict extends ConflictException {

    RiskConflict(Problem problem, String english) {
        super(problem, english);
    }

    /** Return the refusal as a code with its arguments (no field). */
    public Problem problem() {
        return problems().get(0);
    }
}
