package org.rampart.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.supervision.Decision;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingManagement;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What the meeting pages and the API share: a meeting's view with its decisions and their tasks, the minutes. */
@Component
class MeetingWebSupport {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MeetingManagement meetings;
    private final JurisdictionManagement jurisdictions;
    private final MinutesDocuments documents;

    MeetingWebSupport(MeetingManagement meetings, JurisdictionManagement jurisdictions, MinutesDocuments documents) {
        this.meetings = meetings;
        this.jurisdictions = jurisdictions;
        this.documents = documents;
    }

    MeetingView view(Actor actor, Meeting m) {
        return MeetingView.of(m, decisions(actor, meetings.decisions(actor, m.id())));
    }

    List<MeetingView.DecisionView> decisions(Actor actor, List<Decision> decisions) {
        return items(actor, decisions).stream().map(i -> MeetingView.DecisionView.of(i.decision(), i.tasks()))
                .toList();
    }

    /** Each decision with the tasks it became (those the actor sees), for the pages, the API and the minutes. */
    List<Minutes.Item> items(Actor actor, List<Decision> decisions) {
        List<Minutes.Item> out = new ArrayList<>();
        for (Decision d : decisions) {
            out.add(new Minutes.Item(d, meetings.tasks(actor, d.id()).stream().map(Minutes.TaskLine::of).toList()));
        }
        return out;
    }

    Minutes minutes(Actor actor, Meeting m, Locale locale) {
        String place = jurisdictions.find(actor, m.jurisdictionCode()).map(j -> j.name(locale))
                .orElse(m.jurisdictionCode());
        return new Minutes(m, place, items(actor, meetings.decisions(actor, m.id())));
    }

    /** The minutes of a meeting of the actor's scope as a download; not found outside the scope. */
    ResponseEntity<byte[]> minutes(Actor actor, long id, String format, Locale locale) {
        Meeting m = meetings.get(actor, id);
        Minutes minutes = minutes(actor, m, locale);
        String name = "minutes-" + m.id() + "-" + locale.getLanguage();
        return switch (format == null ? "pdf" : format.trim().toLowerCase(Locale.ROOT)) {
            case "pdf" -> file(documents.pdf(minutes, meetings.zone(), locale), MediaType.APPLICATION_PDF,
                    name + ".pdf");
            case "docx" -> file(documents.docx(minutes, meetings.zone(), locale), MediaType.parseMediaType(DOCX),
                    name + ".docx");
            default -> throw BadInputException.of("format", "meeting.format.unknown", format);
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(bytes);
    }
}
