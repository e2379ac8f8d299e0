package org.rampart.supervision;

import java.time.Instant;
import java.util.List;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/** Check the plain members of meetings, agenda items, decisions and series: no Spring, no SQL. */
final class MeetingValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_ITEM = 500;
    static final int MAX_LOCATION = 300;
    static final int MAX_MINUTES = 100_000;
    static final int MAX_DECISION = 10_000;
    static final int MAX_AGENDA = 100;

    private MeetingValidator() {
    }

    /** The checked plain members of a meeting. */
    record Valid(MeetingType type, String titleEn, String titleZh, Instant startsAt, String location, String minutes) {
    }

    static Valid meeting(MeetingDraft d, List<Problem> problems) {
        MeetingType type = Checks.oneOf("type", d.type(), MeetingType.class, true, problems);
        String[] titles = Checks.names("titleEn", d.titleEn(), "titleZh", d.titleZh(), MAX_TITLE, problems);
        Instant startsAt = Checks.time("startsAt", d.startsAt(), true, problems);
        String location = Checks.text("location", d.location(), MAX_LOCATION, false, problems);
        String minutes = Checks.text("minutes", d.minutes(), MAX_MINUTES, false, problems);
        if (d.agenda() != null && d.agenda().size() > MAX_AGENDA) {
            problems.add(Problem.at("agenda", "meeting.agenda.too-many", MAX_AGENDA));
        }
        return new Valid(type, titles[0], titles[1], startsAt, location, minutes);
    }

    /** The two titles of an agenda item, one of which is required; problems carry the item's index when given. */
    static String[] item(AgendaItemDraft d, Integer index, List<Problem> problems) {
        List<Problem> found = new java.util.ArrayList<>();
        String[] titles = d == null ? new String[2]
                : Checks.names("titleEn", d.titleEn(), "titleZh", d.titleZh(), MAX_ITEM, found);
        if (d == null) {
            found.add(Problem.at("titleEn", "name.required"));
        }
        for (Problem p : found) {
            problems.add(index == null ? p : p.withField("agenda." + p.field()).onItem(index));
        }
        return titles;
    }

    /** The two texts of a decision, one of which is required. */
    static String[] decision(DecisionDraft d, List<Problem> problems) {
        String en = Checks.text("textEn", d.textEn(), MAX_DECISION, false, problems);
        String zh = Checks.text("textZh", d.textZh(), MAX_DECISION, false, problems);
        if (en == null && zh == null) {
            problems.add(Problem.at("textEn", "decision.text.required"));
        }
        return new String[] {en, zh};
    }
}
