package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rampart.indicator.ObservationsRecorded;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.Direction;
import org.rampart.warning.RuleDefinition;
import org.rampart.warning.RuleDraft;
import org.rampart.warning.WarningLevel;
import org.rampart.warning.WarningManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapDraftIntegrationTests {

    static final String INDICATOR = "CAPD-RAIN";
    static final AtomicLong OBSERVATION_IDS = new AtomicLong(7_000_000);
    static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    WarningManagement warnings;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private long cityWarning;
    private long siblingWarning;

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    @BeforeAll
    void raiseWarnings() {
        warnings.create(Actor.system(), new RuleDraft(INDICATOR + "-RULE", INDICATOR, RiskDomain.DISASTER,
                "Rainstorm", "暴雨", RuleDefinition.threshold(Direction.HIGHER_IS_WORSE,
                        Map.of(WarningLevel.BLUE, 10.0, WarningLevel.ORANGE, 30.0, WarningLevel.RED, 60.0), List.of(), 1),
                true));
        observe(Demo.CITY, 40);
        observe(Demo.SIBLING_CITY, 40);
        cityWarning = warningOf(Demo.CITY);
        siblingWarning = warningOf(Demo.SIBLING_CITY);
    }

    void observe(String jurisdiction, double value) {
        JurisdictionRef where = jurisdictions.ref(jurisdiction).orElseThrow();
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ObservationsRecorded(List.of(
                new ObservationsRecorded.Recorded(OBSERVATION_IDS.incrementAndGet(), 1, INDICATOR, where.id(),
                        where.path(), T0, value, T0)), "test")));
    }

    long warningOf(String jurisdiction) {
        return jdbc.sql("select id from warning where indicator_code = :i and jurisdiction_code = :j "
                + "and state <> 'RESOLVED'").param("i", INDICATOR).param("j", jurisdiction).query(Long.class).single();
    }

    JsonNode body(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    long publishedBy(Http creator, Http approver, JsonNode draft) {
        long id = draft.path("id").asLong();
        body(approver.postJson("/api/v1/cap-drafts/" + id + "/approve", "{}"), 200);
        JsonNode published = body(creator.postJson("/api/v1/cap-drafts/" + id + "/publish", "{}"), 200);
        assertThat(published.path("state").asString()).isEqualTo("PUBLISHED");
        return published.path("publishedMessageId").asLong();
    }

    @Test
    void aDraftIsApprovedBySomebodyElseThenPublishedToTheFeedAndItsStableAddress() {
        Http city = signedIn("coordinator", "city");
        Http province = signedIn("coordinator", "province");
        JsonNode draft = body(city.postJson("/api/v1/warnings/" + cityWarning + "/cap-drafts", "{}"), 201);
        long id = draft.path("id").asLong();
        assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("msgType").asString()).isEqualTo("Alert");
        assertThat(draft.path("severity").asString()).isEqualTo("Severe");
        assertThat(draft.path("category").asString()).isEqualTo("Met");
        assertThat(draft.path("jurisdictionCode").asString()).isEqualTo(Demo.CITY);
        assertThat(draft.path("polygons")).isNotEmpty();
        String polygon = draft.path("polygons").get(0).asString();
        assertThat(jurisdictions.intersecting(CapAreas.polygon(polygon), 2)).extracting(JurisdictionRef::code)
                .as("lat,lon order puts the polygon on the city").contains(Demo.CITY);

        String headline = "Orange rainstorm warning for the city centre " + id;
        String edited = json.writeValueAsString(Map.ofEntries(Map.entry("eventEn", "Rainstorm"),
                Map.entry("eventZh", "暴雨"), Map.entry("category", "Met"), Map.entry("urgency", "Immediate"),
                Map.entry("severity", "Severe"), Map.entry("certainty", "Observed"),
                Map.entry("expires", "2030-01-01T08:00:00+08:00"), Map.entry("headlineEn", headline),
                Map.entry("descriptionEn", "Heavy rain."), Map.entry("instructionEn", "Stay indoors."),
                Map.entry("headlineZh", "暴雨橙色预警"), Map.entry("descriptionZh", "强降雨。"),
                Map.entry("instructionZh", "请留在室内。"), Map.entry("areaDesc", "City DP-01")));
        assertThat(body(city.putJson("/api/v1/cap-drafts/" + id, edited), 200).path("headlineEn").asString())
                .isEqualTo(headline);
        assertThat(city.putJson("/api/v1/cap-drafts/" + id, edited.replace("\"Severe\"", "\"Huge\"")).status())
                .isEqualTo(400);

        Http.Response self = city.postJson("/api/v1/cap-drafts/" + id + "/approve", "{}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body()).contains("creator");
        assertThat(city.postJson("/api/v1/cap-drafts/" + id + "/publish", "{}").status())
                .as("not approved yet").isEqualTo(409);

        long message = publishedBy(city, province, draft);
        assertThat(city.putJson("/api/v1/cap-drafts/" + id, edited).status()).isEqualTo(409);

        Http anonymous = new Http(port);
        Http.Response xml = anonymous.get("/cap/messages/" + message + ".xml");
        assertThat(xml.status()).isEqualTo(200);
        CapMessage parsed = CapParser.parse(xml.body().getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.sender()).isEqualTo("rampart@localhost");
        assertThat(parsed.identifier()).doesNotContainAnyWhitespaces().doesNotContain(",");
        assertThat(parsed.infos()).extracting(CapMessage.Info::language).containsExactly("en-US", "zh-CN");
        assertThat(parsed.infos().get(0).headline()).isEqualTo(headline);
        assertThat(parsed.infos().get(0).areas().get(0).geocodes())
                .containsExactly(new CapMessage.NamedValue("rampart:jurisdiction", Demo.CITY));
        assertThat(anonymous.get("/cap/feed.atom").body()).contains(headline)
                .contains("/cap/messages/" + message + ".xml");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'cap_draft' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void updatesAndCancelsReferenceTheEarlierMessage() {
        Http city = signedIn("coordinator", "city");
        Http province = signedIn("coordinator", "province");
        long first = publishedBy(city, province,
                body(city.postJson("/api/v1/warnings/" + cityWarning + "/cap-drafts", "{}"), 201));
        CapMessage original = CapParser.parse(new Http(port).get("/cap/messages/" + first + ".xml").body()
                .getBytes(StandardCharsets.UTF_8));
        String reference = original.sender() + "," + original.identifier() + "," + CapWriter.format(original.sent());

        JsonNode update = body(city.postJson("/api/v1/cap/messages/" + first + "/update-draft", "{}"), 201);
        assertThat(update.path("msgType").asString()).isEqualTo("Update");
        assertThat(update.path("referencesMessageId").asLong()).isEqualTo(first);
        long updated = publishedBy(city, province, update);
        CapMessage updateMessage = CapParser.parse(new Http(port).get("/cap/messages/" + updated + ".xml").body()
                .getBytes(StandardCharsets.UTF_8));
        assertThat(updateMessage.msgType()).isEqualTo("Update");
        assertThat(updateMessage.references()).isEqualTo(reference);

        JsonNode cancel = body(province.postJson("/api/v1/cap/messages/" + first + "/cancel-draft", "{}"), 201);
        long cancelled = publishedBy(province, city, cancel);
        CapMessage cancelMessage = CapParser.parse(new Http(port).get("/cap/messages/" + cancelled + ".xml").body()
                .getBytes(StandardCharsets.UTF_8));
        assertThat(cancelMessage.msgType()).isEqualTo("Cancel");
        assertThat(cancelMessage.references()).isEqualTo(reference);
        assertThat(cancelMessage.identifier()).isNotEqualTo(updateMessage.identifier());
    }

    @Test
    void draftsStayWithinScopeAndRole() {
        Http city = signedIn("coordinator", "city");
        assertThat(city.postJson("/api/v1/warnings/" + siblingWarning + "/cap-drafts", "{}").status()).isEqualTo(404);
        assertThat(signedIn("viewer", "city").postJson("/api/v1/warnings/" + cityWarning + "/cap-drafts", "{}")
                .status()).isEqualTo(403);
        long sibling = body(signedIn("coordinator", "province")
                .postJson("/api/v1/warnings/" + siblingWarning + "/cap-drafts", "{}"), 201).path("id").asLong();
        assertThat(city.get("/api/v1/cap-drafts/" + sibling).status()).isEqualTo(404);
        JsonNode rejected = body(city.postJson("/api/v1/cap-drafts/" + body(city.postJson("/api/v1/warnings/"
                + cityWarning + "/cap-drafts", "{}"), 201).path("id").asLong() + "/reject", "{\"reason\": \"duplicate\"}"), 200);
        assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
    }

    @Test
    void thePagesLeadFromTheWarningToAPublishedMessageOnTheBoard() {
        Http city = signedIn("coordinator", "city");
        Http province = signedIn("coordinator", "province");
        assertThat(city.get("/warnings/" + cityWarning).body()).contains("Prepare public warning");
        assertThat(signedIn("viewer", "city").get("/warnings/" + cityWarning).body())
                .doesNotContain("Prepare public warning");

        Http.Response prepared = city.postForm("/warnings/" + cityWarning + "/cap-draft", Map.of());
        assertThat(prepared.status()).isEqualTo(302);
        String page = prepared.location().replaceAll("^https?://[^/]+", "");
        assertThat(page).matches("/cap/drafts/\\d+");
        long id = Long.parseLong(page.substring("/cap/drafts/".length()));
        Http.Response edit = city.get(page);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("data-cap-draft-form").contains("暴雨").contains("rampart:jurisdiction")
                .contains("second person");
        assertThat(city.get("/cap/drafts").body()).contains("data-draft-id=\"" + id + "\"");

        Map<String, String> form = new java.util.HashMap<>(Map.ofEntries(Map.entry("eventEn", "Rainstorm"),
                Map.entry("eventZh", "暴雨"), Map.entry("category", "Met"), Map.entry("urgency", "Expected"),
                Map.entry("severity", "Severe"), Map.entry("certainty", "Likely"),
                Map.entry("expires", "2030-01-01T00:00"), Map.entry("headlineEn", "Board headline " + id),
                Map.entry("descriptionEn", "Heavy rain."), Map.entry("instructionEn", "Stay indoors."),
                Map.entry("headlineZh", "暴雨橙色预警 " + id), Map.entry("descriptionZh", "强降雨。"),
                Map.entry("instructionZh", "请留在室内。"), Map.entry("areaDesc", "City")));
        assertThat(city.postForm(page, form).status()).isEqualTo(302);
        assertThat(city.get(page).body()).contains("The draft was saved.").contains("Board headline " + id);
        Http.Response self = city.postForm(page + "/approve", Map.of());
        assertThat(self.status()).as(self.body()).isEqualTo(302);
        assertThat(city.get(page).body()).contains("creator");
        province.postForm(page + "/approve", Map.of());
        city.postForm(page + "/publish", Map.of());
        assertThat(city.get(page).body()).contains("The public warning was published.");
        long message = body(city.get("/api/v1/cap-drafts/" + id), 200).path("publishedMessageId").asLong();
        assertThat(city.get("/cap/messages/" + message).body()).contains("Prepare an update")
                .contains("/cap/messages/" + message + "/cancel-draft");
        Http.Response update = city.postForm("/cap/messages/" + message + "/update-draft", Map.of());
        assertThat(update.status()).isEqualTo(302);
        assertThat(update.location()).matches(".*/cap/drafts/\\d+");

        assertThat(city.get("/warnings").body()).contains("/warnings/cap-messages");
        assertThat(city.get("/warnings/cap-messages").body()).contains("Board headline " + id);
        assertThat(signedIn("viewer", "county").get("/warnings/cap-messages").body())
                .as("the city's polygon is mapped down to its counties").contains("Board headline " + id);
    }
}
