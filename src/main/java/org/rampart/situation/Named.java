package org.rampart.situation;

import java.util.Locale;
import org.rampart.shared.Names;

/** A code with its names in both languages (either may be missing): a domain, a jurisdiction or a matrix step. */
public record Named(String code, String nameEn, String nameZh) {

    /** The name in the requested language, or in the other one when it has none there. */
    public String name(Locale locale) {
        return Names.text(nameEn, nameZh, locale);
    }

    /** The name as shown for the reader, with the language it is in (for the element's {@code lang}). */
    public Names.Shown shown(Locale locale) {
        return Names.pick(nameEn, nameZh, locale);
    }
}
