package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskFixtures.create;
import static org.rampart.support.Sessions.signedIn;
import static org.rampart.support.Sessions.uniqueCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RiskFileIntegrationTests {

    static final String HEADER = "code,title_en,title_zh,domain,jurisdiction,owner_unit,likelihood,impact,"
            + "review_frequency_days,tags\r\n";

    @LocalServerPort
    int port;
    @Autowired
    RiskManagement risks;
    @Autowired
    JurisdictionManagement jurisdictions;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http.Response importCsv(Http http, String csv, boolean skipBad) {
        return http.post("/api/v1/risks/import?skipBad=" + skipBad, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesTheRowAndColumnOfEachProblem() {
        Http analyst = signedIn(port, "analyst", "city");
        String good = uniqueCode("IMP");
        String bad1 = uniqueCode("IMP");
        String bad2 = uniqueCode("IMP");
        String csv = HEADER
                + good + ",Grain reserve shortfall,粮食储备不足,FOOD,DP-01,DP-01-AGR,3,4,60,grain;reserve\r\n"
                + bad1 + ",Power gap,夏季用电缺口,WEATHER,DP-02,,9,4,0,\r\n"
                + bad2 + ",Coal-mine gas,煤矿瓦斯,PRODUCTION_SAFETY,DP-01,,three,4,30,\r\n";
        Http.Response refused = importCsv(analyst, csv, false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).path("errors");
        assertThat(errors.findValuesAsString("field")).contains("domain", "likelihood", "review_frequency_days",
                "jurisdiction");
        for (JsonNode e : errors) {
            assertThat(e.path("line").asInt()).isIn(3, 4);
        }
        assertThat(refused.body()).contains("'three' is not a whole number");
        assertThat(analyst.get("/api/v1/risks/" + good).status()).as("all or nothing").isEqualTo(404);

        Http.Response skipped = importCsv(analyst, csv, true);
        assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
        JsonNode report = json.readTree(skipped.body());
        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(report.path("problems").size()).isGreaterThanOrEqualTo(4);
        JsonNode imported = json.readTree(analyst.get("/api/v1/risks/" + good).body());
        assertThat(imported.path("level").asString()).isEqualTo("HIGH");
        assertThat(imported.path("ownerUnit").asString()).isEqualTo("DP-01-AGR");
        assertThat(imported.path("tags").toString()).contains("grain").contains("reserve");
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + good + "/assessments").body()).get(0).path("reason")
                .asString()).isEqualTo("imported");
    }

    @Test
    void wrongColumnsAreNamedOnTheHeaderLine() {
        Http analyst = signedIn(port, "analyst", "city");
        Http.Response r = importCsv(analyst, "code,title_en,colour,domain,jurisdiction,likelihood\r\nX,a,b,FOOD,DP-01,1\r\n",
                false);
        assertThat(r.status()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body()).path("errors");
        assertThat(errors.findValuesAsString("field")).contains("colour", "impact").doesNotContain("title_zh");
        assertThat(errors.findValues("line").stream().map(JsonNode::asInt).distinct().toList()).containsExactly(1);
        assertThat(analyst.post("/api/v1/risks/import", "application/pdf", new byte[] {1, 2}).status()).isEqualTo(400);
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(importCsv(viewer, HEADER, false).status()).isEqualTo(403);
    }

    @Test
    void anExportHoldsOnlyTheScopeAndTheFilterAndImportsBackAsXlsx() throws Exception {
        Http province = signedIn(port, "analyst", "province");
        String sibling = create(province, "EXS", Demo.SIBLING_CITY, 2, 2, null);
        Http analyst = signedIn(port, "analyst", "city");
        String own = create(analyst, "EXO", Demo.COUNTY, 5, 5, "\"tags\":[\"export-me\"]");

        Http.Response csv = analyst.get("/api/v1/risks/export?format=csv&status=ALL");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("code,title_en,title_zh").contains(own).doesNotContain(sibling);
        assertThat(analyst.get("/risks/export?format=csv&level=LOW").body()).doesNotContain(own);
        assertThat(analyst.get("/api/v1/risks/export?format=pdf").status()).isEqualTo(400);
        assertThat(province.get("/api/v1/risks/export?format=csv&jurisdiction=DP-02").body()).contains(sibling)
                .doesNotContain(own);

        JurisdictionRef city = jurisdictions.ref(Demo.CITY).orElseThrow();
        Actor cityAnalyst = new Actor(0, "analyst.city", Set.of(Role.ANALYST), city.id(), city.path(), null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        risks.exportXlsx(cityAnalyst, new RiskFilter(own, null, null, null, null, null, null, null, null, null), out);
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(own);
            // Change the English title and import the workbook back: the risk is changed, not duplicated.
            // A fresh cell: POI keeps the inline string of a streamed cell when it is only given a new value.
            row.removeCell(row.getCell(1));
            row.createCell(1).setCellValue("Changed through XLSX");
            ByteArrayOutputStream changed = new ByteArrayOutputStream();
            book.write(changed);
            xlsx = changed.toByteArray();
        }
        Http.Response back = analyst.post("/api/v1/risks/import?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(json.readTree(back.body()).path("updated").asInt()).isEqualTo(1);
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + own).body()).path("titleEn").asString())
                .isEqualTo("Changed through XLSX");
        assertThat(risks.search(cityAnalyst, new RiskFilter(own, null, null, "ALL", null, null, null, null, null, null),
                org.rampart.shared.PageQuery.of(0, 10)).total()).isEqualTo(1);
        assertThat(List.of(sibling)).isNotEmpty();
    }

    @Test
    void anImportedFormulaTitleComesBackNeutralisedInCsvAndAsAPlainStringCellInXlsx() throws Exception {
        Http analyst = signedIn(port, "analyst", "city");
        String code = uniqueCode("INJ");
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        Http.Response imported = importCsv(analyst, HEADER + code + ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",公式,"
                + "FOOD,DP-01,,3,4,60,\r\n", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code).body()).path("titleEn").asString()).isEqualTo(formula);

        Http.Response csv = analyst.get("/api/v1/risks/export?format=csv&q=" + code);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(code + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",公式,")
                .doesNotContain("," + formula);

        Http.Response xlsx = analyst.get("/api/v1/risks/export?format=xlsx&q=" + code);
        assertThat(xlsx.status()).isEqualTo(200);
        JurisdictionRef city = jurisdictions.ref(Demo.CITY).orElseThrow();
        Actor cityAnalyst = new Actor(0, "analyst.city", Set.of(Role.ANALYST), city.id(), city.path(), null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        risks.exportXlsx(cityAnalyst, new RiskFilter(code, null, null, null, null, null, null, null, null, null), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(formula);
        }
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLineAndNothingIsStored() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = uniqueCode("UTF");
        byte[] head = (HEADER + code + ",Bad ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",坏,FOOD,DP-01,,3,4,60,\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        file[head.length] = (byte) 0xff;
        file[head.length + 1] = (byte) 0xfe;
        System.arraycopy(tail, 0, file, head.length + 2, tail.length);
        Http.Response refused = analyst.post("/api/v1/risks/import?skipBad=true", "text/csv", file);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("encoding.invalid");
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.path("reason").asString()).isEqualTo("is not valid UTF-8");
        assertThat(analyst.get("/api/v1/risks/" + code).status()).isEqualTo(404);
    }

    @Test
    void anUnknownColumnIsNamedWithTheNearestKnownColumnInBothLanguages() {
        Http analyst = signedIn(port, "analyst", "city");
        String csv = "code,title_en,title_zh,domain,jurisdiction,likelyhood,impact\r\n";
        Http.Response refused = importCsv(analyst, csv, false);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("risk.column.unknown-suggest");
        assertThat(error.path("field").asString()).isEqualTo("likelyhood");
        assertThat(error.path("reason").asString()).isEqualTo("unknown column 'likelyhood'; did you mean 'likelihood'?");
        Http zh = signedIn(port, "analyst", "city").language("zh-CN");
        zh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/risks"));
        try {
            assertThat(zh.post("/api/v1/risks/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).body())
                    .contains("未知列“likelyhood”；是否应为“likelihood”？");
        } finally {
            zh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/risks"));
        }
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRefusedInTheImportAndTheForm() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = uniqueCode("FRA");
        Http.Response refused = importCsv(analyst, HEADER + code + ",Half,半,FOOD,DP-01,,4.5,4,60,\r\n", false);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("number.not-whole");
        assertThat(error.path("field").asString()).isEqualTo("likelihood");
        assertThat(error.path("line").asInt()).isEqualTo(2);

        Http.Response form = analyst.postForm("/risks/new", java.util.Map.of("code", code, "titleEn", "Half",
                "titleZh", "半", "domain", "FOOD", "jurisdiction", Demo.CITY, "likelihood", "4.5", "impact", "4",
                "reviewFrequencyDays", "90", "reason", "first"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("&#39;4.5&#39; is not a whole number");
        assertThat(analyst.get("/api/v1/risks/" + code).status()).as("nothing stored").isEqualTo(404);
    }
}
