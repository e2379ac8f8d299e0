package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;
import static org.rampart.support.Sessions.uniqueCode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A risk needs a title in English or in Chinese, not both: created through the API, the form and an import with a
 * Chinese title only, it is found by the register's search and shown on English pages in Chinese, marked as such.
 */
@IntegrationTest
class RiskTitleIntegrationTests {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String chineseOnly(String code, String title) {
        return """
                {"code":"%s","titleZh":"%s","domain":"DISASTER","jurisdiction":"%s","likelihood":3,"impact":4,
                 "reason":"first assessment"}""".formatted(code, title, Demo.CITY);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The element of an English page that shows the title, with its lang attribute. */
    private static boolean shownInChinese(String page, String title) {
        return Pattern.compile("<[a-z0-9]+[^>]*\\slang=\"zh\"[^>]*>\\s*" + Pattern.quote(title) + "\\s*<").matcher(page)
                .find();
    }

    @Test
    void aRiskWithAChineseTitleOnlyIsCreatedFoundAndShownInChineseOnEnglishPages() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = uniqueCode("ZH");
        String title = "汛期山洪沟道堵塞 " + code;
        Http.Response created = analyst.postJson("/api/v1/risks", chineseOnly(code, title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode risk = json.readTree(created.body());
        assertThat(risk.path("titleEn").isNull()).isTrue();
        assertThat(risk.path("titleZh").asString()).isEqualTo(title);

        assertThat(analyst.get("/api/v1/risks?size=500&q=" + enc("山洪沟道")).body()).as("Chinese substring").contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&q=" + code).body()).as("its code, in the English search too")
                .contains(code);
        assertThat(analyst.get("/api/v1/risks?size=500&sort=title&q=" + code).status()).isEqualTo(200);

        String register = analyst.get("/risks?q=" + enc(code)).body();
        assertThat(register).contains("data-code=\"" + code + "\"");
        assertThat(shownInChinese(register, title)).as("register row").isTrue();
        String detail = analyst.get("/risks/" + code).body();
        assertThat(shownInChinese(detail, title)).as("risk page").isTrue();
        assertThat(detail).contains("<title>" + title + " – ");
        assertThat(analyst.get("/api/v1/risks/export?format=csv&q=" + code).body()).contains(code + ",," + title + ",");
    }

    @Test
    void aRiskWithNeitherTitleIsRefusedAndAnEnglishTitleMayGoWhileTheChineseOneStays() {
        Http analyst = signedIn(port, "analyst", "city");
        Http.Response untitled = analyst.postJson("/api/v1/risks", chineseOnly(uniqueCode("ZH"), " "));
        assertThat(untitled.status()).isEqualTo(400);
        JsonNode error = json.readTree(untitled.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("titleEn");
        assertThat(error.path("code").asString()).isEqualTo("risk.title.required");
        assertThat(error.path("reason").asString()).isEqualTo("needs a title in English or in Chinese");

        String code = RiskFixtures.create(analyst, "ZHU", Demo.CITY, 2, 2, null);
        Http.Response dropped = analyst.patchJson("/api/v1/risks/" + code, "{\"titleEn\":\"\"}");
        assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
        assertThat(json.readTree(dropped.body()).path("titleEn").isNull()).isTrue();
        Http.Response both = analyst.patchJson("/api/v1/risks/" + code, "{\"titleZh\":\"\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("risk.title.required");
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("titleZh").asString())
                .startsWith("水库大坝安全");
    }

    @Test
    void theFormCreatesARiskWithAChineseTitleOnlyAndRefusesOneWithoutTitleInTheReadersLanguage() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = uniqueCode("ZHF");
        Map<String, String> form = new LinkedHashMap<>(Map.of("code", code, "titleEn", "", "titleZh", "", "domain",
                "FOOD", "jurisdiction", Demo.CITY, "likelihood", "2", "impact", "3", "reviewFrequencyDays", "90",
                "reason", "first"));
        Http.Response refused = analyst.postForm("/risks/new", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Title (English): needs a title in English or in Chinese");
        assertThat(refused.body()).contains("id=\"titlesHelp\"");

        form.put("titleZh", "粮库储粮霉变 " + code);
        Http.Response saved = analyst.postForm("/risks/new", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("titleEn").isNull()).isTrue();
    }

    @Test
    void anImportWithAChineseTitleColumnOnlyCreatesRisksAndARowWithoutTitleIsNamed() {
        Http analyst = signedIn(port, "analyst", "city");
        String good = uniqueCode("ZHI");
        String untitled = uniqueCode("ZHI");
        String title = "城市内涝积水点 " + good;
        String csv = "code,title_zh,domain,jurisdiction,likelihood,impact\r\n"
                + good + "," + title + ",DISASTER," + Demo.CITY + ",3,3\r\n"
                + untitled + ",,DISASTER," + Demo.CITY + ",3,3\r\n";
        Http.Response refused = analyst.post("/api/v1/risks/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("field").asString()).isEqualTo("title_en");
        assertThat(error.path("code").asString()).isEqualTo("risk.title.required");

        Http.Response imported = analyst.post("/api/v1/risks/import?skipBad=true", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).path("created").asInt()).isEqualTo(1);
        JsonNode risk = json.readTree(analyst.get("/api/v1/risks/" + good).body());
        assertThat(risk.path("titleEn").isNull()).isTrue();
        assertThat(risk.path("titleZh").asString()).isEqualTo(title);
        assertThat(analyst.get("/api/v1/risks?size=500&q=" + enc("内涝积水")).body()).contains(good);
        assertThat(shownInChinese(analyst.get("/risks?q=" + enc(good)).body(), title)).isTrue();

        Http.Response noTitleColumn = analyst.post("/api/v1/risks/import", "text/csv",
                "code,domain,jurisdiction,likelihood,impact\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noTitleColumn.status()).isEqualTo(400);
        assertThat(json.readTree(noTitleColumn.body()).path("errors").get(0).path("code").asString())
                .isEqualTo("risk.column.title-missing");
    }
}
