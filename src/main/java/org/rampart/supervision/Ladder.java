package org.rampart.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which rungs of the supervision ladder a task takes on a given day: a plain function of the settings, the day the
 * task was assigned, its deadline, the day and the steps already taken for this deadline. Only the highest rung that
 * is due is taken (a task first seen five days overdue is not urged as well as given a notice), except that a notice
 * due and not yet issued always goes out, so the lead unit has the document it must answer before it is escalated.
 * A reminder whose day came before the task was assigned is not sent.
 */
final class Ladder {

    private Ladder() {
    }

    /**
     * A step due: the rung, its figure (days before the deadline for a reminder, days overdue otherwise) and its key,
     * unique per task and deadline ({@code REMINDER-3}, {@code URGE}, {@code NOTICE}, {@code ESCALATION}).
     */
    record Due(LadderStep step, int days, String key) {

        static Due of(LadderStep step, int days) {
            return new Due(step, days, step == LadderStep.REMINDER ? step.name() + "-" + days : step.name());
        }
    }

    /** The days the deadline has passed on {@code today}; negative before it, 0 on the day itself. */
    static int daysOverdue(LocalDate deadline, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(deadline, today);
    }

    /** Every rung a task may ever take for this deadline, in ladder order. */
    static List<Due> rungs(LadderSettings settings, LocalDate assignedOn, LocalDate deadline) {
        List<Due> rungs = new ArrayList<>();
        settings.remindBefore().stream().distinct().sorted((a, b) -> b - a)
                .filter(days -> !deadline.minusDays(days).isBefore(assignedOn))
                .forEach(days -> rungs.add(Due.of(LadderStep.REMINDER, days)));
        rungs.add(Due.of(LadderStep.URGE, settings.urgeAfter()));
        rungs.add(Due.of(LadderStep.NOTICE, settings.noticeAfter()));
        rungs.add(Due.of(LadderStep.ESCALATION, settings.escalateAfter()));
        return rungs;
    }

    /** The day a rung falls due. */
    static LocalDate dueOn(Due rung, LocalDate deadline) {
        return rung.step() == LadderStep.REMINDER ? deadline.minusDays(rung.days()) : deadline.plusDays(rung.days());
    }

    /**
     * The steps to take on {@code today}, in ladder order (empty when nothing is due or all was taken).
     *
     * @param taken the keys of the steps already taken for this deadline
     */
    static List<Due> due(LadderSettings settings, LocalDate assignedOn, LocalDate deadline, LocalDate today,
            Collection<String> taken) {
        List<Due> rungs = rungs(settings, assignedOn, deadline);
        Due highest = null;
        for (Due rung : rungs) {
            if (dueOn(rung, deadline).isAfter(today)) {
                break;
            }
            // a reminder is for the days before the deadline: once overdue, the urging reminder speaks instead
            if (rung.step() == LadderStep.REMINDER && today.isAfter(deadline)) {
                continue;
            }
            highest = rung;
        }
        if (highest == null) {
            return List.of();
        }
        List<Due> due = new ArrayList<>();
        if (highest.step() == LadderStep.ESCALATION && !taken.contains(LadderStep.NOTICE.name())) {
            due.add(Due.of(LadderStep.NOTICE, settings.noticeAfter()));
        }
        if (!taken.contains(highest.key())) {
            due.add(highest);
        }
        return List.copyOf(due);
    }

    /** The first day after {@code today} on which a rung falls due, or null when the ladder has no rung left. */
    static LocalDate nextOn(LadderSettings settings, LocalDate assignedOn, LocalDate deadline, LocalDate today) {
        for (Due rung : rungs(settings, assignedOn, deadline)) {
            LocalDate on = dueOn(rung, deadline);
            if (on.isAfter(today)) {
                return on;
            }
        }
        return null;
    }

    /** The day {@code days} working days after {@code from} (Saturdays and Sundays are not working days). */
    static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
