package org.rampart.risk;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.taxonomy.DomainManagement;
import org.rampart.taxonomy.RiskDomainEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read and change the risk register. Everybody signed in reads the risks of their scope; administrators,
 * coordinators and analysts create, assess and treat risks in their scope; administrators edit the matrix (the
 * domain taxonomy is the {@code taxonomy} module's). Every change is audited with the states before and after. The
 * facade checks {@link RiskPolicy} and hands each change to its use case.
 */
@Service
@Transactional(readOnly = true)
public class RiskManagement {

    /** Review frequency when a new risk names none: a quarter. */
    public static final int DEFAULT_REVIEW_DAYS = RiskRegistering.DEFAULT_REVIEW_DAYS;

    /** The members of a {@link RiskDraft} that a change may clear (see {@link #update(Actor, String, RiskDraft, Set)}). */
    public static final Set<String> CLEARABLE = Set.of("ownerUnit", "residualLikelihood", "residualImpact", "targetLevel");

    private final RiskPolicy policy;
    private final RiskSupport support;
    private final RiskQueries queries;
    private final RiskTaxonomyRepository taxonomy;
    private final DomainManagement domains;
    private final RiskRegistering registering;
    private final RiskAssessing assessing;
    private final RiskTreating treating;
    private final RiskImporting importing;
    private final RiskExporting exporting;
    private final RiskFlagging flagging;
    private final RiskMatrixSettings matrixSettings;

    RiskManagement(RiskPolicy policy, RiskSupport support, RiskQueries queries, RiskTaxonomyRepository taxonomy,
            DomainManagement domains, RiskRegistering registering, RiskAssessing assessing, RiskTreating treating,
            RiskImporting importing, RiskExporting exporting, RiskFlagging flagging, RiskMatrixSettings matrixSettings) {
        this.policy = policy;
        this.support = support;
        this.queries = queries;
        this.taxonomy = taxonomy;
        this.domains = domains;
        this.registering = registering;
        this.assessing = assessing;
        this.treating = treating;
        this.importing = importing;
        this.exporting = exporting;
        this.flagging = flagging;
        this.matrixSettings = matrixSettings;
    }

    /** Return today's date in the site's time zone (review dates are days). */
    public LocalDate today() {
        return support.today();
    }

    /** Return the matrix risks are scored on now. */
    public RiskMatrix matrix() {
        return taxonomy.matrix();
    }

    /** Return the domain taxonomy, parents before their children, inactive domains included. */
    public List<RiskDomainEntry> domains() {
        return domains.all();
    }

    /** Return true when the actor may create, change, assess and treat risks (in their scope). */
    public boolean mayEdit(Actor actor) {
        return policy.mayEdit(actor);
    }

    /** Return true when the actor may edit the domain taxonomy. */
    public boolean mayAdminister(Actor actor) {
        return policy.mayAdministerTaxonomy(actor);
    }

    /** Return true when the actor may change the risk matrix: only an administrator of the whole jurisdiction tree. */
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

    /** Return every assessment of a risk in the actor's scope, oldest first. */
    public List<Assessment> assessments(Actor actor, String code) {
        return queries.assessments(actor, code);
    }

    /** Return the treatment actions of a risk in the actor's scope, by due date. */
    public List<Treatment> treatments(Actor actor, String code) {
        return queries.treatments(actor, code);
    }

    /** Return the open risks of the actor's scope by owner unit whose review is overdue or due within {@code days}. */
    public List<ReviewDue> reviewsDue(Actor actor, int days) {
        return queries.reviewsDue(actor, days);
    }

    // --- changes ---

    /** Create a risk with its first assessment; it needs a title in English or in Chinese (or both). */
    @Transactional
    public Risk create(Actor actor, RiskDraft draft) {
        policy.requireEditor(actor);
        return registering.create(actor, draft);
    }

    /**
     * Change a risk: members left null keep their values; the code and jurisdiction stay. A change of likelihood,
     * impact or the residual ones records an assessment and needs a reason.
     */
    @Transactional
    public Risk update(Actor actor, String code, RiskDraft draft) {
        return update(actor, code, draft, Set.of());
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
        policy.requireEditor(actor);
        return registering.update(actor, code, draft, cleared);
    }

    /**
     * Re-assess a risk: record who, when and why, recompute its score and levels from the matrix, move its next
     * review, clear a flag for re-assessment, and move an identified risk to assessed.
     */
    @Transactional
    public Risk assess(Actor actor, String code, AssessmentDraft draft) {
        policy.requireEditor(actor);
        return assessing.assess(actor, code, draft);
    }

    /** Move a risk to another status (see {@link RiskStatus}); closing needs a reason. */
    @Transactional
    public Risk move(Actor actor, String code, String status, String reason) {
        policy.requireEditor(actor);
        return registering.move(actor, code, status, reason);
    }

    /** Close a risk with the reason. */
    @Transactional
    public Risk close(Actor actor, String code, String reason) {
        return move(actor, code, RiskStatus.CLOSED.name(), reason);
    }

    /** Record that a risk was reviewed: its next review moves to today plus its review frequency. */
    @Transactional
    public Risk review(Actor actor, String code, String note) {
        policy.requireEditor(actor);
        return assessing.review(actor, code, note);
    }

    /** Add a treatment action to an open risk; its due date may not lie before the day the risk was created. */
    @Transactional
    public Treatment addTreatment(Actor actor, String code, TreatmentDraft draft) {
        policy.requireEditor(actor);
        return treating.add(actor, code, draft);
    }

    /** Change a treatment action of an open risk (members left null keep their values). */
    @Transactional
    public Treatment updateTreatment(Actor actor, String code, long treatmentId, TreatmentDraft draft) {
        policy.requireEditor(actor);
        return treating.update(actor, code, treatmentId, draft);
    }

    // --- import and export ---

    /**
     * Import risks from a CSV or XLSX file ({@code format} csv or xlsx): a row whose code names a risk of the actor's
     * scope changes it, any other row creates one. Nothing is written while any row is bad, unless {@code skipBad};
     * then only the good rows are.
     */
    @Transactional
    public RiskImportReport importFile(Actor actor, InputStream in, String format, boolean skipBad) {
        policy.requireEditor(actor);
        return importing.importFile(actor, in, format, skipBad);
    }

    /** Write the risks of the actor's scope that the filter matches as CSV (UTF-8), in the columns import reads. */
    public void exportCsv(Actor actor, RiskFilter filter, OutputStream out) {
        exporting.csv(actor, filter, out);
    }

    /** Write the risks of the actor's scope that the filter matches as an XLSX workbook, in the columns import reads. */
    public void exportXlsx(Actor actor, RiskFilter filter, OutputStream out) {
        exporting.xlsx(actor, filter, out);
    }

    // --- flags from warnings, the matrix ---

    /**
     * Flag the open risks linked to an indicator for re-assessment, when a warning about a jurisdiction in or above
     * their area reached orange or red. A system change, audited as such; returns the codes of the risks flagged.
     */
    @Transactional
    public List<String> flagForReassessment(long warningId, String indicatorCode, String warningPath, String reason) {
        return flagging.flag(warningId, indicatorCode, warningPath, reason);
    }

    /**
     * Replace the matrix (administrators of the whole tree) and recompute the stored levels of every risk from their
     * scores; refused when a risk lies beyond a smaller size. Returns the number of risks whose level changed.
     */
    @Transactional
    public int updateMatrix(Actor actor, RiskMatrix matrix) {
        return matrixSettings.updateMatrix(actor, matrix);
    }
}
