package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rampart.support.Http;
import org.rampart.support.Sessions;

/** Shared set-up of the indicator tests: unique codes, indicators defined over the API, batch bodies. */
final class IndicatorFixtures {

    private IndicatorFixtures() {
    }

    /** Create an indicator through the API as the province administrator; returns its code. */
    static String define(Http admin, String prefix, String periodType, String aggregation) {
        String code = Sessions.uniqueCode(prefix);
        var r = admin.postJson("/api/v1/indicators", """
                {"code":"%s","nameEn":"Test %s","nameZh":"测试 %s","domain":"DISASTER","unitOfMeasure":"mm",
                 "periodType":"%s","aggregation":"%s","description":"for tests","source":"tests"}"""
                .formatted(code, code, code, periodType, aggregation));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    /** One observation of a batch; {@code value} is JSON as written (a number, a quoted text, NaN). */
    static String item(String indicator, String jurisdiction, String time, String value) {
        return "{\"indicator\":\"" + indicator + "\",\"jurisdiction\":\"" + jurisdiction + "\",\"time\":\"" + time
                + "\",\"value\":" + value + "}";
    }

    /** A JSON batch of the items. */
    static String batch(boolean skipBad, String... items) {
        return "{\"skipBad\":" + skipBad + ",\"observations\":[" + String.join(",", items) + "]}";
    }

    /** The start of the hour {@code hours} ago, as ISO-8601. */
    static String hoursAgo(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS).toString();
    }
}
