package org.rampart.indicator;

import java.time.Instant;
import java.util.List;

/** The manual-entry grid of one indicator: the children of a parent by the last periods, with stored values. */
public record Grid(Indicator indicator, String parent, List<Instant> periods, List<Row> rows) {

    /** One child and its own values per period (null where none is stored). */
    public record Row(String code, String nameEn, String nameZh, List<Double> values) {

        public String name(java.util.Locale locale) {
            return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
        }
    }
}
