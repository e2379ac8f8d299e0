package org.rampart.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report, read and follow incidents. Everybody signed in reads the incidents in their scope; reporters, officers,
 * coordinators and administrators report them and record what happens; coordinators and administrators override
 * grades; the duty officers of each level confirm receipt of the report. Every change is audited and put on the
 * incident's timeline.
 * <p>The facade holds the transactions and delegates each use case to a package-private class: {@link
 * IncidentReporting} (report, change), {@link IncidentGrading} (rules, regrading, overrides), {@link IncidentChain}
 * (reporting chain, confirmations, moves), {@link IncidentActions} (timeline, status, final report), {@link
 * IncidentAttachments} and {@link IncidentQueries} (boards, statistics, exports); {@link IncidentSupport} holds what
 * they share.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(IncidentSettings.class)
public class IncidentManagement {

    private final IncidentSupport support;
    private final IncidentQueries queries;
    private final IncidentAttachments attachments;
    private final IncidentGrading grading;
    private final IncidentChain chain;
    private final IncidentActions actions;
    private final IncidentReporting reporting;

    IncidentManagement(IncidentSupport support, IncidentQueries queries, IncidentAttachments attachments,
            IncidentGrading grading, IncidentChain chain, IncidentActions actions, IncidentReporting reporting) {
        this.support = support;
        this.queries = queries;
        this.attachments = attachments;
        this.grading = grading;
        this.chain = chain;
        this.actions = actions;
        this.reporting = reporting;
    }

    /**
     * The same facade with its clock set to {@code clock}, for loading historic records (demo data, imports) so that
     * the timeline, confirmations and deadlines carry their historic times. Only the system actor may replay; the
     * replaying facade runs in the caller's transaction.
     */
    public IncidentManagement replaying(Actor actor, Clock clock) {
        if (actor != Actor.system()) {
            throw new org.springframework.security.access.AccessDeniedException("only the system replays history");
        }
        IncidentSupport at = support.at(clock);
        IncidentAttachments a = new IncidentAttachments(at);
        IncidentGrading g = new IncidentGrading(at);
        IncidentChain c = new IncidentChain(at);
        return new IncidentManagement(at, new IncidentQueries(at), a, g, c, new IncidentActions(at),
                new IncidentReporting(at, g, c, a));
    }

    /** The site's time zone, in which local times typed on forms are read. */
    public ZoneId zone() {
        return support.zone;
    }

    // --- reading ---

    /** Find an incident in the actor's scope; empty when there is none (or it lies outside). */
    public Optional<Incident> find(Actor actor, long id) {
        return queries.find(actor, id);
    }

    /** Return the incident; throws not-found when it does not exist or lies outside the actor's scope. */
    public Incident get(Actor actor, long id) {
        return support.get(actor, id);
    }

    /** The incidents in the actor's scope (narrowed to the filter's jurisdiction subtree), newest report first. */
    public Page<Incident> search(Actor actor, IncidentFilter filter, PageQuery page) {
        return queries.search(actor, filter, page);
    }

    /** Every matching incident in scope, oldest first, at most {@code limit}, for exports. */
    public List<Incident> export(Actor actor, IncidentFilter filter, int limit) {
        return queries.export(actor, filter, limit);
    }

    /** Counts of the matching incidents in scope by type, grade, status and month of occurrence. */
    public Statistics statistics(Actor actor, IncidentFilter filter) {
        return queries.statistics(actor, filter);
    }

    /** Counts by type, grade, status and month ("2026-03"), each ordered by key. */
    public record Statistics(Map<String, Long> byType, Map<String, Long> byGrade, Map<String, Long> byStatus,
            Map<String, Long> byMonth) {
    }

    /** Counts of matching incidents per child of a jurisdiction in scope (or of the actor's roots), by child code. */
    public Map<String, Long> countsByChild(Actor actor, String parentCode, IncidentFilter filter) {
        return queries.countsByChild(actor, parentCode, filter);
    }

