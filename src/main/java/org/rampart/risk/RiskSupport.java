package org.rampart.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the risk use cases share: today and now on the site's clock, reading a risk of the actor's scope, turning a
 * refusal of the risk's status into a {@link RiskConflict}, and the snapshots the audit records before and after a
 * change.
 */
@Component
class RiskSupport {

    private final RiskRepository repository;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    RiskSupport(RiskRepository repository, MessageSource messages, Optional<Clock> clock,
            @Value("${rampart.time-zone:}") String zone) {
        this.repository = repository;
        this.messages = messages;
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
        if (code == null || !RiskValidator.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return repository.findByCode(actor.scopePath(), code);
    }

    /** Return a risk in the actor's scope; throws not-found otherwise (also when it exists outside the scope). */
    Risk get(Actor actor, String code) {
        return find(actor, code).orElseThrow(() -> new NotFoundException("risk " + code));
    }

    /** The status a transition leads to; throws its refusal as a {@link RiskConflict}. */
    RiskStatus allowed(RiskStatus.Transition transition) {
        if (transition.refused()) {
            throw conflict(transition.refusal());
        }
        return transition.next();
    }

    /** A refusal as a conflict whose message is the English text of its code (logs, the API's detail). */
    RiskConflict conflict(Problem problem) {
        return new RiskConflict(problem, messages.getMessage("problem." + problem.code(), problem.args().toArray(),
                problem.code(), Locale.ENGLISH));
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
