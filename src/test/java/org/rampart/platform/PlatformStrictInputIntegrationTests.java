package org.rampart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Strict input over real HTTP: unknown members, fractions, odd bytes in addresses; problems in the caller's terms. */
@IntegrationTest
class PlatformStrictInputIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.modulith.events.core.EventSerializer events;

    record Stored(String code, int count) {
    }

    private final JsonMapper json = JsonMapper.builder().build();

    private Http admin() {
        Http http = new Http(port);
        http.login(Demo.user("administrator", "province"), Demo.PASSWORD);
        return http;
    }

    private JsonNode problem(Http.Response r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).doesNotContain("tools.jackson").doesNotContain("java.").doesNotContain("org.rampart")
                .doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature");
        return json.readTree(r.body()).path("errors").get(0);
    }

    private static String body(String extra) {
        return "{\"code\":\"SX-1\",\"parentCode\":\"DP-01\",\"nameEn\":\"Strict\",\"nameZh\":\"严格\"" + extra + "}";
    }

    @Test
    void anUnknownMemberIsRefusedNamingItAndTheNearestKnownOne() {
        Http http = admin();
        JsonNode e = problem(http.postJson("/api/v1/jurisdictions", body(",\"totalPopulation\":5")));
        assertThat(e.path("field").asString()).isEqualTo("totalPopulation");
        assertThat(e.path("code").asString()).isEqualTo("member.unknown.suggest");
        assertThat(e.path("reason").asString()).isEqualTo("is not a known member; did you mean 'population'?");
        assertThat(http.get("/api/v1/jurisdictions/SX-1").status()).isEqualTo(404);
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRefused() {
        Http http = admin();
        JsonNode e = problem(http.postJson("/api/v1/jurisdictions", body(",\"population\":4.5")));
        assertThat(e.path("field").asString()).isEqualTo("population");
        assertThat(e.path("code").asString()).isEqualTo("number.not-whole");
        assertThat(e.path("reason").asString()).isEqualTo("'4.5' is not a whole number");
        assertThat(http.get("/api/v1/jurisdictions/SX-1").status()).isEqualTo(404);
    }

    @Test
    void badBodiesAreDescribedInTheCallersTerms() {
        Http http = admin();
        JsonNode malformed = problem(http.postJson("/api/v1/jurisdictions", "{\"code\": \"X\",\n \"nameEn\" }"));
        assertThat(malformed.path("code").asString()).isEqualTo("json.malformed");
        assertThat(malformed.path("reason").asString()).startsWith("is not valid JSON (line 2");
        assertThat(problem(http.postJson("/api/v1/jurisdictions", "[1, 2]")).path("code").asString())
                .isEqualTo("json.expected.object");
        JsonNode text = problem(http.postJson("/api/v1/jurisdictions", body(",\"population\":{\"a\":1}")));
        assertThat(text.path("field").asString()).isEqualTo("population");
        assertThat(text.path("code").asString()).isEqualTo("json.expected.whole");
        JsonNode twice = problem(http.postJson("/api/v1/jurisdictions", body(",\"nameEn\":\"Again\"")));
        assertThat(twice.path("field").asString()).isEqualTo("nameEn");
        assertThat(twice.path("code").asString()).isEqualTo("member.duplicate");
        assertThat(problem(http.postJson("/api/v1/jurisdictions", "")).path("code").asString()).isEqualTo("body.required");
        String deep = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
        assertThat(problem(http.patchJson("/api/v1/risks/NOPE", deep)).path("code").asString()).isEqualTo("json.too-large");
        JsonNode page = problem(http.get("/api/v1/jurisdictions?parent=DP&page=abc"));
        assertThat(page.path("code").asString()).isEqualTo("parameter.expected.whole");
        assertThat(page.path("reason").asString()).isEqualTo("'abc' is not a whole number");
        assertThat(http.get("/api/v1/jurisdictions/SX-1").status()).isEqualTo(404);
    }

    @Test
    void aNulOrInvalidUtf8InAParameterIsA400NamingIt() {
        Http http = admin();
        JsonNode nul = problem(http.get("/api/v1/risks?q=a%00b"));
        assertThat(nul.path("field").asString()).isEqualTo("q");
        assertThat(nul.path("code").asString()).isEqualTo("text.control-characters");
        assertThat(problem(http.get("/api/v1/users?q=a%00b")).path("field").asString()).isEqualTo("q");
        JsonNode utf = problem(http.get("/api/v1/users?q=%ff%fe"));
        assertThat(utf.path("field").asString()).isEqualTo("q");
        assertThat(utf.path("code").asString()).isEqualTo("encoding.invalid");
        var page = http.get("/risks?q=a%00b");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).contains("text/html");
        assertThat(page.body()).contains("must not contain control characters");
        var form = http.postForm("/jurisdictions/new", Map.of("code", "SX-2\0", "parentCode", "DP-01", "nameEn", "x", "nameZh", "y"));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).contains("code");
        assertThat(http.get("/api/v1/jurisdictions/SX-2").status()).isEqualTo(404);
    }

    @Test
    void aNulInThePathIsA400ProblemNamingThePathForTheApiAndOurPageOtherwise() {
        Http http = admin();
        Http.Response api = http.get("/api/v1/risks/a%00b");
        JsonNode e = problem(api);
        assertThat(e.path("field").asString()).isEqualTo("path");
        assertThat(e.path("code").asString()).isEqualTo("path.invalid");
        assertThat(api.body()).doesNotContain("a%00b").doesNotContain("Tomcat").doesNotContain("<html");
        JsonNode whole = json.readTree(api.body());
        assertThat(whole.path("status").asInt()).isEqualTo(400);
        assertThat(whole.path("detail").asString()).isEqualTo("The request has a bad parameter or address.");
        Http.Response page = http.get("/risks/a%00b");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).contains("text/html");
        assertThat(page.body()).contains("the address contains a control character or is not valid UTF-8")
                .contains("<html lang=\"en\"").doesNotContain("a%00b").doesNotContain("Tomcat");
        Http.Response zh = new Http(port).language("zh-CN").get("/api/v1/risks/a%00b");
        assertThat(json.readTree(zh.body()).path("errors").get(0).path("reason").asString()).isEqualTo("地址含有控制字符或不是有效的 UTF-8");
    }

    @Test
    void storedEventsAreReadBackEvenWhenTheirRecordLostAMember() {
        Object written = events.serialize(new Stored("DP-01", 2));
        assertThat(events.deserialize(written, Stored.class)).isEqualTo(new Stored("DP-01", 2));
        assertThat(events.deserialize("{\"code\":\"DP-01\",\"count\":2,\"removedSince\":true}", Stored.class))
                .isEqualTo(new Stored("DP-01", 2));
    }
}
