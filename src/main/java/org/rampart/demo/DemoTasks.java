package org.rampart.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.supervision.SubTaskDraft;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskDraft;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * About 300 supervision tasks across the demo province in every state, with a year of history so that a scorecard
 * has something to count: each task is assigned and carried through its steps by the facade (acceptance, objections,
 * progress, extensions, submission, verification, sending back, cancellation) as the assigning side and as a member
 * of its lead unit would, then its history is moved back to when those steps happened (the facade records every
 * step at the moment it runs). Older tasks are mostly done, some late, some after an approved extension or after being
 * sent back; recent ones are open, some overdue. One province task is cascaded to three cities, and one city's part
 * down to its counties.
 * <p>Read model (STYLE.md rule 21): to move the history back, this class updates the supervision module's
 * {@code supervision_task}, {@code supervision_task_event}, {@code supervision_extension} and
 * {@code supervision_objection} with SQL (the facade cannot backdate a step); every step itself goes through
 * {@link TaskManagement}. A change to those tables' time and date columns must be checked against it.
 */
@Component
class DemoTasks {

    static final int COUNT = 300;

    /** English and Chinese titles; %s is the place's name. */
    private static final String[][] TITLES = {
        {"Rectify fire-safety hazards in the markets of %s", "%s农贸市场消防安全隐患整改"},
        {"Inspect the flood-control levees of %s before the flood season", "汛前检查%s防洪堤坝"},
        {"Resolve wage arrears on construction projects in %s", "化解%s建设项目拖欠工资问题"},
        {"Check gas pipelines in the old residential areas of %s", "排查%s老旧小区燃气管道"},
        {"Survey the geological hazard sites of %s", "开展%s地质灾害隐患点排查"},
        {"Set up the grain reserve stock-take in %s", "组织%s储备粮库存清查"},
        {"Audit the cybersecurity of the government systems of %s", "开展%s政务系统网络安全检查"},
        {"Clear the fire lanes of the high-rise buildings in %s", "清理%s高层建筑消防通道"},
        {"Mediate the land-compensation disputes in %s", "调处%s征地补偿矛盾纠纷"},
        {"Inspect hazardous-chemicals storage in %s", "检查%s危险化学品储存场所"},
        {"Repair the emergency shelters of %s", "维修%s应急避难场所"},
        {"Train the township emergency teams of %s", "培训%s乡镇应急救援队伍"},
        {"Check school canteen food safety in %s", "检查%s学校食堂食品安全"},
        {"Reduce the debt risk of the local platforms of %s", "防范化解%s地方融资平台债务风险"},
        {"Secure the power supply of %s for the winter peak", "保障%s冬季用电高峰供电安全"},
        {"Rectify the road-safety black spots of %s", "整治%s道路交通事故多发点段"},
    };
    private static final String[] OBJECTIONS = {"NOT_OUR_RESPONSIBILITY", "NEEDS_RESOURCES", "DEADLINE_NOT_FEASIBLE"};
    private static final String[] KINDS = {"EM", "PS", "FIN", "DRC", "AGR", "ENE", "NR", "WR", "JUS", "CAC"};

    private final org.springframework.beans.factory.ObjectProvider<TaskManagement> provider;
    private TaskManagement tasks;
    private final JurisdictionManagement jurisdictions;
    private final JdbcClient jdbc;

    // looked up when loading: module tests that bootstrap the demo without the supervision module load the rest
    DemoTasks(org.springframework.beans.factory.ObjectProvider<TaskManagement> provider,
            JurisdictionManagement jurisdictions, JdbcClient jdbc) {
        this.provider = provider;
        this.jurisdictions = jurisdictions;
        this.jdbc = jdbc;
    }

    /** What one task's steps were: the day (after assignment) of each history entry, in order. */
    private final Map<Long, List<Double>> steps = new LinkedHashMap<>();
    private final Map<Long, Integer> ages = new LinkedHashMap<>();

