package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JurisdictionImportExportIntegrationTests {

    private static final String HEADER = "code,parent_code,level,name_en,name_zh,population\n";
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[110,30],[110.1,30],[110.1,30.1],[110,30.1],[110,30]]]}";
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[110,30],[110.1,30.1],[110.1,30],[110,30.1],[110,30]]]}";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    /** A code prefix of this test run: the database is shared by every test class. */
    private static String unique() {
        return "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private Http admin() {
        return signedIn("administrator", "province");
    }

    private static Http.Response importCsv(Http http, String csv, boolean skipBad) {
        return http.post("/api/v1/jurisdictions/import?format=csv&skipBad=" + skipBad, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Response multipart(Http http, String path, String fileName, String contentType, byte[] content,
            boolean htmx) {
        String boundary = "----rampart" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", http.csrf()).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return http.send(request);
    }

    private JsonNode body(Http.Response response) {
        return json.readTree(response.body());
    }

    private static List<String> errors(JsonNode problem) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            out.add(e.path("line").asInt() + "|" + e.path("field").asString("") + "|" + e.path("reason").asString());
        }
        return out;
    }

    @Test
    void aGoodCsvImportsUnderACityAndAppearsInTheApi() {
        String p = unique();
        Http http = admin();
        Http.Response response = importCsv(http, HEADER + p + "-T,DP-01,3,\"Test, County\",测试县,1200\n"
                + p + "-T-1,\"" + p + "-T\",4,Test Town,测试镇,\n", false);
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = body(response);
        assertThat(report.path("read").asInt()).isEqualTo(2);
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("problems").size()).isZero();
        JsonNode county = body(http.get("/api/v1/jurisdictions/" + p + "-T"));
        assertThat(county.path("parentCode").asString()).isEqualTo(Demo.CITY);
        assertThat(county.path("level").asInt()).isEqualTo(3);
        assertThat(county.path("nameEn").asString()).isEqualTo("Test, County");
        assertThat(county.path("population").asLong()).isEqualTo(1200);
        JsonNode town = body(http.get("/api/v1/jurisdictions/" + p + "-T-1"));
        assertThat(town.path("parentCode").asString()).isEqualTo(p + "-T");
        assertThat(town.path("nameZh").asString()).isEqualTo("测试镇");
    }

    @Test
    void aMultipartUploadIsImportedWithTheFormatTakenFromTheFileName() {
        String p = unique();
        Http http = admin();
        String geo = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"" + p
                + "\",\"parent_code\":\"DP-01\",\"name_en\":\"Shaped\",\"name_zh\":\"有形\",\"population\":9},\"geometry\":"
                + SQUARE + "}]}";
        Http.Response response = multipart(http, "/api/v1/jurisdictions/import", "areas.geojson", "application/geo+json",
                geo.getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).path("imported").asInt()).isEqualTo(1);
        assertThat(body(http.get("/api/v1/jurisdictions/" + p)).path("hasBoundary").asBoolean()).isTrue();
    }

    @Test
    void oneBadRowImportsNothingAndTheProblemNamesTheLine() {
        String p = unique();
        Http http = admin();
        String csv = HEADER + p + "-A,DP-01,,Alpha,甲,10\n" + p + "-B,DP-01,,Beta,乙,ten\n" + p + "-C,DP-01,,Gamma,丙,\n";
        Http.Response response = importCsv(http, csv, false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(errors(body(response))).containsExactly("3|population|'ten' is not a whole number");
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-A").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-C").status()).isEqualTo(404);
    }

    @Test
    void skippingBadRowsImportsOnlyTheGoodOnes() {
        String p = unique();
        Http http = admin();
        String csv = HEADER + p + "-A,DP-01,,Alpha,甲,10\n" + p + "-B,DP-01,,Beta,乙,ten\n" + p + "-B-1," + p
                + "-B,,Below Beta,乙下,\n" + p + "-C,DP-01,,Gamma,丙\n" + p + "-D,DP-01,,Delta,丁,\n";
        Http.Response response = importCsv(http, csv, true);
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = body(response);
        assertThat(report.path("read").asInt()).isEqualTo(5);
        assertThat(report.path("imported").asInt()).isEqualTo(2);
        assertThat(report.path("skipBad").asBoolean()).isTrue();
        List<Integer> lines = new ArrayList<>();
        report.path("problems").forEach(e -> lines.add(e.path("line").asInt()));
        assertThat(lines).containsExactly(3, 4, 5);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-A").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-D").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-B").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-B-1").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jurisdictions/" + p + "-C").status()).isEqualTo(404);
    }

    @Test
    void cyclesUnknownParentsDuplicateCodesAndWrongLevelsAreReported() {
        String p = unique();
        String csv = HEADER
                + p + "-A," + p + "-B,,A,甲,\n"
                + p + "-B," + p + "-A,,B,乙,\n"
                + p + "-C," + p + "-NOPE,,C,丙,\n"
                + p + "-D,DP-01,,D,丁,\n"
                + p + "-D,DP-01,,D again,丁,\n"
                + p + "-E,DP-01,5,E,戊,\n"
                + "DP-02,DP-01,,Taken,己,\n";
        Http.Response response = importCsv(admin(), csv, false);
        assertThat(response.status()).isEqualTo(400);
        List<String> errors = errors(body(response));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("3|parent_code|cycle"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("4|parent_code|unknown parent '" + p + "-NOPE'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("6|code|duplicate code '" + p + "-D' (also on line 5)"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("7|level|wrong level 5"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("8|code|duplicate code 'DP-02' (already exists)"));
        assertThat(admin().get("/api/v1/jurisdictions/" + p + "-D").status()).isEqualTo(404);
    }

    @Test
    void aMissingColumnAndAnInvalidGeometryAreReported() {
        Http http = admin();
        Http.Response missing = importCsv(http, "code,name_en\nX,X\n", false);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errors(body(missing))).containsExactly("1|parent_code|missing column");
        Http.Response unnamed = importCsv(http, "code,parent_code\nX,DP-01\n", false);
        assertThat(errors(body(unnamed))).containsExactly("1|name_zh|missing column");
        String c = unique();
        Http.Response chineseOnly = importCsv(http, "code,parent_code,name_zh,name_en\n" + c + ",DP-01,中文,\n", false);
        assertThat(chineseOnly.status()).isEqualTo(200);
        assertThat(body(http.get("/api/v1/jurisdictions/" + c)).path("nameZh").asString()).isEqualTo("中文");
        String p = unique();
        String geo = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"" + p
                + "\",\"parent_code\":\"DP-01\",\"name_en\":\"Bow\",\"name_zh\":\"结\"},\"geometry\":" + BOW_TIE + "}]}";
        Http.Response bowTie = http.post("/api/v1/jurisdictions/import", "application/geo+json", geo.getBytes(StandardCharsets.UTF_8));
        assertThat(bowTie.status()).isEqualTo(400);
        assertThat(errors(body(bowTie))).singleElement().satisfies(e -> assertThat(e).startsWith("1|geometry|invalid geometry: self-intersection"));
    }

    @Test
    void aCityAdministratorCannotImportUnderNorExportASiblingCity() {
        String p = unique();
        Http city = signedIn("administrator", "city");
        Http.Response response = importCsv(city, HEADER + p + ",DP-02,,Sneaky,潜入,\n", false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(body(response))).containsExactly("2|parent_code|unknown parent 'DP-02'");
        assertThat(city.get("/api/v1/jurisdictions/export?format=csv&root=" + Demo.SIBLING_CITY).status()).isEqualTo(404);
        assertThat(city.get("/jurisdictions/export/download?format=geojson&root=" + Demo.SIBLING_CITY).status()).isEqualTo(404);
        Http.Response own = city.get("/api/v1/jurisdictions/export?format=csv");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("\r\nDP-01,DP,2,").doesNotContain("\r\nDP-02");
        assertThat(importCsv(city, HEADER + p + ",DP-01,,Own,自己,\n", false).status()).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsImport() {
        Http viewer = signedIn("viewer", "province");
        assertThat(importCsv(viewer, HEADER + unique() + ",DP-01,,V,五,\n", false).status()).isEqualTo(403);
        assertThat(viewer.get("/jurisdictions/import").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/jurisdictions/export?format=csv&root=" + Demo.COUNTY).status()).isEqualTo(200);
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() {
        Http http = admin();
        byte[] big = new byte[21 * 1024 * 1024 + 512];
        java.util.Arrays.fill(big, (byte) 'x');
        Http.Response upload = multipart(http, "/api/v1/jurisdictions/import?format=csv", "big.csv", "text/csv", big, false);
        assertThat(upload.status()).isEqualTo(413);
        assertThat(upload.header("Content-Type")).contains("application/problem+json");
        Http.Response raw = http.post("/api/v1/jurisdictions/import?format=csv", "text/csv", big);
        assertThat(raw.status()).isEqualTo(413);
        assertThat(body(raw).path("status").asInt()).isEqualTo(413);
        assertThat(http.get("/api/v1/jurisdictions/" + Demo.CITY).status()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitWith413() {
        Http http = admin();
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] head = (HEADER + "\"").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        Http.Response chunked = http.send(http.request("/api/v1/jurisdictions/import?format=csv")
                .header("Content-Type", "text/csv").header("X-CSRF-TOKEN", http.csrf())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(body(chunked).path("detail").asString()).contains("20 MB");
    }

    @Test
    void aFormulaLikeNameComesBackNeutralisedInTheCsvExport() {
        String p = unique();
        Http http = admin();
        Http.Response response = importCsv(http, HEADER + p + "-F,DP-01,3,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",+公式,\n", false);
        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).path("imported").asInt()).isEqualTo(1);
        Http.Response export = http.get("/api/v1/jurisdictions/export?format=csv&root=" + p + "-F");
        assertThat(export.status()).isEqualTo(200);
        String[] lines = export.body().split("\r\n");
        assertThat(lines[1]).isEqualTo(p + "-F,DP-01,3,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+公式,");
    }

    @Test
    void aCsvExportOfACountyHoldsItsTownshipsAndCommunitiesOnly() {
        Http.Response response = signedIn("viewer", "province").get("/api/v1/jurisdictions/export?format=csv&root=" + Demo.COUNTY);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).startsWith("attachment").contains("jurisdictions-DP-01-01.csv");
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("code,parent_code,level,name_en,name_zh,population");
        assertThat(lines[1]).startsWith(Demo.COUNTY + ",DP-01,3,");
        List<String> levels = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            // other test classes add their own codes under demo townships; demo codes must stay in the county
            if (lines[i].startsWith("DP-")) {
                assertThat(lines[i]).startsWith(Demo.COUNTY);
            }
            levels.add(lines[i].split(",")[2]);
        }
        assertThat(levels).contains("4", "5");
        assertThat(response.body()).doesNotContain("DP-02");
    }

    @Test
    void aGeoJsonExportOfACityHasBoundaries() {
        Http.Response response = signedIn("viewer", "province").get("/api/v1/jurisdictions/export?format=geojson&root=" + Demo.CITY);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/geo+json");
        JsonNode collection = body(response);
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        int withGeometry = 0;
        for (JsonNode f : collection.path("features")) {
            String code = f.path("properties").path("code").asString();
            if (code.startsWith("DP-")) {
                assertThat(code).startsWith(Demo.CITY);
            }
            String type = f.path("geometry").path("type").asString("");
            if (type.equals("Polygon") || type.equals("MultiPolygon")) {
                withGeometry++;
            }
        }
        assertThat(collection.path("features").get(0).path("properties").path("code").asString()).isEqualTo(Demo.CITY);
        assertThat(withGeometry).isGreaterThan(1);
    }

    @Test
    void aScriptInANameIsShownEscapedOnThePages() {
        String p = unique();
        Http http = admin();
        assertThat(importCsv(http, HEADER + p + ",DP-01,,<script>alert(1)</script>,<b>粗</b>,\n", false).status()).isEqualTo(200);
        String detail = http.get("/jurisdictions/" + p).body();
        assertThat(detail).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String children = http.get("/jurisdictions/DP-01/children").body();
        assertThat(children).contains(p).doesNotContain("<script>alert(1)</script>");
        String search = http.get("/jurisdictions?q=" + p).body();
        assertThat(search).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void theImportPageUploadsAndShowsTheReport() {
        Http http = admin();
        String page = http.get("/jurisdictions/import").body();
        assertThat(page).contains("hx-post=\"/jurisdictions/import\"").contains("hx-encoding=\"multipart/form-data\"")
                .contains("<label class=\"form-label\" for=\"file\"").contains("id=\"skipBad\"")
                .doesNotContain("id=\"skipBad\" name=\"skipBad\" value=\"true\" checked");
        String p = unique();
        byte[] bad = (HEADER + p + ",DP-01,,Good,好,\n" + p + "-X,DP-09-99,,Orphan,孤,\n").getBytes(StandardCharsets.UTF_8);
        Http.Response refused = multipart(http, "/jurisdictions/import", "towns.csv", "text/csv", bad, true);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).doesNotContain("<html").contains("data-imported=\"0\"").contains("<td>3</td>")
                .contains("unknown parent &#39;DP-09-99&#39;");
        assertThat(http.get("/api/v1/jurisdictions/" + p).status()).isEqualTo(404);
        byte[] good = (HEADER + p + ",DP-01,,Good,好,\n").getBytes(StandardCharsets.UTF_8);
        Http.Response imported = multipart(http, "/jurisdictions/import", "towns.csv", "text/csv", good, true);
        assertThat(imported.body()).contains("data-imported=\"1\"").contains("href=\"/jurisdictions\"");
        Http.Response unknownType = multipart(http, "/jurisdictions/import", "towns.txt", "text/plain", good, true);
        assertThat(unknownType.body()).contains(".csv, .geojson or .json");
    }

    @Test
    void theExportPageOffersBothFormatsForTheRootGiven() {
        Http http = signedIn("viewer", "city");
        String page = http.get("/jurisdictions/export?root=" + Demo.COUNTY).body();
        assertThat(page).contains("action=\"/jurisdictions/export/download\"").contains("value=\"geojson\"")
                .contains("value=\"" + Demo.COUNTY + "\"").contains("<label class=\"form-label\" for=\"root\"");
        assertThat(http.get("/jurisdictions").body()).contains("href=\"/jurisdictions/export\"")
                .doesNotContain("href=\"/jurisdictions/import\"");
        assertThat(http.get("/jurisdictions/" + Demo.COUNTY).body()).contains("href=\"/jurisdictions/export?root=" + Demo.COUNTY + "\"");
        Http.Response download = http.get("/jurisdictions/export/download?format=csv&root=" + Demo.COUNTY);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
    }
}
