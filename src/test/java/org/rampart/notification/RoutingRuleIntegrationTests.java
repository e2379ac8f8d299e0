package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.Checks;
import org.rampart.shared.PageQuery;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RoutingRuleIntegrationTests extends NotificationTestSupport {

    @Autowired
    AuditManagement audit;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCoordinatorManagesRulesThroughTheApiAndEveryChangeIsAuditedWithoutTheSecret() {
        Http coordinator = signedIn("coordinator", "city");
        Http.Response created = coordinator.postJson("/api/v1/notification-rules", """
                {"name": "Floods to the bureau", "domain": "DISASTER", "minLevel": "yellow", "jurisdiction": "%s",
                 "changes": ["RAISED", "UPGRADED"], "units": ["%s-EM"], "coordinators": true,
                 "channels": ["IN_APP", "WEBHOOK"], "webhookUrl": "https://hooks.example.org/rampart",
                 "webhookSecret": "a-long-enough-secret"}
                """.formatted(Demo.CITY, Demo.CITY));
        assertThat(created.status()).isEqualTo(201);
        String siblingUnit = """
                {"name": "Into a sibling's inbox", "jurisdiction": "%s", "units": ["%s"]}
                """;
        Http.Response sibling = coordinator.postJson("/api/v1/notification-rules",
                siblingUnit.formatted(Demo.CITY, Demo.SIBLING_CITY + "-EM"));
        Http.Response madeUp = coordinator.postJson("/api/v1/notification-rules",
                siblingUnit.formatted(Demo.CITY, "DP-77-EM"));
        assertThat(sibling.status()).isEqualTo(400).isEqualTo(madeUp.status());
        assertThat(json.readTree(sibling.body()).path("errors").toString().replace(Demo.SIBLING_CITY + "-EM", "?"))
                .isEqualTo(json.readTree(madeUp.body()).path("errors").toString().replace("DP-77-EM", "?"))
                .contains("unit.unknown");
        JsonNode rule = json.readTree(created.body());
        long id = rule.path("id").asLong();
        assertThat(created.location()).endsWith("/api/v1/notification-rules/" + id);
        assertThat(rule.path("minLevel").asString()).isEqualTo("YELLOW");
        assertThat(rule.path("webhookSecretSet").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("a-long-enough-secret");

        Http.Response updated = coordinator.putJson("/api/v1/notification-rules/" + id, """
                {"name": "Floods, orange and up", "domain": "DISASTER", "minLevel": "ORANGE", "jurisdiction": "%s",
                 "units": ["%s-EM"], "channels": ["IN_APP", "WEBHOOK"], "webhookUrl": "https://hooks.example.org/rampart"}
                """.formatted(Demo.COUNTY, Demo.CITY));
        assertThat(updated.status()).isEqualTo(200);
        JsonNode after = json.readTree(updated.body());
        assertThat(after.path("jurisdictionCode").asString()).isEqualTo(Demo.COUNTY);
        assertThat(after.path("webhookSecretSet").asBoolean()).as("the secret is kept").isTrue();
        assertThat(after.path("changes").toString()).contains("RAISED", "UPGRADED", "ESCALATED", "REMINDED");

        assertThat(signedIn("coordinator", "province").get("/api/v1/notification-rules/" + id).status()).isEqualTo(200);
        assertThat(signedIn("coordinator", "county").get("/api/v1/notification-rules/" + id).status())
                .as("in the county coordinator's scope").isEqualTo(200);
        assertThat(coordinator.delete("/api/v1/notification-rules/" + id).status()).isEqualTo(204);
        assertThat(coordinator.get("/api/v1/notification-rules/" + id).status()).isEqualTo(404);

        var entries = audit.search(actor("administrator", "province"),
                new AuditFilter(null, "notification-rule", String.valueOf(id), null, null, null), new PageQuery(0, 10));
        assertThat(entries.items()).extracting(e -> e.action()).containsExactlyInAnyOrder("create", "update", "delete");
        assertThat(entries.items()).allSatisfy(e -> {
            assertThat(String.valueOf(e.before())).doesNotContain("a-long-enough-secret");
            assertThat(String.valueOf(e.after())).doesNotContain("a-long-enough-secret");
        });
    }

    @Autowired
    RoutingRuleRepository repository;

    @Autowired
    DeliveryRepository deliveryRepository;

    @Test
    void webhookSecretsAreStoredEncryptedAndOldClearOnesAreSealed() {
        Http admin = signedIn("administrator", "city");
        Http.Response created = admin.postJson("/api/v1/notification-rules", """
                {"name": "Sealed", "jurisdiction": "DP-01", "channels": ["WEBHOOK"], "webhookUrl": "https://hooks.example.org/sealed",
                 "webhookSecret": "the-very-secret-value-1"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).path("id").asLong();
        String stored = jdbc.sql("select webhook_secret from notification_rule where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("the-very-secret-value-1");
        assertThat(repository.webhookSecret(id)).contains("the-very-secret-value-1");

        // a secret stored in clear by an earlier version is sealed, and reads the same
        jdbc.sql("update notification_rule set webhook_secret = 'an-old-clear-secret' where id = :id").param("id", id)
                .update();
        assertThat(repository.webhookSecret(id)).contains("an-old-clear-secret");
        assertThat(repository.sealPlainSecrets()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select webhook_secret from notification_rule where id = :id").param("id", id)
                .query(String.class).single()).startsWith("v1:").doesNotContain("an-old-clear-secret");
        assertThat(repository.webhookSecret(id)).contains("an-old-clear-secret");
    }

    @Test
    void aWebhookCannotPointInsideTheNetwork() {
        Http admin = signedIn("administrator", "city");
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook",
                "http://localhost:5432/", "http://[::1]/hook", "http://192.168.1.1/", "http://0.0.0.0:8080/"}) {
            Http.Response refused = admin.postJson("/api/v1/notification-rules", """
                    {"name": "Inside", "jurisdiction": "DP-01", "channels": ["WEBHOOK"], "webhookUrl": "%s",
                     "webhookSecret": "a-long-enough-secret"}
                    """.formatted(url));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body()).as(url).contains("\"field\":\"webhookUrl\"")
                    .contains("\"code\":\"notification.webhook.url.internal\"")
                    .contains("must not point inside the network");
        }
    }

    @Test
    void anInvalidRuleIsRefusedWithEveryProblem() {
        Http.Response refused = signedIn("administrator", "city").postJson("/api/v1/notification-rules", """
                {"name": "", "domain": "WEATHER", "minLevel": "PURPLE", "jurisdiction": "%s",
                 "changes": ["EXPLODED"], "usernames": ["nobody-here"], "channels": ["PIGEON", "WEBHOOK"],
                 "webhookUrl": "ftp://example.org", "webhookSecret": "short"}
                """.formatted(Demo.SIBLING_CITY));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        List<String> errors = new ArrayList<>();
        json.readTree(refused.body()).path("errors").forEach(e -> errors.add(e.path("field").asString() + " "
                + e.path("code").asString() + " " + e.path("reason").asString()));
        assertThat(errors).containsExactlyInAnyOrder(
                "name value.required is required",
                "domain domain.unknown unknown domain 'WEATHER'",
                "minLevel value.one-of must be one of BLUE, YELLOW, ORANGE, RED, not 'PURPLE'",
                "jurisdiction jurisdiction.unknown unknown jurisdiction '" + Demo.SIBLING_CITY + "'",
                "changes value.one-of must be one of " + Checks.allowed(Change.class) + ", not 'EXPLODED'",
                "usernames notification.user.unknown unknown or inactive user 'nobody-here'",
                "channels value.one-of must be one of IN_APP, EMAIL, WEBHOOK, not 'PIGEON'",
                "webhookUrl notification.webhook.url.invalid an absolute http or https URL of at most 2000 characters is required",
                "webhookSecret notification.webhook.secret.length must be 16 to 200 characters");
        Http chinese = new Http(port).language("zh-CN");
        chinese.bearer(users.createToken(actor("administrator", "city"), Demo.user("administrator", "city"), "zh", 1,
                false).secret());
        assertThat(chinese.postJson("/api/v1/notification-rules", """
                {"name": "Hook", "jurisdiction": "%s", "channels": ["WEBHOOK"], "webhookUrl": "https://hooks.example.org/x"}
                """.formatted(Demo.CITY)).body()).contains("\"code\":\"notification.webhook.secret.required\"",
                "使用网络回调时为必填项");
    }

    @Test
    void onlyAdministratorsAndCoordinatorsManageRulesAndOnlyAdministratorsReadTheDeliveryLog() {
        Http viewer = signedIn("viewer", "city");
        assertThat(viewer.get("/api/v1/notification-rules").status()).isEqualTo(403);
        assertThat(viewer.postJson("/api/v1/notification-rules", "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/deliveries").status()).isEqualTo(403);
        assertThat(signedIn("coordinator", "city").get("/api/v1/deliveries").status()).isEqualTo(403);
        assertThat(signedIn("administrator", "city").get("/api/v1/deliveries?state=DEAD").status()).isEqualTo(200);
        Http.Response filters = signedIn("administrator", "city")
                .get("/api/v1/deliveries?state=ZOMBIE&channel=PIGEON&subject=GOSSIP");
        assertThat(filters.status()).isEqualTo(400);
        assertThat(json.readTree(filters.body()).path("errors").toString()).contains(
                "{\"field\":\"subject\",\"code\":\"value.one-of\"",
                "{\"field\":\"state\",\"code\":\"value.one-of\"",
                "{\"field\":\"channel\",\"code\":\"value.one-of\"", "'GOSSIP'", "'ZOMBIE'", "'PIGEON'");
    }

    @Test
    void aReadOnlyTokenReadsTheRulesAndTheLogButThePagesOfferNoChange() {
        Actor coordinator = actor("coordinator", "city");
        notifications.createRule(coordinator, new RoutingRuleDraft("Read me", null, null, Demo.CITY, null, null, null,
                true, null, null, null, null));
        Http reader = new Http(port).bearer(users.createToken(coordinator, coordinator.username(), "reader", 1, true)
                .secret());
        assertThat(reader.get("/api/v1/notification-rules").body()).contains("Read me");
        String page = reader.get("/admin/notification-rules").body();
        assertThat(page).contains("Read me").doesNotContain("/admin/notification-rules/new");
        long id = notifications.rules(coordinator, new PageQuery(0, 10)).items().get(0).id();
        assertThat(reader.get("/admin/notification-rules/" + id).body()).contains("Read me")
                .doesNotContain("/admin/notification-rules/" + id + "/delete");
        assertThat(reader.get("/admin/notification-rules/new").status()).isEqualTo(403);
        assertThatThrownBy(() -> notifications.deleteRule(readOnly(coordinator), id))
                .isInstanceOf(AccessDeniedException.class);

        Actor admin = actor("administrator", "city");
        WarningChanged event = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.RED, Demo.CITY);
        long dead = deliveryRepository.insert(Routing.eventKey(event), event, new Routing.Target(null, "webhook:0", null,
                Channel.WEBHOOK), DeliveryState.DEAD, "HTTP 500", "{}").orElseThrow();
        String log = "/admin/deliveries?warningId=" + event.warningId();
        assertThat(signedIn("administrator", "city").get(log).body()).contains("/admin/deliveries/" + dead + "/replay");
        Http logReader = new Http(port).bearer(users.createToken(admin, admin.username(), "log reader", 1, true)
                .secret());
        assertThat(logReader.get(log).body()).contains("/admin/deliveries/" + dead).doesNotContain("/replay");
        assertThat(logReader.get("/admin/deliveries/" + dead).body()).contains("HTTP 500").doesNotContain("/replay");
    }

    private static Actor readOnly(Actor a) {
        return new Actor(a.userId(), a.username(), a.roles(), a.jurisdictionId(), a.scopePath(), a.unitId(), true);
    }

    @Test
    void aRuleIsCreatedAndEditedOnItsPage() {
        Http coordinator = signedIn("coordinator", "city");
        assertThat(coordinator.get("/admin/notification-rules/new").status()).isEqualTo(200);
        Http.Response refused = coordinator.postForm("/admin/notification-rules/new", Map.of("name", "Page rule",
                "jurisdiction", Demo.CITY, "minLevel", "RED", "channels", "IN_APP"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Targets: name users, units or the coordinators of the jurisdiction");
        coordinator.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        try {
            assertThat(coordinator.postForm("/admin/notification-rules/new", Map.of("name", "Page rule", "jurisdiction",
                    "NOWHERE", "channels", "IN_APP", "coordinators", "true")).body())
                    .contains("辖区（代码）：未知的辖区“NOWHERE”");
        } finally {
            coordinator.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }

        Http.Response created = coordinator.postForm("/admin/notification-rules/new", Map.of("name", "Page rule",
                "jurisdiction", Demo.CITY, "minLevel", "RED", "channels", "IN_APP", "usernames",
                Demo.user("officer", "city") + ", " + Demo.user("analyst", "city"), "changes", "RAISED",
                "active", "true"));
        assertThat(created.status()).isEqualTo(302);
        String location = created.location();
        assertThat(location).contains("/admin/notification-rules/");
        String page = coordinator.get(location.substring(location.indexOf("/admin"))).body();
        assertThat(page).contains("Page rule", Demo.user("officer", "city") + ", " + Demo.user("analyst", "city"));
        assertThat(coordinator.get("/admin/notification-rules").body()).contains("Page rule", "Red (I)");
    }
}
