package org.rampart.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.TextInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the risk use cases share: the limits of a risk's members, today and now on the site's clock, reading a risk
 * of the actor's scope, the checks of single members, and the snapshots the audit records before and after a change.
 */
@Component
class RiskSupport {

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

    private final RiskRepository repository;
    private final JurisdictionManagement jurisdictions;
    private final Clock clock;
    private final ZoneId zone;

    RiskSupport(RiskRepository repository, JurisdictionManagement jurisdictions, Optional<Clock> clock,
            @Value("${rampart.time-zone:}") String zone) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.clock = clock.orElse(Clock.systemUTC());
        this.zone = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    /** Today's date in the site's time zone (review dates are days). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The instant now on the site's clock. */
    Instant now() {
        return clock.instant();
    }

    /** The day an instant falls on in the site's time zone. */
    LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Find a risk in the actor's scope; empty when there is none or it lies outside the scope. */
    Optional<Risk> find(Actor actor, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.findByCode(actor.scopePath(), code);
    }

    /** Return a risk in the actor's scope; throws not-found otherwise (also when it exists outside the scope). */
    Risk get(Actor actor, String code) {
        return find(actor, code).orElseThrow(() -> new NotFoundException("risk " + code));
    }

    JurisdictionManagement.UnitRef unit(Actor actor, String code) {
        return jurisdictions.unitRef(code).filter(u -> actor.covers(u.jurisdictionPath())).orElse(null);
    }

    static Integer step(String field, Integer value, boolean required, RiskMatrix matrix, List<Problem> problems) {
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

    static void pair(Integer residualLikelihood, Integer residualImpact, List<Problem> problems) {
        if (residualLikelihood != null && residualImpact == null) {
            problems.add(Problem.at("residualImpact", "risk.residual-impact.required"));
        } else if (residualLikelihood == null && residualImpact != null) {
            problems.add(Problem.at("residualLikelihood", "risk.residual-likelihood.required"));
        }
    }

    static LocalDate date(String field, String value, boolean required, List<Problem> problems) {
        return org.rampart.shared.Checks.date(field, value, required, problems);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String text(String field, String value, int max, boolean required, List<Problem> problems) {
        return TextInput.check(field, value, max, required, problems);
    }

    static Map<String, Object> snapshot(Risk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("titleEn", r.titleEn());
        m.put("titleZh", r.titleZh());
        m.put("descriptionEn", r.descriptionEn());
        m.put("descriptionZh", r.descriptionZh());
        m.put("domain", r.domainCode());
        m.put("jurisdiction", r.jurisdictionCode());
        m.put("ownerUnit", r.ownerUnitCode());
        m.put("causes", r.causes());
        m.put("consequences", r.consequences());
        m.put("controls", r.controls());
        m.put("bottomLine", r.bottomLine());
        m.put("likelihood", r.likelihood());
        m.put("impact", r.impact());
        m.put("score", r.score());
        m.put("level", r.level().name());
        m.put("residualLikelihood", r.residualLikelihood());
        m.put("residualImpact", r.residualImpact());
        m.put("residualScore", r.residualScore());
        m.put("residualLevel", r.residualLevel() == null ? null : r.residualLevel().name());
        m.put("targetLevel", r.targetLevel() == null ? null : r.targetLevel().name());
        m.put("status", r.status().name());
        m.put("reviewFrequencyDays", r.reviewFrequencyDays());
        m.put("nextReviewDate", r.nextReviewDate().toString());
        m.put("reassessmentNeeded", r.reassessmentNeeded());
        m.put("indicators", r.indicatorCodes());
        m.put("tags", r.tags());
        m.put("closedReason", r.closedReason());
        return m;
    }

    static Map<String, Object> snapshot(Treatment t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatmentId", t.id());
        m.put("title", t.title());
        m.put("ownerUnit", t.ownerUnitCode());
        m.put("dueDate", t.dueDate().toString());
        m.put("status", t.status().name());
        m.put("note", t.note());
        return m;
    }
}
