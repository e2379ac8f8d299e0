package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timer pass of the supervision ladder: takes the open tasks whose next rung may be due in batches, each in its
 * own transaction locked with {@code FOR UPDATE SKIP LOCKED}, decides with {@link Ladder} and takes each step once per
 * task and deadline (the step's row is the proof: a second node finds it and does nothing). A step writes the task's
 * history, is audited and is published as its own event; a supervision notice gets the year's next number.
 */
@Component
@EnableConfigurationProperties(LadderSettings.class)
class LadderTimers {

    static final String SYSTEM = Actor.system().username();

    private final LadderRepository ladder;
    private final TaskRepository tasks;
    private final LadderSettings settings;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ZoneId zone;

    LadderTimers(LadderRepository ladder, TaskRepository tasks, LadderSettings settings,
            JurisdictionManagement jurisdictions, AuditManagement audit, ApplicationEventPublisher events,
            TransactionTemplate transactions, JsonMapper json, @Value("${rampart.time-zone:}") String zone) {
        this.ladder = ladder;
        this.tasks = tasks;
        this.settings = settings;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    ZoneId zone() {
        return zone;
    }

    /** The parent of a materialised path ('/1/7/' gives '/1/'), or null for a root. */
    static String parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? null : path.substring(0, end + 1);
    }

    /** Take every step due on the day of {@code now} (the site's time zone); returns the number of steps taken. */
    int pass(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate horizon = today.plusDays(settings.firstReminder());
        int steps = 0;
        int[] batch;
        do {
            batch = transactions.execute(status -> batch(today, horizon, now));
            steps += batch[1];
        } while (batch[0] == settings.batchSize());
        return steps;
    }

    /** One batch: returns the number of tasks looked at and of steps taken. */
    private int[] batch(LocalDate today, LocalDate horizon, Instant now) {
        List<LadderRepository.Climber> due = ladder.lockDue(today, horizon, settings.batchSize());
        Map<Long, LocalDate> deadlines = due.stream()
                .collect(Collectors.toMap(LadderRepository.Climber::id, LadderRepository.Climber::deadline));
        Map<Long, Set<String>> taken = ladder.taken(deadlines);
        Map<LadderRepository.Climber, List<Ladder.Due>> work = new LinkedHashMap<>();
        for (LadderRepository.Climber c : due) {
            LocalDate assignedOn = LocalDate.ofInstant(c.assignedAt(), zone);
            List<Ladder.Due> steps = Ladder.due(settings, assignedOn, c.deadline(), today,
                    taken.getOrDefault(c.id(), Set.of()));
            if (!steps.isEmpty()) {
                work.put(c, steps);
            }
            ladder.place(c.id(), c.deadline(), Ladder.nextOn(settings, assignedOn, c.deadline(), today), now);
        }
        Map<Long, TaskUnit> units = ladder.units(work.keySet().stream().map(LadderRepository.Climber::leadUnitId)
                .distinct().toList());
        int count = 0;
        for (Map.Entry<LadderRepository.Climber, List<Ladder.Due>> e : work.entrySet()) {
            LadderRepository.Climber c = e.getKey();
            for (Ladder.Due step : e.getValue()) {
                if (ladder.takeStep(c.id(), c.deadline(), step, today, now)) {
                    take(c, units.get(c.leadUnitId()), step, today, now);
                    count++;
                }
            }
        }
        return new int[] {due.size(), count};
    }

    private void take(LadderRepository.Climber c, TaskUnit lead, Ladder.Due step, LocalDate today, Instant now) {
        String leadCode = lead == null ? null : lead.code();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("step", step.key());
        detail.put("deadline", c.deadline().toString());
        switch (step.step()) {
            case REMINDER -> {
                int left = -Ladder.daysOverdue(c.deadline(), today);
                detail.put("daysLeft", left);
                record(c, step, null, detail, now, "remind");
                events.publishEvent(new TaskReminderDue(c.id(), c.titleEn(), c.titleZh(), leadCode,
                        c.jurisdictionPath(), SYSTEM, c.deadline(), left, now));
            }
            case URGE -> {
                int overdue = Ladder.daysOverdue(c.deadline(), today);
                detail.put("daysOverdue", overdue);
                record(c, step, c.leadUnitId(), detail, now, "urge");
                events.publishEvent(new TaskUrged(c.id(), c.titleEn(), c.titleZh(), leadCode, c.jurisdictionPath(),
                        SYSTEM, c.deadline(), overdue, now));
            }
            case NOTICE -> issue(c, leadCode, step, detail, today, now);
            case ESCALATION -> {
                int overdue = Ladder.daysOverdue(c.deadline(), today);
                String parent = parentPath(c.jurisdictionPath());
                String to = parent == null ? c.jurisdictionPath() : parent;
                String toCode = jurisdictions.ref(lastId(to)).map(JurisdictionRef::code).orElse(to);
                String number = ladder.noticeNumber(c.id(), c.deadline()).orElse(null);
                detail.put("daysOverdue", overdue);
                detail.put("toJurisdiction", toCode);
                if (number != null) {
                    detail.put("noticeNumber", number);
                }
                record(c, step, null, detail, now, "escalate");
                events.publishEvent(new TaskEscalated(c.id(), c.titleEn(), c.titleZh(), leadCode, c.jurisdictionPath(),
                        SYSTEM, c.deadline(), overdue, to, toCode, number, now));
            }
        }
    }

    /** Issue the numbered supervision notice, due for an answer in the configured working days. */
    private void issue(LadderRepository.Climber c, String leadCode, Ladder.Due step, Map<String, Object> detail,
            LocalDate today, Instant now) {
        int overdue = Ladder.daysOverdue(c.deadline(), today);
        int year = today.getYear();
        int sequence = ladder.nextSequence(year);
        String number = "%s-%d-%04d".formatted(settings.noticePrefix(), year, sequence);
        LocalDate replyDue = Ladder.workingDaysAfter(today, settings.replyWorkingDays());
        long id = ladder.insertNotice(number, year, sequence, c.id(), c.deadline(), overdue, c.leadUnitId(), today,
                now, replyDue);
        detail.put("daysOverdue", overdue);
        detail.put("noticeNumber", number);
        detail.put("replyDue", replyDue.toString());
        record(c, step, c.leadUnitId(), detail, now, "issue-notice");
        audit.recordAs(SYSTEM, "issue", "supervision_notice", Long.toString(id), c.jurisdictionPath(), null,
                Map.of("number", number, "taskId", c.id(), "deadline", c.deadline().toString(), "daysOverdue", overdue,
                        "leadUnit", leadCode == null ? "" : leadCode, "replyDue", replyDue.toString()));
        events.publishEvent(new SupervisionNoticeIssued(id, number, c.id(), c.titleEn(), c.titleZh(), leadCode,
                c.jurisdictionPath(), SYSTEM, c.deadline(), overdue, replyDue, now));
    }

    /** Write the step to the task's history and the audit log. */
    private void record(LadderRepository.Climber c, Ladder.Due step, Long unitId, Map<String, Object> detail,
            Instant now, String action) {
        tasks.event(c.id(), now, step.step().kind(), null, SYSTEM, unitId, null, null, null,
                json.writeValueAsString(detail));
        audit.recordAs(SYSTEM, action, "supervision_task", Long.toString(c.id()), c.jurisdictionPath(), null, detail);
    }

    private static long lastId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
