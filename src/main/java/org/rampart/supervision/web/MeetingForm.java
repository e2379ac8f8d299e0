package org.rampart.supervision.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.supervision.AgendaItemDraft;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingDraft;

/**
 * The meeting form: date and time typed in the site's time zone, attending units ticked from the jurisdiction's own
 * units and typed as codes (separated by commas, spaces or lines), agenda items one a line (new meetings only).
 */
public record MeetingForm(String jurisdiction, String type, String titleEn, String titleZh, String date, String time,
        String location, List<String> units, String moreUnits, String agenda, String minutes, Integer version) {

    static MeetingForm empty(String jurisdiction, LocalDate day) {
        return new MeetingForm(jurisdiction, "OFFICE", "", "", day.toString(), "09:00", "", List.of(), "", "", "", null);
    }

    static MeetingForm of(Meeting m, ZoneId zone) {
        var local = m.startsAt().atZone(zone);
        return new MeetingForm(m.jurisdictionCode(), m.type().name(), m.titleEn(), m.titleZh(),
                local.toLocalDate().toString(), local.toLocalTime().toString(), m.location(),
                m.units().stream().map(Meeting.AttendingUnit::code).toList(), "", "", m.minutes(), m.version());
    }

    /** Every unit code of the form: the ticked ones, then the typed ones, without repeats. */
    public List<String> unitCodes() {
        Set<String> codes = new LinkedHashSet<>(units == null ? List.of() : units);
        if (moreUnits != null) {
            for (String c : moreUnits.split("[,;\\s]+")) {
                if (!c.isBlank()) {
                    codes.add(c.trim());
                }
            }
        }
        return List.copyOf(codes);
    }

    /** True when the typed text has Chinese characters (it goes into the Chinese title, else the English one). */
    static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static AgendaItemDraft item(String line) {
        String t = line.trim();
        return chinese(t) ? new AgendaItemDraft(null, t, null) : new AgendaItemDraft(t, null, null);
    }

    /** The draft to create (with agenda) or change (without) a meeting; date and time problems are thrown. */
    MeetingDraft draft(ZoneId zone, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = Checks.date("date", date, true, problems);
        LocalTime at = null;
        if (Checks.required("time", time, problems)) {
            try {
                at = LocalTime.parse(time.trim());
            } catch (DateTimeParseException e) {
                problems.add(Problem.at("time", "meeting.time.invalid", time.trim()));
            }
        }
        BadInputException.throwIfAny(problems);
        String startsAt = day.atTime(at).atZone(zone).toOffsetDateTime().toString();
        List<AgendaItemDraft> items = null;
        if (creating) {
            items = new ArrayList<>();
            for (String line : (agenda == null ? "" : agenda).split("\r?\n")) {
                if (!line.isBlank()) {
                    items.add(item(line));
                }
            }
        }
        return new MeetingDraft(creating ? jurisdiction : null, type, titleEn == null ? "" : titleEn,
                titleZh == null ? "" : titleZh, startsAt, location == null ? "" : location, unitCodes(), items,
                creating ? null : (minutes == null ? "" : minutes), version);
    }
}
