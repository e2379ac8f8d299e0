package org.rampart.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared set-up of the ladder tests: tasks assigned by the demo city to a county unit through the facade, then moved
 * in time with SQL (assigned some days ago, a deadline relative to today), and the history kinds of a task.
 */
public final class LadderFixtures {

    /** The lead unit of the ladder tests' tasks: the demo county's emergency bureau (officer.county is a member). */
    public static final String LEAD = Demo.COUNTY + "-EM";

    private LadderFixtures() {
    }

    /** The city coordinator who assigns the tasks. */
    public static Actor assigner(JurisdictionManagement jurisdictions) {
        return TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
    }

    /** A member of the lead unit. */
    public static Actor leadMember(JurisdictionManagement jurisdictions) {
        return TaskFixtures.actor(jurisdictions, Role.OFFICER, Demo.COUNTY, LEAD);
    }

    /** Assign a task by the city to {@link #LEAD} (and the assisting units), assigned on one day, due on another. */
    public static Task task(TaskManagement tasks, JurisdictionManagement jurisdictions, JdbcClient jdbc,
            LocalDate assignedOn, LocalDate deadline, ZoneId zone, List<String> assisting) {
        TaskDraft draft = TaskFixtures.units(TaskFixtures.draft(Demo.CITY, LEAD, LocalDate.now(zone).plusDays(30)), LEAD,
                assisting);
        Task task = tasks.assign(assigner(jurisdictions), draft);
        moveTo(jdbc, task.id(), assignedOn, deadline, zone);
        return task;
    }

    /** Set the task's assignment day and its (original) deadline. */
    public static void moveTo(JdbcClient jdbc, long taskId, LocalDate assignedOn, LocalDate deadline, ZoneId zone) {
        jdbc.sql("""
                update supervision_task set assigned_at = :at, accept_by = :at, deadline = :deadline,
                    original_deadline = :deadline where id = :id
                """).param("at", Timestamp.from(noon(assignedOn, zone))).param("deadline", Date.valueOf(deadline))
                .param("id", taskId).update();
    }

    /** An approved extension as the tasks slice records it: a later deadline, the original kept. */
    public static void extend(JdbcClient jdbc, long taskId, LocalDate deadline) {
        jdbc.sql("update supervision_task set deadline = :deadline where id = :id")
                .param("deadline", Date.valueOf(deadline)).param("id", taskId).update();
    }

    /** Noon of the day in the zone. */
    public static Instant noon(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    /** The kinds of the task's history, oldest first. */
    public static List<String> kinds(JdbcClient jdbc, long taskId) {
        return jdbc.sql("select kind from supervision_task_event where task_id = :id order by id").param("id", taskId)
                .query(String.class).list();
    }
}
