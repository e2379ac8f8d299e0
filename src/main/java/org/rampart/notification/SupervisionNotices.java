package org.rampart.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rampart.identity.UserManagement;
import org.rampart.notification.NoticeText.Arg;
import org.rampart.shared.Actor;
import org.rampart.shared.NotFoundException;
import org.rampart.supervision.LeaderInstructionGiven;
import org.rampart.supervision.SupervisionNoticeAnswered;
import org.rampart.supervision.SupervisionNoticeIssued;
import org.rampart.supervision.Task;
import org.rampart.supervision.TaskAccepted;
import org.rampart.supervision.TaskAssigned;
import org.rampart.supervision.TaskCancelled;
import org.rampart.supervision.TaskEscalated;
import org.rampart.supervision.TaskExtensionDecided;
import org.rampart.supervision.TaskExtensionRequested;
import org.rampart.supervision.TaskInsisted;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskObjected;
import org.rampart.supervision.TaskProgressReported;
import org.rampart.supervision.TaskReassigned;
import org.rampart.supervision.TaskReminderDue;
import org.rampart.supervision.TaskSentBack;
import org.rampart.supervision.TaskSubmitted;
import org.rampart.supervision.TaskUnit;
import org.rampart.supervision.TaskUrged;
import org.rampart.supervision.TaskVerified;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tell the people of a supervision task what happened to it, in their language: the members of the lead and
 * assisting units what the assigning side decided (and the ladder's reminders), the assigning side (duty officers of
 * the assigning jurisdiction and members of the assigning unit) what the units did. Urgent facts (a supervision
 * notice to its lead unit, an escalation to the coordinators of the level above, a leader instruction) are delivered
 * at once; everything else waits for the reader's daily digest. Whoever caused a fact is not told of it. Consumed
 * after commit through the event publication registry; the event key keeps each notice to once per reader.
 */
@Component
class SupervisionNotices {

    static final String SUBJECT = "SUPERVISION_TASK";
    static final String NOTICE_SUBJECT = "SUPERVISION_NOTICE";

    private final Dispatcher dispatcher;
    private final TaskManagement tasks;
    private final UserManagement users;

    SupervisionNotices(Dispatcher dispatcher, TaskManagement tasks, UserManagement users) {
        this.dispatcher = dispatcher;
        this.tasks = tasks;
        this.users = users;
    }

    /** Who a notice goes to. */
    enum Audience {
        /** the members of the lead and assisting units */
        UNITS,
        /** the members of the lead unit */
        LEAD,
        /** the duty officers of the assigning jurisdiction and the members of the assigning unit */
        ASSIGNING
    }

    @ApplicationModuleListener
    void on(TaskAssigned e) {
        later(e.taskId(), "ASSIGNED", e.at(), e.actor(), Audience.UNITS, List.of(Arg.literal(e.leadUnit()),
                Arg.literal(e.deadline())));
    }

    @ApplicationModuleListener
    void on(TaskAccepted e) {
        later(e.taskId(), "ACCEPTED", e.at(), e.actor(), Audience.ASSIGNING, List.of(Arg.literal(e.leadUnit()),
                Arg.literal(e.actor())));
    }

    @ApplicationModuleListener
    void on(TaskObjected e) {
        later(e.taskId(), "OBJECTED", e.at(), e.actor(), Audience.ASSIGNING, List.of(Arg.literal(e.leadUnit()),
                Arg.literal(e.reason())));
    }

    @ApplicationModuleListener
    void on(TaskReassigned e) {
        later(e.taskId(), "REASSIGNED", e.at(), e.actor(), Audience.UNITS, List.of(Arg.literal(e.leadUnit()),
                Arg.literal(e.fromUnit())));
    }

    @ApplicationModuleListener
    void on(TaskInsisted e) {
        later(e.taskId(), "INSISTED", e.at(), e.actor(), Audience.LEAD, List.of(Arg.literal(e.leadUnit())));
    }

    @ApplicationModuleListener
    void on(TaskProgressReported e) {
        later(e.taskId(), "PROGRESS", e.at(), e.actor(), Audience.ASSIGNING, List.of(Arg.literal(e.percent()),
                Arg.literal(e.actor())));
    }

    @ApplicationModuleListener
    void on(TaskSubmitted e) {
        later(e.taskId(), "SUBMITTED", e.at(), e.actor(), Audience.ASSIGNING, List.of(Arg.literal(e.leadUnit())));
    }

    @ApplicationModuleListener
    void on(TaskVerified e) {
        later(e.taskId(), "VERIFIED", e.at(), e.actor(), Audience.UNITS, List.of(Arg.literal(e.actor())));
    }

    @ApplicationModuleListener
    void on(TaskSentBack e) {
        later(e.taskId(), "SENT_BACK", e.at(), e.actor(), Audience.UNITS, List.of(Arg.literal(e.reason())));
    }

