package org.rampart.indicator.web;

import java.time.Instant;
import org.rampart.indicator.Indicator;

/** An indicator in API answers. */
record IndicatorView(String code, String nameEn, String nameZh, String domain, String unitOfMeasure,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.PeriodType.class) String periodType, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.Aggregation.class) String aggregation,
        String responsibleUnitCode, String description, String source, boolean active,
        Instant updatedAt) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code(), i.nameEn(), i.nameZh(), i.domain().name(), i.unitOfMeasure(),
                i.periodType().name(), i.aggregation().name(), i.responsibleUnitCode(), i.description(), i.source(),
                i.active(), i.updatedAt());
    }
}
