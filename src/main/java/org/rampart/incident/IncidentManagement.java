package org.rampart.incident;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Permissions;
import org.rampart.shared.Scope;
import org.rampart.shared.TextInput;
import org.rampart.shared.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report, read and follow incidents. Everybody signed in reads the incidents in their scope; reporters, officers,
 * coordinators and administrators report them and record what happens; coordinators and administrators override
 * grades; the duty officers of each level confirm receipt of the report. Every change is audited and put on the
 * incident's timeline.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(IncidentSettings.class)
public class IncidentManagement {

    private final IncidentRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final IncidentSettings settings;
    private final UploadLimit uploadLimit;
    private final Clock clock;
    private final ZoneId zone;
    private final IncidentLinks links;
    private final IncidentPolicy policy;
    private final IncidentValidator validator;

    private final IncidentSupport support;
    private final IncidentQueries queries;
    private final IncidentAttachments attachments;
    private final IncidentGrading grading;
    private final IncidentChain chain;
    private final IncidentActions actions;

    IncidentManagement(IncidentSupport support, IncidentQueries queries, IncidentAttachments attachments,
            IncidentGrading grading, IncidentChain chain, IncidentActions actions) {
        this.support = support;
        this.queries = queries;
        this.attachments = attachments;
        this.grading = grading;
        this.chain = chain;
        this.actions = actions;
        this.repository = support.repository;
        this.links = support.links;
        this.policy = support.policy;
        this.jurisdictions = support.jurisdictions;
        this.audit = support.audit;
        this.events = support.events;
        this.json = support.json;
        this.settings = support.settings;
        this.uploadLimit = support.uploadLimit;
        this.clock = support.clock;
        this.zone = support.zone;
        this.validator = support.validator;
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
        return new IncidentManagement(at, new IncidentQueries(at), new IncidentAttachments(at),
                new IncidentGrading(at), new IncidentChain(at), new IncidentActions(at));
    }

    /** The site's time zone, in which local times typed on forms are read. */
    public ZoneId zone() {
        return zone;
    }

    // --- reading ---

    /** Find an incident in the actor's scope; empty when there is none (or it lies outside). */
    public Optional<Incident> find(Actor actor, long id) {
        return queries.find(actor, id);
    }

