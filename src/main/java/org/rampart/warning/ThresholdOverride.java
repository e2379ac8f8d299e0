package org.rampart.warning;

import java.util.Map;

/**
 * Thresholds that replace a rule's defaults in one jurisdiction and everything below it; the override of the
 * nearest ancestor applies.
 *
 * @param jurisdiction the jurisdiction code
 * @param thresholds the threshold per level; a level left out is not raised there
 */
public record ThresholdOverride(String jurisdiction, Map<WarningLevel, Double> thresholds) {

    public ThresholdOverride {
        thresholds = RuleDefinition.levelMap(thresholds);
    }
}