    /** Incidents in scope with a point, newest first, at most {@code limit}. */
    public List<Incident> points(Actor actor, IncidentFilter filter, int limit) {
        return queries.points(actor, filter, limit);
    }

    /** The steps of the incident's reporting chain, lowest level first; not found outside the actor's scope. */
    public List<ReportStep> steps(Actor actor, long id) {
        return chain.steps(actor, id);
    }

    /**
     * The steps kept from the places the incident was moved away from (with their confirmations), oldest move first;
     * empty when it never moved.
     */
    public List<ReportStep> earlierSteps(Actor actor, long id) {
        return chain.earlierSteps(actor, id);
    }

    /** The incident's timeline, oldest entry first; not found outside the actor's scope. */
    public List<TimelineEntry> timeline(Actor actor, long id) {
        return actions.timeline(actor, id);
    }

    /** The changes of grade, oldest first, each with the figures (as JSON) that caused it. */
    public List<GradeChangeView> gradeChanges(Actor actor, long id) {
        return grading.gradeChanges(actor, id);
    }

    /** A change of grade: from (null for the first grading), to, the figures as JSON, why and by whom. */
    public record GradeChangeView(Instant at, IncidentGrade from, IncidentGrade to, String figures, String reason,
            String author) {

        /** True when an administrator's change of the grading rules caused the change (not the figures). */
        public boolean byRulesChange() {
            return reason != null && reason.startsWith(RULES_CHANGED + ": ");
        }

        /** The criteria that decided the grade after a change of the rules; the whole reason otherwise. */
        public String explanation() {
            return byRulesChange() ? reason.substring(RULES_CHANGED.length() + 2) : reason;
        }
    }

    /** The reason recorded, before the grade's explanation, when a change of the grading rules changes a grade. */
    public static final String RULES_CHANGED = "grading rules changed";

    /** The incident's attachments, oldest first; not found outside the actor's scope. */
    public List<Attachment> attachments(Actor actor, long id) {
        return attachments.attachments(actor, id);
    }

    /** The bytes of an attachment of an incident in scope; throws not-found otherwise. */
    public byte[] attachmentContent(Actor actor, long id, long attachmentId) {
        return attachments.attachmentContent(actor, id, attachmentId);
    }

    /** One attachment of an incident in scope; throws not-found otherwise. */
    public Attachment attachment(Actor actor, long id, long attachmentId) {
        return attachments.attachment(actor, id, attachmentId);
    }

    // --- permissions ---

    /** The rules of who may do what with incidents, for pages that show or hide actions. */
    public IncidentPolicy policy() {
        return support.policy;
    }

    /** True when the actor may report incidents and record what happens (see {@link IncidentPolicy#mayReport}). */
    public boolean mayReport(Actor actor) {
        return support.policy.mayReport(actor);
    }

    /** True when the actor may override grades (see {@link IncidentPolicy#mayOverride}). */
    public boolean mayOverride(Actor actor) {
        return support.policy.mayOverride(actor);
    }

    /** True when the actor is a duty officer of the step's level (see {@link IncidentPolicy#mayConfirm}). */
    public boolean mayConfirm(Actor actor, ReportStep step, List<ReportStep> chain) {
        return support.policy.mayConfirm(actor, step, chain);
    }

    // --- grading rules ---

    /** The rule set in force for a type: the administrators' edit, else the default. */
    public GradingRuleSet rules(IncidentType type) {
        return grading.rules(type);
    }

    /**
     * Replace a type's rule set (administrators); validated and audited. The open incidents of the type without a
     * manual override are regraded at once, in the same transaction (rules and grades never disagree, and a failed
     * regrade leaves the old rules in force): each grade change is recorded with the reason "grading rules changed",
     * and a rising grade extends the reporting chain as a change of figures would.
     */
    @Transactional
    public GradingRuleSet saveRules(Actor actor, IncidentType type, GradingRuleSet rules) {
        return grading.saveRules(actor, type, rules);
    }

