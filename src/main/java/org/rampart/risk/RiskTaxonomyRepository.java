package org.rampart.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matrix (one row): a setting shared by the whole tree, so its reads take no scope. */
@Repository
class RiskTaxonomyRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RiskTaxonomyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    RiskMatrix matrix() {
        return jdbc.sql("select size, likelihood_labels, impact_labels, bands from risk_matrix where id = 1")
                .query((rs, n) -> new RiskMatrix(rs.getInt(1), labels(rs.getString(2)), labels(rs.getString(3)),
                        bands(rs.getString(4)))).optional().orElse(RiskMatrix.defaults());
    }

    /** Lock the matrix row for a change (and so serialise changes of the matrix with each other). */
    void lockMatrix() {
        jdbc.sql("select id from risk_matrix where id = 1 for update").query(Integer.class).optional();
    }

    void saveMatrix(RiskMatrix m, String by, Instant at) {
        List<Map<String, Object>> bands = new ArrayList<>();
        m.bands().forEach((level, from) -> bands.add(Map.of("level", level.name(), "from", from)));
        jdbc.sql("""
                update risk_matrix set size = :size, likelihood_labels = cast(:likelihood as jsonb),
                       impact_labels = cast(:impact as jsonb), bands = cast(:bands as jsonb), updated_at = :at,
                       updated_by = :by
                 where id = 1""").param("size", m.size()).param("likelihood", json.writeValueAsString(m.likelihoodLabels()))
                .param("impact", json.writeValueAsString(m.impactLabels())).param("bands", json.writeValueAsString(bands))
                .param("at", java.sql.Timestamp.from(at)).param("by", by).update();
    }

    /** How many risks (closed ones included) lie beyond a matrix of this size, inherent or residual. */
    long risksBeyond(int size) {
        return jdbc.sql("""
                select count(*) from risk
                 where likelihood > :size or impact > :size or residual_likelihood > :size or residual_impact > :size""")
                .param("size", size).query(Long.class).single();
    }

    /** Recompute every stored level from the scores with the new bands; returns the number of risks changed. */
    int recomputeLevels(RiskMatrix m) {
        String level = "case when %1$s >= :extreme then 'EXTREME' when %1$s >= :high then 'HIGH'"
                + " when %1$s >= :medium then 'MEDIUM' else 'LOW' end";
        return jdbc.sql("update risk set level = " + level.formatted("score") + ", residual_level = case when residual_score"
                + " is null then null else " + level.formatted("residual_score") + " end, version = version + 1"
                + " where level <> " + level.formatted("score") + " or coalesce(residual_level, '') <> coalesce("
                + "case when residual_score is null then null else " + level.formatted("residual_score") + " end, '')")
                .param("extreme", m.bands().get(RiskLevel.EXTREME)).param("high", m.bands().get(RiskLevel.HIGH))
                .param("medium", m.bands().get(RiskLevel.MEDIUM)).update();
    }

    private List<RiskMatrix.Label> labels(String text) {
        List<RiskMatrix.Label> labels = new ArrayList<>();
        for (JsonNode node : json.readTree(text)) {
            labels.add(new RiskMatrix.Label(node.path("en").asString(), node.path("zh").asString()));
        }
        return labels;
    }

    private Map<RiskLevel, Integer> bands(String text) {
        Map<RiskLevel, Integer> bands = new EnumMap<>(RiskLevel.class);
        for (JsonNode node : json.readTree(text)) {
            RiskLevel level = RiskLevel.parse(node.path("level").asString());
            if (level != null) {
                bands.put(level, node.path("from").asInt());
            }
        }
        return bands;
    }
}
