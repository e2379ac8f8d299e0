package org.rampart.incident;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/**
 * The checks of an incident's input, as plain functions (no Spring, no SQL): each adds its problems (codes, see
 * {@code problem.incident.*} in the incident bundle) and returns the checked value. Where a point lies is asked
 * through {@link Inside}, so that the caller decides with the jurisdictions' boundaries.
 */
final class IncidentValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 8000;
    static final int MAX_REFS = 20;
    static final int MAX_COUNT = 100_000_000;
    static final BigDecimal MAX_LOSS = new BigDecimal("999999999999");
    /** Reported times may lie this far ahead of the server's clock (clock skew of phones). */
    static final Duration SKEW = Duration.ofMinutes(5);
    static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    /** Whether a point (longitude, latitude) lies in a jurisdiction. */
    @FunctionalInterface
    interface Inside {
        boolean test(Jurisdiction place, double longitude, double latitude);
    }

    private final ZoneId zone;

    IncidentValidator(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Check a draft reported at {@code place} (null when the place was refused: its problem is already added); return
     * the row to store, or null when anything was refused.
     */
    IncidentRepository.Row row(IncidentDraft d, Jurisdiction place, Instant now, Instant defaultReported,
            Inside inside, List<Problem> problems) {
        IncidentType type = IncidentType.parse(d.type());
        if (type == null) {
            if (Checks.blank(d.type())) {
                problems.add(Problem.at("type", "value.required"));
            } else {
                problems.add(Problem.at("type", "incident.value.not-one-of", d.type(),
                        Arrays.toString(IncidentType.values())));
            }
        }
        String subType = Checks.blank(d.subType()) ? null : d.subType().trim().toUpperCase(Locale.ROOT);
        if (subType != null && type != null && !type.subTypes().contains(subType)) {
            problems.add(Problem.at("subType", "incident.sub-type.unknown", d.subType(), type, type.subTypes()));
        }
        String title = text("title", d.title(), MAX_TITLE, true, problems);
        String description = text("description", d.description(), MAX_TEXT, false, problems);
        String organisation = text("organisation", d.organisation(), MAX_TITLE, false, problems);
        Instant occurred = time("occurredAt", d.occurredAt(), true, problems);
        Instant reported = time("reportedAt", d.reportedAt(), false, problems);
        if (reported == null && problems.stream().noneMatch(p -> "reportedAt".equals(p.field()))) {
            reported = defaultReported;
        }
        if (reported != null && reported.isAfter(now.plus(SKEW))) {
            problems.add(Problem.at("reportedAt", "incident.time.future"));
        }
        if (occurred != null && occurred.isAfter(now.plus(SKEW))) {
            problems.add(Problem.at("occurredAt", "incident.time.future"));
        } else if (occurred != null && reported != null && occurred.isAfter(reported)) {
            problems.add(Problem.at("occurredAt", "incident.time.after-report"));
        }
        int deaths = count("deaths", d.deaths(), problems);
        int injuries = count("seriousInjuries", d.seriousInjuries(), problems);
        int missing = count("missing", d.missing(), problems);
        int affected = count("affected", d.affected(), problems);
        BigDecimal loss = loss("economicLoss", d.economicLoss(), problems);
        Double lon = d.longitude();
        Double lat = d.latitude();
        if ((lon == null) != (lat == null)) {
            problems.add(Problem.at(lon == null ? "longitude" : "latitude", "incident.point.both"));
        } else if (lon != null) {
            if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
                problems.add(Problem.at("longitude", "number.range", "-180", "180"));
            } else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
                problems.add(Problem.at("latitude", "number.range", "-90", "90"));
            } else if (place != null && !inside.test(place, lon, lat)) {
                problems.add(Problem.at("longitude", "incident.point.outside", place.code()));
            }
        }
        List<String> warnings = refs("warningRefs", d.warningRefs(), problems);
        List<String> risks = refs("riskRefs", d.riskRefs(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new IncidentRepository.Row(type, subType, title, description, place.id(), place.code(), place.path(),
                lon, lat, occurred, reported, organisation, new Figures(deaths, injuries, missing, affected, loss),
                warnings, risks);
    }

    /** A free text: trimmed, at most {@code max} characters, no control characters; null when blank. */
    static String text(String field, String value, int max, boolean required, List<Problem> problems) {
        return Checks.text(field, value, max, required, problems);
    }

    /** A count of people: zero when absent, from zero to {@link #MAX_COUNT}. */
    static int count(String field, Integer value, List<Problem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problems.add(Problem.at(field, "incident.number.negative"));
            return 0;
        }
        if (value > MAX_COUNT) {
            problems.add(Problem.at(field, "incident.number.max", MAX_COUNT));
            return 0;
        }
        return value;
    }

    /** An amount of money in 10,000 CNY: zero when absent, from zero to {@link #MAX_LOSS}, at most 2 decimals. */
    static BigDecimal loss(String field, BigDecimal value, List<Problem> problems) {
        BigDecimal loss = value == null ? BigDecimal.ZERO : value;
        if (loss.signum() < 0) {
            problems.add(Problem.at(field, "incident.number.negative"));
        } else if (loss.compareTo(MAX_LOSS) > 0) {
            problems.add(Problem.at(field, "incident.number.max", MAX_LOSS.toPlainString()));
        } else if (loss.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.at(field, "incident.number.decimals"));
        }
        return loss;
    }

    /** References to warnings or risks: at most {@link #MAX_REFS}, each a code, blanks skipped, duplicates once. */
    static List<String> refs(String field, List<String> values, List<Problem> problems) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (values.size() > MAX_REFS) {
            problems.add(Problem.at(field, "incident.refs.too-many", MAX_REFS));
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i).trim();
            if (v.isEmpty()) {
                continue;
            }
            if (!REF.matcher(v).matches()) {
                problems.add(Problem.atItem(i + 1, field, "incident.ref.invalid", v));
            } else if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Parse an ISO-8601 instant, a time with offset, a local time in the site's zone, or a date (its start). */
    Instant time(String field, String text, boolean required, List<Problem> problems) {
        if (Checks.blank(text)) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            problems.add(Problem.at(field, "incident.time.invalid", t));
            return null;
        }
    }

    /** The kind of a response action, or null (with its problem) when it is blank or not one of the kinds. */
    static TimelineEntry.ActionType actionType(String name, List<Problem> problems) {
        if (Checks.blank(name)) {
            problems.add(Problem.at("type", "value.required"));
            return null;
        }
        try {
            return TimelineEntry.ActionType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at("type", "incident.value.not-one-of", name,
                    Arrays.toString(TimelineEntry.ActionType.values())));
            return null;
        }
    }

    /** The media type to store: the sniffed image type, PDF, or a generic type; refuses an empty file or a fake image. */
    static String checkedType(String name, String contentType, byte[] content, String field) {
        if (content.length == 0) {
            throw BadInputException.of(field, "incident.file.empty");
        }
        byte[] head = Arrays.copyOf(content, Math.min(16, content.length));
        String image = ImageCheck.sniff(head);
        if (ImageCheck.claimsImage(contentType, name)) {
            if (image == null) {
                throw BadInputException.of(field, "incident.file.fake-image");
            }
            return image;
        }
        if (image != null) {
            return image;
        }
        if (ImageCheck.isPdf(head)) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}
