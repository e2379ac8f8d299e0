package org.rampart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.support.Http;
import org.rampart.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document states the allowed values of enumerations and the unit of amounts. */
@IntegrationTest
class PlatformOpenApiIntegrationTests {

    @LocalServerPort
    int port;

    private JsonNode doc;

    @BeforeEach
    void fetch() {
        Http.Response r = new Http(port).get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        doc = JsonMapper.builder().build().readTree(r.body());
    }

    private JsonNode property(String schema, String name) {
        JsonNode p = doc.path("components").path("schemas").path(schema).path("properties").path(name);
        assertThat(p.isMissingNode()).as(schema + "." + name).isFalse();
        return p;
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode p : doc.path("paths").path(path).path("get").path("parameters")) {
            if (name.equals(p.path("name").asString())) {
                return p.path("schema");
            }
        }
        throw new AssertionError("no parameter " + name + " of GET " + path);
    }

    private static List<String> values(JsonNode schema) {
        List<String> values = new ArrayList<>();
        JsonNode e = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
        e.forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void everyEnumerationListsItsValues() {
        List<String> empty = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(s -> s.getValue().path("properties").properties()
                .forEach(p -> {
                    if ((p.getValue().has("enum") || p.getValue().path("items").has("enum")) && values(p.getValue()).isEmpty()) {
                        empty.add(s.getKey() + "." + p.getKey());
                    }
                }));
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> op.getValue()
                .path("parameters").forEach(p -> {
                    if (p.path("schema").has("enum") && values(p.path("schema")).isEmpty()) {
                        empty.add(path.getKey() + "?" + p.path("name").asString());
                    }
                })));
        assertThat(empty).isEmpty();

        Map<String, List<String>> properties = Map.of(
                "IncidentView.type", List.of("PRODUCTION_SAFETY", "NATURAL_DISASTER"),
                "IncidentView.status", List.of("REPORTED", "CLOSED"),
                "IncidentView.grade", List.of("I", "IV"),
                "IncidentView.computedGrade", List.of("I", "IV"),
                "IncidentDraft.type", List.of("PUBLIC_HEALTH"),
                "RiskView.level", List.of("LOW", "EXTREME"),
                "Warning.level", List.of("BLUE", "RED"),
                "Delivery.channel", List.of("IN_APP", "WEBHOOK"));
        properties.forEach((where, some) -> {
            String[] parts = where.split("\\.");
            assertThat(values(property(parts[0], parts[1]))).as(where).containsAll(some);
        });

        assertThat(values(parameter("/api/v1/incidents", "type"))).contains("CYBER_DATA");
        assertThat(values(parameter("/api/v1/incidents", "grade"))).containsExactly("I", "II", "III", "IV");
        assertThat(values(parameter("/api/v1/incidents", "status"))).contains("VERIFIED");
        assertThat(values(parameter("/api/v1/risks", "level"))).containsExactly("LOW", "MEDIUM", "HIGH", "EXTREME");
        assertThat(values(parameter("/api/v1/risks", "status"))).contains("IDENTIFIED", "CLOSED");
        assertThat(values(parameter("/api/v1/deliveries", "state"))).contains("PENDING", "DEAD");
        assertThat(values(parameter("/api/v1/deliveries", "channel"))).contains("EMAIL");
        assertThat(values(parameter("/api/v1/warnings", "level"))).contains("ORANGE");
    }

    /** Members and parameters that name one of a fixed set of values; the ones listed after are free text or open. */
    private static final java.util.Set<String> CHOICES = java.util.Set.of("level", "minLevel", "grade", "computedGrade",
            "gradeOverride", "status", "state", "type", "channel", "channels", "direction", "aggregate", "aggregation",
            "comparison", "periodType");
    private static final java.util.Set<String> OPEN = java.util.Set.of(
            // CAP messages: the CAP vocabulary is checked by the CAP module, and drafts have their own states
            "DraftView.state", "MessageView.status", "MessageView.direction",
            // not yet annotated (situation and identity views, carried as text)
            "TokenView.status", "RiskLine.level", "RiskLine.status", "Cell.level");

    @Test
    void everyMemberOrParameterNamingAChoiceListsTheAllowedValues() {
        List<String> missing = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(s -> s.getValue().path("properties").properties()
                .forEach(p -> {
                    String where = s.getKey() + "." + p.getKey();
                    if (CHOICES.contains(p.getKey()) && !OPEN.contains(where) && textual(p.getValue())
                            && values(p.getValue()).isEmpty()) {
                        missing.add(where);
                    }
                }));
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> op.getValue()
                .path("parameters").forEach(p -> {
                    if (CHOICES.contains(p.path("name").asString()) && textual(p.path("schema"))
                            && values(p.path("schema")).isEmpty()) {
                        missing.add(op.getKey() + " " + path.getKey() + " " + p.path("name").asString());
                    }
                })));
        assertThat(missing).isEmpty();
    }

    private static boolean textual(JsonNode schema) {
        return "string".equals(schema.path("type").asString())
                || "array".equals(schema.path("type").asString()) && "string".equals(schema.path("items").path("type").asString());
    }

    @Test
    void amountsStateTheirUnit() {
        assertThat(property("IncidentDraft", "economicLoss").path("description").asString()).contains("10,000 CNY");
        assertThat(property("IncidentView", "economicLoss").path("description").asString()).contains("10,000 CNY");
        assertThat(property("JurisdictionRequest", "population").path("description").asString()).contains("persons");
        assertThat(property("JurisdictionView", "population").path("description").asString()).contains("persons");
        assertThat(property("Point", "value").path("description").asString()).contains("indicator's unit");
    }
}
