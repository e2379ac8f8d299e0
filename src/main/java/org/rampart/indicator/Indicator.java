package org.rampart.indicator;

import java.time.Instant;
import org.rampart.shared.RiskDomain;

/** An indicator definition as users see it. */
public record Indicator(long id, String code, String nameEn, String nameZh, RiskDomain domain, String unitOfMeasure,
        PeriodType periodType, Aggregation aggregation, String responsibleUnitCode, String description, String source,
        boolean active, Instant updatedAt) {

    /** The name in the requested language: Chinese for zh, English otherwise. */
    public String name(java.util.Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
