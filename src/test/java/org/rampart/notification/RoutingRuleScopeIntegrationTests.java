package org.rampart.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.notification.NotificationFixtures.without;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.RiskDomain;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.rampart.warning.WarningChanged;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's administrator cannot learn, name or reach what belongs to a sibling city through routing rules: a
 * sibling's user, unit or jurisdiction is refused exactly like one that does not exist, and a sibling's rules and
 * deliveries are not found exactly like ones that do not exist.
 */
@IntegrationTest
class RoutingRuleScopeIntegrationTests extends NotificationTestSupport {

    private static final String API = "/api/v1/notification-rules";
    private static final String PAGE = "/admin/notification-rules";
    private static final String MADE_UP_UNIT = "DP-77-EM";
    private static final String MADE_UP_JURISDICTION = "DP-77";

    @Autowired
    AuditManagement audit;

    @Autowired
    RoutingRuleRepository repository;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSiblingCitysUserIsRefusedLikeAUserWhoDoesNotExist() {
        String sibling = NotificationFixtures.officer(users, "sibling", Demo.SIBLING_CITY, null);
        refusedAlike(sibling, "nobody-" + System.nanoTime(), "usernames", "notification.user.unknown",
                name -> Map.of("jurisdiction", Demo.CITY, "usernames", name));
    }

    @Test
    void aSiblingCitysUnitIsRefusedLikeAUnitThatDoesNotExist() {
        refusedAlike(Demo.SIBLING_CITY + "-EM", MADE_UP_UNIT, "units", "unit.unknown",
                name -> Map.of("jurisdiction", Demo.CITY, "units", name));
    }

    @Test
    void aSiblingCityAsTheRulesJurisdictionIsRefusedLikeOneThatDoesNotExist() {
        refusedAlike(Demo.SIBLING_CITY, MADE_UP_JURISDICTION, "jurisdiction", "jurisdiction.unknown",
                name -> Map.of("jurisdiction", name, "coordinators", "true"));
    }

    /**
     * Ask to create a rule, and to change one, naming the sibling's thing and the made-up one, through the API and the
     * pages, in English and Chinese: every answer is the same but for the name, and nothing is written or audited.
     */
    private void refusedAlike(String sibling, String madeUp, String field, String code,
            Function<String, Map<String, String>> fields) {
        Http admin = signedIn("administrator", "city");
        Http.Response kept = admin.postJson(API, """
                {"name": "Kept", "jurisdiction": "%s", "coordinators": true}""".formatted(Demo.CITY));
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        long id = json.readTree(kept.body()).path("id").asLong();
        String table = NotificationFixtures.ruleTable(jdbc);
        long audits = NotificationFixtures.ruleAudits(audit);

        for (String language : List.of("en", "zh")) {
            admin.postForm("/account/language", Map.of("lang", language, "redirect", "/"));
            try {
                Http.Response siblingCreate = admin.postJson(API, body(fields.apply(sibling)));
                Http.Response madeUpCreate = admin.postJson(API, body(fields.apply(madeUp)));
                assertThat(siblingCreate.status()).as(siblingCreate.body()).isEqualTo(400)
                        .isEqualTo(madeUpCreate.status());
                assertThat(without(siblingCreate.body(), sibling)).isEqualTo(without(madeUpCreate.body(), madeUp));
                JsonNode error = json.readTree(siblingCreate.body()).path("errors").get(0);
                assertThat(error.path("field").asString()).isEqualTo(field);
                assertThat(error.path("code").asString()).isEqualTo(code);
                assertThat(error.path("reason").asString()).contains(sibling)
                        .contains(language.equals("zh") ? "“" : "'");

                Http.Response siblingUpdate = admin.putJson(API + "/" + id, body(fields.apply(sibling)));
                Http.Response madeUpUpdate = admin.putJson(API + "/" + id, body(fields.apply(madeUp)));
                assertThat(siblingUpdate.status()).isEqualTo(400).isEqualTo(madeUpUpdate.status());
                assertThat(without(siblingUpdate.body(), sibling)).isEqualTo(without(madeUpUpdate.body(), madeUp));

                Http.Response siblingPage = admin.postForm(PAGE + "/new", form(fields.apply(sibling)));
                Http.Response madeUpPage = admin.postForm(PAGE + "/new", form(fields.apply(madeUp)));
                assertThat(siblingPage.status()).isEqualTo(200).isEqualTo(madeUpPage.status());
                assertThat(siblingPage.body()).contains(sibling);
                assertThat(without(siblingPage.body(), sibling)).isEqualTo(without(madeUpPage.body(), madeUp));

                Http.Response siblingEdit = admin.postForm(PAGE + "/" + id, form(fields.apply(sibling)));
                Http.Response madeUpEdit = admin.postForm(PAGE + "/" + id, form(fields.apply(madeUp)));
                assertThat(siblingEdit.status()).isEqualTo(200).isEqualTo(madeUpEdit.status());
                assertThat(without(siblingEdit.body(), sibling)).isEqualTo(without(madeUpEdit.body(), madeUp));
            } finally {
                admin.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
            }
        }
        assertThat(NotificationFixtures.ruleTable(jdbc)).as("no rule written or changed").isEqualTo(table);
        assertThat(NotificationFixtures.ruleAudits(audit)).as("nothing audited").isEqualTo(audits);
    }

