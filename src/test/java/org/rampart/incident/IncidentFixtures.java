package org.rampart.incident;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rampart.support.Http;

/** Shared set-up of the incident tests: report bodies, times and a tiny image. */
final class IncidentFixtures {

    /** The first bytes of a PNG image (enough for the image check). */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private IncidentFixtures() {
    }

    /** The JSON of a production-safety report at a jurisdiction with the given figures. */
    static String body(String jurisdiction, String occurredAt, String reportedAt, int deaths, int injuries, String loss) {
        return """
                {"type":"PRODUCTION_SAFETY","subType":"MINING","title":"Roof fall in coal mine","description":"Shaft 3",
                 "jurisdiction":"%s","occurredAt":"%s","reportedAt":%s,"organisation":"Demo Coal Co.",
                 "deaths":%d,"seriousInjuries":%d,"missing":0,"affected":40,"economicLoss":%s,
                 "warningRefs":[],"riskRefs":[]}"""
                .formatted(jurisdiction, occurredAt, reportedAt == null ? "null" : "\"" + reportedAt + "\"", deaths,
                        injuries, loss);
    }

    /** The instant {@code minutes} ago, to the second, as ISO-8601. */
    static String ago(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Send a PATCH with a JSON body. */
    static Http.Response patch(Http http, String path, String body) {
        return http.send(http.request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", http.csrf())
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }
}
