package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for what hangs off a task: objections and their types, extension requests, attachments and leader
 * instructions. Callers have already checked that the reader sees the task.
 * <p>Read model: the code of the unit that objected comes from {@code unit} (the jurisdiction module's table).
 */
@Repository
class TaskRecordsRepository {

    private final JdbcClient jdbc;

    TaskRecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- objection types ---

    List<ObjectionType> objectionTypes(boolean activeOnly) {
        return jdbc.sql("""
                select code, name_en, name_zh, position, active from supervision_objection_type
                where active or not :activeOnly order by position, code
                """).param("activeOnly", activeOnly).query((rs, n) -> new ObjectionType(rs.getString("code"),
                        rs.getString("name_en"), rs.getString("name_zh"), rs.getInt("position"),
                        rs.getBoolean("active"))).list();
    }

    Optional<ObjectionType> objectionType(String code) {
        return objectionTypes(false).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    void saveObjectionType(ObjectionType t) {
        jdbc.sql("""
                insert into supervision_objection_type (code, name_en, name_zh, position, active)
                values (:code, :en, :zh, :position, :active)
                on conflict (code) do update set name_en = excluded.name_en, name_zh = excluded.name_zh,
                    position = excluded.position, active = excluded.active
                """).param("code", t.code()).param("en", t.nameEn()).param("zh", t.nameZh())
                .param("position", t.position()).param("active", t.active()).update();
    }

    // --- objections ---

    void object(long taskId, long unitId, String type, String reason, Instant at, String by) {
        jdbc.sql("""
                insert into supervision_objection (task_id, unit_id, type_code, reason, raised_at, raised_by)
                values (:t, :u, :type, :reason, :at, :by)
                """).param("t", taskId).param("u", unitId).param("type", type).param("reason", reason)
                .param("at", TaskRepository.ts(at)).param("by", by).update();
    }

    void decideObjection(long taskId, String outcome, String text, Instant at, String by) {
        jdbc.sql("""
                update supervision_objection set outcome = :o, decision_text = :text, decided_at = :at, decided_by = :by
                where task_id = :t and decided_at is null
                """).param("t", taskId).param("o", outcome).param("text", text).param("at", TaskRepository.ts(at))
                .param("by", by).update();
    }

    List<Objection> objections(long taskId) {
        return jdbc.sql("""
                select o.id, u.code as unit_code, o.type_code, o.reason, o.raised_at, o.raised_by, o.outcome,
                       o.decided_at, o.decided_by, o.decision_text
                  from supervision_objection o join unit u on u.id = o.unit_id
                 where o.task_id = :t order by o.raised_at, o.id
                """).param("t", taskId).query((rs, n) -> new Objection(rs.getLong("id"), rs.getString("unit_code"),
                        rs.getString("type_code"), rs.getString("reason"),
                        TaskRepository.instant(rs.getTimestamp("raised_at")), rs.getString("raised_by"),
                        rs.getString("outcome"), TaskRepository.instant(rs.getTimestamp("decided_at")),
                        rs.getString("decided_by"), rs.getString("decision_text"))).list();
    }

    // --- extensions ---

    void requestExtension(long taskId, Long unitId, LocalDate current, LocalDate wanted, String reason, Instant at,
            String by) {
        jdbc.sql("""
                insert into supervision_extension (task_id, requested_at, requested_by, unit_id, current_deadline,
                    new_deadline, reason)
                values (:t, :at, :by, :u, :current, :wanted, :reason)
                """).param("t", taskId).param("at", TaskRepository.ts(at)).param("by", by).param("u", unitId)
                .param("current", current).param("wanted", wanted).param("reason", reason).update();
    }

    void decideExtension(long id, boolean approved, String reason, Instant at, String by) {
        jdbc.sql("""
                update supervision_extension set approved = :a, decision_reason = :reason, decided_at = :at,
                    decided_by = :by
                where id = :id
                """).param("id", id).param("a", approved).param("reason", reason).param("at", TaskRepository.ts(at))
                .param("by", by).update();
    }

    List<Extension> extensions(long taskId) {
        return jdbc.sql("""
                select id, requested_at, requested_by, current_deadline, new_deadline, reason, decided_at, decided_by,
                       approved, decision_reason
                  from supervision_extension where task_id = :t order by requested_at, id
                """).param("t", taskId).query(TaskRecordsRepository::extension).list();
    }

    private static Extension extension(ResultSet rs, int n) throws SQLException {
        return new Extension(rs.getLong("id"), TaskRepository.instant(rs.getTimestamp("requested_at")),
                rs.getString("requested_by"), rs.getObject("current_deadline", LocalDate.class),
                rs.getObject("new_deadline", LocalDate.class), rs.getString("reason"),
                TaskRepository.instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
                (Boolean) rs.getObject("approved"), rs.getString("decision_reason"));
    }

    // --- attachments ---

    long attach(long taskId, long eventId, boolean evidence, String filename, String contentType, byte[] content,
            String sha256, String by, Instant at) {
        return jdbc.sql("""
                insert into supervision_task_attachment (task_id, event_id, evidence, filename, content_type,
                    size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (:t, :e, :evidence, :name, :type, :size, :sha, :content, :by, :at)
                returning id
                """).param("t", taskId).param("e", eventId).param("evidence", evidence).param("name", filename)
                .param("type", contentType).param("size", (long) content.length).param("sha", sha256)
                .param("content", content).param("by", by).param("at", TaskRepository.ts(at)).query(Long.class)
                .single();
    }

    private static final String ATTACHMENT = """
            select id, task_id, event_id, evidence, filename, content_type, size_bytes, sha256, uploaded_by,
                   uploaded_at from supervision_task_attachment
            """;

    private static TaskAttachment attachment(ResultSet rs, int n) throws SQLException {
        return new TaskAttachment(rs.getLong("id"), rs.getLong("task_id"), rs.getObject("event_id", Long.class),
                rs.getBoolean("evidence"), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                TaskRepository.instant(rs.getTimestamp("uploaded_at")));
    }

    List<TaskAttachment> attachments(long taskId) {
        return jdbc.sql(ATTACHMENT + " where task_id = :t order by id").param("t", taskId)
                .query(TaskRecordsRepository::attachment).list();
    }

    Optional<TaskAttachment> attachment(long taskId, long id) {
        return jdbc.sql(ATTACHMENT + " where task_id = :t and id = :id").param("t", taskId).param("id", id)
                .query(TaskRecordsRepository::attachment).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from supervision_task_attachment where id = :id").param("id", id)
                .query(byte[].class).single();
    }

    int evidenceCount(long taskId) {
        return jdbc.sql("select count(*) from supervision_task_attachment where task_id = :t and evidence")
                .param("t", taskId).query(Integer.class).single();
    }

    // --- instructions ---

    long instruct(long taskId, Long eventId, String leader, String text, Instant at, String by) {
        return jdbc.sql("""
                insert into supervision_instruction (task_id, event_id, leader, text, given_at, given_by)
                values (:t, :e, :leader, :text, :at, :by) returning id
                """).param("t", taskId).param("e", eventId).param("leader", leader).param("text", text)
                .param("at", TaskRepository.ts(at)).param("by", by).query(Long.class).single();
    }

    List<Instruction> instructions(long taskId) {
        return jdbc.sql("""
                select id, task_id, event_id, leader, text, given_at, given_by from supervision_instruction
                where task_id = :t order by given_at desc, id desc
                """).param("t", taskId).query((rs, n) -> new Instruction(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getObject("event_id", Long.class), rs.getString("leader"), rs.getString("text"),
                        TaskRepository.instant(rs.getTimestamp("given_at")), rs.getString("given_by"))).list();
    }

    /** True when the history entry is a progress report of the task. */
    boolean isProgress(long taskId, long eventId) {
        return jdbc.sql("select count(*) from supervision_task_event where id = :e and task_id = :t and kind = 'PROGRESS'")
                .param("e", eventId).param("t", taskId).query(Integer.class).single() > 0;
    }

    /** Mark a milestone of a task done; false when it was done already (or is not the task's). */
    boolean milestoneDone(long taskId, long milestoneId, Instant at) {
        return jdbc.sql("update supervision_task_milestone set done_at = :at where id = :id and task_id = :t"
                + " and done_at is null").param("at", TaskRepository.ts(at)).param("id", milestoneId)
                .param("t", taskId).update() == 1;
    }
}
