package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.indicator.IndicatorFixtures.batch;
import static org.rampart.indicator.IndicatorFixtures.define;
import static org.rampart.indicator.IndicatorFixtures.hoursAgo;
import static org.rampart.indicator.IndicatorFixtures.item;
import static org.rampart.support.Sessions.signedIn;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ObservationApiIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBatchIsStoredOnceAndACorrectionSupersedesTheOldValueKeepingItInHistory() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "RAIN", "HOURLY", "SUM");
        String body = batch(false, item(code, "DP-01-01", hoursAgo(2), "12.5"), item(code, "DP-01-02", hoursAgo(2), "3"),
                item(code, "DP-01-01", hoursAgo(1), "0"));
        JsonNode first = json.readTree(admin.postJson("/api/v1/observations", body).body());
        assertThat(first.path("received").asInt()).isEqualTo(3);
        assertThat(first.path("stored").asInt()).isEqualTo(3);
        assertThat(first.path("unchanged").asInt()).isZero();

        JsonNode again = json.readTree(admin.postJson("/api/v1/observations", body).body());
        assertThat(again.path("stored").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);

        JsonNode corrected = json.readTree(admin.postJson("/api/v1/observations",
                batch(false, item(code, "DP-01-01", hoursAgo(2), "14"), item(code, "DP-01-02", hoursAgo(2), "3"))).body());
        assertThat(corrected.path("stored").asInt()).isEqualTo(1);
        assertThat(corrected.path("unchanged").asInt()).isEqualTo(1);

        JsonNode series = json.readTree(admin.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01-01").body());
        assertThat(series.path("points").size()).isEqualTo(2);
        assertThat(series.path("points").get(0).path("time").asString()).isEqualTo(hoursAgo(2));
        assertThat(series.path("points").get(0).path("value").asDouble()).isEqualTo(14.0);
        assertThat(series.path("points").get(0).path("rolledUp").asBoolean()).isFalse();
        JsonNode history = json.readTree(admin.get("/api/v1/indicators/" + code + "/history?jurisdiction=DP-01-01").body());
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).path("value").asDouble()).isEqualTo(12.5);
    }

    @Test
    void aBadBatchIsRefusedWholeWithEveryReasonUnlessBadItemsAreSkipped() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "BAD", "HOURLY", "SUM");
        String future = Instant.now().plus(3, ChronoUnit.HOURS).toString();
        String[] items = {
            item(code, "DP-01-01", hoursAgo(3), "1"),
            item("NO-SUCH-INDICATOR", "DP-01-01", hoursAgo(3), "1"),
            item(code, "NO-SUCH-PLACE", hoursAgo(3), "1"),
            item(code, "DP-01-01", hoursAgo(4), "NaN"),
            item(code, "DP-01-01", hoursAgo(5), "\"Infinity\""),
            item(code, "DP-01-01", future, "1"),
            item(code, "DP-01-01", hoursAgo(3), "2"),
            item(code, "DP-01-01", hoursAgo(6), "\"twelve\""),
            item(code, "DP-01-02", hoursAgo(3), "\"7.5\"")};
        Http.Response refused = admin.postJson("/api/v1/observations", batch(false, items));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        JsonNode errors = json.readTree(refused.body()).path("errors");
        List<String> described = new ArrayList<>();
        errors.forEach(e -> described.add(e.path("index").asInt() + " " + e.path("field").asString() + " "
                + e.path("code").asString() + ": " + e.path("reason").asString()));
        assertThat(described).containsExactly(
                "1 indicator indicator.unknown: unknown indicator 'NO-SUCH-INDICATOR'",
                "2 jurisdiction jurisdiction.unknown: unknown jurisdiction 'NO-SUCH-PLACE'",
                "3 value number.not-finite: must be a finite number",
                "4 value number.not-finite: must be a finite number",
                "5 time observation.time.ahead: '" + future + "' is more than 1 hour in the future",
                "6 time observation.duplicate.item: duplicate of item 0: same indicator, jurisdiction and period",
                "7 value number.invalid: 'twelve' is not a number");
        assertThat(json.readTree(admin.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01").body())
                .path("points").size()).isZero();

        JsonNode skipped = json.readTree(admin.postJson("/api/v1/observations", batch(true, items)).body());
        assertThat(skipped.path("received").asInt()).isEqualTo(9);
        assertThat(skipped.path("stored").asInt()).isEqualTo(2);
        assertThat(skipped.path("rejected").size()).isEqualTo(7);
        assertThat(skipped.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(skipped.path("rejected").get(0).path("code").asString()).isEqualTo("indicator.unknown");
        assertThat(skipped.path("rejected").get(0).path("reason").asString())
                .isEqualTo("unknown indicator 'NO-SUCH-INDICATOR'");
    }

    @Test
    void nonStandardJsonNumbersAreRefusedPerItem() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "NAN", "HOURLY", "SUM");
        Http.Response r = admin.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", hoursAgo(1), "NaN"),
                item(code, "DP-01-02", hoursAgo(1), "-Infinity")));
        assertThat(r.status()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(1).path("index").asInt()).isEqualTo(1);
        assertThat(errors.get(1).path("code").asString()).isEqualTo("number.not-finite");
    }

    @Test
    void aBatchOfMoreThanTenThousandItemsIsRefusedNamingTheField() {
        Http admin = signedIn(port, "administrator", "province");
        String one = item("X", "DP-01-01", hoursAgo(1), "1");
        StringBuilder sb = new StringBuilder("{\"observations\":[");
        for (int i = 0; i < 10_001; i++) {
            sb.append(i == 0 ? "" : ",").append(one);
        }
        Http.Response r = admin.postJson("/api/v1/observations", sb.append("]}").toString());
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = json.readTree(r.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("observations");
        assertThat(error.path("reason").asString()).contains("10001").contains("10000");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        Http admin = signedIn(port, "administrator", "province");
        byte[] body = new byte[26 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        Http.Response r = admin.post("/api/v1/observations", "application/json", body);
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void aCityUserCannotSubmitOrReadTheSiblingCity() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "SCOPE", "DAILY", "SUM");
        String day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).toString();
        admin.postJson("/api/v1/observations", batch(false, item(code, "DP-02-01", day, "5")));
        Http city = signedIn(port, "officer", "city");
        Http.Response r = city.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", day, "1"),
                item(code, "DP-02-01", day, "9")));
        assertThat(r.status()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("index").asInt()).isEqualTo(1);
        assertThat(errors.get(0).path("code").asString()).isEqualTo("jurisdiction.unknown");
        assertThat(errors.get(0).path("reason").asString()).isEqualTo("unknown jurisdiction 'DP-02-01'");
        assertThat(city.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-02-01").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-02").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/indicators/" + code + "/latest?parent=DP-02").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/indicators/" + code + "/completeness?parent=DP-02").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/indicators/" + code + "/history?jurisdiction=DP-02-01").status()).isEqualTo(404);
        assertThat(city.get("/api/v1/indicators/" + code + "/latest?parent=DP-01").status()).isEqualTo(200);
    }

    @Test
    void viewersAndReadOnlyCallersCannotSubmit() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "ROLE", "DAILY", "SUM");
        String day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).toString();
        Http viewer = signedIn(port, "viewer", "province");
        assertThat(viewer.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", day, "1"))).status())
                .isEqualTo(403);
        Http reporter = signedIn(port, "reporter", "county");
        assertThat(reporter.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", day, "1"))).status())
                .isEqualTo(200);
        for (boolean readOnly : new boolean[] {true, false}) {
            Http.Response token = reporter.postJson("/api/v1/tokens",
                    "{\"name\":\"%s\",\"days\":1,\"readOnly\":%s}".formatted(code + readOnly, readOnly));
            assertThat(token.status()).as(token.body()).isEqualTo(201);
            Http program = new Http(port).bearer(json.readTree(token.body()).path("secret").asString());
            assertThat(program.postJson("/api/v1/observations", batch(false, item(code, "DP-01-01", day, "2"))).status())
                    .isEqualTo(readOnly ? 403 : 200);
            assertThat(program.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01-01").status()).isEqualTo(200);
        }
    }

    @Test
    void csvUploadStoresGoodRowsOrReportsEveryBadLine() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "CSV", "DAILY", "SUM");
        String day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(2, ChronoUnit.DAYS).toString().substring(0, 10);
        String csv = "indicator,jurisdiction,time,value\r\n"
                + code + ",DP-01-01," + day + ",4\r\n"
                + code + ",DP-01-02," + day + ",abc\r\n"
                + code + ",NOPE," + day + ",1\r\n"
                + "\"" + code + "\",DP-01-03," + day + ",\"2.5\"\r\n";
        Http.Response refused = admin.post("/api/v1/observations/csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("value");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(4);
        assertThat(errors.get(1).path("field").asString()).isEqualTo("jurisdiction");

        JsonNode skipped = json.readTree(admin.post("/api/v1/observations/csv?skipBad=true", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(skipped.path("stored").asInt()).isEqualTo(2);
        assertThat(skipped.path("rejected").get(0).path("line").asInt()).isEqualTo(3);

        Http.Response header = admin.post("/api/v1/observations/csv", "text/csv",
                "indicator,place,time,value\n".getBytes(StandardCharsets.UTF_8));
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.body()).contains("unknown column 'place'");

        Http.Response misspelt = admin.post("/api/v1/observations/csv?skipBad=true", "text/csv",
                ("indicator,jurisdiction,time,valeu\n" + code + ",DP-01-02," + day + ",4\n").getBytes(StandardCharsets.UTF_8));
        assertThat(misspelt.status()).isEqualTo(400);
        JsonNode column = json.readTree(misspelt.body()).path("errors").get(0);
        assertThat(column.path("line").asInt()).isEqualTo(1);
        assertThat(column.path("field").asString()).isEqualTo("valeu");
        assertThat(column.path("code").asString()).isEqualTo("observation.column.unknown.suggest");
        assertThat(column.path("reason").asString()).startsWith("unknown column 'valeu'; did you mean 'value'?");
        assertThat(json.readTree(admin.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01-02").body())
                .path("points").size()).as("nothing is stored from a file with an unknown column").isZero();
    }

    @Test
    void aBatchWithAnUnknownDuplicateOrMistypedMemberIsRefusedWholeEvenWhenBadItemsAreSkipped() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "STRICT", "HOURLY", "SUM");
        String good = item(code, "DP-01-01", hoursAgo(1), "1");
        Http.Response unknown = admin.postJson("/api/v1/observations", batch(true, good,
                "{\"indicator\":\"" + code + "\",\"jurisdiction\":\"DP-01-02\",\"time\":\"" + hoursAgo(1)
                        + "\",\"valeu\":2}"));
        assertThat(unknown.status()).isEqualTo(400);
        JsonNode error = json.readTree(unknown.body()).path("errors").get(0);
        assertThat(error.path("index").asInt()).isEqualTo(1);
        assertThat(error.path("field").asString()).isEqualTo("valeu");
        assertThat(error.path("code").asString()).isEqualTo("member.unknown.suggest");
        assertThat(error.path("reason").asString()).isEqualTo("is not a known member; did you mean 'value'?");

        Http.Response top = admin.postJson("/api/v1/observations", "{\"skipbad\":true,\"observations\":[" + good + "]}");
        assertThat(top.status()).isEqualTo(400);
        assertThat(json.readTree(top.body()).path("errors").get(0).path("field").asString()).isEqualTo("skipbad");

        Http.Response twice = admin.postJson("/api/v1/observations", batch(true, good,
                item(code, "DP-01-02", hoursAgo(1), "2").replace("}", ",\"value\":3}")));
        assertThat(twice.status()).isEqualTo(400);
        JsonNode duplicate = json.readTree(twice.body()).path("errors").get(0);
        assertThat(duplicate.path("field").asString()).isEqualTo("value");
        assertThat(duplicate.path("code").asString()).isEqualTo("member.duplicate");

        Http.Response object = admin.postJson("/api/v1/observations", batch(true, good,
                item(code, "DP-01-02", hoursAgo(1), "{\"amount\":2}")));
        assertThat(object.status()).isEqualTo(400);
        assertThat(json.readTree(object.body()).path("errors").get(0).path("code").asString()).isEqualTo("json.expected.number");

        assertThat(json.readTree(admin.get("/api/v1/indicators/" + code + "/series?jurisdiction=DP-01").body())
                .path("points").size()).as("nothing is half-written").isZero();
        assertThat(admin.postJson("/api/v1/observations", batch(true, good)).status()).isEqualTo(200);
    }

    @Test
    void aRefusedItemIsExplainedInTheCallersLanguage() {
        Http admin = signedIn(port, "administrator", "province");
        String code = define(admin, "LANG", "HOURLY", "SUM");
        admin.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        Http.Response r = admin.postJson("/api/v1/observations", batch(false, item(code, "NO-SUCH-PLACE", hoursAgo(1), "1")));
        admin.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = json.readTree(r.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("jurisdiction.unknown");
        assertThat(error.path("reason").asString()).isEqualTo("未知的辖区“NO-SUCH-PLACE”");
    }
}