    /** Load the demo tasks as of {@code now}; return how many were assigned. */
    int load(Actor system, String root, long seed, Instant now) {
        tasks = provider.getIfAvailable();
        if (tasks == null) {
            return 0;
        }
        steps.clear();
        ages.clear();
        Random random = new Random(seed);
        LocalDate today = tasks.today();
        Jurisdiction province = jurisdictions.get(system, root);
        List<Jurisdiction> cities = jurisdictions.children(system, root, new PageQuery(0, 100)).items();
        Actor provinceOffice = supervisor(province);
        int made = 0;
        for (int n = 0; n < COUNT - 8; n++) {
            boolean byProvince = n % 3 == 0;
            Jurisdiction city = cities.get(random.nextInt(cities.size()));
            Jurisdiction assigning = byProvince ? province : city;
            Jurisdiction place = byProvince ? (random.nextBoolean() ? province : city) : city;
            if (!byProvince && random.nextInt(3) == 0) {
                List<Jurisdiction> counties = jurisdictions.children(system, city.code(), new PageQuery(0, 50)).items();
                place = counties.get(random.nextInt(counties.size()));
            }
            String lead = place.code() + "-" + KINDS[random.nextInt(KINDS.length)];
            String assist = random.nextInt(3) == 0 ? place.code() + "-" + KINDS[random.nextInt(KINDS.length)] : null;
            int age = 1 + random.nextInt(360);
            int duration = 14 + random.nextInt(77);
            String[] title = TITLES[random.nextInt(TITLES.length)];
            String nameEn = place.nameEn() == null ? place.nameZh() : place.nameEn();
            String nameZh = place.nameZh() == null ? place.nameEn() : place.nameZh();
            TaskPriority priority = TaskPriority.values()[random.nextInt(10) < 6 ? 1 : random.nextInt(4)];
            Task t = tasks.assign(byProvince ? provinceOffice : supervisor(assigning), new TaskDraft(
                    String.format(title[0], nameEn), String.format(title[1], nameZh), null, TaskSource.NONE, null, null,
                    assigning.code(), assigning.code() + "-OFFICE", lead,
                    assist == null || assist.equals(lead) ? List.of() : List.of(assist), today.plusDays(duration),
                    priority, null, List.of(), null));
            record(t.id(), 0);
            ages.put(t.id(), age);
            carryOut(t, byProvince ? provinceOffice : supervisor(assigning), place, age, duration, random);
            made++;
        }
        made += cascade(provinceOffice, province, cities, today);
        for (Map.Entry<Long, List<Double>> e : steps.entrySet()) {
            backdate(e.getKey(), ages.get(e.getKey()), e.getValue(), now);
        }
        return made;
    }

    /** Take a task through steps that fit in its age: the older, the further along. */
    private void carryOut(Task t, Actor office, Jurisdiction place, int age, int duration, Random random) {
        long id = t.id();
        Actor lead = member(t.leadUnit().code());
        int roll = random.nextInt(100);
        if (age <= 2 || roll < 4) {
            return; // assigned, waiting to be accepted
        }
        if (roll < 10) {
            tasks.object(lead, id, null, OBJECTIONS[random.nextInt(OBJECTIONS.length)], "Outside what the unit can do now");
            record(id, 1);
            if (age > 10 && random.nextBoolean()) {
                tasks.insist(office, id, null, "The unit is responsible under the committee's division of work");
                record(id, 3);
            } else {
                return; // objected, waiting for the assigning side
            }
        } else {
            tasks.accept(lead, id, null);
            record(id, 1);
        }
        if (roll < 14 && age > 20) {
            tasks.cancel(office, id, null, "Superseded by the provincial campaign");
            record(id, Math.min(age - 1, 12));
            return;
        }
        double elapsed = Math.min(age, duration + 30);
        if (elapsed < 6 || roll < 20) {
            return; // accepted, not started
        }
        tasks.reportProgress(lead, id, null, 30, "Work started; the site survey is done", List.of());
        record(id, elapsed * 0.3);
        boolean extended = random.nextInt(5) == 0;
        if (extended) {
            Task now = tasks.get(office, id);
            tasks.requestExtension(lead, id, null, now.deadline().plusDays(14), "Waiting for the contractor's equipment");
            record(id, elapsed * 0.4);
            tasks.decideExtension(office, id, null, random.nextInt(4) > 0, "Decided at the office meeting");
            record(id, elapsed * 0.45);
        }
        if (elapsed < 12 || age < duration * 0.6 || roll < 45) {
            if (elapsed > 10) {
                tasks.reportProgress(lead, id, null, 60, "More than half done", List.of());
                record(id, elapsed * 0.6);
            }
            return; // in progress (overdue when the task is older than its deadline)
        }
        // Submitted: on time for most, late for some.
        boolean late = random.nextInt(4) == 0;
        double submitted = Math.min(age - 1.5, late ? duration + 3 + random.nextInt(20) : duration * (0.6 + random.nextDouble() * 0.35));
        tasks.submit(lead, id, null, "Done; the report and photos are with the office", List.of());
        record(id, submitted);
        if (age - submitted < 3 || roll < 52) {
            return; // submitted, waiting for verification
        }
        if (random.nextInt(6) == 0) {
            tasks.sendBack(office, id, null, "The photos do not show the repaired section");
            record(id, submitted + 2);
            if (age - submitted < 10 || roll < 58) {
                return; // sent back, being reworked
            }
            tasks.submit(lead, id, null, "Photos of every section added", List.of());
            record(id, submitted + 7);
            submitted += 7;
        }
        tasks.verify(office, id, null, "Checked on site");
        record(id, Math.min(age - 0.5, submitted + 2));
    }

