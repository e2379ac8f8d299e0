package org.rampart.indicator;

import java.time.Instant;
import java.util.Locale;
import org.rampart.shared.Names;
import org.rampart.shared.RiskDomain;

/** An indicator definition as users see it; it is named in English, in Chinese or in both (either name may be null). */
public record Indicator(long id, String code, String nameEn, String nameZh, RiskDomain domain, String unitOfMeasure,
        PeriodType periodType, Aggregation aggregation, String responsibleUnitCode, String description, String source,
        boolean active, Instant updatedAt) {

    /** The name in the reader's language, else in the other one; never null. */
    public String name(Locale locale) {
        return Names.text(nameEn, nameZh, locale);
    }

    /** The name as shown to the reader, with its language for the element's {@code lang} attribute. */
    public Names.Shown shown(Locale locale) {
        return Names.pick(nameEn, nameZh, locale);
    }
}
