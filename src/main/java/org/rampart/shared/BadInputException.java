package org.rampart.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Input that Rampart refuses, with every problem found: a field, line, row or item index and a problem code with its
 * arguments. Rendered as an RFC 9457 problem detail with an {@code errors} array; pages, the API and the command line
 * resolve each code through the message bundles as {@code problem.<code>} (see {@link ProblemTexts}).
 */
public class BadInputException extends RuntimeException {

    /**
     * One problem: where (field, line or item) and why, as a code such as {@code parent.unknown} with its arguments
     * (shown as given, in order, as {@code {0}}, {@code {1}}…). Null members are left out of the answer.
     */
    public record Problem(String field, Integer line, Integer index, String code, List<String> args) {

        public Problem {
            Objects.requireNonNull(code, "code");
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** A problem of a field (or of the whole input when {@code field} is null). */
        public static Problem at(String field, String code, Object... args) {
            return new Problem(field, null, null, code, strings(args));
        }

        /** A problem of a line of an uploaded file (1-based), in a column or field when {@code field} is not null. */
        public static Problem atLine(int line, String field, String code, Object... args) {
            return new Problem(field, line, null, code, strings(args));
        }

        /** A problem of an item of a batch (0-based index), in a field when {@code field} is not null. */
        public static Problem atItem(int index, String field, String code, Object... args) {
            return new Problem(field, null, index, code, strings(args));
        }

        /** The same problem under another field name (for example a form's name for an API member). */
        public Problem withField(String other) {
            return new Problem(other, line, index, code, args);
        }

        /** The same problem placed on a line of a file. */
        public Problem onLine(int other) {
            return new Problem(field, other, index, code, args);
        }

        /** The same problem placed on an item of a batch. */
        public Problem onItem(int other) {
            return new Problem(field, line, other, code, args);
        }

        private static List<String> strings(Object[] args) {
            return args == null ? List.of() : Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList();
        }

        /** Where and which code, for logs and assertion messages; readers get {@link ProblemTexts#line}. */
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
            sb.append(code);
            if (!args.isEmpty()) {
                sb.append(' ').append(args);
            }
            return sb.toString();
        }
    }

    private final transient List<Problem> problems;

    /** Refuse input for the problems found; the answer's detail is the general "input is not valid" text. */
    public BadInputException(List<Problem> problems) {
        this("The input is not valid.", problems);
    }

    /** Refuse input with an English summary for logs and the answer's detail, and the problems found. */
    public BadInputException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Refuse input for one problem of a field. */
    public static BadInputException of(String field, String code, Object... args) {
        return new BadInputException(List.of(Problem.at(field, code, args)));
    }

    /** Throw when any problem was found. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