    @ApplicationModuleListener
    void on(TaskCancelled e) {
        later(e.taskId(), "CANCELLED", e.at(), e.actor(), Audience.UNITS, List.of(Arg.literal(e.reason())));
    }

    @ApplicationModuleListener
    void on(TaskExtensionRequested e) {
        later(e.taskId(), "EXTENSION_REQUESTED", e.at(), e.actor(), Audience.ASSIGNING, List.of(
                Arg.literal(e.leadUnit()), Arg.literal(e.currentDeadline()), Arg.literal(e.newDeadline()),
                Arg.literal(e.reason())));
    }

    @ApplicationModuleListener
    void on(TaskExtensionDecided e) {
        if (e.approved()) {
            later(e.taskId(), "EXTENSION_APPROVED", e.at(), e.actor(), Audience.UNITS,
                    List.of(Arg.literal(e.newDeadline())));
        } else {
            later(e.taskId(), "EXTENSION_REFUSED", e.at(), e.actor(), Audience.UNITS,
                    List.of(Arg.literal(e.currentDeadline()), Arg.literal(e.reason())));
        }
    }

    @ApplicationModuleListener
    void on(LeaderInstructionGiven e) {
        task(e.taskId()).ifPresent(task -> {
            Notice notice = notice(task, "INSTRUCTION", key("INSTRUCTION", task.id(), e.at()), SUBJECT,
                    List.of(Arg.literal(e.leader()), Arg.literal(e.text())), List.of(), recipients(task, Audience.UNITS,
                            Audience.ASSIGNING));
            dispatcher.deliver(notice, Set.of(e.actor()));
        });
    }

    @ApplicationModuleListener
    void on(TaskReminderDue e) {
        task(e.taskId()).ifPresent(task -> dispatcher.gather(notice(task, "REMINDER",
                key("REMINDER", task.id(), e.deadline() + ":" + e.daysLeft()), SUBJECT,
                List.of(Arg.literal(e.deadline()), Arg.literal(e.daysLeft())), List.of(),
                recipients(task, Audience.UNITS)), Set.of()));
    }

    @ApplicationModuleListener
    void on(TaskUrged e) {
        task(e.taskId()).ifPresent(task -> dispatcher.gather(notice(task, "URGED",
                key("URGED", task.id(), e.deadline()), SUBJECT,
                List.of(Arg.literal(e.deadline()), Arg.literal(e.daysOverdue())), List.of(),
                recipients(task, Audience.UNITS)), Set.of()));
    }

    @ApplicationModuleListener
    void on(SupervisionNoticeIssued e) {
        task(e.taskId()).ifPresent(task -> {
            String link = "/supervision/notices/" + e.noticeId();
            List<NoticeLink> links = List.of(new NoticeLink(e.number(), link));
            NoticeContent content = new NoticeContent(
                    NoticeText.of("notification.task.NOTICE.title", Arg.literal(task.id()),
                            Arg.names(task.titleEn(), task.titleZh()), Arg.literal(e.number())),
                    List.of(NoticeText.of("notification.task.NOTICE.item", Arg.literal(e.deadline()),
                            Arg.literal(e.daysOverdue()), Arg.literal(e.replyDue()))),
                    links);
            // to the lead unit at once: the document it must answer
            dispatcher.deliver(new Notice(key("NOTICE", task.id(), e.number()), NOTICE_SUBJECT, e.number(), link,
                    task.jurisdictionCode(), task.jurisdictionPath(), recipients(task, Audience.LEAD),
                    EnumSet.of(Channel.IN_APP, Channel.EMAIL), content), Set.of());
            // and a copy for the assigning side's digest
            NoticeContent copy = new NoticeContent(content.title(), List.of(NoticeText.of(
                    "notification.task.NOTICE.copy", Arg.literal(task.leadUnit().code()), Arg.literal(e.replyDue()))),
                    links);
            dispatcher.gather(new Notice(key("NOTICE-COPY", task.id(), e.number()), NOTICE_SUBJECT, e.number(), link,
                    task.jurisdictionCode(), task.jurisdictionPath(), recipients(task, Audience.ASSIGNING),
                    EnumSet.of(Channel.IN_APP, Channel.EMAIL), copy), Set.of());
        });
    }

    @ApplicationModuleListener
    void on(SupervisionNoticeAnswered e) {
        task(e.taskId()).ifPresent(task -> {
            String link = "/supervision/notices/" + e.noticeId();
            NoticeContent content = new NoticeContent(
                    NoticeText.of("notification.task.NOTICE_ANSWERED.title", Arg.literal(task.id()),
                            Arg.names(task.titleEn(), task.titleZh()), Arg.literal(e.number())),
                    List.of(NoticeText.of("notification.task.NOTICE_ANSWERED.item", Arg.literal(e.leadUnit()),
                            e.late() ? Arg.message("notification.task.NOTICE_ANSWERED.late") : Arg.literal(""))),
                    List.of(new NoticeLink(e.number(), link)));
            dispatcher.gather(new Notice(key("NOTICE_ANSWERED", task.id(), e.number()), NOTICE_SUBJECT, e.number(),
                    link, task.jurisdictionCode(), task.jurisdictionPath(), recipients(task, Audience.ASSIGNING),
                    EnumSet.of(Channel.IN_APP, Channel.EMAIL), content), Set.of(e.actor()));
        });
    }

