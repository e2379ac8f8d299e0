package org.rampart.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A meeting of the committee of a jurisdiction, with its attending units and agenda (in order).
 *
 * @param seriesId the series it is an occurrence of, or null for a single meeting
 * @param occurrence its index in the series (0 for the first), or null
 * @param previousId the occurrence whose open items it carried over, or null
 * @param minutes null until written
 */
public record Meeting(long id, int version, String jurisdictionCode, String jurisdictionPath, MeetingType type,
        String titleEn, String titleZh, Instant startsAt, String location, MeetingStatus status, String minutes,
        Long seriesId, Integer occurrence, Long previousId, Instant createdAt, String createdBy, Instant updatedAt,
        List<AttendingUnit> units, List<AgendaItem> agenda) {

    /** The title in the reader's language, else in the other one. */
    public String title(Locale locale) {
        return Names.text(titleEn, titleZh, locale);
    }

    /** A unit invited to the meeting, with its names and its jurisdiction's code. */
    public record AttendingUnit(String code, String nameEn, String nameZh, String jurisdictionCode) {

        public String name(Locale locale) {
            return Names.text(nameEn, nameZh, locale);
        }
    }

    /**
     * An agenda item: open until marked done.
     *
     * @param carriedFromId the item of the previous occurrence it carries over, or null
     * @param decisionId the decision it follows up (a decision of an earlier occurrence with open tasks), or null
     * @param decisionNumber that decision's number, or null
     */
    public record AgendaItem(long id, int position, String titleEn, String titleZh, boolean done, Long carriedFromId,
            Long decisionId, String decisionNumber) {

        public String title(Locale locale) {
            return Names.text(titleEn, titleZh, locale);
        }
    }
}
