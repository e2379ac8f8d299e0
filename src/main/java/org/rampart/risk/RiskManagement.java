package org.rampart.risk;

import static org.rampart.risk.RiskSupport.blank;
import static org.rampart.risk.RiskSupport.date;
import static org.rampart.risk.RiskSupport.pair;
import static org.rampart.risk.RiskSupport.snapshot;
import static org.rampart.risk.RiskSupport.text;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.rampart.audit.AuditManagement;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Permissions;
import org.rampart.shared.RiskDomain;
import org.rampart.shared.Role;
import org.rampart.shared.TextInput;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read and change the risk register. Everybody signed in reads the risks of their scope; administrators,
 * coordinators and analysts create, assess and treat risks in their scope; administrators edit the matrix (the
 * domain taxonomy is the {@code taxonomy} module's). Every change is audited with the states before and after.
 */
@Service
@Transactional(readOnly = true)
public class RiskManagement {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    /** Codes that would clash with page and API addresses under /risks/. */
    static final Set<String> RESERVED = Set.of("new", "import", "export", "reviews", "matrix", "domains", "heatmap",
            "situation", "search");
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 8000;
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 20;
    static final int MAX_INDICATORS = 50;
    static final int MAX_REVIEW_DAYS = 3660;
    /** Review frequency when a new risk names none: a quarter. */
    public static final int DEFAULT_REVIEW_DAYS = 90;

    private final RiskRepository repository;
    private final RiskTaxonomyRepository taxonomy;
    private final DomainManagement domains;
    private final JurisdictionManagement jurisdictions;
    private final IndicatorManagement indicators;
    private final AuditManagement audit;
    private final Clock clock;
    private final ZoneId zone;
    private final RiskPolicy policy;
    private final RiskSupport support;
    private final RiskQueries queries;
    private final RiskMatrixSettings matrixSettings;
    private final RiskRegistering registering;

    RiskManagement(RiskRepository repository, RiskTaxonomyRepository taxonomy, DomainManagement domains,
            JurisdictionManagement jurisdictions, IndicatorManagement indicators, AuditManagement audit,
            Optional<Clock> clock, @Value("${rampart.time-zone:}") String zone, RiskPolicy policy,
            RiskSupport support, RiskQueries queries, RiskMatrixSettings matrixSettings, RiskRegistering registering) {
        this.registering = registering;
        this.policy = policy;
        this.support = support;
        this.queries = queries;
        this.matrixSettings = matrixSettings;
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.domains = domains;
        this.jurisdictions = jurisdictions;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** Return today's date in the site's time zone (review dates are days). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Return the matrix risks are scored on now. */
    public RiskMatrix matrix() {
        return taxonomy.matrix();
    }

    /** Return the domain taxonomy, parents before their children, inactive domains included. */
    public List<RiskDomainEntry> domains() {
        return domains.all();
    }

    /** True when the actor may create, change, assess and treat risks (in their scope). */
    public boolean mayEdit(Actor actor) {
        return policy.mayEdit(actor);
    }

    /** True when the actor may edit the domain taxonomy. */
    public boolean mayAdminister(Actor actor) {
        return policy.mayAdministerTaxonomy(actor);
    }

    /** True when the actor may change the risk matrix: only an administrator of the whole jurisdiction tree. */
    public boolean mayChangeMatrix(Actor actor) {
        return policy.mayChangeMatrix(actor);
    }

    // --- reads ---

    /** Find a risk in the actor's scope; empty when there is none or it lies outside the scope. */
    public Optional<Risk> find(Actor actor, String code) {
        return support.find(actor, code);
    }

    /** Return a risk in the actor's scope; throws not-found otherwise (also when it exists outside the scope). */
    public Risk get(Actor actor, String code) {
        return support.get(actor, code);
    }

    /** List the risks of the actor's scope that the filter matches. */
    public Page<Risk> search(Actor actor, RiskFilter filter, PageQuery page) {
        return queries.search(actor, filter, page);
    }

    /** Hand every risk of the actor's scope that the filter matches to the consumer, in the filter's order. */
    public void each(Actor actor, RiskFilter filter, Consumer<Risk> consumer) {
        queries.each(actor, filter, consumer);
    }

    /** Every assessment of a risk in the actor's scope, oldest first. */
    public List<Assessment> assessments(Actor actor, String code) {
        return queries.assessments(actor, code);
    }

    /** The treatment actions of a risk in the actor's scope, by due date. */
    public List<Treatment> treatments(Actor actor, String code) {
        return queries.treatments(actor, code);
    }

    /** Open risks of the actor's scope by owner unit whose review is overdue or due within {@code days} days. */
    public List<ReviewDue> reviewsDue(Actor actor, int days) {
        return queries.reviewsDue(actor, days);
    }

    // --- changes ---

    /** Create a risk with its first assessment. */
    @Transactional
    public Risk create(Actor actor, RiskDraft draft) {
        return registering.create(actor, draft);
    }

    /** The members of a {@link RiskDraft} that a change may clear (see {@link #update(Actor, String, RiskDraft, Set)}). */
    public static final Set<String> CLEARABLE = Set.of("ownerUnit", "residualLikelihood", "residualImpact", "targetLevel");

    /**
     * Change a risk: members left null keep their values; the code and jurisdiction stay. A change of likelihood,
     * impact or the residual ones records an assessment and needs a reason.
     */
    @Transactional
    public Risk update(Actor actor, String code, RiskDraft draft) {
        return registering.update(actor, code, draft, Set.of());
    }

    /**
     * Change a risk as {@link #update(Actor, String, RiskDraft)} does, but clear the members named in {@code cleared}
     * (those of {@link #CLEARABLE}; others are ignored) where the draft leaves them null. The residual likelihood and
     * impact are both set or both empty afterwards, or the change is refused.
     *
     * @param cleared names of draft members whose null means "none" rather than "keep"; not null
     */
    @Transactional
    public Risk update(Actor actor, String code, RiskDraft draft, Set<String> cleared) {
        return registering.update(actor, code, draft, cleared);
    }

    /**
     * Re-assess a risk: record who, when and why, recompute its score and levels from the matrix, move its next
     * review, clear a flag for re-assessment, and move an identified risk to assessed.
     */
    @Transactional
    public Risk assess(Actor actor, String code, AssessmentDraft draft) {
        requireEditor(actor);
        Risk before = get(actor, code);
        if (before.status() == RiskStatus.CLOSED) {
            throw new RiskConflict(Problem.at(null, "risk.closed.cannot-assess", code),
                    "Risk '" + code + "' is closed and cannot be assessed.");
        }
        RiskMatrix matrix = taxonomy.matrix();
        List<Problem> problems = new ArrayList<>();
        Integer l = step("likelihood", draft.likelihood(), true, matrix, problems);
        Integer i = step("impact", draft.impact(), true, matrix, problems);
        Integer rl = step("residualLikelihood", draft.residualLikelihood(), false, matrix, problems);
        Integer ri = step("residualImpact", draft.residualImpact(), false, matrix, problems);
        pair(draft.residualLikelihood(), draft.residualImpact(), problems);
        String controls = draft.controls() == null ? before.controls()
                : text("controls", draft.controls(), MAX_TEXT, false, problems);
        String reason = text("reason", draft.reason(), MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The assessment is not valid", problems);
        }
        int score = matrix.score(l, i);
        RiskLevel level = matrix.level(score);
        Integer rs = rl == null || ri == null ? null : matrix.score(rl, ri);
        RiskLevel rlevel = rs == null ? null : matrix.level(rs);
        Instant now = clock.instant();
        RiskStatus status = before.status() == RiskStatus.IDENTIFIED ? RiskStatus.ASSESSED : before.status();
        if (!repository.assess(before.id(), before.version(), l, i, score, level, rl, ri, rs, rlevel,
                controls == null ? "" : controls, status, today().plusDays(before.reviewFrequencyDays()),
                actor.username(), now)) {
            throw new RiskConflict(Problem.at(null, "risk.changed-meanwhile", code),
                    "Risk '" + code + "' was changed meanwhile; reload it and try again.");
        }
        repository.insertAssessment(before.id(), now, actor.username(), reason, l, i, score, level, rl, ri, rs, rlevel,
                controls);
        Risk after = get(actor, code);
        audit.record("assess", "risk", code, after.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    /** Move a risk to another status (see {@link RiskStatus}); closing needs a reason. */
    @Transactional
    public Risk move(Actor actor, String code, String status, String reason) {
        return registering.move(actor, code, status, reason);
    }

    /** Close a risk with the reason. */
    @Transactional
    public Risk close(Actor actor, String code, String reason) {
        return registering.close(actor, code, reason);
    }

    /** Record that a risk was reviewed: its next review moves to today plus its review frequency. */
    @Transactional
    public Risk review(Actor actor, String code, String note) {
        requireEditor(actor);
        Risk before = get(actor, code);
        if (before.status() == RiskStatus.CLOSED) {
            throw new RiskConflict(Problem.at(null, "risk.closed.no-review", code),
                    "Risk '" + code + "' is closed and needs no review.");
        }
        List<Problem> problems = new ArrayList<>();
        String why = text("note", note, MAX_TEXT, false, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The review is not valid", problems);
        }
        repository.review(before.id(), today().plusDays(before.reviewFrequencyDays()), actor.username(), clock.instant());
        Risk after = get(actor, code);
        Map<String, Object> a = snapshot(after);
        a.put("reviewNote", why);
        audit.record("review", "risk", code, after.jurisdictionPath(), snapshot(before), a);
        return after;
    }

    /** Add a treatment action to an open risk; its due date may not lie before the day the risk was created. */
    @Transactional
    public Treatment addTreatment(Actor actor, String code, TreatmentDraft draft) {
        requireEditor(actor);
        Risk risk = get(actor, code);
        if (risk.status() == RiskStatus.CLOSED) {
            throw new RiskConflict(Problem.at(null, "risk.closed.no-treatment", code),
                    "Risk '" + code + "' is closed; add no treatment to it.");
        }
        ValidTreatment t = validate(actor, risk, draft, TreatmentStatus.PLANNED);
        long id = repository.insertTreatment(risk.id(), t.title, t.unitId, t.unitCode, t.due, t.status, t.note,
                actor.username(), clock.instant());
        Treatment created = repository.treatment(risk.id(), id).orElseThrow();
        audit.record("treatment.add", "risk", code, risk.jurisdictionPath(), null, snapshot(created));
        return created;
    }

    /** Change a treatment action of an open risk (all members; status null keeps it). */
    @Transactional
    public Treatment updateTreatment(Actor actor, String code, long treatmentId, TreatmentDraft draft) {
        requireEditor(actor);
        Risk risk = get(actor, code);
        if (risk.status() == RiskStatus.CLOSED) {
            throw new RiskConflict(Problem.at(null, "risk.closed.treatment-fixed", code),
                    "Risk '" + code + "' is closed; its treatment actions cannot change.");
        }
        Treatment before = repository.treatment(risk.id(), treatmentId)
                .orElseThrow(() -> new NotFoundException("treatment " + treatmentId));
        TreatmentDraft merged = new TreatmentDraft(draft.title() == null ? before.title() : draft.title(),
                draft.ownerUnit() == null ? before.ownerUnitCode() : draft.ownerUnit(),
                draft.dueDate() == null ? before.dueDate().toString() : draft.dueDate(),
                draft.status() == null ? before.status().name() : draft.status(),
                draft.note() == null ? before.note() : draft.note());
        ValidTreatment t = validate(actor, risk, merged, before.status());
        repository.updateTreatment(treatmentId, t.title, t.unitId, t.unitCode, t.due, t.status, t.note, clock.instant());
        Treatment after = repository.treatment(risk.id(), treatmentId).orElseThrow();
        audit.record("treatment.update", "risk", code, risk.jurisdictionPath(), snapshot(before), snapshot(after));
        return after;
    }

    private record ValidTreatment(String title, Long unitId, String unitCode, LocalDate due, TreatmentStatus status,
            String note) {
    }

    private ValidTreatment validate(Actor actor, Risk risk, TreatmentDraft d, TreatmentStatus defaultStatus) {
        List<Problem> problems = new ArrayList<>();
        String title = text("title", d.title(), MAX_TITLE, true, problems);
        String note = text("note", d.note(), MAX_TEXT, false, problems);
        Long unitId = null;
        String unitCode = null;
        if (!blank(d.ownerUnit())) {
            var unit = unit(actor, d.ownerUnit().trim());
            if (unit == null) {
                problems.add(Problem.at("ownerUnit", "unit.unknown", d.ownerUnit().trim()));
            } else {
                unitId = unit.id();
                unitCode = unit.code();
            }
        }
        LocalDate due = date("dueDate", d.dueDate(), true, problems);
        LocalDate created = LocalDate.ofInstant(risk.createdAt(), zone);
        if (due != null && due.isBefore(created)) {
            problems.add(Problem.at("dueDate", "risk.treatment.due-before-created", created));
        }
        TreatmentStatus status = defaultStatus;
        if (!blank(d.status())) {
            status = TreatmentStatus.parse(d.status());
            if (status == null) {
                problems.add(Problem.at("status", "risk.value.not-one-of", d.status(),
                        Arrays.toString(TreatmentStatus.values())));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The treatment is not valid", problems);
        }
        return new ValidTreatment(title, unitId, unitCode, due, status, note == null ? "" : note);
    }

    // --- import and export ---

    /**
     * Import risks from a CSV or XLSX file ({@code format} csv or xlsx): a row whose code names a risk of the actor's
     * scope changes it, any other row creates one. Nothing is written while any row is bad, unless {@code skipBad};
     * then only the good rows are.
     */
    @Transactional
    public RiskImportReport importFile(Actor actor, InputStream in, String format, boolean skipBad) {
        requireEditor(actor);
        RiskFiles.Parsed parsed = switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> RiskFiles.csv(in);
            case "xlsx" -> RiskFiles.xlsx(in);
            default -> throw BadInputException.of("format", "risk.file.format");
        };
        List<Problem> problems = new ArrayList<>(parsed.problems());
        // A bad header or a file that cannot be read as a whole (not UTF-8) refuses the file, even with skipBad.
        boolean headerBad = problems.stream().anyMatch(p -> (p.line() != null && p.line() == 1) || "file".equals(p.field()));
        int created = 0;
        int updated = 0;
        Map<String, Integer> seen = new java.util.HashMap<>();
        if (!headerBad) {
            for (RiskFiles.Line line : parsed.lines()) {
                List<Problem> rowProblems = new ArrayList<>();
                RiskDraft draft = draft(line, rowProblems);
                String code = blank(draft.code()) ? null : draft.code().trim();
                if (code != null) {
                    Integer first = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), line.line());
                    if (first != null) {
                        rowProblems.add(Problem.atLine(line.line(), "code", "risk.file.code-twice", first));
                    }
                }
                if (rowProblems.isEmpty()) {
                    try {
                        Optional<Risk> existing = code == null ? Optional.empty() : find(actor, code);
                        if (existing.isPresent()) {
                            update(actor, code, withReason(draft, "imported"));
                            updated++;
                        } else {
                            create(actor, withReason(draft, "imported"));
                            created++;
                        }
                    } catch (BadInputException e) {
                        for (Problem p : e.problems()) {
                            rowProblems.add(p.withField(p.field() == null ? null : RiskFiles.column(p.field()))
                                    .onLine(line.line()));
                        }
                    } catch (RiskConflict e) {
                        rowProblems.add(e.problem().withField("code").onLine(line.line()));
                    }
                }
                problems.addAll(rowProblems);
            }
        }
        if (!problems.isEmpty() && (!skipBad || headerBad)) {
            throw new BadInputException("Nothing was imported: " + problems.size() + " problems", problems);
        }
        return new RiskImportReport(parsed.lines().size(), created, updated, problems, skipBad);
    }

    private static RiskDraft withReason(RiskDraft d, String fallback) {
        if (!blank(d.reason())) {
            return d;
        }
        return new RiskDraft(d.code(), d.titleEn(), d.titleZh(), d.descriptionEn(), d.descriptionZh(), d.domain(),
                d.jurisdiction(), d.ownerUnit(), d.causes(), d.consequences(), d.controls(), d.bottomLine(), d.likelihood(),
                d.impact(), d.residualLikelihood(), d.residualImpact(), d.targetLevel(), d.reviewFrequencyDays(),
                d.nextReviewDate(), d.indicators(), d.tags(), fallback);
    }

    /** A row as a draft; a column the file leaves out keeps (on change) or defaults (on creation) its value. */
    private static RiskDraft draft(RiskFiles.Line line, List<Problem> problems) {
        Map<String, String> v = line.values();
        return new RiskDraft(v.get("code"), v.get("title_en"), v.get("title_zh"), v.get("description_en"),
                v.get("description_zh"), v.get("domain"), v.get("jurisdiction"), v.get("owner_unit"), v.get("causes"),
                v.get("consequences"), v.get("controls"), bool(line, "bottom_line", problems),
                integer(line, "likelihood", problems), integer(line, "impact", problems),
                integer(line, "residual_likelihood", problems), integer(line, "residual_impact", problems),
                v.get("target_level"), integer(line, "review_frequency_days", problems), v.get("next_review_date"),
                split(v.get("indicators")), split(v.get("tags")), v.get("reason"));
    }

    private static Integer integer(RiskFiles.Line line, String column, List<Problem> problems) {
        String s = line.values().get(column);
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(line.line(), column, "number.not-whole", s.trim()));
            return null;
        }
    }

    private static Boolean bool(RiskFiles.Line line, String column, List<Problem> problems) {
        String s = line.values().get(column);
        if (blank(s)) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (Set.of("true", "yes", "1", "y", "是").contains(t)) {
            return true;
        }
        if (Set.of("false", "no", "0", "n", "否").contains(t)) {
            return false;
        }
        problems.add(Problem.atLine(line.line(), column, "risk.value.not-boolean", s.trim()));
        return null;
    }

    private static List<String> split(String s) {
        if (s == null) {
            return null;
        }
        return Arrays.stream(s.split("[;,，；]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** Write the risks of the actor's scope that the filter matches as CSV (UTF-8), in the columns import reads. */
    public void exportCsv(Actor actor, RiskFilter filter, OutputStream out) {
        LocalDate today = today();
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        RiskFiles.writeCsvRow(writer, RiskFiles.exportHeader());
        each(actor, filter, r -> RiskFiles.writeCsvRow(writer, RiskFiles.exportRow(r, today)));
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Write the risks of the actor's scope that the filter matches as an XLSX workbook, in the columns import reads. */
    public void exportXlsx(Actor actor, RiskFilter filter, OutputStream out) {
        LocalDate today = today();
        try (RiskFiles.XlsxWriter xlsx = new RiskFiles.XlsxWriter()) {
            xlsx.row(RiskFiles.exportHeader());
            each(actor, filter, r -> xlsx.row(RiskFiles.exportRow(r, today)));
            xlsx.writeTo(out);
        }
    }

    // --- flags from warnings ---

    /**
     * Flag the open risks linked to an indicator for re-assessment, when a warning about a jurisdiction in or above
     * their area reached orange or red. A system change, audited as such; returns the codes of the risks flagged.
     */
    @Transactional
    public List<String> flagForReassessment(long warningId, String indicatorCode, String warningPath, String reason) {
        List<String> flagged = new ArrayList<>();
        Instant now = clock.instant();
        for (RiskRepository.LinkedRisk linked : repository.openRisksLinkedTo(indicatorCode, warningPath)) {
            if (linked.flagged() && Long.valueOf(warningId).equals(linked.warningId())) {
                continue;
            }
            Risk before = repository.findByCode(linked.jurisdictionPath(), linked.code()).orElseThrow();
            repository.flag(linked.id(), reason, warningId, now);
            Risk after = repository.findByCode(linked.jurisdictionPath(), linked.code()).orElseThrow();
            audit.recordAs(Actor.system().username(), "flag", "risk", linked.code(), linked.jurisdictionPath(),
                    flagSnapshot(before), flagSnapshot(after));
            flagged.add(linked.code());
        }
        return flagged;
    }

    private static Map<String, Object> flagSnapshot(Risk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reassessmentNeeded", r.reassessmentNeeded());
        m.put("reassessmentReason", r.reassessmentReason());
        m.put("reassessmentWarningId", r.reassessmentWarningId());
        return m;
    }

    // --- the matrix and the taxonomy ---

    /**
     * Replace the matrix (administrators) and recompute the stored levels of every risk from their scores; refused
     * when a risk lies beyond a smaller size. Returns the number of risks whose level changed.
     */
    @Transactional
    public int updateMatrix(Actor actor, RiskMatrix matrix) {
        return matrixSettings.updateMatrix(actor, matrix);
    }

    // --- validation ---

    private void requireEditor(Actor actor) {
        policy.requireEditor(actor);
    }

    private void requireAdministrator(Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR);
        Permissions.requireWrite(actor);
    }

    private JurisdictionManagement.UnitRef unit(Actor actor, String code) {
        return jurisdictions.unitRef(code).filter(u -> actor.covers(u.jurisdictionPath())).orElse(null);
    }

    private static Integer step(String field, Integer value, boolean required, RiskMatrix matrix, List<Problem> problems) {
        if (value == null) {
            if (required) {
                problems.add(Problem.at(field, "value.required"));
            }
            return null;
        }
        if (!matrix.onMatrix(value)) {
            problems.add(Problem.at(field, "risk.matrix.off-scale", matrix.size()));
            return null;
        }
        return value;
    }
}