    /** One province task cascaded to three cities, the first city's part on to its counties; assigned 20 days ago. */
    private int cascade(Actor office, Jurisdiction province, List<Jurisdiction> cities, LocalDate today) {
        Task parent = tasks.assign(office, new TaskDraft("Province-wide campaign against gas-safety hazards",
                "全省城镇燃气安全专项整治", "Every city checks every gas pipeline older than 20 years and replaces the "
                        + "failing sections.", TaskSource.NONE, null, null, province.code(), province.code() + "-OFFICE",
                province.code() + "-ENE", List.of(province.code() + "-EM"), today.plusDays(70), TaskPriority.HIGH, null,
                List.of(), null));
        ages.put(parent.id(), 20);
        record(parent.id(), 0);
        tasks.accept(member(province.code() + "-ENE"), parent.id(), null);
        record(parent.id(), 1);
        List<SubTaskDraft> parts = new ArrayList<>();
        for (Jurisdiction c : cities.subList(0, 3)) {
            parts.add(new SubTaskDraft(c.code() + "-ENE", List.of(), today.plusDays(60), null, null, null));
        }
        List<Task> cityTasks = tasks.split(office, parent.id(), null, parts);
        record(parent.id(), 2);
        int made = 1;
        for (Task ct : cityTasks) {
            ages.put(ct.id(), 18);
            record(ct.id(), 0);
            made++;
        }
        Jurisdiction first = cities.get(0);
        Actor cityLead = member(first.code() + "-ENE");
        tasks.accept(cityLead, cityTasks.get(0).id(), null);
        record(cityTasks.get(0).id(), 1);
        List<SubTaskDraft> countyParts = new ArrayList<>();
        for (Jurisdiction county : jurisdictions.children(Actor.system(), first.code(), new PageQuery(0, 4)).items()) {
            countyParts.add(new SubTaskDraft(county.code() + "-ENE", List.of(), today.plusDays(50), null, null, null));
        }
        List<Task> countyTasks = tasks.split(cityLead, cityTasks.get(0).id(), null, countyParts);
        record(cityTasks.get(0).id(), 3);
        for (Task ct : countyTasks) {
            ages.put(ct.id(), 15);
            record(ct.id(), 0);
            made++;
        }
        tasks.accept(member(cityTasks.get(1).leadUnit().code()), cityTasks.get(1).id(), null);
        record(cityTasks.get(1).id(), 2);
        return made;
    }

    private void record(long id, double day) {
        steps.computeIfAbsent(id, k -> new ArrayList<>()).add(day);
    }

