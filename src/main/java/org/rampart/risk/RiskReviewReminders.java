package org.rampart.risk;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publish one {@link RiskReviewsDue} per owner unit for the open risks whose review is overdue and not yet reminded
 * for its current date. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so nodes running side by side never
 * remind the same review twice; the events leave through the event publication registry with the transaction.
 */
@Component
class RiskReviewReminders {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RiskReviewReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Remind the reviews overdue on {@code today}; returns the number of risks reminded. */
    @Transactional
    public int remind(LocalDate today) {
        record Due(long id, String unit, RiskReviewsDue.Item item) {
        }
        List<Due> due = jdbc.sql("""
                select id, owner_unit_code, code, jurisdiction_code, jurisdiction_path, next_review_date, level, bottom_line
                  from risk
                 where status <> 'CLOSED' and next_review_date < :today
                   and (review_reminded_for is null or review_reminded_for <> next_review_date)
                 order by next_review_date, id
                 limit :limit
                 for update skip locked""").param("today", Date.valueOf(today)).param("limit", BATCH)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("owner_unit_code"),
                        new RiskReviewsDue.Item(rs.getString("code"), rs.getString("jurisdiction_code"),
                                rs.getString("jurisdiction_path"), rs.getObject("next_review_date", LocalDate.class),
                                RiskLevel.valueOf(rs.getString("level")), rs.getBoolean("bottom_line")))).list();
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, List<RiskReviewsDue.Item>> byUnit = new LinkedHashMap<>();
        for (Due d : due) {
            byUnit.computeIfAbsent(d.unit() == null ? "" : d.unit(), k -> new ArrayList<>()).add(d.item());
        }
        byUnit.forEach((unit, items) -> events.publishEvent(new RiskReviewsDue(unit.isEmpty() ? null : unit, today,
                List.copyOf(items))));
        jdbc.sql("update risk set review_reminded_for = next_review_date where id = any(:ids)")
                .param("ids", due.stream().map(Due::id).toArray(Long[]::new)).update();
        return due.size();
    }
}
