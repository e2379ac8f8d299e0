package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapIntegrationTests {

    private static final String CAP = "application/cap+xml";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private long dp01Message;
    private long dp02Message;
    private long unmappedMessage;
    private String dp01Headline;

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    @BeforeAll
    void importTheDemoMessages() {
        Http coordinator = signedIn("coordinator", "province");
        Point inside = interiorPointOf(Demo.CITY);
        double lat = inside.getY();
        double lon = inside.getX();
        double d = 0.0005;
        String polygon = String.format(Locale.ROOT, "%.5f,%.5f %.5f,%.5f %.5f,%.5f %.5f,%.5f %.5f,%.5f", lat - d, lon - d,
                lat - d, lon + d, lat + d, lon + d, lat + d, lon - d, lat - d, lon - d);
        dp01Headline = "Rainstorm orange warning for " + Demo.CITY;
        var created = coordinator.post("/api/v1/cap/messages", CAP,
                message("DP01-POLY", "<area><areaDesc>Centre of DP-01</areaDesc><polygon>" + polygon + "</polygon></area>",
                        dp01Headline, "暴雨橙色预警").getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        dp01Message = body.path("id").asLong();
        List<String> codes = codes(body.path("jurisdictions"));
        assertThat(codes).contains(Demo.PROVINCE, Demo.CITY).doesNotContain(Demo.SIBLING_CITY);
        assertThat(codes).anySatisfy(c -> assertThat(c).startsWith(Demo.CITY + "-"));
        assertThat(created.location()).isEqualTo("/api/v1/cap/messages/" + dp01Message);

        var geocoded = coordinator.post("/api/v1/cap/messages", "application/xml",
                message("DP02-GEO", "<area><areaDesc>All of DP-02</areaDesc><geocode><valueName>rampart</valueName><value>"
                        + Demo.SIBLING_CITY + "</value></geocode></area>", "Heat warning for DP-02", "高温预警")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(geocoded.status()).as(geocoded.body()).isEqualTo(201);
        dp02Message = json.readTree(geocoded.body()).path("id").asLong();
        assertThat(codes(json.readTree(geocoded.body()).path("jurisdictions"))).containsExactly(Demo.SIBLING_CITY);

        var unmapped = coordinator.post("/api/v1/cap/messages", CAP, message("NOWHERE", "<area><areaDesc>Far away</areaDesc>"
                + "<circle>-35.3888,147.0598 25.0</circle><geocode><valueName>x</valueName><value>NO-SUCH-CODE</value></geocode>"
                + "</area>", "Somewhere else", "别处").getBytes(StandardCharsets.UTF_8));
        assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(201);
        assertThat(json.readTree(unmapped.body()).path("jurisdictions").isEmpty()).isTrue();
        unmappedMessage = json.readTree(unmapped.body()).path("id").asLong();
    }

    private Point interiorPointOf(String code) {
        JsonNode map = json.readTree(signedIn("administrator", "province").get("/api/v1/jurisdictions/" + code + "/map").body());
        for (JsonNode f : map.path("features")) {
            if ("self".equals(f.path("properties").path("role").asString())) {
                return toGeometry(f.path("geometry")).getInteriorPoint();
            }
        }
        throw new IllegalStateException("no outline of " + code);
    }

    private static Geometry toGeometry(JsonNode geometry) {
        GeometryFactory factory = new GeometryFactory();
        List<Polygon> polygons = new ArrayList<>();
        JsonNode coords = geometry.path("coordinates");
        List<JsonNode> polygonNodes = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asString())) {
            polygonNodes.add(coords);
        } else {
            coords.forEach(polygonNodes::add);
        }
        for (JsonNode p : polygonNodes) {
            JsonNode shell = p.get(0);
            Coordinate[] ring = new Coordinate[shell.size()];
            for (int i = 0; i < shell.size(); i++) {
                ring[i] = new Coordinate(shell.get(i).get(0).asDouble(), shell.get(i).get(1).asDouble());
            }
            polygons.add(factory.createPolygon(ring));
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.asString()));
        return codes;
    }

    static String message(String identifier, String area, String headlineEn, String headlineZh) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>%1$s</identifier>
                  <sender>cap@rampart.example</sender>
                  <sent>2026-05-01T08:00:00+08:00</sent>
                  <status>Actual</status>
                  <msgType>Alert</msgType>
                  <scope>Public</scope>
                  <info>
                    <language>en-US</language>
                    <category>Met</category>
                    <event>Rainstorm</event>
                    <urgency>Expected</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <headline>%3$s</headline>
                    %2$s
                  </info>
                  <info>
                    <language>zh-CN</language>
                    <category>Met</category>
                    <event>暴雨</event>
                    <urgency>Expected</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <headline>%4$s</headline>
                    %2$s
                  </info>
                </alert>
                """.formatted(identifier, area, headlineEn, headlineZh);
    }

    @Test
    void everySharedValidFileImportsOnceAndADuplicateIsAConflict() {
        Http coordinator = signedIn("coordinator", "province");
        for (Path file : CapFiles.valid()) {
            var first = coordinator.post("/api/v1/cap/messages", CAP, CapFiles.read(file));
            assertThat(first.status()).as(file + ": " + first.body()).isEqualTo(201);
            assertThat(json.readTree(first.body()).path("jurisdictions").isArray()).isTrue();
            var again = coordinator.post("/api/v1/cap/messages", "text/xml", CapFiles.read(file));
            assertThat(again.status()).as(file.toString()).isEqualTo(409);
            assertThat(again.header("Content-Type")).contains("application/problem+json");
        }
        byte[] latin1 = CapFiles.read(CapFiles.DIR.resolve("valid/google-cap-library_earthquake-iso8859-1.cap"));
        assertThat(jdbc.sql("select xml from cap_message where identifier like 'USGS-earthquakes-usB000D5T4%'")
                .query(byte[].class).single()).isEqualTo(latin1);
        assertThat(jdbc.sql("select headline from cap_message_info i join cap_message m on m.id = i.message_id"
                + " where m.identifier like 'USGS-earthquakes-usB000D5T4%'").query(String.class).single())
                .contains("Usulután");
    }

    @Test
    void theUploadPageImportsAMessageOutsideTheUploadersScopeAndReportsProblems() {
        Http coordinator = signedIn("coordinator", "city");
        var page = coordinator.get("/cap/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-upload-form").contains("hx-post=\"/cap/import\"");
        String xml = message("UPLOAD-DP02", "<area><areaDesc>DP-02</areaDesc><geocode><valueName>rampart</valueName><value>"
                + Demo.SIBLING_CITY + "</value></geocode></area>", "Uploaded for DP-02", "上传");
        var report = upload(coordinator, "upload.cap", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("data-cap-imported").contains("<code class=\"me-1\">DP-02</code>")
                .doesNotContain("<html");
        // placed on DP-02 although the uploader's scope is DP-01, and so not in the uploader's list
        assertThat(coordinator.get("/cap").body()).doesNotContain("Uploaded for DP-02");
        assertThat(signedIn("viewer", "province").get("/cap").body()).contains("Uploaded for DP-02");

        var duplicate = upload(coordinator, "upload.cap", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(duplicate.body()).contains("already imported");
        var refused = upload(coordinator, "xee.cap", CapFiles.read(CapFiles.invalid("google-cap-library_xee.cap")));
        assertThat(refused.body()).contains("<code>DOCTYPE</code>").contains("The message was refused.");
    }

    private static Http.Response upload(Http http, String fileName, byte[] content) {
        String boundary = "----cap" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request("/cap/import").header("HX-Request", "true").header("X-CSRF-TOKEN", http.csrf())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void sharedInvalidFilesAreRefusedWithPreciseReasons() {
        Http coordinator = signedIn("coordinator", "province");
        var xee = coordinator.post("/api/v1/cap/messages", CAP, CapFiles.read(CapFiles.invalid("google-cap-library_xee.cap")));
        assertThat(xee.status()).isEqualTo(400);
        assertThat(xee.header("Content-Type")).contains("application/problem+json");
        JsonNode problem = json.readTree(xee.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("DOCTYPE");
        assertThat(problem.path("detail").asString()).contains("DOCTYPE");

        var noScope = json.readTree(coordinator.post("/api/v1/cap/messages", CAP,
                CapFiles.read(CapFiles.invalid("google-cap-library_invalid.cap"))).body());
        assertThat(noScope.path("status").asInt()).isEqualTo(400);
        assertThat(noScope.path("errors").get(0).path("reason").asString()).contains("scope");
        assertThat(noScope.path("errors").get(0).path("line").asInt()).isEqualTo(9);

        var noReferences = json.readTree(coordinator.post("/api/v1/cap/messages", CAP,
                CapFiles.read(CapFiles.invalid("google-cap-library_canada_errors.cap"))).body());
        assertThat(noReferences.path("status").asInt()).isEqualTo(400);
        assertThat(noReferences.path("errors").get(0).path("field").asString()).isEqualTo("/alert/references");
        assertThat(jdbc.sql("select count(*) from cap_message where identifier = 'KSTO1055887203' and sent = '2003-06-17T14:57:00-07:00' and xml::text like '%DOCTYPE%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMessageOverFiveMegabytesIsRefusedWith413() {
        String big = message("BIG", "<area><areaDesc>x</areaDesc></area>", "big", "大")
                .replace("<headline>big</headline>", "<headline>big</headline><description>" + "x".repeat(5 * 1024 * 1024) + "</description>");
        var answer = signedIn("coordinator", "province").post("/api/v1/cap/messages", CAP, big.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("5 MB");
    }

    @Test
    void onlyCoordinatorsAndAdministratorsImport() {
        byte[] xml = message("VIEWER-TRY", "<area><areaDesc>x</areaDesc></area>", "x", "x").getBytes(StandardCharsets.UTF_8);
        assertThat(signedIn("viewer", "province").post("/api/v1/cap/messages", CAP, xml).status()).isEqualTo(403);
        // without a session there is no CSRF token either: refused before it reaches the controller
        assertThat(new Http(port).post("/api/v1/cap/messages", CAP, xml).status()).isIn(401, 403);
        assertThat(new Http(port).get("/api/v1/cap/messages").status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from cap_message where identifier = 'VIEWER-TRY'").query(Long.class).single())
                .isZero();
        assertThat(signedIn("viewer", "province").get("/cap/import").status()).isEqualTo(403);
        assertThat(signedIn("coordinator", "city").get("/cap/import").status()).isEqualTo(200);
    }

    @Test
    void aCityUserSeesOnlyMessagesMappedIntoTheirScope() {
        Http city = signedIn("viewer", "city");
        city.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/cap"));
        String list = city.get("/api/v1/cap/messages?size=500").body();
        List<Long> ids = new ArrayList<>();
        json.readTree(list).path("items").forEach(i -> ids.add(i.path("id").asLong()));
        assertThat(ids).contains(dp01Message).doesNotContain(dp02Message, unmappedMessage);
        JsonNode first = null;
        for (JsonNode item : json.readTree(list).path("items")) {
            if (item.path("id").asLong() == dp01Message) {
                first = item;
            }
        }
        assertThat(first).as("other test classes may have published newer messages into DP-01").isNotNull();
        assertThat(first.path("jurisdictions").toString()).contains(Demo.CITY);
        assertThat(first.path("severity").asString()).isEqualTo("Severe");
        assertThat(first.path("level").asString()).isEqualTo("ORANGE");
        assertThat(first.path("headline").asString()).isEqualTo(dp01Headline);
        assertThat(first.path("url").asString()).isEqualTo("/cap/messages/" + dp01Message + ".xml");
        assertThat(city.get("/api/v1/cap/messages/" + dp02Message).status()).isEqualTo(404);
        assertThat(city.get("/cap/messages/" + dp02Message).status()).isEqualTo(404);
        assertThat(city.get("/cap/messages/" + dp02Message + ".xml").status()).isEqualTo(404);

        Http province = signedIn("viewer", "province");
        List<Long> all = new ArrayList<>();
        json.readTree(province.get("/api/v1/cap/messages?size=500").body()).path("items")
                .forEach(i -> all.add(i.path("id").asLong()));
        assertThat(all).contains(dp01Message, dp02Message, unmappedMessage);
        assertThat(city.get("/api/v1/cap/messages/" + dp01Message).status()).isEqualTo(200);
    }

    @Test
    void listAndDetailPagesShowTheHeadlineInTheUsersLanguage() {
        Http city = signedIn("viewer", "city");
        String en = city.get("/cap").body();
        assertThat(en).contains(dp01Headline).doesNotContain("Heat warning for DP-02").contains("text-bg-orange");
        Http zh = signedIn("analyst", "city").language("zh-CN");
        zh.postForm("/account/language", java.util.Map.of("lang", "zh", "redirect", "/cap"));
        try {
            String chinese = zh.get("/cap").body();
            assertThat(chinese).contains("暴雨橙色预警").contains("公共预警").doesNotContain(dp01Headline);
        } finally {
            zh.postForm("/account/language", java.util.Map.of("lang", "en", "redirect", "/cap"));
        }
        var detail = city.get("/cap/messages/" + dp01Message);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(dp01Headline).contains("DP01-POLY").contains(Demo.CITY);
    }

    @Test
    void importedMessagesNeedSignInAtTheirStableAddress() {
        var anonymous = new Http(port).get("/cap/messages/" + dp01Message + ".xml");
        assertThat(anonymous.status()).isEqualTo(401);
        var browser = new Http(port).send(new Http(port).request("/cap/messages/" + dp01Message + ".xml")
                .header("Accept", "text/html").GET());
        assertThat(browser.status()).isEqualTo(302);
        assertThat(browser.location()).endsWith("/login");
        var signed = signedIn("viewer", "city").get("/cap/messages/" + dp01Message + ".xml");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.header("Content-Type")).startsWith(CAP);
        assertThat(signed.body()).contains("<identifier>DP01-POLY</identifier>").contains("暴雨橙色预警");
    }

    @Test
    void publishedMessagesAreOpenToAllAndListedNewestFirstInTheAtomFeed() {
        long older = publish("PUB-1", "2026-04-01T08:00:00+08:00", "Older published warning");
        long newer = publish("PUB-2", "2026-04-02T08:00:00+08:00", "Newer published warning");
        Http anonymous = new Http(port);
        var xml = anonymous.get("/cap/messages/" + newer + ".xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.header("Content-Type")).startsWith(CAP);
        assertThat(CapParser.parse(xml.body().getBytes(StandardCharsets.UTF_8)).identifier()).isEqualTo("PUB-2");

        var feed = anonymous.get("/cap/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        String atom = feed.body();
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<title>Newer published warning</title>")
                .contains("<updated>2026-04-02T00:00:00+00:00</updated>")
                .contains("<link rel=\"alternate\" type=\"application/cap+xml\" href=\"" + anonymous.base() + "/cap/messages/" + newer + ".xml\"/>")
                .contains("<id>" + anonymous.base() + "/cap/messages/" + older + ".xml</id>")
                .doesNotContain(dp01Headline);
        assertThat(atom.indexOf("Newer published warning")).isLessThan(atom.indexOf("Older published warning"));
        org.assertj.core.api.Assertions.assertThatCode(() -> CapParser.secureParser().parse(
                new java.io.ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)), new org.xml.sax.helpers.DefaultHandler()))
                .as("well-formed XML").doesNotThrowAnyException();
    }

    private long publish(String identifier, String sent, String headline) {
        CapMessage m = new CapMessage(identifier, "cap@rampart.example", OffsetDateTime.parse(sent), "Actual", "Alert", null,
                "Public", null, null, List.of(), null, null, null, List.of(new CapMessage.Info("en-US", List.of("Met"),
                        "Rainstorm", List.of(), "Expected", "Moderate", "Likely", null, List.of(), null, null, null, null,
                        headline, null, null, null, null, List.of(), List.of(),
                        List.of(new CapMessage.Area("Demo Province", List.of(), List.of(), List.of(), null, null)))));
        long id = jdbc.sql("""
                insert into cap_message (identifier, sender, sent, status, msg_type, scope, xml, direction)
                values (:identifier, 'cap@rampart.example', :sent, 'Actual', 'Alert', 'Public', :xml, 'PUBLISHED') returning id
                """).param("identifier", identifier).param("sent", m.sent()).param("xml", CapWriter.write(m))
                .query(Long.class).single();
        jdbc.sql("""
                insert into cap_message_info (message_id, position, language, event, severity, headline, area_desc)
                values (:id, 0, 'en-US', 'Rainstorm', 'Moderate', :headline, 'Demo Province')
                """).param("id", id).param("headline", headline).update();
        return id;
    }
}
