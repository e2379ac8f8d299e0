package org.rampart.risk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rampart.risk.Risk;
import org.rampart.risk.RiskDraft;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;

/** The risk form as posted: every member a string; lists are comma-separated. */
record RiskForm(String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh, String domain,
        String jurisdiction, String ownerUnit, String causes, String consequences, String controls, String bottomLine,
        String likelihood, String impact, String residualLikelihood, String residualImpact, String targetLevel,
        String reviewFrequencyDays, String nextReviewDate, String indicators, String tags, String reason) {

    static RiskForm empty(String jurisdiction) {
        return new RiskForm("", "", "", "", "", "", jurisdiction, "", "", "", "", "false", "3", "3", "", "", "",
                "90", "", "", "", "");
    }

    static RiskForm of(Risk r) {
        return new RiskForm(r.code(), r.titleEn(), r.titleZh(), r.descriptionEn(), r.descriptionZh(), r.domainCode(),
                r.jurisdictionCode(), r.ownerUnitCode(), r.causes(), r.consequences(), r.controls(),
                String.valueOf(r.bottomLine()), String.valueOf(r.likelihood()), String.valueOf(r.impact()),
                str(r.residualLikelihood()), str(r.residualImpact()),
                r.targetLevel() == null ? "" : r.targetLevel().name(), String.valueOf(r.reviewFrequencyDays()),
                r.nextReviewDate().toString(), String.join(", ", r.indicatorCodes()), String.join(", ", r.tags()), "");
    }

    /**
     * The draft to save; {@code editing} leaves the next review date alone unless it was changed. A number field that
     * holds no whole number (a fraction such as 4.5 included) is refused with {@code number.not-whole}, never rounded.
     */
    RiskDraft draft(String currentNextReview) {
        String next = nextReviewDate == null || nextReviewDate.isBlank() || nextReviewDate.equals(currentNextReview)
                ? null : nextReviewDate;
        List<Problem> problems = new ArrayList<>();
        Integer l = whole("likelihood", likelihood, problems);
        Integer i = whole("impact", impact, problems);
        Integer rl = whole("residualLikelihood", residualLikelihood, problems);
        Integer ri = whole("residualImpact", residualImpact, problems);
        Integer frequency = whole("reviewFrequencyDays", reviewFrequencyDays, problems);
        BadInputException.throwIfAny(problems);
        return new RiskDraft(code, titleEn, titleZh, descriptionEn, descriptionZh, domain, jurisdiction,
                ownerUnit == null ? "" : ownerUnit, causes, consequences, controls, "true".equals(bottomLine),
                l, i, rl, ri, targetLevel == null ? "" : targetLevel, frequency, next, list(indicators), list(tags),
                reason);
    }

    /** A whole number, or null when empty; anything else (a fraction too) is a {@code number.not-whole} problem. */
    static Integer whole(String field, String s, List<Problem> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "number.not-whole", s.trim()));
            return null;
        }
    }

    /** The form holds every member: an empty residual likelihood or impact means none, not "keep". */
    Set<String> cleared() {
        Set<String> cleared = new HashSet<>();
        if (residualLikelihood == null || residualLikelihood.isBlank()) {
            cleared.add("residualLikelihood");
        }
        if (residualImpact == null || residualImpact.isBlank()) {
            cleared.add("residualImpact");
        }
        return cleared;
    }

    private static String str(Integer n) {
        return n == null ? "" : n.toString();
    }

    static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[,，]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
