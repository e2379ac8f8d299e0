package org.rampart.supervision.web;

import java.util.List;
import org.rampart.supervision.SeriesDraft;

/** The series form; units typed as codes separated by commas, spaces or lines. */
public record SeriesForm(String jurisdiction, String type, String recurrence, String titleEn, String titleZh,
        String firstDate, String startTime, String location, String units) {

    SeriesDraft draft() {
        List<String> codes = units == null ? List.of()
                : List.of(units.split("[,;\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        return new SeriesDraft(jurisdiction, type, recurrence, titleEn, titleZh, firstDate, startTime, location,
                codes);
    }
}
