package org.rampart.risk;

import static org.rampart.risk.RiskSupport.MAX_INDICATORS;
import static org.rampart.risk.RiskSupport.MAX_REVIEW_DAYS;
import static org.rampart.risk.RiskSupport.MAX_TAG;
import static org.rampart.risk.RiskSupport.MAX_TAGS;
import static org.rampart.risk.RiskSupport.MAX_TEXT;
import static org.rampart.risk.RiskSupport.MAX_TITLE;
import static org.rampart.risk.RiskSupport.blank;
import static org.rampart.risk.RiskSupport.date;
import static org.rampart.risk.RiskSupport.nonNull;
import static org.rampart.risk.RiskSupport.pair;
import static org.rampart.risk.RiskSupport.step;
import static org.rampart.risk.RiskSupport.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rampart.indicator.IndicatorManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.RiskDomain;
import org.rampart.taxonomy.DomainManagement;
import org.springframework.stereotype.Component;

/**
 * Check the members of a risk draft against the matrix, the domain taxonomy, the indicators and the units of the
 * actor's scope, and merge a change's draft with the risk's current values.
 */
@Component
class RiskValidator {

    private final RiskTaxonomyRepository taxonomy;
    private final DomainManagement domains;
    private final IndicatorManagement indicators;
    private final RiskSupport support;

    RiskValidator(RiskTaxonomyRepository taxonomy, DomainManagement domains, IndicatorManagement indicators,
            RiskSupport support) {
        this.taxonomy = taxonomy;
        this.domains = domains;
        this.indicators = indicators;
        this.support = support;
    }

    /**
     * A draft with the risk's current values where it leaves members null, except the members named in
     * {@code cleared}: those stay null (none). Each member on its own, so that a residual likelihood given or cleared
     * alone meets the current residual impact in the pair check.
     */
    static RiskDraft merge(RiskDraft d, Risk r, Set<String> cleared) {
        return new RiskDraft(r.code(), or(d.titleEn(), r.titleEn()), or(d.titleZh(), r.titleZh()),
                or(d.descriptionEn(), r.descriptionEn()), or(d.descriptionZh(), r.descriptionZh()),
                or(d.domain(), r.domainCode()), r.jurisdictionCode(),
                keep(d.ownerUnit(), r.ownerUnitCode(), cleared.contains("ownerUnit")),
                or(d.causes(), r.causes()), or(d.consequences(), r.consequences()), or(d.controls(), r.controls()),
                d.bottomLine() == null ? r.bottomLine() : d.bottomLine(),
                d.likelihood() == null ? r.likelihood() : d.likelihood(), d.impact() == null ? r.impact() : d.impact(),
                keep(d.residualLikelihood(), r.residualLikelihood(), cleared.contains("residualLikelihood")),
                keep(d.residualImpact(), r.residualImpact(), cleared.contains("residualImpact")),
                keep(d.targetLevel(), r.targetLevel() == null ? null : r.targetLevel().name(),
                        cleared.contains("targetLevel")),
                d.reviewFrequencyDays() == null ? r.reviewFrequencyDays() : d.reviewFrequencyDays(),
                d.nextReviewDate(), d.indicators() == null ? r.indicatorCodes() : d.indicators(),
                d.tags() == null ? r.tags() : d.tags(), d.reason());
    }

    static String or(String value, String current) {
        return value == null ? current : value;
    }

    static <T> T keep(T value, T current, boolean clear) {
        return value != null || clear ? value : current;
    }

    /** The validated members of a draft; the problems found are added to the list. */
    static final class Valid {
        String titleEn, titleZh, descriptionEn, descriptionZh, domain, unitCode, causes, consequences, controls;
        Long unitId;
        boolean bottomLine;
        Integer likelihood, impact, rl, ri, rs, frequency;
        int score;
        RiskLevel level, rlevel, target;
        LocalDate nextReview;
        List<String> tags = List.of();
        List<String> indicators = List.of();
    }

