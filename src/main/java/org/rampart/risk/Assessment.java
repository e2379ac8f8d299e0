package org.rampart.risk;

import java.time.Instant;

/** One assessment of a risk: who assessed it, when and why, and the inherent and residual scores then. */
public record Assessment(long id, Instant assessedAt, String assessedBy, String reason, int likelihood, int impact,
        int score, RiskLevel level, Integer residualLikelihood, Integer residualImpact, Integer residualScore,
        RiskLevel residualLevel, String controls) {
}
