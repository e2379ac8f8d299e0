package org.rampart.supervision;

import java.util.Locale;
import org.rampart.shared.Names;

/** A reason a unit may give for not accepting a task; inactive types are kept for the history but not offered. */
public record ObjectionType(String code, String nameEn, String nameZh, int position, boolean active) {

    public Names.Shown shown(Locale locale) {
        return Names.pick(nameEn, nameZh, locale);
    }
}
