package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * How lead units and jurisdictions carried out the tasks whose original deadline fell in a period, computed from the
 * tasks and their recorded history (never typed in), and how the receiving units confirmed the directives whose
 * confirm-by deadline fell in it. Cancelled tasks do not count.
 *
 * @param place the jurisdiction whose children are ranked (its code)
 * @param from first day of the period (original deadlines on or after it)
 * @param to last day of the period
 * @param today the day open tasks are measured on
 * @param units the lead units (and receiving units of directives), ranked (at most as many as asked for, see {@link #top})
 * @param unitCount how many lead units are ranked (units may list fewer)
 * @param jurisdictions the place itself (tasks of its own units) and its children, ranked
 * @param total every counted task together
 */
public record Scorecard(String place, LocalDate from, LocalDate to, LocalDate today, List<Line> units, int unitCount,
        List<Line> jurisdictions, Line total, Instant computedAt) {

    /** The same scorecard listing only the first {@code n} lead units in rank order. */
    public Scorecard top(int n) {
        return units.size() <= n ? this : new Scorecard(place, from, to, today, List.copyOf(units.subList(0, n)),
                unitCount, jurisdictions, total, computedAt);
    }

    /**
     * One ranked line.
     *
     * @param rank 1 for the best; lines with the same on-time rate, average delay and sent-back rate share a rank;
     *        0 for lines with no task finished or overdue yet (not ranked)
     * @param jurisdiction for a unit, the code of its jurisdiction; otherwise null
     * @param tasks tasks counted (original deadline in the period, not cancelled)
     * @param onTime done on or before the deadline in force (after approved extensions)
     * @param late done after the deadline in force, or still open past it
     * @param pending open and not yet due
     * @param onTimeRate onTime / (onTime + late), 0..1; null when both are 0
     * @param averageDelayDays average of the days past the original deadline over the tasks finished or overdue
     * @param approvedDelayDays days granted by approved extensions (deadline - original deadline), summed
     * @param unapprovedDelayDays days past the deadline in force (done or today), summed
     * @param extensionsApproved extension requests approved
     * @param extensionsRefused extension requests refused
     * @param objections objections raised (counted for the unit that objected)
     * @param submissions results submitted
     * @param sentBack results sent back
     * @param sentBackRate sentBack / submissions, 0..1; null without submissions
     * @param receiptsDue directive receipts (of the unit, or of the units in the jurisdiction) whose confirm-by
     *        deadline falls on a day of the period
     * @param receiptsOnTime those of them confirmed on or before their confirm-by deadline
     * @param receiptsOnTimeRate receiptsOnTime / receiptsDue, 0..1; null without receipts due
     */
    public record Line(int rank, String code, String nameEn, String nameZh, String jurisdiction, int tasks, int onTime,
            int late, int pending, Double onTimeRate, Double averageDelayDays, long approvedDelayDays,
            long unapprovedDelayDays, int extensionsApproved, int extensionsRefused, int objections, int submissions,
            int sentBack, Double sentBackRate, int receiptsDue, int receiptsOnTime, Double receiptsOnTimeRate) {

        public Names.Shown name(Locale locale) {
            return Names.pick(nameEn, nameZh, locale);
        }

        Line ranked(int r) {
            return new Line(r, code, nameEn, nameZh, jurisdiction, tasks, onTime, late, pending, onTimeRate,
                    averageDelayDays, approvedDelayDays, unapprovedDelayDays, extensionsApproved, extensionsRefused,
                    objections, submissions, sentBack, sentBackRate, receiptsDue, receiptsOnTime, receiptsOnTimeRate);
        }
    }
}
