package org.rampart.indicator;

import java.time.Instant;
import java.util.List;

/** The manual-entry grid of one indicator: the children of a parent by the last periods, with stored values. */
public record Grid(Indicator indicator, String parent, List<Instant> periods, List<Row> rows) {

    /** One child and its own values per period (null where none is stored). */
    public record Row(String code, String nameEn, String nameZh, List<Double> values) {

        /** The child's name in the reader's language, else in the other one. */
        public String name(java.util.Locale locale) {
            return org.rampart.shared.Names.text(nameEn, nameZh, locale);
        }

        /** The child's name as shown, with its language for the element's {@code lang} attribute. */
        public org.rampart.shared.Names.Shown shown(java.util.Locale locale) {
            return org.rampart.shared.Names.pick(nameEn, nameZh, locale);
        }
    }
}
