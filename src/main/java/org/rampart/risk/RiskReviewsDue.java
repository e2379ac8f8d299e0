package org.rampart.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Reviews of an owner unit's risks fell due: published once per risk and review date by the scheduled reminder pass,
 * for notification to remind the unit (or the coordinators of the risks' jurisdictions when no unit owns them).
 *
 * @param ownerUnitCode the owner unit, or null for risks without one
 * @param risks the overdue risks, earliest review first
 */
public record RiskReviewsDue(String ownerUnitCode, LocalDate asOf, List<Item> risks) {

    /** One overdue review: the risk, where it lies (routing and scope) and when its review was due. */
    public record Item(String code, String jurisdictionCode, String jurisdictionPath, LocalDate nextReviewDate,
            RiskLevel level, boolean bottomLine) {
    }
}