    Valid validate(Actor actor, RiskDraft d, Risk existing, List<Problem> problems) {
        Valid v = new Valid();
        v.titleEn = text("titleEn", d.titleEn(), MAX_TITLE, true, problems);
        v.titleZh = text("titleZh", d.titleZh(), MAX_TITLE, true, problems);
        v.descriptionEn = nonNull(text("descriptionEn", d.descriptionEn(), MAX_TEXT, false, problems));
        v.descriptionZh = nonNull(text("descriptionZh", d.descriptionZh(), MAX_TEXT, false, problems));
        v.causes = nonNull(text("causes", d.causes(), MAX_TEXT, false, problems));
        v.consequences = nonNull(text("consequences", d.consequences(), MAX_TEXT, false, problems));
        v.controls = nonNull(text("controls", d.controls(), MAX_TEXT, false, problems));
        v.bottomLine = d.bottomLine() != null && d.bottomLine();
        RiskDomain domain = domains.usable("domain", d.domain(), existing == null ? null
                : RiskDomain.of(existing.domainCode()), problems);
        v.domain = domain == null ? null : domain.code();
        if (!blank(d.ownerUnit())) {
            var unit = support.unit(actor, d.ownerUnit().trim());
            if (unit == null) {
                problems.add(Problem.at("ownerUnit", "unit.unknown", d.ownerUnit().trim()));
            } else {
                v.unitId = unit.id();
                v.unitCode = unit.code();
            }
        }
        RiskMatrix matrix = taxonomy.matrix();
        v.likelihood = step("likelihood", d.likelihood(), true, matrix, problems);
        v.impact = step("impact", d.impact(), true, matrix, problems);
        v.rl = step("residualLikelihood", d.residualLikelihood(), false, matrix, problems);
        v.ri = step("residualImpact", d.residualImpact(), false, matrix, problems);
        pair(d.residualLikelihood(), d.residualImpact(), problems);
        if (v.likelihood != null && v.impact != null) {
            v.score = matrix.score(v.likelihood, v.impact);
            v.level = matrix.level(v.score);
        }
        if (v.rl != null && v.ri != null) {
            v.rs = matrix.score(v.rl, v.ri);
            v.rlevel = matrix.level(v.rs);
        }
        if (!blank(d.targetLevel())) {
            v.target = RiskLevel.parse(d.targetLevel());
            if (v.target == null) {
                problems.add(Problem.at("targetLevel", "risk.value.not-one-of", d.targetLevel(),
                        Arrays.toString(RiskLevel.values())));
            }
        }
        if (d.reviewFrequencyDays() != null) {
            if (d.reviewFrequencyDays() < 1 || d.reviewFrequencyDays() > MAX_REVIEW_DAYS) {
                problems.add(Problem.at("reviewFrequencyDays", "risk.review-frequency.range", MAX_REVIEW_DAYS));
            } else {
                v.frequency = d.reviewFrequencyDays();
            }
        }
        v.nextReview = date("nextReviewDate", d.nextReviewDate(), false, problems);
        v.tags = tags(d.tags(), problems);
        v.indicators = indicatorCodes(d.indicators(), problems);
        text("reason", d.reason(), MAX_TEXT, false, problems);
        return v;
    }

    List<String> tags(List<String> tags, List<Problem> problems) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tags) {
            if (blank(tag)) {
                continue;
            }
            String t = tag.trim();
            if (t.length() > MAX_TAG || t.contains(",") || t.contains(";") || t.chars().anyMatch(c -> c < 0x20)) {
                problems.add(Problem.at("tags", "risk.tag.invalid", t, MAX_TAG));
            } else {
                out.add(t);
            }
        }
        if (out.size() > MAX_TAGS) {
            problems.add(Problem.at("tags", "risk.tags.too-many", MAX_TAGS));
        }
        return List.copyOf(out);
    }

    List<String> indicatorCodes(List<String> codes, List<Problem> problems) {
        if (codes == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : codes) {
            if (blank(code)) {
                continue;
            }
            String c = code.trim();
            if (indicators.find(c).isEmpty()) {
                problems.add(Problem.at("indicators", "risk.indicator.unknown", c));
            } else {
                out.add(c);
            }
        }
        if (out.size() > MAX_INDICATORS) {
            problems.add(Problem.at("indicators", "risk.indicators.too-many", MAX_INDICATORS));
        }
        return List.copyOf(out);
    }
}
