package org.rampart.shared;

import java.util.List;

/**
 * Input that Rampart refuses, with every problem found: a field, line, row or item index and the reason.
 * Rendered as an RFC 9457 problem detail with an {@code errors} array.
 */
public class BadInputException extends RuntimeException {

    /** One problem: where (field, line or item) and why. Null members are left out of the answer. */
    public record Problem(String field, Integer line, Integer index, String reason) {

        public static Problem field(String field, String reason) {
            return new Problem(field, null, null, reason);
        }

        public static Problem line(int line, String field, String reason) {
            return new Problem(field, line, null, reason);
        }

        public static Problem item(int index, String field, String reason) {
            return new Problem(field, null, index, reason);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (line != null) {
                sb.append("line ").append(line).append(": ");
            }
            if (index != null) {
                sb.append("item ").append(index).append(": ");
            }
            if (field != null) {
                sb.append(field).append(": ");
            }
            return sb.append(reason).toString();
        }
    }

    private final transient List<Problem> problems;

    public BadInputException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static BadInputException field(String field, String reason) {
        return new BadInputException(field + ": " + reason, List.of(Problem.field(field, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
