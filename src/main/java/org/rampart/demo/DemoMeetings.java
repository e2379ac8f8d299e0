package org.rampart.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.rampart.shared.Actor;
import org.rampart.supervision.AgendaItemDraft;
import org.rampart.supervision.Decision;
import org.rampart.supervision.DecisionDraft;
import org.rampart.supervision.DecisionTaskDraft;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingDraft;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingSeries;
import org.rampart.supervision.SeriesDraft;
import org.rampart.supervision.TaskPriority;
import org.springframework.stereotype.Component;

/**
 * Demo meetings, through the meetings facade: the province's plenary of three weeks ago, closed, whose two decisions
 * became tasks for provincial and city units; and the province's monthly office meeting (a series), whose last
 * occurrence was held with a decision not yet turned into tasks and an open agenda item that the next occurrence,
 * already scheduled, carries over. Dates are relative to the time of loading.
 */
@Component
class DemoMeetings {

    private final org.springframework.beans.factory.ObjectProvider<MeetingManagement> provider;

    // looked up when loading: module tests that bootstrap the demo without the supervision module load the rest
    DemoMeetings(org.springframework.beans.factory.ObjectProvider<MeetingManagement> provider) {
        this.provider = provider;
    }

    /** Load the demo meetings of the province {@code root}; return how many meetings were scheduled. */
    int load(Actor system, String root, Instant now) {
        MeetingManagement meetings = provider.getIfAvailable();
        if (meetings == null) {
            return 0;
        }
        ZoneId zone = meetings.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime plenaryAt = today.minusWeeks(3).atTime(9, 30).atZone(zone);
        Meeting plenary = meetings.create(system, new MeetingDraft(root, "PLENARY",
                "Plenary of the provincial security and resilience committee", "省平安建设委员会全体会议",
                plenaryAt.toOffsetDateTime().toString(), "Provincial government, meeting room 1",
                List.of(root + "-OFFICE", root + "-EM", root + "-WR", root + "-PS", root + "-01-OFFICE",
                        root + "-02-OFFICE"),
                List.of(new AgendaItemDraft("Flood season preparedness", "汛期防御准备", null),
                        new AgendaItemDraft("Hazardous chemicals storage inspection", "危险化学品储存检查", null),
                        new AgendaItemDraft("Wage arrears before the Spring Festival", "春节前欠薪问题", null)),
                null, null));
        meetings.move(system, plenary.id(), "HELD", null);
        meetings.update(system, plenary.id(), new MeetingDraft(null, null, null, null, null, null, null, null,
                "The committee heard the office's report on the flood season and on hazardous chemicals storage. "
                        + "It decided to inspect every large and medium reservoir before the main flood season and to "
                        + "relocate hazardous chemicals storage out of residential areas.\n"
                        + "委员会听取了办公室关于汛期和危险化学品储存情况的汇报，决定主汛期前完成大中型水库安全检查，"
                        + "并将危险化学品仓储搬离居民区。", null));
        Meeting held = meetings.get(system, plenary.id());
        for (Meeting.AgendaItem item : held.agenda().subList(0, 2)) {
            meetings.changeAgendaItem(system, plenary.id(), item.id(), new AgendaItemDraft(null, null, true));
        }
        Decision reservoirs = meetings.recordDecision(system, plenary.id(), new DecisionDraft(
                "Inspect every large and medium reservoir before the main flood season and report the defects found.",
                "主汛期前完成全省大中型水库安全检查，并报告发现的隐患。"));
        Decision chemicals = meetings.recordDecision(system, plenary.id(), new DecisionDraft(
                "Relocate hazardous chemicals storage out of residential areas within the year.",
                "年内将危险化学品仓储搬离居民区。"));
        meetings.move(system, plenary.id(), "CLOSED", null);
        meetings.assignTasks(system, reservoirs.id(), List.of(
                new DecisionTaskDraft("Reservoir safety inspection of the province", "全省水库安全检查", null,
                        root + "-OFFICE", root + "-WR", List.of(root + "-EM"), today.plusDays(45),
                        TaskPriority.HIGH, "Inspection report with the list of defects", null),
                new DecisionTaskDraft("Reservoir inspection in the first city", "一市水库检查", null, null,
                        root + "-01-WR", List.of(), today.plusDays(30), TaskPriority.NORMAL,
                        "Inspection report", null)));
        meetings.assignTasks(system, chemicals.id(), List.of(
                new DecisionTaskDraft("Relocation plan for hazardous chemicals storage", "危化品仓储搬迁方案", null,
                        root + "-OFFICE", root + "-EM", List.of(root + "-NR", root + "-PS"), today.plusDays(90),
                        TaskPriority.URGENT, "Approved relocation plan", null)));

        LocalDate first = today.minusMonths(1).withDayOfMonth(Math.min(today.getDayOfMonth(), 28));
        MeetingSeries monthly = meetings.createSeries(system, new SeriesDraft(root, "OFFICE", "MONTHLY",
                "Monthly meeting of the committee office", "委员会办公室月度例会", first.toString(), "14:30",
                "Committee office, room 204", List.of(root + "-OFFICE", root + "-EM", root + "-JUS")));
        Meeting office = meetings.search(system, new org.rampart.supervision.MeetingFilter(null, null, null,
                monthly.id(), null, null), new org.rampart.shared.PageQuery(0, 1)).items().stream().findFirst()
                .map(s -> meetings.get(system, s.id())).orElseThrow();
        meetings.addAgendaItem(system, office.id(), new AgendaItemDraft("Progress of the reservoir inspection",
                "水库检查进展", null));
        meetings.addAgendaItem(system, office.id(), new AgendaItemDraft("Mediation desks at large construction sites",
                "大型工地调解窗口", null));
        Meeting withItems = meetings.get(system, office.id());
        meetings.changeAgendaItem(system, office.id(), withItems.agenda().get(0).id(),
                new AgendaItemDraft(null, null, true));
        meetings.recordDecision(system, office.id(), new DecisionDraft(
                "Set up mediation desks at every construction site with more than 500 workers before the Spring "
                        + "Festival.", "春节前在用工500人以上的建筑工地设立调解窗口。"));
        // Holding the occurrence schedules the next one, which carries over the item still open.
        meetings.move(system, office.id(), "HELD", null);
        return 3;
    }
}
