package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.support.Sessions.signedIn;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IncidentPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentManagement incidents;

    /** A multipart form with text fields and an optional photo, as a phone sends it. */
    private static Http.Response postMultipart(Http http, String path, Map<String, String> fields, String fileName,
            String contentType, byte[] photo) {
        String boundary = "----rampart" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + http.csrf() + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (photo != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photo);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Map<String, String> form(String title, String deaths, String occurredAt) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", "NATURAL_DISASTER");
        f.put("subType", "LANDSLIDE");
        f.put("title", title);
        f.put("jurisdiction", Demo.COUNTY);
        f.put("occurredAt", occurredAt);
        f.put("deaths", deaths);
        f.put("seriousInjuries", "0");
        f.put("missing", "2");
        f.put("affected", "120");
        f.put("economicLoss", "35.5");
        f.put("description", "Slope above the village road gave way after the rainstorm");
        return f;
    }

    /** Every page's text as a reader extracts it. */
    static String pdfText(byte[] pdf) throws java.io.IOException {
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

    @Test
    void aRefusedQuickReportKeepsEverythingTypedAndAFakePhotoRefusesTheWholeReport() {
        Http reporter = signedIn(port, "reporter", "county");
        assertThat(reporter.get("/incidents/new").status()).isEqualTo(200);
        long before = jdbc.sql("select count(*) from incident").query(Long.class).single();
        String now = LocalDateTime.now(incidents.zone()).minusMinutes(20).truncatedTo(ChronoUnit.MINUTES).toString();
        Http.Response refused = postMultipart(reporter, "/incidents/new", form("Landslide near Xiaowan 小湾", "-1", now),
                "scene.jpg", "image/jpeg", "not a picture at all".getBytes());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("value=\"Landslide near Xiaowan 小湾\"").contains("value=\"-1\"")
                .contains("Slope above the village road gave way after the rainstorm").contains("value=\"35.5\"")
                .contains("must be zero or more").contains("claims to be an image");
        assertThat(jdbc.sql("select count(*) from incident").query(Long.class).single()).isEqualTo(before);

        Http.Response notNumber = postMultipart(reporter, "/incidents/new", form("Landslide", "three", now), null, null, null);
        assertThat(notNumber.body()).contains("value=\"three\"").contains("is not a whole number");

        byte[] png = IncidentFixtures.PNG;
        Http.Response ok = postMultipart(reporter, "/incidents/new", form("Landslide near Xiaowan", "1", now), "scene.png",
                "image/png", png);
        assertThat(ok.status()).isEqualTo(302);
        String location = ok.location();
        assertThat(location).matches(".*/incidents/\\d+");
        String page = reporter.get(location.substring(location.indexOf("/incidents/"))).body();
        assertThat(page).contains("Landslide near Xiaowan").contains("DP-01-01").contains("scene.png")
                .contains("Reporting chain");
    }

    @Test
    void theIncidentPageBoardStatisticsPdfAndExportRenderInBothLanguages() throws Exception {
        Http coordinator = signedIn(port, "coordinator", "city");
        Http.Response created = coordinator.postJson("/api/v1/incidents", """
                {"type":"PRODUCTION_SAFETY","subType":"HAZARDOUS_CHEMICALS","title":"Chlorine leak 氯气泄漏",
                 "jurisdiction":"DP-01","occurredAt":"%s","seriousInjuries":12,"organisation":"Demo Chemicals Ltd."}"""
                .formatted(java.time.Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = new tools.jackson.databind.json.JsonMapper().readTree(created.body()).path("id").asLong();
        String page = coordinator.get("/incidents/" + id).body();
        assertThat(page).contains("Chlorine leak").contains("serious_injuries 12 &gt;= 10 (III)").contains("Confirm receipt");
        assertThat(coordinator.get("/incidents?type=PRODUCTION_SAFETY").body()).contains("Chlorine leak");
        assertThat(coordinator.get("/incidents/statistics").status()).isEqualTo(200);
        Http zh = signedIn(port, "analyst", "city");
        zh.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        assertThat(zh.get("/incidents/" + id).body()).contains("报告链").contains("III级 较大");

        Http.Response pdf = zh.get("/incidents/" + id + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        // The text drawn in the PDF, read back: a glyph missing from the embedded font would lose the Chinese.
        byte[] report = zh.bytes("/incidents/" + id + "/report.pdf");
        assertThat(new String(report, StandardCharsets.ISO_8859_1)).as("a TrueType font embedded in the PDF")
                .contains("/FontFile2").doesNotContain("/Helvetica");
        String drawn = pdfText(report);
        assertThat(drawn).contains("Chlorine leak 氯气泄漏").contains("报告链").contains("Demo Chemicals Ltd.");
        zh.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));

        Http.Response xlsx = coordinator.get("/incidents/export.xlsx?type=PRODUCTION_SAFETY");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
    }
}
