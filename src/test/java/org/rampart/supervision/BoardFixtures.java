package org.rampart.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.rampart.jurisdiction.UnitDraft;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.shared.Actor;
import org.rampart.support.Demo;
import org.rampart.support.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Supervision tasks and their history written straight into the V100 tables, and directive receipts into the V110
 * tables, for the board's, calendar's, feed's and scorecard's tests: units of their own (unique codes) so that counts
 * are the fixture's alone in the shared database.
 */
public final class BoardFixtures {

    private final JdbcClient jdbc;
    private final UnitManagement units;
    private final ZoneId zone = ZoneId.systemDefault();

    public BoardFixtures(JdbcClient jdbc, UnitManagement units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Make a unit of a jurisdiction with a unique code and its names; returns the code. */
    public String unit(String jurisdiction, String prefix) {
        String code = Sessions.uniqueCode(prefix);
        units.create(Actor.system(), new UnitDraft(code, jurisdiction, "test", "Unit " + code, "单位" + code));
        return code;
    }

    public long unitId(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    /** A task under construction: assigning jurisdiction, lead unit, deadline; the rest has defaults. */
    public Task task(String title, String jurisdiction, String leadUnit, LocalDate deadline) {
        return new Task(title, jurisdiction, leadUnit, deadline);
    }

    public final class Task {
        private final String title;
        private final String jurisdiction;
        private final String leadUnit;
        private final LocalDate deadline;
        private LocalDate originalDeadline;
        private TaskStatus status = TaskStatus.ACCEPTED;
        private Instant submittedAt;
        private Instant doneAt;
        private String priority = "NORMAL";
        private String source = "NONE";
        private Long parent;
        private String[] assisting = {};

        Task(String title, String jurisdiction, String leadUnit, LocalDate deadline) {
            this.title = title;
            this.jurisdiction = jurisdiction;
            this.leadUnit = leadUnit;
            this.deadline = deadline;
            this.originalDeadline = deadline;
        }

        public Task status(TaskStatus s) {
            this.status = s;
            return this;
        }

        public Task original(LocalDate d) {
            this.originalDeadline = d;
            return this;
        }

        public Task submittedOn(LocalDate d) {
            this.submittedAt = d.atTime(10, 0).atZone(zone).toInstant();
            return this;
        }

        public Task doneOn(LocalDate d) {
            this.status = TaskStatus.DONE;
            this.doneAt = d.atTime(15, 0).atZone(zone).toInstant();
            return this;
        }

        public Task priority(String p) {
            this.priority = p;
            return this;
        }

        public Task source(String s) {
            this.source = s;
            return this;
        }

        public Task parent(long id) {
            this.parent = id;
            return this;
        }

        public Task assisting(String... codes) {
            this.assisting = codes;
            return this;
        }

        /** Write the task, its units and its ASSIGNED history entry; returns its id. */
        public long save() {
            Map<String, Object> j = jdbc.sql("select id, path from jurisdiction where code = :c").param("c", jurisdiction)
                    .query().singleRow();
            Map<String, Object> lead = jdbc.sql("""
                    select u.id, j.path from unit u join jurisdiction j on j.id = u.jurisdiction_id where u.code = :c
                    """).param("c", leadUnit).query().singleRow();
            Instant assigned = originalDeadline.minusDays(30).atStartOfDay(zone).toInstant();
            long id = jdbc.sql("""
                    insert into supervision_task (title_en, title_zh, source_type, jurisdiction_id, jurisdiction_path,
                        lead_unit_id, lead_jurisdiction_path, parent_id, priority, status, assigned_at, accept_by, deadline,
                        original_deadline, submitted_at, done_at, closed_at, created_by)
                    values (:title, :titleZh, :source, :j, :jpath, :lead, :lpath, :parent, :priority, :status, :assigned,
                        :acceptBy, :deadline, :original, :submitted, :done, :closed, 'fixture')
                    returning id
                    """).param("title", title).param("titleZh", "事项 " + title).param("source", source)
                    .param("j", j.get("id")).param("jpath", j.get("path")).param("lead", lead.get("id"))
                    .param("lpath", lead.get("path")).param("parent", parent).param("priority", priority)
                    .param("status", status.name()).param("assigned", Timestamp.from(assigned))
                    .param("acceptBy", Timestamp.from(assigned.plusSeconds(3 * 86400)))
                    .param("deadline", deadline).param("original", originalDeadline)
                    .param("submitted", submittedAt == null ? null : Timestamp.from(submittedAt))
                    .param("done", doneAt == null ? null : Timestamp.from(doneAt))
                    .param("closed", doneAt == null ? null : Timestamp.from(doneAt)).query(Long.class).single();
            jdbc.sql("insert into supervision_task_unit (task_id, unit_id, role) values (:t, :u, 'LEAD')")
                    .param("t", id).param("u", lead.get("id")).update();
            for (String a : assisting) {
                jdbc.sql("insert into supervision_task_unit (task_id, unit_id, role) values (:t, :u, 'ASSIST')")
                        .param("t", id).param("u", unitId(a)).update();
            }
            event(id, "ASSIGNED", null, assigned);
            return id;
        }
    }

    /** Add a history entry of a kind to a task, optionally for a unit. */
    public void event(long task, String kind, String unit, Instant at) {
        jdbc.sql("""
                insert into supervision_task_event (task_id, at, kind, actor, unit_id) values (:t, :at, :k, 'fixture', :u)
                """).param("t", task).param("at", Timestamp.from(at)).param("k", kind)
                .param("u", unit == null ? null : unitId(unit)).update();
    }

    /**
     * A directive of the province circulated to one unit, with the unit's receipt: to confirm by {@code confirmBy},
     * confirmed at {@code confirmedAt} (null: not confirmed); returns the receipt's id.
     */
    public long receipt(String unit, Instant confirmBy, Instant confirmedAt) {
        Map<String, Object> p = jdbc.sql("select id, code, path from jurisdiction where code = :c")
                .param("c", Demo.PROVINCE).query().singleRow();
        Map<String, Object> u = jdbc.sql("""
                select u.id, j.id as jid, j.code, j.path from unit u join jurisdiction j on j.id = u.jurisdiction_id
                where u.code = :c""").param("c", unit).query().singleRow();
        Timestamp received = Timestamp.from(confirmBy.minusSeconds(3 * 86400));
        long directive = jdbc.sql("""
                insert into supervision_directive (number, title_en, body, jurisdiction_id, jurisdiction_code,
                    jurisdiction_path, status, confirm_by, created_by, created_at, circulated_at, circulated_by)
                values (:number, 'Fixture directive', 'Confirm it.', :j, :code, :path, 'CIRCULATED', :by, 'fixture',
                    :at, :at, 'fixture')
                returning id""").param("number", Sessions.uniqueCode("FX")).param("j", p.get("id"))
                .param("code", p.get("code")).param("path", p.get("path")).param("by", Timestamp.from(confirmBy))
                .param("at", received).query(Long.class).single();
        return jdbc.sql("""
                insert into supervision_directive_receipt (directive_id, unit_id, unit_code, jurisdiction_id,
                    jurisdiction_code, jurisdiction_path, received_at, confirm_by, confirmed_at, confirmed_by)
                values (:d, :u, :unit, :j, :code, :path, :at, :by, :confirmed, :who)
                returning id""").param("d", directive).param("u", u.get("id")).param("unit", unit)
                .param("j", u.get("jid")).param("code", u.get("code")).param("path", u.get("path")).param("at", received)
                .param("by", Timestamp.from(confirmBy))
                .param("confirmed", confirmedAt == null ? null : Timestamp.from(confirmedAt))
                .param("who", confirmedAt == null ? null : "fixture").query(Long.class).single();
    }
}