    @ApplicationModuleListener
    void on(TaskEscalated e) {
        task(e.taskId()).ifPresent(task -> {
            List<Arg> args = List.of(Arg.literal(task.leadUnit().code()), Arg.literal(e.deadline()),
                    Arg.literal(e.daysOverdue()), e.noticeNumber() == null
                            ? Arg.message("notification.task.ESCALATED.noNotice") : Arg.literal(e.noticeNumber()));
            NoticeText title = NoticeText.of("notification.task.ESCALATED.title", Arg.literal(task.id()),
                    Arg.names(task.titleEn(), task.titleZh()), Arg.literal(e.escalatedToCode()));
            String link = "/supervision/tasks/" + task.id();
            NoticeContent content = new NoticeContent(title,
                    List.of(NoticeText.of("notification.task.ESCALATED.item", args.toArray(Arg[]::new))),
                    List.of(new NoticeLink("#" + task.id(), link)));
            // the coordinators of the level above (or the nearest level above it that has some) at once
            String above = nearestCoordinators(e.escalatedToPath()).orElse(e.escalatedToPath());
            dispatcher.deliver(new Notice(key("ESCALATED", task.id(), e.deadline()), SUBJECT,
                    Long.toString(task.id()), link, task.jurisdictionCode(), above,
                    NoticeRecipients.coordinatorsAt(above), EnumSet.of(Channel.IN_APP, Channel.EMAIL),
                    content), Set.of());
            // the lead unit and the assigning side in their digest
            dispatcher.gather(new Notice(key("ESCALATED-COPY", task.id(), e.deadline()), SUBJECT,
                    Long.toString(task.id()), link, task.jurisdictionCode(), task.jurisdictionPath(),
                    recipients(task, Audience.LEAD, Audience.ASSIGNING), EnumSet.of(Channel.IN_APP, Channel.EMAIL),
                    content), Set.of());
        });
    }

    /** Gather a notice about a task for the audience's digest, leaving out whoever caused it. */
    private void later(long taskId, String fact, Instant at, String actor, Audience audience, List<Arg> args) {
        task(taskId).ifPresent(task -> dispatcher.gather(notice(task, fact, key(fact, taskId, at), SUBJECT, args,
                List.of(), recipients(task, audience)), Set.of(actor)));
    }

    /** The path itself or the nearest one above it with active coordinators. */
    private Optional<String> nearestCoordinators(String path) {
        for (String p = path; p != null; p = RiskReviewNotices.parent(p)) {
            if (!users.coordinatorsAt(p).isEmpty()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Optional<Task> task(long id) {
        try {
            return Optional.of(tasks.get(Actor.system(), id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String key(String fact, long taskId, Object discriminator) {
        String key = "SV:" + fact + ":" + taskId + ":" + discriminator;
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static Notice notice(Task task, String fact, String key, String subject, List<Arg> args,
            List<NoticeLink> extraLinks, NoticeRecipients recipients) {
        String link = "/supervision/tasks/" + task.id();
        List<NoticeLink> links = new ArrayList<>();
        links.add(new NoticeLink("#" + task.id(), link));
        links.addAll(extraLinks);
        NoticeContent content = new NoticeContent(
                NoticeText.of("notification.task." + fact + ".title", Arg.literal(task.id()),
                        Arg.names(task.titleEn(), task.titleZh())),
                List.of(NoticeText.of("notification.task." + fact + ".item", args.toArray(Arg[]::new))), links);
        return new Notice(key, subject, Long.toString(task.id()), link, task.jurisdictionCode(),
                task.jurisdictionPath(), recipients, EnumSet.of(Channel.IN_APP, Channel.EMAIL), content);
    }

    /** The people of a task for the given audiences. */
    static NoticeRecipients recipients(Task task, Audience... audiences) {
        List<String> units = new ArrayList<>();
        List<String> dutyOfficers = new ArrayList<>();
        for (Audience a : audiences) {
            switch (a) {
                case UNITS -> {
                    units.add(task.leadUnit().code());
                    task.assistingUnits().stream().map(TaskUnit::code).forEach(units::add);
                }
                case LEAD -> units.add(task.leadUnit().code());
                case ASSIGNING -> {
                    dutyOfficers.add(task.jurisdictionPath());
                    if (task.assigningUnit() != null) {
                        units.add(task.assigningUnit().code());
                    }
                }
            }
        }
        return new NoticeRecipients(List.of(), units.stream().distinct().toList(), List.of(),
                dutyOfficers.stream().distinct().toList());
    }
}
