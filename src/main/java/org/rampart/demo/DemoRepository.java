package org.rampart.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the demo: its own {@code demo_state}, and the bulk load of the demo risk register.
 *
 * <p>Read model and bulk writer (STYLE.md rules 7 and 21, see {@code package-info.java}): {@link #insertRisks} writes
 * the risk module's {@code risk}, {@code risk_assessment}, {@code risk_treatment} and {@code risk_indicator} with
 * COPY and reads back the ids of the risks it wrote from {@code risk}; the risk module has no bulk load to call.
 */
@Repository
class DemoRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DemoRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Write the demo risk register with COPY: the risks, every assessment, the treatment actions and the indicator
     * links. The demo is a system bulk load into the risk module's tables (the register has no bulk import to call);
     * returns the number of assessments written.
     */
    int insertRisks(List<DemoRisks.RiskRow> risks) {
        StringBuilder r = new StringBuilder(risks.size() * 400);
        for (DemoRisks.RiskRow x : risks) {
            row(r, x.code(), x.titleEn(), x.titleZh(), "Demo data: a synthetic risk.", "演示数据：虚构的风险。",
                    x.domain(), x.place().id(), x.place().code(), x.place().path(),
                    x.owner() == null ? null : x.owner().id(), x.owner() == null ? null : x.owner().code(),
                    x.bottomLine() ? "t" : "f", x.likelihood(), x.impact(), x.likelihood() * x.impact(), x.level().name(),
                    x.residualLikelihood(), x.residualImpact(), x.residualLikelihood() * x.residualImpact(),
                    x.residualLevel().name(), x.target().name(), x.status(), x.reviewDays(), x.nextReview(),
                    x.createdAt(), "system", x.updatedAt(), x.closedAt());
        }
        copy("""
                copy risk (code, title_en, title_zh, description_en, description_zh, domain_code, jurisdiction_id,
                    jurisdiction_code, jurisdiction_path, owner_unit_id, owner_unit_code, bottom_line, likelihood, impact,
                    score, level, residual_likelihood, residual_impact, residual_score, residual_level, target_level,
                    status, review_frequency_days, next_review_date, created_at, created_by, updated_at, closed_at)
                from stdin""", r);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, code from risk where code like 'R-%'")
                .query((rs, n) -> ids.put(rs.getString("code"), rs.getLong("id"))).list();
        StringBuilder a = new StringBuilder();
        StringBuilder t = new StringBuilder();
        StringBuilder i = new StringBuilder();
        int assessments = 0;
        for (DemoRisks.RiskRow x : risks) {
            long id = ids.get(x.code());
            for (DemoRisks.Assessment s : x.assessments()) {
                row(a, id, s.at(), "system", s.reason(), s.likelihood(), s.impact(), s.likelihood() * s.impact(),
                        s.level().name(), s.residualLikelihood(), s.residualImpact(),
                        s.residualLikelihood() * s.residualImpact(), s.residualLevel().name());
                assessments++;
            }
            for (DemoRisks.Treatment s : x.treatments()) {
                row(t, id, s.title(), s.owner() == null ? null : s.owner().id(), s.owner() == null ? null : s.owner().code(),
                        s.due(), s.status(), s.createdAt(), "system", s.completedAt());
            }
            if (x.indicator() != null) {
                row(i, id, x.indicator());
            }
        }
        copy("""
                copy risk_assessment (risk_id, assessed_at, assessed_by, reason, likelihood, impact, score, level,
                    residual_likelihood, residual_impact, residual_score, residual_level) from stdin""", a);
        copy("""
                copy risk_treatment (risk_id, title, owner_unit_id, owner_unit_code, due_date, status, created_at,
                    created_by, completed_at) from stdin""", t);
        copy("copy risk_indicator (risk_id, indicator_code) from stdin", i);
        jdbc.sql("analyze risk").update();
        jdbc.sql("analyze risk_assessment").update();
        return assessments;
    }

    /** One line of COPY text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                out.append('\t');
            }
            Object v = values[k];
            if (v == null) {
                out.append("\\N");
            } else {
                String text = v instanceof Instant instant ? instant.toString() : v.toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }

    private void copy(String sql, StringBuilder data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of the demo risk register failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    Optional<String> loadedSummary() {
        return jdbc.sql("select summary from demo_state where id = 1").query(String.class).optional();
    }

    /** Claim the demo load; false when another process already did (the row exists). */
    boolean markLoaded(String summary) {
        return jdbc.sql("insert into demo_state (id, loaded_at, summary) values (1, now(), :s) on conflict do nothing")
                .param("s", summary).update() == 1;
    }

    void finish(String summary) {
        jdbc.sql("update demo_state set summary = :s where id = 1").param("s", summary).update();
    }
}
