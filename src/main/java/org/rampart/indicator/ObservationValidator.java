package org.rampart.indicator;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;

/**
 * The rules every observation passes, whatever way it came in: known active indicator, known jurisdiction in the
 * caller's scope, a time no more than an hour ahead, a finite decimal number, and no second item for the same
 * indicator, jurisdiction and period in one batch. Plain Java: the lookups are handed in.
 */
final class ObservationValidator {

    static final Duration MAX_AHEAD = Duration.ofHours(1);
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)nan|[-+]?(infinity|inf)");

    private ObservationValidator() {
    }

    /** A valid item: its position in the input and the row to store. */
    record Valid(int index, ObservationRepository.Row row) {
    }

    record Result(List<Valid> valid, List<Problem> problems) {
    }

    /**
     * Check the inputs (null entries were already reported by the parser). {@code indicators} and
     * {@code places} hold only what the caller may use: anything missing is reported as unknown.
     */
    static Result validate(List<ObservationInput> inputs, Map<String, Indicator> indicators,
            Map<String, ObservationRepository.Place> places, Instant now, ZoneId zone) {
        List<Valid> valid = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        // a batch usually repeats a few time texts for thousands of items: parse each text and period once
        Map<String, Instant> times = new HashMap<>();
        Map<StartKey, Instant> starts = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            ObservationInput in = inputs.get(i);
            if (in == null) {
                continue;
            }
            List<Problem> mine = new ArrayList<>();
            Indicator indicator = null;
            if (blank(in.indicator())) {
                mine.add(place(in, i, Problem.at("indicator", "value.required")));
            } else {
                indicator = indicators.get(in.indicator());
                if (indicator == null) {
                    mine.add(place(in, i, Problem.at("indicator", "indicator.unknown", in.indicator())));
                } else if (!indicator.active()) {
                    mine.add(place(in, i, Problem.at("indicator", "indicator.inactive", in.indicator())));
                    indicator = null;
                }
            }
            ObservationRepository.Place place = null;
            if (blank(in.jurisdiction())) {
                mine.add(place(in, i, Problem.at("jurisdiction", "value.required")));
            } else {
                place = places.get(in.jurisdiction());
                if (place == null) {
                    mine.add(place(in, i, Problem.at("jurisdiction", "jurisdiction.unknown", in.jurisdiction())));
                }
            }
            Instant time = null;
            if (blank(in.time())) {
                mine.add(place(in, i, Problem.at("time", "value.required")));
            } else {
                time = times.computeIfAbsent(in.time(), text -> parseTime(text.trim(), zone));
                if (time == null) {
                    mine.add(place(in, i, Problem.at("time", "observation.time.invalid", in.time())));
                } else if (time.isAfter(now.plus(MAX_AHEAD))) {
                    mine.add(place(in, i, Problem.at("time", "observation.time.ahead", in.time())));
                    time = null;
                }
            }
            double value = Double.NaN;
            Problem refused = valueProblem(in.value());
            if (refused != null) {
                mine.add(place(in, i, refused));
            } else {
                value = Double.parseDouble(in.value().trim());
            }
            if (mine.isEmpty()) {
                PeriodType type = indicator.periodType();
                Instant at = time;
                Instant start = starts.computeIfAbsent(new StartKey(type, at), k -> type.start(at, zone));
                Integer first = seen.putIfAbsent(new Key(indicator.id(), place.id(), start), i);
                if (first != null) {
                    Integer firstLine = inputs.get(first).line();
                    mine.add(place(in, i, firstLine != null ? Problem.at("time", "observation.duplicate.line", firstLine)
                            : Problem.at("time", "observation.duplicate.item", first)));
                } else {
                    valid.add(new Valid(i, new ObservationRepository.Row(indicator.id(), place.id(), start, value)));
                }
            }
            problems.addAll(mine);
        }
        return new Result(valid, problems);
    }

    private record Key(long indicatorId, long jurisdictionId, Instant periodStart) {
    }

    private record StartKey(PeriodType type, Instant time) {
    }

    /** The problem of a value (of field {@code value}, not yet placed), or null when it is a finite decimal number. */
    static Problem valueProblem(String value) {
        if (value == null || value.isBlank()) {
            return Problem.at("value", "value.required");
        }
        String v = value.trim();
        if (!isDecimal(v)) {
            if (NOT_FINITE.matcher(v).matches()) {
                return Problem.at("value", "number.not-finite");
            }
            return Problem.at("value", "number.invalid", v.length() > 40 ? v.substring(0, 40) + "…" : v);
        }
        if (Double.isInfinite(Double.parseDouble(v))) {
            return Problem.at("value", "observation.value.too-large", v);
        }
        return null;
    }

    /**
     * True when the text is a decimal number: an optional sign, digits with an optional fraction (or a fraction
     * alone), and an optional exponent of at most four digits. Hand-written because it runs for every item of
     * every batch; {@code ObservationValidatorTests} holds it to the same cases as a regular expression would.
     */
    static boolean isDecimal(String v) {
        int n = v.length();
        int i = 0;
        if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
            i++;
        }
        int intDigits = 0;
        while (i < n && isDigit(v.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(v.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0 || expDigits > 4) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An ISO-8601 instant or offset time; a local date-time or a date is read in the site's time zone. */
    static Instant parseTime(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            // try the local forms
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            // try a date
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The problem of an item, placed on its CSV line when it has one, else on its index. */
    private static Problem place(ObservationInput in, int index, Problem p) {
        return in.line() != null ? p.onLine(in.line()) : p.onItem(index);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
