package org.rampart.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rampart.audit.AuditFilter;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.PageQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit viewer's filters as typed by a person or a program. Times are ISO instants or dates; a date means the start
 * of that day for {@code from} and the end of that day for {@code to}, in the site's time zone.
 */
record AuditQuery(String actor, String entityType, String entityId, String action, String from, String to, Integer page,
        Integer size) {

    /** The entity types offered in the viewer's select. */
    static final List<String> ENTITY_TYPES = List.of("jurisdiction", "unit", "user", "api-token");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    AuditQuery {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** Parse into a filter; throws listing every bad parameter by name. */
    AuditFilter filter(ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        checkLength("actor", actor, 64, problems);
        checkLength("entityType", entityType, 40, problems);
        checkLength("entityId", entityId, 100, problems);
        checkLength("action", action, 40, problems);
        Instant start = parse("from", from, zone, false, problems);
        Instant end = parse("to", to, zone, true, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(Problem.at("to", "audit.range.reversed"));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The audit filter is not valid", problems);
        }
        return new AuditFilter(actor, entityType, entityId, action, start, end);
    }

    PageQuery paging(int defaultSize) {
        return PageQuery.of(page, size == null ? defaultSize : size);
    }

    /** The viewer's address for another page of the same filters, leaving out the empty ones. */
    public String link(int toPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        add(uri, "actor", actor);
        add(uri, "entityType", entityType);
        add(uri, "entityId", entityId);
        add(uri, "action", action);
        add(uri, "from", from);
        add(uri, "to", to);
        if (size != null) {
            uri.queryParam("size", size);
        }
        return uri.queryParam("page", toPage).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    /** The date part of a time parameter for a date input, or empty when it is an instant or absent. */
    public String fromDate() {
        return from != null && DATE.matcher(from).matches() ? from : "";
    }

    public String toDate() {
        return to != null && DATE.matcher(to).matches() ? to : "";
    }

    private static Instant parse(String name, String value, ZoneId zone, boolean endOfDay, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        if (value.length() > 40) {
            problems.add(Problem.at(name, "audit.time.too-long"));
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            problems.add(Problem.at(name, "audit.time.invalid", value));
            return null;
        }
    }

    private static void checkLength(String name, String value, int max, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(Problem.at(name, "text.too-long", max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
