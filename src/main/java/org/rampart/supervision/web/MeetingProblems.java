package org.rampart.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ProblemCatalog;
import org.rampart.shared.ProblemTexts;
import org.springframework.stereotype.Component;

/**
 * The meeting pages' problems in the reader's language, with the labels of the fields they name. The labels are the
 * pages' own catalogue, not a bean, so that these common field names (type, status, code) keep their meaning on other
 * modules' pages.
 */
@Component
class MeetingProblems {

    private final ProblemTexts texts;
    private final ProblemCatalog own = MeetingProblems::labels;

    MeetingProblems(ProblemTexts texts) {
        this.texts = texts;
    }

    static Map<String, String> labels() {
        return Map.ofEntries(
            Map.entry("jurisdiction", "meeting.jurisdiction"),
            Map.entry("type", "meeting.type"),
            Map.entry("titleEn", "meeting.titleEn"),
            Map.entry("titleZh", "meeting.titleZh"),
            Map.entry("startsAt", "meeting.startsAt"),
            Map.entry("date", "meeting.date"),
            Map.entry("time", "meeting.time"),
            Map.entry("location", "meeting.location"),
            Map.entry("units", "meeting.units"),
            Map.entry("agenda", "meeting.agenda"),
            Map.entry("minutes", "meeting.minutes"),
            Map.entry("textEn", "meeting.decision.textEn"),
            Map.entry("textZh", "meeting.decision.textZh"),
            Map.entry("code", "meeting.committees.code"),
            Map.entry("recurrence", "meeting.series.recurrence"),
            Map.entry("firstDate", "meeting.series.first"),
            Map.entry("startTime", "meeting.time"),
            Map.entry("status", "meeting.status"));
    }

    List<String> lines(List<Problem> problems, Locale locale) {
        return texts.lines(problems, locale, own);
    }

    String reason(Problem problem, Locale locale) {
        return texts.reason(problem, locale);
    }
}
