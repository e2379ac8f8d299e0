package org.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rampart.platform.cli.CliAccess;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditManagement audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private final JsonMapper json = JsonMapper.builder().build();

    private Http signedIn(String role, String place) {
        Http http = new Http(port);
        assertThat(http.login(Demo.user(role, place), Demo.PASSWORD).location()).doesNotContain("error");
        return http;
    }

    private static String newCode() {
        return "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Create a jurisdiction as the province administrator; returns the answer (its X-Request-Id included). */
    private Http.Response create(Http admin, String code, String parent) {
        var response = admin.postJson("/api/v1/jurisdictions", "{\"code\":\"" + code + "\",\"parentCode\":\"" + parent
                + "\",\"nameEn\":\"X\",\"nameZh\":\"X\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private AuditEntry only(String entityType, String entityId) {
        var page = audit.search(Actor.system(), new AuditFilter(null, entityType, entityId, null, null, null),
                new PageQuery(0, 10));
        assertThat(page.items()).hasSize(1);
        return page.items().get(0);
    }

    private JsonNode api(Http http, String path) {
        var response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aChangeIsRecordedWithItsActorRecordStateClientAndRequest() {
        Http admin = signedIn("administrator", "province");
        String code = newCode();
        var response = create(admin, code, Demo.CITY);

        JsonNode page = api(admin, "/api/v1/audit?entityType=jurisdiction&entityId=" + code);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode entry = page.path("items").get(0);
        assertThat(entry.path("actor").asString()).isEqualTo(Demo.user("administrator", "province"));
        assertThat(entry.path("action").asString()).isEqualTo("create");
        assertThat(entry.path("entityType").asString()).isEqualTo("jurisdiction");
        assertThat(entry.path("entityId").asString()).isEqualTo(code);
        assertThat(entry.path("before").isNull()).isTrue();
        assertThat(json.readTree(entry.path("after").asString()).path("code").asString()).isEqualTo(code);
        assertThat(entry.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(entry.path("requestId").asString()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
        assertThat(entry.path("occurredAt").asString()).isNotBlank();

        var html = admin.get("/audit?entityId=" + code);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<code>" + code + "</code>").contains(response.header("X-Request-Id"))
                .contains("audit-detail-" + entry.path("id").asLong()).contains("127.0.0.1")
                .as("the state is indented for reading").contains("&quot;code&quot; : &quot;" + code + "&quot;");
    }

    @Test
    void filtersNarrowByActionAndTimeAndBadValuesAreNamed() {
        Http admin = signedIn("administrator", "province");
        String code = newCode();
        create(admin, code, Demo.CITY);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String base = "/api/v1/audit?entityId=" + code;
        assertThat(api(admin, base + "&action=create&from=" + today + "&to=" + today).path("total").asLong()).isEqualTo(1);
        assertThat(api(admin, base + "&action=update").path("total").asLong()).isZero();
        assertThat(api(admin, base + "&from=" + today.plusDays(1)).path("total").asLong()).isZero();
        assertThat(api(admin, base + "&to=" + today.minusDays(1)).path("total").asLong()).isZero();
        assertThat(api(admin, base + "&from=2020-01-01T00:00:00Z").path("total").asLong()).isEqualTo(1);
        assertThat(api(admin, base + "&actor=" + Demo.user("administrator", "province")).path("total").asLong()).isEqualTo(1);
        assertThat(api(admin, base + "&actor=someone.else").path("total").asLong()).isZero();

        var bad = admin.get("/api/v1/audit?from=notadate");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(bad.body()).path("errors").get(0).path("field").asString()).isEqualTo("from");
        var badPage = admin.get("/api/v1/audit?page=x");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("page");
        var badSize = admin.get("/api/v1/audit?size=100000");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(json.readTree(badSize.body()).path("errors").get(0).path("field").asString()).isEqualTo("size");
        var badOrder = admin.get("/api/v1/audit?from=2026-02-01&to=2026-01-01");
        assertThat(json.readTree(badOrder.body()).path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(json.readTree(badOrder.body()).path("errors").get(0).path("code").asString())
                .isEqualTo("audit.range.reversed");
        assertThat(json.readTree(badSize.body()).path("errors").get(0).path("code").asString()).isEqualTo("number.range");

        var html = admin.get("/audit?to=31.12.2026");
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("to: ").contains("is not an ISO date");
    }

    @Test
    void htmxFilterRequestsGetOnlyTheResults() {
        Http admin = signedIn("administrator", "province");
        String code = newCode();
        create(admin, code, Demo.CITY);
        var fragment = admin.send(admin.request("/audit?entityId=" + code).header("HX-Request", "true").GET());
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"audit-results\"").contains("<code>" + code + "</code>")
                .doesNotContain("<html").doesNotContain("navbar");
        var restore = admin.send(admin.request("/audit?entityId=" + code).header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true").GET());
        assertThat(restore.body()).contains("<html").contains("<code>" + code + "</code>");
        var paged = admin.get("/audit?action=create&size=1&page=1");
        assertThat(paged.body()).contains("href=\"/audit?action=create&amp;size=1&amp;page=2\"")
                .contains("hx-get=\"/audit?action=create&amp;size=1&amp;page=0\"")
                .containsOnlyOnce("data-entry-id=");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        long id = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_entry where id = :id").param("id", id).query(String.class).single())
                .isNotEqualTo("mallory");
    }

    @Test
    void tamperingIsFoundByTheVerifierThePageTheApiAndTheCommandLine() {
        Http admin = signedIn("administrator", "province");
        String code = newCode();
        create(admin, code, Demo.CITY);
        AuditEntry entry = only("jurisdiction", code);
        assertThat(audit.verify().intact()).as("intact before tampering").isTrue();
        assertThat(CliAccess.verifyAudit(context).exitCode()).isZero();
        var first = admin.postJson("/api/v1/audit/verify", "");
        assertThat(first.status()).as("Demo Province is the only root, so its administrator has the whole tree in scope")
                .isEqualTo(200);
        JsonNode intact = json.readTree(first.body());
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("checked").asLong()).isPositive();
        try {
            setAfterState(entry.id(), entry.after().replace("\"X\"", "\"Y\""));

            AuditVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(entry.id());
            assertThat(result.problem()).contains("content");

            var api = admin.postJson("/api/v1/audit/verify", "");
            assertThat(api.status()).isEqualTo(200);
            JsonNode body = json.readTree(api.body());
            assertThat(body.path("intact").asBoolean()).isFalse();
            assertThat(body.path("firstBrokenId").asLong()).isEqualTo(entry.id());

            var page = admin.postForm("/audit/verify", Map.of());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("data-first-broken=\"" + entry.id() + "\"")
                    .contains("broken at entry " + entry.id());

            var cli = CliAccess.verifyAudit(context);
            assertThat(cli.exitCode()).isEqualTo(3);
            assertThat(cli.output()).contains("BROKEN at entry " + entry.id());
        } finally {
            setAfterState(entry.id(), entry.after());
        }
        assertThat(audit.verify().intact()).as("intact after restoring").isTrue();
        assertThat(CliAccess.verifyAudit(context).exitCode()).isZero();
    }

    private void setAfterState(long id, String after) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
        try {
            jdbc.sql("update audit_entry set after_state = :after where id = :id").param("after", after).param("id", id)
                    .update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
    }

    @Test
    void onlyAdministratorsWithTheWholeTreeMayVerify() {
        for (String[] who : new String[][] {{"administrator", "city"}, {"coordinator", "province"},
            {"inspector", "province"}, {"viewer", "province"}}) {
            Http http = signedIn(who[0], who[1]);
            assertThat(http.postJson("/api/v1/audit/verify", "").status()).as(String.join(".", who)).isEqualTo(403);
            assertThat(http.postForm("/audit/verify", Map.of()).status()).as(String.join(".", who)).isEqualTo(403);
        }
        assertThat(signedIn("administrator", "city").get("/audit").body()).doesNotContain("/audit/verify");
        assertThat(signedIn("administrator", "province").get("/audit").body()).contains("/audit/verify");
    }

    @Test
    void aFailedSignInIsRecorded() {
        String user = Demo.user("analyst", "county");
        var failed = new Http(port).login(user, "not-the-password");
        assertThat(failed.location()).contains("error");
        Http admin = signedIn("administrator", "province");
        JsonNode page = api(admin, "/api/v1/audit?action=sign-in-failed&actor=" + user);
        assertThat(page.path("total").asLong()).isPositive();
        JsonNode entry = page.path("items").get(0);
        assertThat(entry.path("entityType").asString()).isEqualTo("user");
        assertThat(entry.path("entityId").asString()).isEqualTo(user);
        assertThat(entry.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(admin.get("/audit?action=sign-in-failed&actor=" + user).body()).contains("sign-in-failed");
        assertThat(signedIn("analyst", "county").get("/").status()).as("one failure does not lock").isEqualTo(200);
    }

    @Test
    void changesToSettingsOfTheWholeTreeAreReadOnlyByThoseWhoseScopeIsTheWholeTree() {
        // a change of the taxonomy, the risk matrix or a rule belongs to no jurisdiction
        String id = newCode();
        audit.record("update", "risk-domain", id, null, Map.of("position", 1), Map.of("position", 2));
        assertThat(api(signedIn("administrator", "province"), "/api/v1/audit?entityId=" + id).path("total").asLong())
                .isEqualTo(1);
        assertThat(api(signedIn("coordinator", "province"), "/api/v1/audit?entityId=" + id).path("total").asLong())
                .isEqualTo(1);
        assertThat(api(signedIn("coordinator", "city"), "/api/v1/audit?entityId=" + id).path("total").asLong())
                .isZero();
        assertThat(signedIn("administrator", "city").get("/audit?entityId=" + id).body())
                .doesNotContain("data-entry-id");
        assertThat(signedIn("administrator", "province").get("/audit?entityId=" + id).body())
                .contains("data-entry-id");
    }

    @Test
    void aCityCoordinatorSeesTheCityButNothingOfItsSibling() {
        Http admin = signedIn("administrator", "province");
        String own = newCode();
        String sibling = newCode();
        create(admin, own, Demo.CITY);
        create(admin, sibling, Demo.SIBLING_CITY);
        String siblingPath = only("jurisdiction", sibling).jurisdictionPath();
        String siblingCityPath = siblingPath.substring(0, siblingPath.lastIndexOf('/', siblingPath.length() - 2) + 1);
        assertThat(siblingCityPath).matches("(/\\d+)+/").isNotEqualTo(siblingPath);

        Http coordinator = signedIn("coordinator", "city");
        assertThat(api(coordinator, "/api/v1/audit?entityId=" + own).path("total").asLong()).isEqualTo(1);
        assertThat(api(coordinator, "/api/v1/audit?entityId=" + sibling).path("total").asLong()).isZero();
        List<String> paths = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            JsonNode items = api(coordinator, "/api/v1/audit?size=500&page=" + page).path("items");
            items.forEach(e -> paths.add(e.path("jurisdictionPath").isNull() ? null : e.path("jurisdictionPath").asString()));
            if (items.size() < 500) {
                break;
            }
        }
        assertThat(paths).isNotEmpty().doesNotContainNull().noneMatch(p -> p.startsWith(siblingCityPath));

        var all = coordinator.get("/audit");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains(own).doesNotContain(sibling).doesNotContain(siblingCityPath);
        var filtered = coordinator.get("/audit?entityType=jurisdiction&entityId=" + sibling);
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body()).doesNotContain("data-entry-id").doesNotContain("<code>" + sibling + "</code>");
        assertThat(api(admin, "/api/v1/audit?entityId=" + sibling).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void viewersMayNotReadTheLog() {
        Http viewer = signedIn("viewer", "city");
        assertThat(viewer.get("/audit").status()).isEqualTo(403);
        assertThat(viewer.get("/audit?from=notadate").status()).isEqualTo(403);
        var api = viewer.get("/api/v1/audit");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.header("Content-Type")).contains("application/problem+json");
        assertThat(viewer.get("/api/v1/audit?from=notadate").status()).isEqualTo(403);
        assertThat(new Http(port).get("/api/v1/audit").status()).isEqualTo(401);
    }

    @Test
    void theLogReadsInSimplifiedChinese() {
        Http inspector = signedIn("inspector", "province");
        try {
            inspector.postForm("/account/language", Map.of("lang", "zh", "redirect", "/audit"));
            var page = inspector.get("/audit");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("审计日志").contains("记录类型").contains("请求编号");
        } finally {
            inspector.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
    }
}
