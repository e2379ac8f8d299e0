package org.rampart.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the supervision ladder: the open tasks whose next rung may be due (locked with {@code FOR UPDATE SKIP
 * LOCKED}), the steps taken per task and deadline, each task's place on its ladder, and the supervision notices with
 * their gap-free numbering per year. Reads of notices users see filter by the reader's scope and unit in SQL, as
 * tasks do ({@link TaskRepository#VISIBLE}).
 */
@Repository
class LadderRepository {

    /** The statuses in which the lead unit still owes the work, so the ladder climbs. */
    static final List<String> CLIMBING = List.of(TaskStatus.ASSIGNED.name(), TaskStatus.ACCEPTED.name(),
            TaskStatus.IN_PROGRESS.name(), TaskStatus.SENT_BACK.name());

    private static final String NOTICE_COLUMNS = """
            n.id, n.number, n.task_id, t.title_en, t.title_zh, t.jurisdiction_path,
                   n.lead_unit_id, n.deadline, n.days_overdue, n.issued_on, n.issued_at, n.reply_due, n.answered_at,
                   n.answered_by, n.answer, n.answer_late
              from supervision_notice n join supervision_task t on t.id = n.task_id
            """;

    private final JdbcClient jdbc;
    private final TaskRepository tasks;

    LadderRepository(JdbcClient jdbc, TaskRepository tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** An open task as the ladder sees it. */
    record Climber(long id, String titleEn, String titleZh, String jurisdictionPath, long leadUnitId,
            Instant assignedAt, LocalDate deadline) {
    }

    /**
     * Lock up to {@code limit} open tasks whose ladder may have a rung due on {@code today}: never looked at (or
     * looked at for another deadline) and within the first reminder of their deadline, or whose next rung's day has
     * come. Rows another node holds are skipped; the locks last until the caller's transaction ends.
     */
    List<Climber> lockDue(LocalDate today, LocalDate horizon, int limit) {
        return jdbc.sql("""
                select t.id, t.title_en, t.title_zh, t.jurisdiction_path, t.lead_unit_id, t.assigned_at, t.deadline
                  from supervision_task t left join supervision_ladder l on l.task_id = t.id
                 where t.closed_at is null and t.status in (:climbing)
                   and ((l.task_id is null or l.deadline <> t.deadline) and t.deadline <= :horizon
                        or l.deadline = t.deadline and l.next_on <= :today)
                 order by t.id limit :limit
                 for update of t skip locked
                """).param("climbing", CLIMBING).param("horizon", Date.valueOf(horizon))
                .param("today", Date.valueOf(today)).param("limit", limit)
                .query((rs, n) -> new Climber(rs.getLong("id"), rs.getString("title_en"), rs.getString("title_zh"),
                        rs.getString("jurisdiction_path"), rs.getLong("lead_unit_id"),
                        rs.getTimestamp("assigned_at").toInstant(), rs.getDate("deadline").toLocalDate()))
                .list();
    }

    /** The keys of the steps taken per task for the given deadlines (read after locking: committed by anyone). */
    Map<Long, Set<String>> taken(Map<Long, LocalDate> deadlines) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (deadlines.isEmpty()) {
            return out;
        }
        jdbc.sql("select task_id, deadline, step from supervision_ladder_step where task_id in (:ids)")
                .param("ids", deadlines.keySet()).query((rs, n) -> {
                    long id = rs.getLong("task_id");
                    if (rs.getDate("deadline").toLocalDate().equals(deadlines.get(id))) {
                        out.computeIfAbsent(id, k -> new HashSet<>()).add(rs.getString("step"));
                    }
                    return id;
                }).list();
        return out;
    }

    /** Record a step; false when it was taken before for this task and deadline (then nothing else may happen). */
    boolean takeStep(long taskId, LocalDate deadline, Ladder.Due due, LocalDate today, Instant at) {
        return jdbc.sql("""
                insert into supervision_ladder_step (task_id, deadline, step, days, taken_on, taken_at)
                values (:task, :deadline, :step, :days, :today, :at) on conflict do nothing
                """).param("task", taskId).param("deadline", Date.valueOf(deadline)).param("step", due.key())
                .param("days", due.days()).param("today", Date.valueOf(today)).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Remember where the task stands on its ladder: the deadline looked at and the day of its next rung. */
    void place(long taskId, LocalDate deadline, LocalDate nextOn, Instant at) {
        jdbc.sql("""
                insert into supervision_ladder (task_id, deadline, next_on, updated_at) values (:task, :deadline, :next, :at)
                on conflict (task_id) do update set deadline = excluded.deadline, next_on = excluded.next_on,
                    updated_at = excluded.updated_at
                """).param("task", taskId).param("deadline", Date.valueOf(deadline))
                .param("next", nextOn == null ? null : Date.valueOf(nextOn)).param("at", Timestamp.from(at)).update();
    }

    /** Units by id, with codes and names. */
    Map<Long, TaskUnit> units(Collection<Long> ids) {
        return tasks.units(ids);
    }

    // --- notices ---

    /**
     * The next notice number of the year, taken in the caller's transaction: the counter row stays locked until it
     * ends, so numbers follow each other without gaps (a rolled-back issue gives its number back).
     */
    int nextSequence(int year) {
        return jdbc.sql("""
                insert into supervision_notice_counter (year, last) values (:year, 1)
                on conflict (year) do update set last = supervision_notice_counter.last + 1
                returning last
                """).param("year", year).query(Integer.class).single();
    }

    long insertNotice(String number, int year, int sequence, long taskId, LocalDate deadline, int daysOverdue,
            long leadUnitId, LocalDate issuedOn, Instant issuedAt, LocalDate replyDue) {
        return jdbc.sql("""
                insert into supervision_notice (number, year, sequence, task_id, deadline, days_overdue, lead_unit_id,
                    issued_on, issued_at, reply_due)
                values (:number, :year, :seq, :task, :deadline, :days, :unit, :on, :at, :due) returning id
                """).param("number", number).param("year", year).param("seq", sequence).param("task", taskId)
                .param("deadline", Date.valueOf(deadline)).param("days", daysOverdue).param("unit", leadUnitId)
                .param("on", Date.valueOf(issuedOn)).param("at", Timestamp.from(issuedAt))
                .param("due", Date.valueOf(replyDue)).query(Long.class).single();
    }

    /** The number of the notice issued for this task and deadline, if any. */
    Optional<String> noticeNumber(long taskId, LocalDate deadline) {
        return jdbc.sql("select number from supervision_notice where task_id = :task and deadline = :deadline")
                .param("task", taskId).param("deadline", Date.valueOf(deadline)).query(String.class).optional();
    }

    /** The notice when the reader sees its task. */
    Optional<SupervisionNotice> notice(String scope, Long unit, long id) {
        return notices(jdbc.sql("select " + NOTICE_COLUMNS + " where n.id = :id and " + TaskRepository.VISIBLE)
                .param("id", id).param("scope", scope).param("unit", unit)).stream().findFirst();
    }

    /** Lock the notice row for its answer. */
    Optional<Long> lockNotice(long id) {
        return jdbc.sql("select id from supervision_notice where id = :id for update").param("id", id)
                .query(Long.class).optional();
    }

    /** The notices of a task, newest first (the caller has checked the task is visible). */
    List<SupervisionNotice> noticesOf(long taskId) {
        return notices(jdbc.sql("select " + NOTICE_COLUMNS + " where n.task_id = :task order by n.id desc")
                .param("task", taskId));
    }

    /**
     * The notices the reader sees, newest first: all of them, or only those still unanswered on open tasks; only those addressed
     * to the reader's unit when {@code ownUnit}.
     */
    List<SupervisionNotice> visible(String scope, Long unit, boolean unansweredOnly, boolean ownUnit, int limit) {
        String where = " where " + TaskRepository.VISIBLE + (unansweredOnly ? " and n.answered_at is null and t.closed_at is null" : "")
                + (ownUnit ? " and n.lead_unit_id = cast(:unit as bigint)" : "");
        return notices(jdbc.sql("select " + NOTICE_COLUMNS + where + " order by n.id desc limit :limit")
                .param("scope", scope).param("unit", unit).param("limit", limit));
    }

    boolean answer(long id, String answer, String by, Instant at, boolean late) {
        return jdbc.sql("""
                update supervision_notice set answer = :answer, answered_by = :by, answered_at = :at, answer_late = :late
                where id = :id and answered_at is null
                """).param("id", id).param("answer", answer).param("by", by).param("at", Timestamp.from(at))
                .param("late", late).update() == 1;
    }

    private List<SupervisionNotice> notices(JdbcClient.StatementSpec spec) {
        record Row(SupervisionNotice notice, long unitId) {
        }
        List<Row> rows = spec.query((rs, n) -> new Row(notice(rs, null), rs.getLong("lead_unit_id"))).list();
        Map<Long, TaskUnit> units = tasks.units(rows.stream().map(Row::unitId).distinct().toList());
        return rows.stream().map(r -> withUnit(r.notice(), units.get(r.unitId()))).toList();
    }

    private static SupervisionNotice withUnit(SupervisionNotice n, TaskUnit unit) {
        return new SupervisionNotice(n.id(), n.number(), n.taskId(), n.titleEn(), n.titleZh(),
                n.jurisdictionPath(), unit, n.deadline(), n.daysOverdue(), n.issuedOn(), n.issuedAt(), n.replyDue(),
                n.answeredAt(), n.answeredBy(), n.answer(), n.answerLate());
    }

    private static SupervisionNotice notice(ResultSet rs, TaskUnit unit) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new SupervisionNotice(rs.getLong("id"), rs.getString("number"), rs.getLong("task_id"),
                rs.getString("title_en"), rs.getString("title_zh"), rs.getString("jurisdiction_path"), unit, rs.getDate("deadline").toLocalDate(),
                rs.getInt("days_overdue"), rs.getDate("issued_on").toLocalDate(), rs.getTimestamp("issued_at").toInstant(),
                rs.getDate("reply_due").toLocalDate(), answered == null ? null : answered.toInstant(),
                rs.getString("answered_by"), rs.getString("answer"), (Boolean) rs.getObject("answer_late"));
    }
}
