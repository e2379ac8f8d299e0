package org.rampart.supervision;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL that every read of the board, the calendar, the feed and the scorecard shares: which tasks the actor may see
 * (the assigning jurisdiction in the actor's scope, or the actor's unit among the task's units), the filters, and how
 * many days a task is past its deadline on a day (a submitted task: on the day it was submitted).
 *
 * @param scope the actor's scope path
 * @param myUnit the actor's unit id, or null
 * @param place the chosen jurisdiction's path (the lead unit's jurisdiction lies below it), or null for any
 * @param root the path children are counted below (the chosen jurisdiction, or the scope's first root)
 * @param unitId a unit among the task's units, or null
 */
record TaskCriteria(String scope, Long myUnit, String place, String root, BoardFilter filter, Long unitId,
        LocalDate today, String zone, int dueSoonDays, int lateDays) {

    static final String OPEN = "t.status in ('ASSIGNED', 'OBJECTED', 'ACCEPTED', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK')";

    /** Days past the deadline (negative: days left). */
    static final String DAYS = "(coalesce(case when t.status = 'SUBMITTED' then (t.submitted_at at time zone :zone)::date end,"
            + " cast(:today as date)) - t.deadline)";

    /** The band of {@link #DAYS}, as its name. */
    static final String BAND = "case when " + DAYS + " > :late then 'RED' when " + DAYS
            + " >= -:soon then 'YELLOW' else 'GREEN' end";

    /** The id (text) of the child of {@code root} that the lead unit's jurisdiction lies in; null: root itself; '-': outside. */
    static final String CHILD = "case when t.lead_jurisdiction_path like :rootLike then nullif(split_part(substr("
            + "t.lead_jurisdiction_path, :rootLen + 1), '/', 1), '') else '-' end";

    /** The predicate on {@code t} (supervision_task): visible to the actor and within the filter. */
    String where() {
        StringBuilder w = new StringBuilder("""
                (t.jurisdiction_path like :scope or exists (select 1 from supervision_task_unit vu
                 where vu.task_id = t.id and vu.unit_id = :myUnit))""");
        if (place != null) {
            w.append(" and t.lead_jurisdiction_path like :place");
        }
        if (filter.status() != null) {
            w.append(" and t.status = :status");
        }
        if (filter.priority() != null) {
            w.append(" and t.priority = :priority");
        }
        if (filter.source() != null) {
            w.append(" and t.source_type = :source");
        }
        if (unitId != null) {
            w.append(" and exists (select 1 from supervision_task_unit fu where fu.task_id = t.id and fu.unit_id = :unit)");
        }
        if (filter.band() != null) {
            w.append(switch (filter.band()) {
                case RED -> " and " + DAYS + " > :late";
                case YELLOW -> " and " + DAYS + " between -:soon and :late";
                case GREEN -> " and " + DAYS + " < -:soon";
            });
        }
        return w.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        spec = spec.param("scope", scope + "%").param("myUnit", myUnit == null ? -1L : myUnit)
                .param("today", today).param("zone", zone).param("soon", dueSoonDays).param("late", lateDays)
                .param("rootLike", root + "%").param("rootLen", root.length());
        if (place != null) {
            spec = spec.param("place", place + "%");
        }
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().name());
        }
        if (filter.priority() != null) {
            spec = spec.param("priority", filter.priority());
        }
        if (filter.source() != null) {
            spec = spec.param("source", filter.source());
        }
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        return spec;
    }
}
