package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rampart.risk.RiskFixtures.create;
import static org.rampart.support.Sessions.signedIn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rampart.support.Demo;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changing a risk through its edit form and the API: clearing the residual pair, and editing treatment actions. */
@IntegrationTest
class RiskEditIntegrationTests {

    private static final String RESIDUAL = "\"residualLikelihood\":2,\"residualImpact\":3";

    @LocalServerPort
    int port;
    @Autowired
    RiskManagement risks;

    private final JsonMapper json = JsonMapper.builder().build();

    // --- clearing the residual likelihood and impact ---

    @Test
    void putKeepsMembersThatAreNullOrAbsentSoAFullDraftWithNullsLosesNothing() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "RK", Demo.CITY, 3, 4, RESIDUAL + ",\"ownerUnit\":\"DP-01-WR\",\"targetLevel\":\"LOW\"");
        Http.Response put = analyst.putJson("/api/v1/risks/" + code, """
                {"titleEn":"Kept by a put","ownerUnit":null,"targetLevel":null,"residualLikelihood":null,
                 "residualImpact":null,"reason":null}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode after = json.readTree(put.body());
        assertThat(after.path("titleEn").asString()).isEqualTo("Kept by a put");
        assertThat(after.path("ownerUnit").asString()).isEqualTo("DP-01-WR");
        assertThat(after.path("targetLevel").asString()).isEqualTo("LOW");
        assertThat(residual(analyst, code)).isEqualTo("2x3");
        assertThat(json.readTree(analyst.get("/api/v1/risks/" + code + "/assessments").body()).size())
                .as("nothing was re-assessed").isEqualTo(1);
    }

    @Test
    void anExplicitNullInAPatchClearsTheResidualPairWhileAnAbsentMemberKeepsItAndTheChangeIsAudited() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "RC", Demo.CITY, 3, 4, RESIDUAL + ",\"ownerUnit\":\"DP-01-WR\",\"targetLevel\":\"LOW\"");
        String path = "/api/v1/risks/" + code;

        JsonNode renamed = json.readTree(analyst.patchJson(path, "{\"titleEn\":\"Renamed by a patch\"}").body());
        assertThat(renamed.path("titleEn").asString()).isEqualTo("Renamed by a patch");
        assertThat(renamed.path("residualScore").asInt()).as("absent members keep their values").isEqualTo(6);

        Http.Response half = analyst.patchJson(path, "{\"residualLikelihood\":null,\"reason\":\"controls gone\"}");
        assertThat(half.status()).as(half.body()).isEqualTo(400);
        assertThat(json.readTree(half.body()).path("errors").findValuesAsString("field")).containsExactly("residualLikelihood");
        assertThat(half.body()).contains("is required with a residual impact");
        assertThat(residual(analyst, code)).as("nothing half-written").isEqualTo("2x3");

        Http.Response noReason = analyst.patchJson(path, "{\"residualLikelihood\":null,\"residualImpact\":null}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(json.readTree(noReason.body()).path("errors").findValuesAsString("field")).containsExactly("reason");

        Http.Response cleared = analyst.patchJson(path, """
                {"residualLikelihood":null,"residualImpact":null,"reason":"The patrols were stopped"}""");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        JsonNode after = json.readTree(cleared.body());
        assertThat(after.path("residualLikelihood").isNull()).isTrue();
        assertThat(after.path("residualImpact").isNull()).isTrue();
        assertThat(after.path("residualScore").isNull()).isTrue();
        assertThat(after.path("residualLevel").isNull()).isTrue();
        assertThat(after.path("ownerUnit").asString()).as("a member left out stays").isEqualTo("DP-01-WR");
        assertThat(after.path("score").asInt()).isEqualTo(12);

        JsonNode history = json.readTree(analyst.get(path + "/assessments").body());
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("reason").asString()).isEqualTo("The patrols were stopped");
        assertThat(last.path("residualScore").isNull()).isTrue();

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=risk&entityId=" + code).body()).path("items");
        assertThat(audit.get(0).path("action").asString()).isEqualTo("update");
        JsonNode before = json.readTree(audit.get(0).path("before").asString());
        JsonNode audited = json.readTree(audit.get(0).path("after").asString());
        assertThat(before.path("residualLikelihood").asInt()).isEqualTo(2);
        assertThat(before.path("residualImpact").asInt()).isEqualTo(3);
        assertThat(audited.has("residualLikelihood")).isTrue();
        assertThat(audited.path("residualLikelihood").isNull()).isTrue();
        assertThat(audited.path("residualImpact").isNull()).isTrue();

        JsonNode set = json.readTree(analyst.patchJson(path, """
                {"residualLikelihood":1,"residualImpact":2,"reason":"Patrols again"}""").body());
        assertThat(set.path("residualScore").asInt()).isEqualTo(2);
        JsonNode one = json.readTree(analyst.patchJson(path, "{\"residualImpact\":4,\"reason\":\"Worse\"}").body());
        assertThat(one.path("residualLikelihood").asInt()).as("the other of the pair is kept").isEqualTo(1);
        assertThat(one.path("residualScore").asInt()).isEqualTo(4);

        JsonNode others = json.readTree(analyst.patchJson(path, "{\"ownerUnit\":null,\"targetLevel\":null}").body());
        assertThat(others.path("ownerUnit").isNull()).isTrue();
        assertThat(others.path("targetLevel").isNull()).isTrue();
        assertThat(others.path("titleEn").asString()).isEqualTo("Renamed by a patch");
        assertThat(others.path("residualScore").asInt()).isEqualTo(4);
    }

    @Test
    void aBadResidualValueNamesItsFieldAndARiskOfTheSiblingCityCannotBeChanged() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "RB", Demo.CITY, 3, 3, RESIDUAL);
        Http.Response text = analyst.patchJson("/api/v1/risks/" + code, "{\"residualImpact\":\"high\",\"reason\":\"x\"}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(json.readTree(text.body()).path("errors").findValuesAsString("field")).containsExactly("residualImpact");
        Http.Response off = analyst.patchJson("/api/v1/risks/" + code, "{\"residualImpact\":9,\"reason\":\"x\"}");
        assertThat(json.readTree(off.body()).path("errors").findValuesAsString("field")).containsExactly("residualImpact");
        assertThat(analyst.patchJson("/api/v1/risks/" + code, "[1]").status()).isEqualTo(400);
        assertThat(analyst.putJson("/api/v1/risks/" + code, "null").status()).isEqualTo(400);
        assertThat(residual(analyst, code)).isEqualTo("2x3");
        JsonNode docs = json.readTree(analyst.get("/v3/api-docs").body()).path("paths").path("/api/v1/risks/{code}");
        assertThat(docs.path("patch").path("requestBody").toString()).contains("RiskDraft");
        assertThat(docs.path("put").path("description").asString()).contains("absent or null keep")
                .doesNotContain("explicit null clears");
        assertThat(docs.path("patch").path("description").asString()).contains("explicit null clears");

        Http province = signedIn(port, "analyst", "province");
        String sibling = create(province, "RS", Demo.SIBLING_CITY, 3, 3, RESIDUAL);
        String clear = "{\"residualLikelihood\":null,\"residualImpact\":null,\"reason\":\"mine now\"}";
        assertThat(analyst.patchJson("/api/v1/risks/" + sibling, clear).status()).isEqualTo(404);
        assertThat(analyst.putJson("/api/v1/risks/" + sibling, clear).status()).isEqualTo(404);
        assertThat(analyst.postForm("/risks/" + sibling + "/edit", form(risks.get(org.rampart.shared.Actor.system(),
                sibling), "", "", "mine now")).status()).isEqualTo(404);
        assertThat(residual(province, sibling)).isEqualTo("2x3");
    }

    @Test
    void theEditFormClearsTheResidualPairWhenBothAreSetToNone() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "RP", Demo.CITY, 4, 4, RESIDUAL);
        Risk risk = risks.get(org.rampart.shared.Actor.system(), code);
        assertThat(analyst.get("/risks/" + code + "/edit").body()).contains("id=\"residualHelp\"");

        Http.Response half = analyst.postForm("/risks/" + code + "/edit", form(risk, "", "3", "controls gone"));
        assertThat(half.status()).as("the form comes back with the problem").isEqualTo(200);
        assertThat(half.body()).contains("Residual likelihood: is required with a residual impact");
        assertThat(residual(analyst, code)).isEqualTo("2x3");

        Http.Response saved = analyst.postForm("/risks/" + code + "/edit", form(risk, "", "", "The patrols were stopped"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/risks/" + code);
        assertThat(residual(analyst, code)).isEqualTo("none");
        assertThat(analyst.get("/risks/" + code + "/edit").body())
                .doesNotContain("<option value=\"2\" selected=\"selected\">2");

        inChinese(analyst, () -> {
            Http.Response zhHalf = analyst.postForm("/risks/" + code + "/edit", form(risk, "2", "", "x"));
            assertThat(zhHalf.body()).contains("剩余影响：填写剩余可能性时必填");
        });
        assertThat(residual(analyst, code)).isEqualTo("none");
    }

    /** The edit form as a browser posts it: every field, with the given residual pair and reason. */
    private static Map<String, String> form(Risk r, String residualLikelihood, String residualImpact, String reason) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("titleEn", r.titleEn());
        f.put("titleZh", r.titleZh());
        f.put("descriptionEn", r.descriptionEn());
        f.put("descriptionZh", r.descriptionZh());
        f.put("domain", r.domainCode());
        f.put("ownerUnit", r.ownerUnitCode() == null ? "" : r.ownerUnitCode());
        f.put("causes", r.causes());
        f.put("consequences", r.consequences());
        f.put("controls", r.controls());
        f.put("likelihood", String.valueOf(r.likelihood()));
        f.put("impact", String.valueOf(r.impact()));
        f.put("residualLikelihood", residualLikelihood);
        f.put("residualImpact", residualImpact);
        f.put("targetLevel", r.targetLevel() == null ? "" : r.targetLevel().name());
        f.put("reviewFrequencyDays", String.valueOf(r.reviewFrequencyDays()));
        f.put("nextReviewDate", r.nextReviewDate().toString());
        f.put("indicators", String.join(", ", r.indicatorCodes()));
        f.put("tags", String.join(", ", r.tags()));
        f.put("reason", reason);
        return f;
    }

    private String residual(Http http, String code) {
        JsonNode r = json.readTree(http.get("/api/v1/risks/" + code).body());
        return r.path("residualLikelihood").isNull() && r.path("residualImpact").isNull() ? "none"
                : r.path("residualLikelihood").asInt() + "x" + r.path("residualImpact").asInt();
    }

    // --- editing a treatment action from the risk's page ---

    @Test
    void anEditorChangesATreatmentsTitleUnitDueDateAndStatusFromTheRisksPage() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "TE", Demo.CITY, 3, 3, null);
        long id = addTreatment(analyst, code, "Reinforce the dam", "DP-01-WR");
        String page = "/risks/" + code;
        assertThat(analyst.get(page).body()).contains("href=\"/risks/" + code + "?treatment=" + id + "\"")
                .doesNotContain("id=\"treatment-edit-form\"");
        String editing = analyst.get(page + "?treatment=" + id).body();
        assertThat(editing).contains("id=\"treatment-edit-form\"").contains("value=\"Reinforce the dam\"")
                .contains("action=\"/risks/" + code + "/treatments/" + id + "\"");

        String due = risks.today().plusDays(45).toString();
        Http.Response saved = analyst.postForm(page + "/treatments/" + id, Map.of("title", "Reinforce the spillway",
                "ownerUnit", "DP-01-EM", "dueDate", due, "status", "IN_PROGRESS"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(page + "#treatment-" + id);
        JsonNode t = treatment(analyst, code, id);
        assertThat(t.path("title").asString()).isEqualTo("Reinforce the spillway");
        assertThat(t.path("ownerUnitCode").asString()).isEqualTo("DP-01-EM");
        assertThat(t.path("dueDate").asString()).isEqualTo(due);
        assertThat(t.path("status").asString()).isEqualTo("IN_PROGRESS");

        Http admin = signedIn(port, "administrator", "province");
        JsonNode audit = json.readTree(admin.get("/api/v1/audit?entityType=risk&entityId=" + code).body()).path("items");
        assertThat(audit.get(0).path("action").asString()).isEqualTo("treatment.update");
        assertThat(audit.get(0).path("before").asString()).contains("Reinforce the dam").contains("DP-01-WR")
                .contains("PLANNED");
        assertThat(audit.get(0).path("after").asString()).contains("Reinforce the spillway").contains("DP-01-EM")
                .contains(due).contains("IN_PROGRESS");

        Http.Response noUnit = analyst.postForm(page + "/treatments/" + id, Map.of("title", "Reinforce the spillway",
                "ownerUnit", "", "dueDate", due, "status", "IN_PROGRESS"));
        assertThat(noUnit.status()).isEqualTo(302);
        assertThat(treatment(analyst, code, id).path("ownerUnitCode").isNull()).as("an empty unit clears it").isTrue();
    }

    @Test
    void aRefusedTreatmentEditComesBackToItsFormNamingTheFieldAndChangesNothing() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "TF", Demo.CITY, 3, 3, null);
        long id = addTreatment(analyst, code, "Clear the culverts", "DP-01-WR");
        String page = "/risks/" + code;
        JsonNode before = treatment(analyst, code, id);

        Http.Response early = analyst.postForm(page + "/treatments/" + id, Map.of("title", "Clear the culverts early",
                "ownerUnit", "DP-01-WR", "dueDate", "2000-01-01", "status", "DONE"));
        assertThat(early.status()).isEqualTo(302);
        assertThat(early.location()).endsWith(page + "?treatment=" + id);
        String back = analyst.get(early.location().substring(early.location().indexOf("/risks/"))).body();
        assertThat(back).contains("Due: must not be before the risk was created")
                .contains("id=\"treatment-edit-form\"").contains("value=\"Clear the culverts early\"")
                .contains("value=\"2000-01-01\"");
        assertThat(treatment(analyst, code, id)).as("nothing written").isEqualTo(before);

        Http.Response foreignUnit = analyst.postForm(page + "/treatments/" + id, Map.of("title", "Clear the culverts",
                "ownerUnit", "DP-02-WR", "dueDate", before.path("dueDate").asString(), "status", "DONE"));
        String unitBack = analyst.get(foreignUnit.location().substring(foreignUnit.location().indexOf("/risks/"))).body();
        assertThat(unitBack).contains("Owner unit: ").contains("DP-02-WR");
        Http.Response blankTitle = analyst.postForm(page + "/treatments/" + id, Map.of("title", " ",
                "ownerUnit", "DP-01-WR", "dueDate", before.path("dueDate").asString(), "status", "DONE"));
        assertThat(analyst.get(blankTitle.location().substring(blankTitle.location().indexOf("/risks/"))).body())
                .contains("Action: ");
        assertThat(treatment(analyst, code, id)).isEqualTo(before);

        inChinese(analyst, () -> {
            Http.Response zhEarly = analyst.postForm(page + "/treatments/" + id, Map.of("title", "", "ownerUnit", "",
                    "dueDate", "2000-01-01", "status", "DONE"));
            String zhBack = analyst.get(zhEarly.location().substring(zhEarly.location().indexOf("/risks/"))).body();
            assertThat(zhBack).contains("期限：不能早于风险创建日期").contains("措施：");
            assertThat(analyst.get(page).body()).contains("修改措施“Clear the culverts”");
        });
    }

    @Test
    void aTreatmentOfAClosedRiskCannotChangeThroughTheApiNorFromTheRisksPage() {
        Http analyst = signedIn(port, "analyst", "city");
        String code = create(analyst, "TC", Demo.CITY, 3, 3, null);
        long id = addTreatment(analyst, code, "Close the gates", "DP-01-WR");
        Http.Response closed = analyst.postJson("/api/v1/risks/" + code + "/close", "{\"reason\":\"Gone\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode before = treatment(analyst, code, id);

        Http.Response api = analyst.putJson("/api/v1/risks/" + code + "/treatments/" + id, "{\"title\":\"Reopened\"}");
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.header("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("is closed");
        assertThat(treatment(analyst, code, id)).isEqualTo(before);

        String page = "/risks/" + code;
        Http.Response form = analyst.postForm(page + "/treatments/" + id, Map.of("title", "Reopened",
                "ownerUnit", "DP-01-WR", "dueDate", before.path("dueDate").asString(), "status", "DONE"));
        assertThat(form.status()).as("back to the risk, not an error page").isEqualTo(302);
        assertThat(form.location()).endsWith(page);
        Http.Response back = analyst.get(page);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("The risk is closed and cannot change.");
        assertThat(treatment(analyst, code, id)).as("nothing written").isEqualTo(before);

        inChinese(analyst, () -> {
            analyst.postForm(page + "/treatments/" + id, Map.of("title", "Reopened", "ownerUnit", "DP-01-WR",
                    "dueDate", before.path("dueDate").asString(), "status", "DONE"));
            assertThat(analyst.get(page).body()).contains("该风险已关闭，不能修改。");
        });
        assertThat(treatment(analyst, code, id)).isEqualTo(before);
    }

    /** Run the checks with the account's language set to Chinese, and set it back to English after. */
    private static void inChinese(Http http, Runnable checks) {
        http.postForm("/account/language", Map.of("lang", "zh", "redirect", "/"));
        try {
            checks.run();
        } finally {
            http.postForm("/account/language", Map.of("lang", "en", "redirect", "/"));
        }
    }

    @Test
    void aCityUserCannotSeeOrChangeATreatmentOfTheSiblingCityAndViewersGetNoEditForm() {
        Http province = signedIn(port, "analyst", "province");
        String sibling = create(province, "TS", Demo.SIBLING_CITY, 3, 3, null);
        long id = addTreatment(province, sibling, "Sibling action", "DP-02-WR");
        JsonNode before = treatment(province, sibling, id);
        Map<String, String> change = Map.of("title", "Taken over", "ownerUnit", "", "dueDate",
                risks.today().plusDays(10).toString(), "status", "CANCELLED");
        for (String role : java.util.List.of("analyst", "coordinator", "administrator")) {
            Http city = signedIn(port, role, "city");
            assertThat(city.postForm("/risks/" + sibling + "/treatments/" + id, change).status()).isEqualTo(404);
            assertThat(city.get("/risks/" + sibling + "?treatment=" + id).status()).isEqualTo(404);
        }
        assertThat(treatment(province, sibling, id)).isEqualTo(before);

        Http analyst = signedIn(port, "analyst", "city");
        String own = create(analyst, "TO", Demo.CITY, 3, 3, null);
        assertThat(analyst.postForm("/risks/" + own + "/treatments/" + id, change).status())
                .as("a treatment of another risk is not found under this one").isEqualTo(404);
        assertThat(treatment(province, sibling, id)).isEqualTo(before);

        long ownId = addTreatment(analyst, own, "Own action", "DP-01-WR");
        Http viewer = signedIn(port, "viewer", "city");
        assertThat(viewer.get("/risks/" + own + "?treatment=" + ownId).body()).contains("Own action")
                .doesNotContain("treatment-edit-form").doesNotContain("treatment-edit-link");
        assertThat(viewer.postForm("/risks/" + own + "/treatments/" + ownId, change).status()).isEqualTo(403);
        assertThat(treatment(analyst, own, ownId).path("title").asString()).isEqualTo("Own action");
    }

    private long addTreatment(Http http, String code, String title, String unit) {
        Http.Response added = http.postJson("/api/v1/risks/" + code + "/treatments", """
                {"title":"%s","ownerUnit":"%s","dueDate":"%s"}""".formatted(title, unit, risks.today().plusDays(30)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return json.readTree(added.body()).path("id").asLong();
    }

    private JsonNode treatment(Http http, String code, long id) {
        for (JsonNode t : json.readTree(http.get("/api/v1/risks/" + code + "/treatments").body())) {
            if (t.path("id").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("no treatment " + id + " on " + code);
    }
}
