package org.rampart.indicator.web;

import org.rampart.indicator.Indicator;
import org.rampart.indicator.IndicatorDraft;

/** The fields of the indicator create and edit forms. */
record IndicatorForm(String code, String nameEn, String nameZh, String domain, String unitOfMeasure, String periodType,
        String aggregation, String responsibleUnitCode, String description, String source, Boolean active) {

    static IndicatorForm empty() {
        return new IndicatorForm(null, null, null, null, null, "DAILY", "SUM", null, null, null, true);
    }

    static IndicatorForm of(Indicator i) {
        return new IndicatorForm(i.code(), i.nameEn(), i.nameZh(), i.domain().name(), i.unitOfMeasure(),
                i.periodType().name(), i.aggregation().name(), i.responsibleUnitCode(), i.description(), i.source(),
                i.active());
    }

    IndicatorDraft draft() {
        return new IndicatorDraft(code, nameEn, nameZh, domain, unitOfMeasure, periodType, aggregation,
                responsibleUnitCode, description, source, Boolean.TRUE.equals(active));
    }
}
