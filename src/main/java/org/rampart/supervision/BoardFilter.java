package org.rampart.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

/**
 * What the board, its lists, the calendar and the exports are narrowed to: the lead unit's jurisdiction and below
 * (code), the status, the priority, the source, a unit among the task's units (code) and the band. Each is null for
 * any.
 */
public record BoardFilter(String jurisdiction, TaskStatus status, String priority, String source, String unit,
        DueBand band) {

    /** The priorities a task may have, most urgent last. */
    public static final List<String> PRIORITIES = java.util.Arrays.stream(TaskPriority.values()).map(Enum::name).toList();

    /** The sources a task may come from. */
    public static final List<String> SOURCES = java.util.Arrays.stream(TaskSource.values()).map(Enum::name).toList();

    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null, null);

    /**
     * Parse the filter's parameters (blank means any); a value outside its list is bad input naming its parameter with
     * {@code supervision.board.value-unknown}.
     */
    public static BoardFilter parse(String jurisdiction, String status, String priority, String source, String unit,
            String band) {
        List<Problem> problems = new ArrayList<>();
        TaskStatus s = pick("status", status, TaskStatus.class, problems);
        DueBand b = pick("band", band, DueBand.class, problems);
        String p = among("priority", priority, PRIORITIES, problems);
        String src = among("source", source, SOURCES, problems);
        BadInputException.throwIfAny(problems);
        return new BoardFilter(blank(jurisdiction), s, p, src, blank(unit), b);
    }

    /** The same filter with another band (the board's drill-down). */
    public BoardFilter withBand(DueBand other) {
        return new BoardFilter(jurisdiction, status, priority, source, unit, other);
    }

    /** The filter as a query string (without the leading '?'), empty when nothing is chosen. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "jurisdiction", jurisdiction);
        add(q, "status", status == null ? null : status.name());
        add(q, "priority", priority);
        add(q, "source", source);
        add(q, "unit", unit);
        add(q, "band", band == null ? null : band.name());
        return q.toString();
    }

    /** The query string without one parameter (so that a link can set it anew). */
    public String without(String name) {
        return new BoardFilter("jurisdiction".equals(name) ? null : jurisdiction, "status".equals(name) ? null : status,
                "priority".equals(name) ? null : priority, "source".equals(name) ? null : source,
                "unit".equals(name) ? null : unit, "band".equals(name) ? null : band).query();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E pick(String field, String value, Class<E> type, List<Problem> problems) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, "supervision.board.value-unknown", v));
            return null;
        }
    }

    private static String among(String field, String value, List<String> allowed, List<Problem> problems) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            problems.add(Problem.at(field, "supervision.board.value-unknown", v));
            return null;
        }
        return upper;
    }
}
