package org.rampart.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/**
 * Check what a user enters for a risk, an assessment or a treatment action against the limits of its members and the
 * matrix. Plain functions without Spring or SQL: each adds the problems it finds and returns the checked values. The
 * references to domains, units and indicators are checked by {@link RiskReferences}, which needs the database.
 */
final class RiskValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    /** Codes that would clash with page and API addresses under /risks/. */
    static final Set<String> RESERVED = Set.of("new", "import", "export", "reviews", "matrix", "domains", "heatmap",
            "situation", "search");
    static final int MAX_CODE = 40;
    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 8000;
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 20;
    static final int MAX_REVIEW_DAYS = 3660;

    private RiskValidator() {
    }

    /** The checked members of a risk draft; null where a member was refused or left empty. */
    static final class Valid {
        String titleEn, titleZh, descriptionEn, descriptionZh, causes, consequences, controls;
        boolean bottomLine;
        Integer likelihood, impact, rl, ri, rs, frequency;
        int score;
        RiskLevel level, rlevel, target;
        LocalDate nextReview;
        List<String> tags = List.of();
    }

    /**
     * Check a new risk's code: required, at most 40 letters, digits, '.', '_' and '-', not one of the reserved words.
     * Return the trimmed code, or null when it is refused.
     */
    static String code(String value, List<Problem> problems) {
        String code = blank(value) ? null : value.trim();
        if (code == null) {
            problems.add(Problem.at("code", "value.required"));
        } else if (code.length() > MAX_CODE) {
            problems.add(Problem.at("code", "text.too-long", MAX_CODE));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at("code", "risk.code.characters"));
        } else if (RESERVED.contains(code.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.at("code", "risk.code.reserved", code));
        } else {
            return code;
        }
        return null;
    }

    /**
     * Check the members of a draft (a whole one: a change is merged with the risk first, see {@link #merge}). A risk
     * needs a title in English or in Chinese ({@code risk.title.required} on {@code titleEn} when it has neither).
     */
    static Valid risk(RiskDraft d, RiskMatrix matrix, List<Problem> problems) {
        Valid v = new Valid();
        v.titleEn = text("titleEn", d.titleEn(), MAX_TITLE, false, problems);
        v.titleZh = text("titleZh", d.titleZh(), MAX_TITLE, false, problems);
        if (v.titleEn == null && v.titleZh == null) {
            problems.add(Problem.at("titleEn", "risk.title.required"));
        }
        v.descriptionEn = nonNull(text("descriptionEn", d.descriptionEn(), MAX_TEXT, false, problems));
        v.descriptionZh = nonNull(text("descriptionZh", d.descriptionZh(), MAX_TEXT, false, problems));
        v.causes = nonNull(text("causes", d.causes(), MAX_TEXT, false, problems));
        v.consequences = nonNull(text("consequences", d.consequences(), MAX_TEXT, false, problems));
        v.controls = nonNull(text("controls", d.controls(), MAX_TEXT, false, problems));
        v.bottomLine = d.bottomLine() != null && d.bottomLine();
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
        v.nextReview = Checks.date("nextReviewDate", d.nextReviewDate(), false, problems);
        v.tags = tags(d.tags(), problems);
        text("reason", d.reason(), MAX_TEXT, false, problems);
        return v;
    }

    /**
     * A draft with the risk's current values where it leaves members null, except the members named in
     * {@code cleared}: those stay null (none). Each member on its own, so that a residual likelihood given or cleared
     * alone meets the current residual impact in the pair check. An empty title clears it (the other one must stay).
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

    private static String or(String value, String current) {
        return value == null ? current : value;
    }

    private static <T> T keep(T value, T current, boolean clear) {
        return value != null || clear ? value : current;
    }

    /** The tags, trimmed and without repeats; a tag holds no comma, semicolon or control character. */
    static List<String> tags(List<String> tags, List<Problem> problems) {
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

    /** The scores of an assessment on the matrix; residual members are null unless both are given. */
    record Scores(int likelihood, int impact, int score, RiskLevel level, Integer rl, Integer ri, Integer rs,
            RiskLevel rlevel) {
    }

    /** Check a re-assessment: likelihood and impact on the matrix, the residual pair both or neither. */
    static Scores assessment(AssessmentDraft d, RiskMatrix matrix, List<Problem> problems) {
        Integer l = step("likelihood", d.likelihood(), true, matrix, problems);
        Integer i = step("impact", d.impact(), true, matrix, problems);
        Integer rl = step("residualLikelihood", d.residualLikelihood(), false, matrix, problems);
        Integer ri = step("residualImpact", d.residualImpact(), false, matrix, problems);
        pair(d.residualLikelihood(), d.residualImpact(), problems);
        if (l == null || i == null) {
            return null;
        }
        int score = matrix.score(l, i);
        Integer rs = rl == null || ri == null ? null : matrix.score(rl, ri);
        return new Scores(l, i, score, matrix.level(score), rs == null ? null : rl, rs == null ? null : ri, rs,
                rs == null ? null : matrix.level(rs));
    }

    /** The checked members of a treatment action (its owner unit is a reference, checked apart). */
    record ValidTreatment(String title, LocalDate due, TreatmentStatus status, String note) {
    }

    /**
     * Check a treatment action: a title, a due date no earlier than the day the risk was created, a status name
     * ({@code defaultStatus} when none is given) and an optional note.
     */
    static ValidTreatment treatment(TreatmentDraft d, LocalDate riskCreated, TreatmentStatus defaultStatus,
            List<Problem> problems) {
        String title = text("title", d.title(), MAX_TITLE, true, problems);
        String note = text("note", d.note(), MAX_TEXT, false, problems);
        LocalDate due = Checks.date("dueDate", d.dueDate(), true, problems);
        if (due != null && due.isBefore(riskCreated)) {
            problems.add(Problem.at("dueDate", "risk.treatment.due-before-created", riskCreated));
        }
        TreatmentStatus status = defaultStatus;
        if (!blank(d.status())) {
            status = TreatmentStatus.parse(d.status());
            if (status == null) {
                problems.add(Problem.at("status", "risk.value.not-one-of", d.status(),
                        Arrays.toString(TreatmentStatus.values())));
            }
        }
        return new ValidTreatment(title, due, status, nonNull(note));
    }

    /** A likelihood or impact: on the matrix, or a problem; null when absent (a problem too when required). */
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

    /** The residual likelihood and impact go together: both or neither. */
    static void pair(Integer residualLikelihood, Integer residualImpact, List<Problem> problems) {
        if (residualLikelihood != null && residualImpact == null) {
            problems.add(Problem.at("residualImpact", "risk.residual-impact.required"));
        } else if (residualLikelihood == null && residualImpact != null) {
            problems.add(Problem.at("residualLikelihood", "risk.residual-likelihood.required"));
        }
    }

    static String text(String field, String value, int max, boolean required, List<Problem> problems) {
        return Checks.text(field, value, max, required, problems);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
