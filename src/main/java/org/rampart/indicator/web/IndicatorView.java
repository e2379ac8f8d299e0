package org.rampart.indicator.web;

import java.time.Instant;
import java.util.Locale;
import org.rampart.indicator.Indicator;
import org.rampart.shared.Names;

/**
 * An indicator in API answers: both names (either may be null) and {@code name}, the one in the caller's language or
 * else the other, with {@code lang}, the language it is in.
 */
record IndicatorView(String code, String nameEn, String nameZh, String name,
        @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"en", "zh"}) String lang, String domain,
        String unitOfMeasure,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.PeriodType.class) String periodType, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.indicator.Aggregation.class) String aggregation,
        String responsibleUnitCode, String description, String source, boolean active,
        Instant updatedAt) {

    static IndicatorView of(Indicator i, Locale locale) {
        Names.Shown shown = i.shown(locale);
        return new IndicatorView(i.code(), i.nameEn(), i.nameZh(), shown.text(), shown.lang(), i.domain().name(),
                i.unitOfMeasure(), i.periodType().name(), i.aggregation().name(), i.responsibleUnitCode(),
                i.description(), i.source(), i.active(), i.updatedAt());
    }
}