    // --- reporting and changing ---

    /** Report an incident; it is graded, its reporting chain starts, and it is audited. */
    @Transactional
    public Incident report(Actor actor, IncidentDraft draft) {
        return reporting.report(actor, draft, List.of());
    }

    /**
     * Report an incident with a photo in one transaction: a refused photo refuses the report, and the problems of
     * both are given together. {@code content} null or empty means no photo.
     */
    @Transactional
    public Incident reportWithPhoto(Actor actor, IncidentDraft draft, String fileName, String contentType,
            byte[] content) {
        return reporting.reportWithPhoto(actor, draft, fileName, contentType, content);
    }

    /**
     * Change an incident: with {@code replace} every member of the draft replaces the stored one (PUT; required ones
     * must be given), otherwise null members keep their values (PATCH). The grade is recomputed; a rise extends the
     * reporting chain at once; changed casualty figures within the window make a supplementary report due. A new
     * jurisdiction (which must lie in the actor's scope) rebuilds the reporting chain for the new place.
     */
    @Transactional
    public Incident update(Actor actor, long id, IncidentDraft draft, boolean replace) {
        return reporting.update(actor, id, draft, replace);
    }

    /** Validate a report without writing anything; throws the problems found. */
    public void validate(Actor actor, IncidentDraft draft) {
        reporting.validate(actor, draft);
    }

    /** Override the grade with a reason (coordinators and administrators), or clear the override with a null grade. */
    @Transactional
    public Incident overrideGrade(Actor actor, long id, String gradeName, String reason) {
        return grading.overrideGrade(actor, id, gradeName, reason);
    }

    /** Move the incident to its next status; closing needs the final report first. */
    @Transactional
    public Incident changeStatus(Actor actor, long id, String statusName, String note) {
        return actions.changeStatus(actor, id, statusName, note);
    }

    /** Record the final report: cause, lessons, and the rectification items (one a line). */
    @Transactional
    public Incident finalReport(Actor actor, long id, String cause, String lessons, String rectification) {
        return actions.finalReport(actor, id, cause, lessons, rectification);
    }

    /** Record a response action (resources deployed, people evacuated, roads closed...) on the timeline. */
    @Transactional
    public TimelineEntry action(Actor actor, long id, String actionType, String text) {
        return actions.action(actor, id, actionType, text);
    }

    /** Record a follow-up or supplementary report; it clears a due supplementary report and restarts the cadence. */
    @Transactional
    public TimelineEntry followUpReport(Actor actor, long id, String text) {
        return actions.followUpReport(actor, id, text);
    }

    /** Confirm receipt of the report at one level of the chain (that level's duty officer only). */
    @Transactional
    public ReportStep confirm(Actor actor, long id, long stepId) {
        return chain.confirm(actor, id, stepId);
    }

    // --- attachments ---

    /**
     * Attach a file. A file that claims to be an image (by its media type or name) must start like one (JPEG, PNG,
     * GIF, WebP); files over the upload limit are refused with 413 before anything is stored.
     */
    @Transactional
    public Attachment attach(Actor actor, long id, String fileName, String contentType, byte[] content) {
        return attachments.attach(actor, id, fileName, contentType, content);
    }

    /** Refuse an upload whose size is over the limit (413), before reading it. */
    public void checkUploadSize(long bytes) {
        support.uploadLimit.check(bytes);
    }

    /** The upload limit in bytes (pages refuse larger files before sending them). */
    public long maxUploadBytes() {
        return support.uploadLimit.maxBytes();
    }

    /** Check an upload before an incident exists (the quick report), so that a refused photo refuses the report. */
    public void checkUpload(String fileName, String contentType, byte[] content) {
        attachments.checkUpload(fileName, contentType, content);
    }
}
