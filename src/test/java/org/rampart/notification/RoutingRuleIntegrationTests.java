package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
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
            assertThat(refused.body()).as(url).contains("webhookUrl").contains("must not point inside the network");
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
        assertThat(refused.body()).contains("name", "WEATHER", "PURPLE", "within your scope", "EXPLODED", "nobody-here",
                "PIGEON", "webhookUrl", "webhookSecret");
    }

    @Test
    void onlyAdministratorsAndCoordinatorsManageRulesAndOnlyAdministratorsReadTheDeliveryLog() {
        Http viewer = signedIn("viewer", "city");
        assertThat(viewer.get("/api/v1/notification-rules").status()).isEqualTo(403);
        assertThat(viewer.postJson("/api/v1/notification-rules", "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/deliveries").status()).isEqualTo(403);
        assertThat(signedIn("coordinator", "city").get("/api/v1/deliveries").status()).isEqualTo(403);
        assertThat(signedIn("administrator", "city").get("/api/v1/deliveries?state=DEAD").status()).isEqualTo(200);
        assertThat(signedIn("administrator", "city").get("/api/v1/deliveries?state=ZOMBIE").status()).isEqualTo(400);
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
                    .contains("辖区（代码）：未知辖区“NOWHERE”");
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