    /**
     * Move a task's history back to when its steps happened: the task was assigned {@code age} days before now, and
     * entry k of its history took place {@code days.get(k)} days after that. Dates (deadlines, extensions) move back by
     * the same whole number of days, so each deadline keeps its distance from the assignment.
     */
    private void backdate(long id, int age, List<Double> days, Instant now) {
        Instant base = now.minus(Duration.ofDays(age)).minus(Duration.ofHours(2));
        List<Long> events = jdbc.sql("select id from supervision_task_event where task_id = :id order by id")
                .param("id", id).query(Long.class).list();
        Instant previous = null;
        for (int k = 0; k < events.size(); k++) {
            double day = days.get(Math.min(k, days.size() - 1));
            Instant at = base.plusSeconds((long) (day * 86_400));
            if (previous != null && !at.isAfter(previous)) {
                at = previous.plusSeconds(60);
            }
            if (at.isAfter(now)) {
                at = now;
            }
            previous = at;
            jdbc.sql("update supervision_task_event set at = :at where id = :id").param("at", java.sql.Timestamp.from(at))
                    .param("id", events.get(k)).update();
        }
        int shift = age;
        jdbc.sql("""
                update supervision_task_event set detail = detail
                    || case when (detail->>'newDeadline') is not null then jsonb_build_object('newDeadline', ((detail->>'newDeadline')::date - :shift)::text) else '{}'::jsonb end
                    || case when (detail->>'oldDeadline') is not null then jsonb_build_object('oldDeadline', ((detail->>'oldDeadline')::date - :shift)::text) else '{}'::jsonb end
                where task_id = :id and ((detail->>'newDeadline') is not null or (detail->>'oldDeadline') is not null)
                """).param("shift", shift).param("id", id).update();
        jdbc.sql("""
                update supervision_extension x set current_deadline = current_deadline - :shift,
                       new_deadline = new_deadline - :shift,
                       requested_at = coalesce((select min(e.at) from supervision_task_event e where e.task_id = x.task_id
                                and e.kind = 'EXTENSION_REQUESTED'), requested_at),
                       decided_at = case when decided_at is null then null else coalesce((select min(e.at)
                                from supervision_task_event e where e.task_id = x.task_id
                                and e.kind in ('EXTENSION_APPROVED', 'EXTENSION_REFUSED')), decided_at) end
                where task_id = :id
                """).param("shift", shift).param("id", id).update();
        jdbc.sql("""
                update supervision_objection o set
                       raised_at = coalesce((select min(e.at) from supervision_task_event e where e.task_id = o.task_id
                                and e.kind = 'OBJECTED'), raised_at),
                       decided_at = case when decided_at is null then null else coalesce((select min(e.at)
                                from supervision_task_event e where e.task_id = o.task_id
                                and e.kind in ('REASSIGNED', 'INSISTED')), decided_at) end
                where task_id = :id
                """).param("id", id).update();
        jdbc.sql("""
                update supervision_task t set
                       assigned_at = :base, accept_by = cast(:base as timestamptz) + (accept_by - assigned_at),
                       deadline = deadline - :shift, original_deadline = original_deadline - :shift,
                       accepted_at = case when accepted_at is null then null else (select min(e.at) from supervision_task_event e
                                where e.task_id = t.id and e.kind in ('ACCEPTED', 'INSISTED')) end,
                       submitted_at = case when submitted_at is null then null else (select max(e.at) from supervision_task_event e
                                where e.task_id = t.id and e.kind = 'SUBMITTED') end,
                       done_at = case when done_at is null then null else (select max(e.at) from supervision_task_event e
                                where e.task_id = t.id and e.kind = 'VERIFIED') end,
                       closed_at = case when closed_at is null then null else (select max(e.at) from supervision_task_event e
                                where e.task_id = t.id and e.kind in ('VERIFIED', 'CANCELLED')) end,
                       updated_at = (select max(e.at) from supervision_task_event e where e.task_id = t.id)
                where t.id = :id
                """).param("base", java.sql.Timestamp.from(base)).param("shift", shift).param("id", id).update();
    }

    /** A coordinator of the jurisdiction, member of its committee office (the assigning side). */
    private Actor supervisor(Jurisdiction j) {
        long unit = jurisdictions.unitRef(j.code() + "-OFFICE").orElseThrow().id();
        return new Actor(0, "demo.coordinator." + j.code(), Set.of(Role.COORDINATOR), j.id(), j.path(), unit, false);
    }

    /** An officer of a unit (the lead side), scoped to the unit's jurisdiction. */
    private Actor member(String unitCode) {
        var unit = jurisdictions.unitRef(unitCode).orElseThrow();
        return new Actor(0, "demo.officer." + unitCode, Set.of(Role.OFFICER), unit.jurisdictionId(),
                unit.jurisdictionPath(), unit.id(), false);
    }
}
