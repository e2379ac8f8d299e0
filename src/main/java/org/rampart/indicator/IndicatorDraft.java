package org.rampart.indicator;

/**
 * What a user enters to create or change an indicator. Enumerated fields are names (checked on save); any member
 * may be null and is then reported as missing where it is required.
 */
public record IndicatorDraft(String code, String nameEn, String nameZh, String domain, String unitOfMeasure,
        String periodType, String aggregation, String responsibleUnitCode, String description, String source,
        Boolean active) {
}
