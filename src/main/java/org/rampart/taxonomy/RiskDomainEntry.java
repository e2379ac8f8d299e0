package org.rampart.taxonomy;

import java.util.Locale;
import org.rampart.shared.Names;
import org.rampart.shared.RiskDomain;

/** A domain of the taxonomy; parentCode is null for a top-level domain, either name may be empty but not both. */
public record RiskDomainEntry(String code, String parentCode, String nameEn, String nameZh, int position,
        boolean active) {

    /** The name in the reader's language, or in the other one when it has none there. */
    public String name(Locale locale) {
        return Names.text(nameEn, nameZh, locale);
    }

    /** The name as shown to the reader, with its language (for the element's {@code lang}). */
    public Names.Shown shown(Locale locale) {
        return Names.pick(nameEn, nameZh, locale);
    }

    /** The code as the value records carry it. */
    public RiskDomain domain() {
        return RiskDomain.of(code);
    }
}
