package org.rampart.supervision;

import java.util.Locale;
import org.rampart.shared.Names;

/** A unit named on a task (assigning, lead or assisting): its id, code, jurisdiction's code and names. */
public record TaskUnit(long id, String code, String jurisdictionCode, String nameEn, String nameZh) {

    /** The name as shown to the reader, with its language (for the element's {@code lang} attribute). */
    public Names.Shown shown(Locale locale) {
        return Names.pick(nameEn, nameZh, locale);
    }
}
