package org.rampart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo tasks: every state, overdue work, a cascade three levels deep, and a history consistent with the states. */
@IntegrationTest
class DemoTasksIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    private static final String DEMO = "created_by like 'demo.%'";

    @Test
    void aboutThreeHundredTasksInEveryStateWithOverdueWork() {
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        jdbc.sql("select status, count(*) n from supervision_task where " + DEMO + " group by status")
                .query((rs, i) -> byStatus.put(rs.getString("status"), rs.getLong("n"))).list();
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isBetween(280L, 320L);
        assertThat(byStatus).containsOnlyKeys("ASSIGNED", "OBJECTED", "ACCEPTED", "IN_PROGRESS", "SUBMITTED",
                "SENT_BACK", "DONE", "CANCELLED");
        assertThat(jdbc.sql("select count(*) from supervision_task where " + DEMO
                + " and closed_at is null and deadline < current_date").query(Long.class).single()).isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from supervision_task where " + DEMO
                + " and done_at::date > original_deadline").query(Long.class).single()).isGreaterThan(3);
        assertThat(jdbc.sql("select count(*) from supervision_extension x join supervision_task t on t.id = x.task_id where "
                + "t.created_by like 'demo.%' and x.approved").query(Long.class).single()).isGreaterThan(3);
        assertThat(jdbc.sql("select min(assigned_at) from supervision_task where " + DEMO).query(Instant.class).single())
                .isBefore(Instant.now().minus(java.time.Duration.ofDays(300)));
    }

    @Test
    void aTaskIsCascadedFromTheProvinceToCitiesAndOnToCounties() {
        assertThat(jdbc.sql("""
                select count(*) from supervision_task g join supervision_task c on c.parent_id = g.id
                    join supervision_task p on p.id = g.parent_id
                where p.created_by like 'demo.%' and p.parent_id is null
                """).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    record Row(long task, String status, Instant assignedAt, Instant doneAt, Instant closedAt, Instant at,
            String toStatus, String kind, long deadlineGap) {
    }

    @Test
    void theHistoryIsInOrderAndAgreesWithEachTasksState() {
        List<Row> rows = jdbc.sql("""
                select t.id, t.status, t.assigned_at, t.done_at, t.closed_at, e.at, e.to_status, e.kind,
                       t.deadline - (t.assigned_at at time zone 'UTC')::date gap
                from supervision_task t join supervision_task_event e on e.task_id = t.id
                where t.created_by like 'demo.%' order by t.id, e.id
                """).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                rs.getString(7), rs.getString(8), rs.getLong(9))).list();
        assertThat(rows).isNotEmpty();
        Instant now = Instant.now();
        Row previous = null;
        for (Row r : rows) {
            assertThat(r.at()).as("task %d %s", r.task(), r.kind()).isBeforeOrEqualTo(now).isAfterOrEqualTo(r.assignedAt());
            assertThat(r.deadlineGap()).as("task %d deadline after assignment", r.task()).isGreaterThanOrEqualTo(7);
            if (previous != null && previous.task() == r.task()) {
                assertThat(r.at()).as("task %d in order", r.task()).isAfterOrEqualTo(previous.at());
            } else {
                assertThat(r.kind()).isEqualTo("ASSIGNED");
                assertThat(r.at()).isEqualTo(r.assignedAt());
            }
            boolean last = rows.indexOf(r) == rows.size() - 1 || rows.get(rows.indexOf(r) + 1).task() != r.task();
            if (last) {
                String state = rows.stream().filter(x -> x.task() == r.task() && x.toStatus() != null)
                        .reduce((a, b) -> b).map(Row::toStatus).orElse("ASSIGNED");
                assertThat(state).as("task %d's history ends in its state", r.task()).isEqualTo(r.status());
                if (r.status().equals("DONE")) {
                    assertThat(r.doneAt()).isEqualTo(r.closedAt()).isEqualTo(r.at());
                } else {
                    assertThat(r.doneAt()).isNull();
                }
            }
            previous = r;
        }
    }
}
