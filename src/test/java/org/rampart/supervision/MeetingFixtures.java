package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.rampart.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared set-up of the meeting tests: JSON bodies, creating a meeting and a decision, reading a PDF's text. */
final class MeetingFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private MeetingFixtures() {
    }

    /** A meeting body; {@code units} and {@code agenda} are JSON arrays as text. */
    static String meeting(String jurisdiction, String type, String titleEn, String titleZh, String startsAt,
            String units, String agenda) {
        return """
                {"jurisdiction": %s, "type": "%s", "titleEn": %s, "titleZh": %s, "startsAt": "%s",
                 "location": "Room 3", "units": %s, "agenda": %s}"""
                .formatted(text(jurisdiction), type, text(titleEn), text(titleZh), startsAt, units, agenda);
    }

    static String text(String s) {
        return s == null ? "null" : JSON.writeValueAsString(s);
    }

    /** Create a meeting through the API and return its JSON (201 expected). */
    static JsonNode create(Http http, String body) {
        Http.Response r = http.postJson("/api/v1/meetings", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    /** An office meeting of a jurisdiction in a year, with no units and no agenda. */
    static JsonNode create(Http http, String jurisdiction, int year) {
        return create(http, meeting(jurisdiction, "OFFICE", "Office meeting " + year, null,
                year + "-03-02T09:00:00+08:00", "[]", "[]"));
    }

    /** Record a decision through the API and return its JSON (201 expected). */
    static JsonNode decide(Http http, long meetingId, String textEn, String textZh) {
        Http.Response r = http.postJson("/api/v1/meetings/" + meetingId + "/decisions",
                "{\"textEn\": " + text(textEn) + ", \"textZh\": " + text(textZh) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    /** What a signed-in session reads in Chinese: its user switches to Chinese for the call and back to English. */
    static <T> T inChinese(Http http, java.util.function.Supplier<T> read) {
        http.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/"));
        try {
            return read.get();
        } finally {
            http.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/"));
        }
    }

    static JsonNode json(Http.Response r) {
        return JSON.readTree(r.body());
    }

    /** Every page's text as a reader extracts it. */
    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
