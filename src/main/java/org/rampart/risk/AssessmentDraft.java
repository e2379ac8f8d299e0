package org.rampart.risk;

/**
 * A re-assessment: the inherent likelihood and impact (required), the residual ones after controls (both or
 * neither), the controls (null keeps them) and the reason (required).
 */
public record AssessmentDraft(Integer likelihood, Integer impact, Integer residualLikelihood, Integer residualImpact,
        String controls, String reason) {
}
