package org.rampart.situation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The situation of a jurisdiction subtree: open risks by level and by domain, the top risks, what changed since a
 * date, open warnings by level and overdue reviews.
 *
 * @param risksByLevel open risks per level, every level present (LOW to EXTREME)
 * @param risksByDomain open risks per domain and level: domain code to level name to count
 * @param warningsByLevel open warnings per level, every level present (BLUE to RED)
 * @param overdueReviews the overdue reviews, most overdue first (at most the head of the list)
 */
public record Situation(String jurisdiction, LocalDate since, int openRisks, Map<String, Integer> risksByLevel,
        Map<String, Map<String, Integer>> risksByDomain, List<RiskLine> topRisks, List<RiskChange> changes,
        Map<String, Integer> warningsByLevel, int overdueReviewCount, List<RiskLine> overdueReviews) {
}