    private static String body(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{\"name\": \"Into a sibling's inbox\", \"channels\": [\"IN_APP\"]");
        fields.forEach((k, v) -> sb.append(", \"").append(k).append("\": ").append(switch (k) {
            case "usernames", "units" -> "[\"" + v + "\"]";
            case "coordinators" -> v;
            default -> "\"" + v + "\"";
        }));
        return sb.append('}').toString();
    }

    private static Map<String, String> form(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("name", "Into a sibling's inbox", "channels", "IN_APP",
                "active", "true"));
        form.putAll(fields);
        return form;
    }

    @Test
    void aRuleNamesOnlyUsersAndUnitsOfItsOwnJurisdictionOrAboveIt() {
        Http province = signedIn("administrator", "province");
        String sibling = NotificationFixtures.officer(users, "sibling", Demo.SIBLING_CITY, null);
        Http.Response unit = province.postJson(API, body(Map.of("jurisdiction", Demo.CITY,
                "units", Demo.SIBLING_CITY + "-EM")));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.body()).contains("\"code\":\"notification.unit.unrelated\"")
                .contains("belongs neither to the rule's jurisdiction nor to one above it");
        Http.Response user = province.postJson(API, body(Map.of("jurisdiction", Demo.CITY, "usernames", sibling)));
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.body()).contains("\"code\":\"notification.user.unrelated\"");

        Http city = signedIn("coordinator", "city");
        String otherCounty = Demo.CITY + "-02";
        assertThat(jurisdictions.ref(otherCounty)).as("the city has a second county").isPresent();
        Http.Response cousin = city.postJson(API, body(Map.of("jurisdiction", Demo.COUNTY,
                "units", otherCounty + "-EM")));
        assertThat(cousin.status()).isEqualTo(400);
        assertThat(cousin.body()).contains("\"code\":\"notification.unit.unrelated\"");

        for (String above : List.of(Demo.CITY + "-EM", Demo.PROVINCE + "-EM")) {
            Http.Response accepted = city.postJson(API, body(Map.of("jurisdiction", Demo.COUNTY, "units", above)));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        }
        Http.Response upward = city.postJson(API, body(Map.of("jurisdiction", Demo.COUNTY,
                "usernames", Demo.user("coordinator", "city"))));
        assertThat(upward.status()).as(upward.body()).isEqualTo(201);
    }

    @Test
    void aRuleStoredBeforeTheCheckReachesNobodyOutsideItsJurisdiction() {
        String named = NotificationFixtures.officer(users, "named", Demo.SIBLING_CITY, null);
        String member = NotificationFixtures.officer(users, "member", Demo.SIBLING_CITY, Demo.SIBLING_CITY + "-EM");
        repository.insert(new RoutingRuleRepository.Values("Stored long ago", null, WarningLevel.BLUE, Demo.CITY,
                path(Demo.CITY), Set.of(Change.RAISED), List.of(named, Demo.user("officer", "city")),
                List.of(Demo.SIBLING_CITY + "-EM"), false, Set.of(Channel.IN_APP), null, null, true));
        WarningChanged raised = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.RED, Demo.CITY);
        dispatcher.dispatch(raised);
        assertThat(deliveries(raised.warningId())).extracting(Delivery::recipient)
                .containsExactly("user:" + Demo.user("officer", "city"))
                .doesNotContain("user:" + named, "user:" + member);
    }

    @Test
    void aSiblingCitysRulesAndDeliveriesAreNotFoundLikeOnesThatDoNotExist() {
        Actor province = actor("administrator", "province");
        String sibling = NotificationFixtures.officer(users, "sibling", Demo.SIBLING_CITY, null);
        String name = "Sibling's own rule " + System.nanoTime();
        RoutingRule theirs = notifications.createRule(province, new RoutingRuleDraft(name, null, null,
                Demo.SIBLING_CITY, Set.of("RAISED"), List.of(sibling), List.of(), false, Set.of("IN_APP"), null, null,
                null));
        long missing = theirs.id() + 1_000_000;
        String table = NotificationFixtures.ruleTable(jdbc);
        long audits = NotificationFixtures.ruleAudits(audit);

        Http admin = signedIn("administrator", "city");
        String valid = body(Map.of("jurisdiction", Demo.CITY, "coordinators", "true"));
        Map<String, String> form = form(Map.of("jurisdiction", Demo.CITY, "coordinators", "true"));
        notFoundAlike(theirs.id(), missing, id -> admin.get(API + "/" + id));
        notFoundAlike(theirs.id(), missing, id -> admin.putJson(API + "/" + id, valid));
        notFoundAlike(theirs.id(), missing, id -> admin.delete(API + "/" + id));
        notFoundAlike(theirs.id(), missing, id -> admin.get(PAGE + "/" + id));
        notFoundAlike(theirs.id(), missing, id -> admin.postForm(PAGE + "/" + id, form));
        notFoundAlike(theirs.id(), missing, id -> admin.postForm(PAGE + "/" + id + "/delete", Map.of()));
        assertThat(admin.get(API + "?size=200").body()).doesNotContain(name).doesNotContain(sibling);
        assertThat(admin.get(PAGE).body()).doesNotContain(name).doesNotContain(sibling);
        assertThat(NotificationFixtures.ruleTable(jdbc)).as("the sibling's rule is unchanged").isEqualTo(table);
        assertThat(NotificationFixtures.ruleAudits(audit)).isEqualTo(audits);

        WarningChanged raised = event(Change.RAISED, RiskDomain.DISASTER, null, WarningLevel.RED, Demo.SIBLING_CITY);
        dispatcher.dispatch(raised);
        List<Delivery> made = deliveries(raised.warningId());
        assertThat(made).extracting(Delivery::recipient).containsExactly("user:" + sibling);
        long delivery = made.get(0).id();
        long none = delivery + 1_000_000;
        Http provinceAdmin = signedIn("administrator", "province");
        assertThat(provinceAdmin.get("/api/v1/deliveries/" + delivery).status()).as("it is there").isEqualTo(200);
        notFoundAlike(delivery, none, id -> admin.get("/api/v1/deliveries/" + id));
        notFoundAlike(delivery, none, id -> admin.get("/api/v1/deliveries/" + id + "/attempts"));
        notFoundAlike(delivery, none, id -> admin.postJson("/api/v1/deliveries/" + id + "/replay", ""));
        notFoundAlike(delivery, none, id -> admin.get("/admin/deliveries/" + id));
        notFoundAlike(delivery, none, id -> admin.postForm("/admin/deliveries/" + id + "/replay", Map.of()));
        Http.Response listed = admin.get("/api/v1/deliveries?warningId=" + raised.warningId());
        assertThat(json.readTree(listed.body()).path("total").asLong()).isZero();
        assertThat(listed.body()).doesNotContain(sibling);
        assertThat(admin.get("/admin/deliveries?warningId=" + raised.warningId()).body()).doesNotContain(sibling);
        assertThat(admin.get("/admin/deliveries").body()).doesNotContain(sibling);
    }

    /** The answer about the sibling's record equals the answer about a missing one, but for the id: not found. */
    private static void notFoundAlike(long theirs, long missing, Function<Long, Http.Response> ask) {
        Http.Response sibling = ask.apply(theirs);
        Http.Response none = ask.apply(missing);
        assertThat(sibling.status()).as(sibling.body()).isEqualTo(404).isEqualTo(none.status());
        assertThat(without(sibling.body(), theirs)).isEqualTo(without(none.body(), missing));
    }
}
