package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.Names;

/**
 * The supervision board of a scope: the open tasks counted by band (green, yellow, red, see {@link DueBand}), by status,
 * by lead unit, by the jurisdiction below the chosen one that the lead unit belongs to, and by days past the deadline.
 *
 * @param place the jurisdiction counted below (its code)
 * @param today the day the bands are counted on
 * @param dueSoonDays days before the deadline a task turns yellow
 * @param lateDays days past the deadline a task stays yellow before it turns red
 * @param open the number of open tasks
 * @param byUnit the lead units, most red first (at most as many as asked for, see {@link #top})
 * @param units how many lead units have open tasks (byUnit may list fewer)
 * @param byJurisdiction the place itself (when it has tasks), then its children in code order, then "outside" ({@code -})
 * @param byDaysOverdue the number of open tasks per span of days: LEFT_MORE (more than the due-soon days left),
 *        LEFT_SOON, OVER_1_3, OVER_4_7, OVER_8_30, OVER_31 (days past the deadline)
 * @param computedAt when these figures were counted
 */
public record Board(String place, LocalDate today, int dueSoonDays, int lateDays, int open, Map<DueBand, Integer> bands,
        List<Row> byStatus, List<Row> byUnit, int units, List<Row> byJurisdiction, Map<String, Integer> byDaysOverdue,
        Instant computedAt) {

    /** The same board listing only the first {@code n} lead units (a province has more than a thousand). */
    public Board top(int n) {
        return byUnit.size() <= n ? this : new Board(place, today, dueSoonDays, lateDays, open, bands, byStatus,
                List.copyOf(byUnit.subList(0, n)), units, byJurisdiction, byDaysOverdue, computedAt);
    }

    /** The spans of days of {@link #byDaysOverdue}, in order. */
    public static final List<String> SPANS = List.of("LEFT_MORE", "LEFT_SOON", "OVER_1_3", "OVER_4_7", "OVER_8_30",
            "OVER_31");

    /**
     * One line of the board: a status, unit or jurisdiction (its code and names in both languages, either may be null)
     * and its open tasks per band.
     *
     * @param jurisdiction for a unit, the code of its jurisdiction; otherwise null
     */
    public record Row(String code, String nameEn, String nameZh, String jurisdiction, int green, int yellow, int red) {

        public int total() {
            return green + yellow + red;
        }

        public Names.Shown name(Locale locale) {
            return Names.pick(nameEn, nameZh, locale);
        }

        Row plus(DueBand band, int n) {
            return new Row(code, nameEn, nameZh, jurisdiction, green + (band == DueBand.GREEN ? n : 0),
                    yellow + (band == DueBand.YELLOW ? n : 0), red + (band == DueBand.RED ? n : 0));
        }
    }
}
