package org.rampart.indicator;

/**
 * What a user enters to create or change an indicator. Enumerated fields are names (checked on save); any member
 * may be null and is then reported as missing where it is required.
 */
public record IndicatorDraft(String code, String nameEn, String nameZh, String domain, String unitOfMeasure,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.PeriodType.class) String periodType, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.Aggregation.class) String aggregation,
        String responsibleUnitCode, String description, String source,
        Boolean active) {
}