    /** Return the incident; throws not-found when it does not exist or lies outside the actor's scope. */
    public Incident get(Actor actor, long id) {
        return find(actor, id).orElseThrow(() -> new NotFoundException("incident " + id));
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

    public List<Attachment> attachments(Actor actor, long id) {
        return attachments.attachments(actor, id);
    }

    /** The bytes of an attachment of an incident in scope; throws not-found otherwise. */
    public byte[] attachmentContent(Actor actor, long id, long attachmentId) {
        return attachments.attachmentContent(actor, id, attachmentId);
    }

    public Attachment attachment(Actor actor, long id, long attachmentId) {
        return attachments.attachment(actor, id, attachmentId);
    }

    // --- permissions ---

    /** The rules of who may do what with incidents, for pages that show or hide actions. */
    public IncidentPolicy policy() {
        return policy;
    }

    /** True when the actor may report incidents and record what happens (see {@link IncidentPolicy#mayReport}). */
    public boolean mayReport(Actor actor) {
        return policy.mayReport(actor);
    }

    /** True when the actor may override grades (see {@link IncidentPolicy#mayOverride}). */
    public boolean mayOverride(Actor actor) {
        return policy.mayOverride(actor);
    }

    /** True when the actor is a duty officer of the step's level (see {@link IncidentPolicy#mayConfirm}). */
    public boolean mayConfirm(Actor actor, ReportStep step, List<ReportStep> chain) {
        return policy.mayConfirm(actor, step, chain);
    }

    private void requireReporter(Actor actor) {
        policy.requireReport(actor);
    }

    /** The incident in the actor's scope, locked for this transaction; not found when outside the scope. */
    private Incident lock(Actor actor, long id) {
        return support.lock(actor, id);
    }

    /** {@link #lock}, refusing a closed incident (conflict). */
    private Incident lockOpen(Actor actor, long id) {
        return support.lockOpen(actor, id);
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
        return report(actor, draft, List.of());
    }

    /**
     * Report an incident with a photo in one transaction: a refused photo refuses the report, and the problems of
     * both are given together. {@code content} null or empty means no photo.
     */
    @Transactional
    public Incident reportWithPhoto(Actor actor, IncidentDraft draft, String fileName, String contentType,
            byte[] content) {
        requireReporter(actor);
        if (content == null || content.length == 0) {
            return report(actor, draft);
        }
        List<Problem> photoProblems = new ArrayList<>();
        try {
            checkUpload(fileName, contentType, content);
        } catch (BadInputException e) {
            photoProblems.addAll(e.problems());
        }
        Incident created = report(actor, draft, photoProblems);
        attach(actor, created.id(), fileName, contentType, content);
        return created;
    }

    private Incident report(Actor actor, IncidentDraft draft, List<Problem> earlier) {
        requireReporter(actor);
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>(earlier);
        Jurisdiction place = place(actor, draft.jurisdiction(), problems);
        IncidentRepository.Row row = validator.row(draft, place, now, now, this::insidePlace, problems);
        if (row != null) {
            links.check(actor, row.warningRefs(), row.riskRefs(), List.of(), List.of(), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The incident is not valid", problems);
        }
        Grading.Result graded = Grading.grade(rules(row.type()), row.figures());
        long id = repository.insert(row, actor.username(), graded.grade(), graded.explanation(),
                now.plus(settings.followUp(graded.grade())));
        repository.gradeChange(id, now, null, graded.grade(), figuresJson(row.figures()), graded.explanation(),
                actor.username());
        for (ReportingChain.Step step : settings.chain().steps(graded.grade(), places(place), row.reportedAt())) {
            repository.insertStep(id, step);
        }
        repository.event(id, now, actor.username(), TimelineEntry.Kind.REPORTED, null, row.title(),
                json.writeValueAsString(Map.of("grade", graded.grade().name(), "explanation", graded.explanation())));
        Incident created = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        audit.record("create", "incident", Long.toString(id), created.jurisdictionPath(), null, snapshot(created));
        publish(created, IncidentChanged.Change.REPORTED, actor.username(), graded.explanation(), now);
        return created;
    }

    /**
     * Change an incident: with {@code replace} every member of the draft replaces the stored one (PUT; required ones
     * must be given), otherwise null members keep their values (PATCH). The grade is recomputed; a rise extends the
     * reporting chain at once; changed casualty figures within the window make a supplementary report due. A new
     * jurisdiction (which must lie in the actor's scope) rebuilds the reporting chain for the new place.
     */
    @Transactional
    public Incident update(Actor actor, long id, IncidentDraft draft, boolean replace) {
        requireReporter(actor);
        Instant now = clock.instant();
        Incident before = lockOpen(actor, id);
        IncidentDraft merged = replace ? draft : merge(draft, before);
        List<Problem> problems = new ArrayList<>();
        Jurisdiction place = place(actor, merged.jurisdiction(), problems);
        IncidentRepository.Row row = validator.row(merged, place, now, before.reportedAt(), this::insidePlace, problems);
        if (row != null) {
            links.check(actor, row.warningRefs(), row.riskRefs(), before.warningRefs(), before.riskRefs(), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The incident is not valid", problems);
        }
        repository.update(id, row);
        Map<String, Object> changed = changes(before, row);
        repository.event(id, now, actor.username(), TimelineEntry.Kind.UPDATED, null, null,
                json.writeValueAsString(changed));
        if (before.jurisdictionId() != row.jurisdictionId()) {
            rechain(actor.username(), before, place, row.reportedAt(), now);
        }
        regrade(actor.username(), before, rules(row.type()), row.figures(), place, now, false);
        if (row.figures().casualtiesDiffer(before.figures()) && withinSupplementaryWindow(row, now)) {
            Instant due = now.plus(settings.supplementaryWithin());
            repository.setSupplementaryDue(id, due);
            repository.event(id, now, actor.username(), TimelineEntry.Kind.SUPPLEMENTARY_DUE, null, null,
                    json.writeValueAsString(Map.of("due", due.toString())));
        }
        Incident after = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        audit.record("update", "incident", Long.toString(id), after.jurisdictionPath(), snapshot(before), snapshot(after));
        publish(after, IncidentChanged.Change.UPDATED, actor.username(), changed.keySet().toString(), now);
        return after;
    }

    private boolean withinSupplementaryWindow(IncidentRepository.Row row, Instant now) {
        Duration window = IncidentType.shortSupplementaryWindow(row.type(), row.subType()) ? Duration.ofDays(7)
                : Duration.ofDays(30);
        return !now.isAfter(row.occurredAt().plus(window));
    }

    /**
     * Recompute the grade by the rules; record a change with the figures (and, when {@code byRules}, the reason that
     * the rules changed); extend the chain when the grade in force rises. True when the grade or its explanation
     * changed.
     */
    private boolean regrade(String author, Incident before, GradingRuleSet rules, Figures figures, Jurisdiction place,
            Instant now, boolean byRules) {
        return grading.regrade(author, before, rules, figures, place, now, byRules);
    }

    /**
     * Rebuild the reporting chain for the incident's new place. Steps whose jurisdiction still lies on the way from
     * the new place to the root (the shared city or province, the national level) stay as they are, confirmations
     * included: those levels were told and need not be told again; an unconfirmed one only gets the earlier deadline
     * when the new chain wants it sooner. The other steps stay recorded as steps of the earlier place (superseded:
     * no longer confirmed, timed or counted as overdue). The levels the grade in force needs and the shared steps
     * do not cover are added with deadlines counted from the report time, as for a new report.
     */
    private void rechain(String author, Incident before, Jurisdiction place, Instant reportedAt, Instant now) {
        chain.rechain(author, before, place, reportedAt, now);
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
        uploadLimit.check(bytes);
    }

    /** The upload limit in bytes (pages refuse larger files before sending them). */
    public long maxUploadBytes() {
        return uploadLimit.maxBytes();
    }

    /** Validate a report without writing anything; throws the problems found. */
    public void validate(Actor actor, IncidentDraft draft) {
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        Jurisdiction place = place(actor, draft.jurisdiction(), problems);
        IncidentRepository.Row row = validator.row(draft, place, now, now, this::insidePlace, problems);
        if (row != null) {
            links.check(actor, row.warningRefs(), row.riskRefs(), List.of(), List.of(), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The incident is not valid", problems);
        }
    }

    /** Check an upload before an incident exists (the quick report), so that a refused photo refuses the report. */
    public void checkUpload(String fileName, String contentType, byte[] content) {
        attachments.checkUpload(fileName, contentType, content);
    }

    // --- validation ---

    private Jurisdiction place(Actor actor, String code, List<Problem> problems) {
        return support.place(actor, code, problems);
    }

    /**
     * True when the point lies in the jurisdiction's boundary; when it has none, in the boundary of its nearest
     * ancestor that has one (or anywhere, when none of them has a boundary).
     */
    private boolean insidePlace(Jurisdiction place, double lon, double lat) {
        return support.insidePlace(place, lon, lat);
    }

    private List<ReportingChain.Place> places(Jurisdiction place) {
        return support.places(place);
    }

    private static IncidentDraft merge(IncidentDraft d, Incident b) {
        boolean point = d.longitude() != null || d.latitude() != null;
        return new IncidentDraft(or(d.type(), b.type().name()), or(d.subType(), b.subType()), or(d.title(), b.title()),
                or(d.description(), b.description()), or(d.jurisdiction(), b.jurisdictionCode()),
                point ? d.longitude() : b.longitude(), point ? d.latitude() : b.latitude(),
                or(d.occurredAt(), b.occurredAt().toString()), or(d.reportedAt(), b.reportedAt().toString()),
                or(d.organisation(), b.organisation()), or(d.deaths(), b.figures().deaths()),
                or(d.seriousInjuries(), b.figures().seriousInjuries()), or(d.missing(), b.figures().missing()),
                or(d.affected(), b.figures().affected()), or(d.economicLoss(), b.figures().economicLoss()),
                or(d.warningRefs(), b.warningRefs()), or(d.riskRefs(), b.riskRefs()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static Map<String, Object> changes(Incident b, IncidentRepository.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "type", b.type(), r.type());
        put(m, "subType", b.subType(), r.subType());
        put(m, "title", b.title(), r.title());
        put(m, "description", b.description(), r.description());
        put(m, "jurisdiction", b.jurisdictionCode(), r.jurisdictionCode());
        put(m, "longitude", b.longitude(), r.longitude());
        put(m, "latitude", b.latitude(), r.latitude());
        put(m, "occurredAt", b.occurredAt(), r.occurredAt());
        put(m, "reportedAt", b.reportedAt(), r.reportedAt());
        put(m, "organisation", b.organisation(), r.organisation());
        put(m, "deaths", b.figures().deaths(), r.figures().deaths());
        put(m, "seriousInjuries", b.figures().seriousInjuries(), r.figures().seriousInjuries());
        put(m, "missing", b.figures().missing(), r.figures().missing());
        put(m, "affected", b.figures().affected(), r.figures().affected());
        if (b.figures().economicLoss().compareTo(r.figures().economicLoss()) != 0) {
            m.put("economicLoss", r.figures().economicLoss().toPlainString());
        }
        put(m, "warningRefs", b.warningRefs(), r.warningRefs());
        put(m, "riskRefs", b.riskRefs(), r.riskRefs());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            m.put(key, after == null ? null : after.toString());
        }
    }

    private String figuresJson(Figures f) {
        return support.figuresJson(f);
    }

    private void publish(Incident i, IncidentChanged.Change change, String actor, String detail, Instant now) {
        support.publish(i, change, actor, detail, now);
    }

    static long lastId(String path) {
        return IncidentSupport.lastId(path);
    }

    static Map<String, Object> snapshot(Incident i) {
        return IncidentSupport.snapshot(i);
    }
}
