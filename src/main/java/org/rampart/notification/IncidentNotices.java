package org.rampart.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.rampart.identity.UserManagement;
import org.rampart.incident.FollowUpReportDue;
import org.rampart.incident.IncidentReportOverdue;
import org.rampart.incident.IncidentSummary;
import org.rampart.incident.SupplementaryReportOverdue;
import org.rampart.notification.NoticeText.Arg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tell duty officers (coordinators and officers) about incident reports: an overdue step of the reporting chain goes
 * to the next level up and to the level that missed it; a follow-up report due and an overdue supplementary report
 * go to the incident's own jurisdiction. A level without duty officers hands the notice to the nearest level above
 * that has some. Consumed after commit through the event publication registry; the event key (incident, step and
 * deadline, or incident and reminder time) keeps each notice to once however often the event is handled.
 */
@Component
class IncidentNotices {

    static final String STEP = "INCIDENT_STEP";
    static final String FOLLOW_UP = "INCIDENT_FOLLOW_UP";
    static final String SUPPLEMENTARY = "INCIDENT_SUPPLEMENTARY";

    private static final Logger log = LoggerFactory.getLogger(IncidentNotices.class);

    private final Dispatcher dispatcher;
    private final UserManagement users;
    private final DateTimeFormatter times;

    IncidentNotices(Dispatcher dispatcher, UserManagement users, @Value("${rampart.time-zone:}") String zone) {
        this.dispatcher = dispatcher;
        this.users = users;
        ZoneId id = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)").withZone(id);
    }

    @ApplicationModuleListener
    void on(IncidentReportOverdue event) {
        notice(event).ifPresent(dispatcher::deliver);
    }

    @ApplicationModuleListener
    void on(FollowUpReportDue event) {
        notice(event).ifPresent(dispatcher::deliver);
    }

    @ApplicationModuleListener
    void on(SupplementaryReportOverdue event) {
        notice(event).ifPresent(dispatcher::deliver);
    }

    /** The notice of an overdue step, or empty when no level has duty officers to tell. */
    Optional<Notice> notice(IncidentReportOverdue event) {
        List<String> paths = new ArrayList<>();
        if (event.notifyPath() != null) {
            nearestDutyOfficers(event.notifyPath()).ifPresent(paths::add);
        }
        if (event.stepJurisdictionPath() != null && !paths.contains(event.stepJurisdictionPath())
                && hasDutyOfficers(event.stepJurisdictionPath())) {
            paths.add(event.stepJurisdictionPath());
        }
        if (paths.isEmpty()) {
            log.warn("No duty officer to tell that step {} of incident {} is overdue", event.level(), event.incidentId());
            return Optional.empty();
        }
        Arg level = event.stepJurisdictionCode() == null || event.level() == 0
                ? Arg.message("notification.incident.national") : Arg.literal(event.stepJurisdictionCode());
        NoticeText title = NoticeText.of("notification.incident.overdue.title", Arg.literal(event.incidentId()),
                Arg.literal(event.title()));
        List<NoticeText> lines = List.of(
                NoticeText.of("notification.incident.overdue.item", level, Arg.literal(times.format(event.dueAt()))),
                about(event.incidentId(), event.jurisdictionCode(), event.type(), event.grade()),
                NoticeText.of("notification.incident.overdue.action"));
        // The step's jurisdiction is part of the key: an incident moved to another place gets a new step at the
        // same level with the same deadline (both counted from the report), and its duty officers must hear of it.
        String key = STEP + ":" + event.incidentId() + ":" + event.level() + ":" + event.dueAt()
                + (event.stepJurisdictionCode() == null ? "" : ":" + event.stepJurisdictionCode());
        return Optional.of(notice(key, STEP, event.incidentId(), event.jurisdictionCode(), event.jurisdictionPath(),
                NoticeRecipients.dutyOfficersAt(paths.toArray(String[]::new)), title, lines));
    }

    /** The notice of a follow-up report due, or empty when nobody is on duty at or above the incident. */
    Optional<Notice> notice(FollowUpReportDue event) {
        return reminder(event.incident(), event.at(), FOLLOW_UP, "followUp");
    }

    /** The notice of an overdue supplementary report, or empty when nobody is on duty at or above the incident. */
    Optional<Notice> notice(SupplementaryReportOverdue event) {
        return reminder(event.incident(), event.at(), SUPPLEMENTARY, "supplementary");
    }

    private Optional<Notice> reminder(IncidentSummary incident, Instant due, String subject, String text) {
        Optional<String> at = nearestDutyOfficers(incident.jurisdictionPath());
        if (at.isEmpty()) {
            log.warn("No duty officer at or above {} to remind of a report on incident {}", incident.jurisdictionCode(),
                    incident.id());
            return Optional.empty();
        }
        NoticeText title = NoticeText.of("notification.incident." + text + ".title", Arg.literal(incident.id()),
                Arg.literal(incident.title()));
        List<NoticeText> lines = List.of(
                NoticeText.of("notification.incident." + text + ".item", Arg.literal(times.format(due))),
                about(incident.id(), incident.jurisdictionCode(), incident.type(), incident.grade()));
        String key = subject + ":" + incident.id() + ":" + due;
        return Optional.of(notice(key, subject, incident.id(), incident.jurisdictionCode(), incident.jurisdictionPath(),
                NoticeRecipients.dutyOfficersAt(at.get()), title, lines));
    }

    private static NoticeText about(long id, String jurisdictionCode, Object type, Object grade) {
        return NoticeText.of("notification.incident.about", Arg.literal(id), Arg.literal(jurisdictionCode),
                type == null ? Arg.literal("") : Arg.message("incident.type." + type),
                grade == null ? Arg.literal("-") : Arg.message("incident.grade." + grade));
    }

    private static Notice notice(String key, String subject, long incidentId, String jurisdictionCode,
            String jurisdictionPath, NoticeRecipients recipients, NoticeText title, List<NoticeText> lines) {
        String link = "/incidents/" + incidentId;
        return new Notice(key.length() > 200 ? key.substring(0, 200) : key, subject, Long.toString(incidentId), link,
                jurisdictionCode, jurisdictionPath, recipients, EnumSet.of(Channel.IN_APP, Channel.EMAIL),
                new NoticeContent(title, lines, List.of(new NoticeLink("#" + incidentId, link))));
    }

    private boolean hasDutyOfficers(String path) {
        return !users.coordinatorsAt(path).isEmpty() || !users.officersAt(path).isEmpty();
    }

    /** The path itself or the nearest one above it with active duty officers, or empty when there is none. */
    private Optional<String> nearestDutyOfficers(String path) {
        for (String p = path; p != null; p = RiskReviewNotices.parent(p)) {
            if (hasDutyOfficers(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
