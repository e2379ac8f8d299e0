package org.rampart.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rampart.shared.BadInputException.Problem;

/**
 * The common checks of forms, API bodies and file rows, each adding its problem (a shared code, see
 * {@code i18n/problem/messages.properties}) under the field's name and returning the parsed value, or null when the
 * value is blank or refused. Modules add their own codes only for what is particular to them.
 */
public final class Checks {

    private Checks() {
    }

    /** Return true when a value is null or a blank text. */
    public static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** Add {@code value.required} when the value is null or blank; return true when it is present. */
    public static boolean required(String field, Object value, List<Problem> problems) {
        if (blank(value)) {
            problems.add(Problem.at(field, "value.required"));
            return false;
        }
        return true;
    }

    /**
     * Trim a text field and check it: required when asked, at most {@code max} characters, no control characters other
     * than line breaks and tabs. Return the trimmed text, or null for a blank one.
     */
    public static String text(String field, String value, int max, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            problems.add(Problem.at(field, "text.too-long", max));
        } else if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(Problem.at(field, "text.control-characters"));
        }
        return v;
    }

    /**
     * Check the two names of a record, one of which must be given ({@code name.required} on the English field when
     * neither is); each is checked as {@link #text}. Return the two trimmed names, either of them null.
     */
    public static String[] names(String fieldEn, String en, String fieldZh, String zh, int max, List<Problem> problems) {
        String e = text(fieldEn, en, max, false, problems);
        String z = text(fieldZh, zh, max, false, problems);
        if (e == null && z == null) {
            problems.add(Problem.at(fieldEn, "name.required"));
        }
        return new String[] {e, z};
    }

    /** Parse one of an enum's constants, case-insensitively ({@code value.one-of} lists the allowed ones). */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required,
            List<Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        problems.add(Problem.at(field, "value.one-of", allowed(type), value.trim()));
        return null;
    }

    /** The constants of an enum as a comma-separated list, for {@code value.one-of}. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Parse an ISO-8601 instant with an offset ({@code 2026-05-01T08:00:00Z} or {@code +08:00}). */
    public static Instant time(String field, String value, boolean required, List<Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(field, "time.invalid", value.trim()));
            return null;
        }
    }

    /** Parse an ISO-8601 date ({@code 2026-05-01}). */
    public static LocalDate date(String field, String value, boolean required, List<Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(field, "date.invalid", value.trim()));
            return null;
        }
    }

    /** Parse a whole number from {@code min} to {@code max}; a fraction is refused, never rounded. */
    public static Long whole(String field, String value, long min, long max, boolean required, List<Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.not-whole", value.trim()));
            return null;
        }
        return range(field, n, min, max, problems) ? n : null;
    }

    /** Parse a finite decimal number from {@code min} to {@code max}. */
    public static Double number(String field, String value, double min, double max, boolean required,
            List<Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.invalid", value.trim()));
            return null;
        }
        if (!Double.isFinite(d)) {
            problems.add(Problem.at(field, "number.not-finite"));
            return null;
        }
        return range(field, d, min, max, problems) ? d : null;
    }

    /** Add {@code number.range} unless {@code min <= value <= max}; return true when it lies there. */
    public static boolean range(String field, long value, long min, long max, List<Problem> problems) {
        if (value < min || value > max) {
            problems.add(Problem.at(field, "number.range", min, max));
            return false;
        }
        return true;
    }

    /** Add {@code number.range} (or {@code number.not-finite}) unless {@code min <= value <= max}. */
    public static boolean range(String field, double value, double min, double max, List<Problem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(Problem.at(field, "number.not-finite"));
            return false;
        }
        if (value < min || value > max) {
            problems.add(Problem.at(field, "number.range", plain(min), plain(max)));
            return false;
        }
        return true;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

}
