package org.rampart.indicator;

import java.time.Instant;
import java.util.List;

/**
 * Which children of a parent reported each of the last periods. A report is on time when received before the end
 * of the period after it (one period of grace); a period whose deadline has not passed is pending, not missing.
 */
public record Completeness(Indicator indicator, String parent, List<Instant> periods, List<Row> rows) {

    /** How a jurisdiction reported one period. */
    public enum State {
        ON_TIME, LATE, MISSING, PENDING
    }

    /** One child with one state per period. */
    public record Row(String code, String nameEn, String nameZh, List<State> states) {

        /** The child's name in the reader's language, else in the other one. */
        public String name(java.util.Locale locale) {
            return org.rampart.shared.Names.text(nameEn, nameZh, locale);
        }

        /** The child's name as shown, with its language for the element's {@code lang} attribute. */
        public org.rampart.shared.Names.Shown shown(java.util.Locale locale) {
            return org.rampart.shared.Names.pick(nameEn, nameZh, locale);
        }

        public long reported() {
            return states.stream().filter(s -> s == State.ON_TIME || s == State.LATE).count();
        }
    }
}
