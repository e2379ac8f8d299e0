package org.rampart.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One risk at a time: read, write, score, flag it, its assessments and indicator links. Every read of user-visible rows
 * takes the scope path; the register's lists are {@link RiskSearchRepository}'s, treatment actions
 * {@link TreatmentRepository}'s.
 */
@Repository
class RiskRepository {

    static final String COLUMNS = """
            r.id, r.code, r.title_en, r.title_zh, r.description_en, r.description_zh, r.domain_code, r.jurisdiction_code,
            r.jurisdiction_path, r.owner_unit_code, r.causes, r.consequences, r.controls, r.bottom_line, r.likelihood,
            r.impact, r.score, r.level, r.residual_likelihood, r.residual_impact, r.residual_score, r.residual_level,
            r.target_level, r.status, r.review_frequency_days, r.next_review_date, r.reassessment_needed,
            r.reassessment_reason, r.reassessment_flagged_at, r.reassessment_warning_id, r.tags,
            array(select ri.indicator_code from risk_indicator ri where ri.risk_id = r.id order by ri.indicator_code)
              as indicator_codes,
            r.created_at, r.created_by, r.updated_at, r.closed_at, r.closed_reason, r.last_reviewed_at, r.version""";

    private final JdbcClient jdbc;

    RiskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- risks ---

    Optional<Risk> findByCode(String scope, String code) {
        return jdbc.sql("select " + COLUMNS + " from risk r where r.code = :code and r.jurisdiction_path like :scope || '%'")
                .param("code", code).param("scope", scope).query(RiskRepository::map).optional();
    }

    boolean codeExists(String code) {
        return jdbc.sql("select exists (select 1 from risk where lower(code) = lower(:code))").param("code", code)
                .query(Boolean.class).single();
    }

    /** A validated risk to write. */
    record RiskRow(String code, String titleEn, String titleZh, String descriptionEn, String descriptionZh,
            String domainCode, long jurisdictionId, String jurisdictionCode, String jurisdictionPath, Long ownerUnitId,
            String ownerUnitCode, String causes, String consequences, String controls, boolean bottomLine, int likelihood,
            int impact, int score, RiskLevel level, Integer residualLikelihood, Integer residualImpact,
            Integer residualScore, RiskLevel residualLevel, RiskLevel targetLevel, RiskStatus status,
            int reviewFrequencyDays, LocalDate nextReviewDate, List<String> tags) {
    }

    long insert(RiskRow row, String createdBy, Instant at) {
        return jdbc.sql("""
                insert into risk (code, title_en, title_zh, description_en, description_zh, domain_code, jurisdiction_id,
                                  jurisdiction_code, jurisdiction_path, owner_unit_id, owner_unit_code, causes,
                                  consequences, controls, bottom_line, likelihood, impact, score, level,
                                  residual_likelihood, residual_impact, residual_score, residual_level, target_level,
                                  status, review_frequency_days, next_review_date, tags, created_at, created_by,
                                  updated_at)
                values (:code, :titleEn, :titleZh, :descriptionEn, :descriptionZh, :domain, :jurisdictionId,
                        :jurisdictionCode, :jurisdictionPath, :unitId, :unitCode, :causes, :consequences, :controls,
                        :bottomLine, :likelihood, :impact, :score, :level, :rl, :ri, :rs, :rlevel, :target, :status,
                        :frequency, :nextReview, :tags, :at, :by, :at)
                returning id""").params(params(row)).param("by", createdBy).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Write a changed risk; false when its version moved on meanwhile (somebody else changed it). */
    boolean update(long id, int version, RiskRow row, Instant at) {
        return jdbc.sql("""
                update risk set title_en = :titleEn, title_zh = :titleZh, description_en = :descriptionEn,
                       description_zh = :descriptionZh, domain_code = :domain, owner_unit_id = :unitId,
                       owner_unit_code = :unitCode, causes = :causes, consequences = :consequences, controls = :controls,
                       bottom_line = :bottomLine, likelihood = :likelihood, impact = :impact, score = :score,
                       level = :level, residual_likelihood = :rl, residual_impact = :ri, residual_score = :rs,
                       residual_level = :rlevel, target_level = :target, status = :status,
                       review_frequency_days = :frequency, next_review_date = :nextReview, tags = :tags,
                       updated_at = :at, version = version + 1
                 where id = :id and version = :version""").params(params(row)).param("id", id).param("version", version)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    private static Map<String, Object> params(RiskRow row) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", row.code());
        m.put("titleEn", row.titleEn());
        m.put("titleZh", row.titleZh());
        m.put("descriptionEn", row.descriptionEn());
        m.put("descriptionZh", row.descriptionZh());
        m.put("domain", row.domainCode());
        m.put("jurisdictionId", row.jurisdictionId());
        m.put("jurisdictionCode", row.jurisdictionCode());
        m.put("jurisdictionPath", row.jurisdictionPath());
        m.put("unitId", row.ownerUnitId());
        m.put("unitCode", row.ownerUnitCode());
        m.put("causes", row.causes());
        m.put("consequences", row.consequences());
        m.put("controls", row.controls());
        m.put("bottomLine", row.bottomLine());
        m.put("likelihood", row.likelihood());
        m.put("impact", row.impact());
        m.put("score", row.score());
        m.put("level", row.level().name());
        m.put("rl", row.residualLikelihood());
        m.put("ri", row.residualImpact());
        m.put("rs", row.residualScore());
        m.put("rlevel", row.residualLevel() == null ? null : row.residualLevel().name());
        m.put("target", row.targetLevel() == null ? null : row.targetLevel().name());
        m.put("status", row.status().name());
        m.put("frequency", row.reviewFrequencyDays());
        m.put("nextReview", row.nextReviewDate());
        m.put("tags", row.tags().toArray(new String[0]));
        return m;
    }

    /** Write a re-assessment's scores; false when the risk's version moved on meanwhile. */
    boolean assess(long id, int version, int likelihood, int impact, int score, RiskLevel level, Integer rl, Integer ri,
            Integer rs, RiskLevel rlevel, String controls, RiskStatus status, LocalDate nextReview, String by,
            Instant at) {
        return jdbc.sql("""
                update risk set likelihood = :l, impact = :i, score = :s, level = :level, residual_likelihood = :rl,
                       residual_impact = :ri, residual_score = :rs, residual_level = :rlevel, controls = :controls,
                       status = :status, next_review_date = :next, last_reviewed_at = :at, last_reviewed_by = :by,
                       reassessment_needed = false, reassessment_reason = null, reassessment_flagged_at = null,
                       reassessment_warning_id = null, updated_at = :at, version = version + 1
                 where id = :id and version = :version""").param("id", id).param("version", version)
                .param("l", likelihood).param("i", impact).param("s", score).param("level", level.name())
                .param("rl", rl).param("ri", ri).param("rs", rs).param("rlevel", rlevel == null ? null : rlevel.name())
                .param("controls", controls).param("status", status.name()).param("next", nextReview).param("by", by)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    void setIndicators(long riskId, List<String> codes) {
        jdbc.sql("delete from risk_indicator where risk_id = :id").param("id", riskId).update();
        for (String code : codes) {
            jdbc.sql("insert into risk_indicator (risk_id, indicator_code) values (:id, :code) on conflict do nothing")
                    .param("id", riskId).param("code", code).update();
        }
    }

    void setStatus(long id, RiskStatus status, String closedReason, String closedBy, Instant at) {
        jdbc.sql("""
                update risk set status = :status, updated_at = :at, version = version + 1,
                       closed_at = case when cast(:status as text) = 'CLOSED' then cast(:at as timestamptz) end,
                       closed_reason = case when cast(:status as text) = 'CLOSED' then cast(:reason as text) end,
                       closed_by = case when cast(:status as text) = 'CLOSED' then cast(:by as varchar) end
                 where id = :id""").param("id", id).param("status", status.name()).param("reason", closedReason)
                .param("by", closedBy).param("at", Timestamp.from(at)).update();
    }

    void review(long id, LocalDate nextReview, String by, Instant at) {
        jdbc.sql("""
                update risk set next_review_date = :next, last_reviewed_at = :at, last_reviewed_by = :by,
                       updated_at = :at, version = version + 1
                 where id = :id""").param("id", id).param("next", nextReview).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void clearReassessment(long id) {
        jdbc.sql("""
                update risk set reassessment_needed = false, reassessment_reason = null, reassessment_flagged_at = null,
                       reassessment_warning_id = null
                 where id = :id""").param("id", id).update();
    }

    /** A risk to flag: its id, code, path and whether it is flagged already. */
    record LinkedRisk(long id, String code, String jurisdictionPath, boolean flagged, Long warningId) {
    }

    /**
     * The open risks linked to an indicator whose area holds the warning's jurisdiction or lies inside it: a system
     * read (no user scope) for the warning listener.
     */
    List<LinkedRisk> openRisksLinkedTo(String indicatorCode, String warningPath) {
        return jdbc.sql("""
                select r.id, r.code, r.jurisdiction_path, r.reassessment_needed, r.reassessment_warning_id
                  from risk r join risk_indicator ri on ri.risk_id = r.id
                 where ri.indicator_code = :indicator and r.status <> 'CLOSED'
                   and (:path like r.jurisdiction_path || '%' or r.jurisdiction_path like :path || '%')
                 order by r.id for update of r""").param("indicator", indicatorCode).param("path", warningPath)
                .query((rs, n) -> new LinkedRisk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        (Long) rs.getObject(5))).list();
    }

    void flag(long id, String reason, long warningId, Instant at) {
        jdbc.sql("""
                update risk set reassessment_needed = true, reassessment_reason = :reason, reassessment_flagged_at = :at,
                       reassessment_warning_id = :warning, updated_at = :at, version = version + 1
                 where id = :id""").param("id", id).param("reason", reason).param("warning", warningId)
                .param("at", Timestamp.from(at)).update();
    }

    // --- assessments ---

    void insertAssessment(long riskId, Instant at, String by, String reason, int likelihood, int impact, int score,
            RiskLevel level, Integer rl, Integer ri, Integer rs, RiskLevel rlevel, String controls) {
        jdbc.sql("""
                insert into risk_assessment (risk_id, assessed_at, assessed_by, reason, likelihood, impact, score, level,
                                             residual_likelihood, residual_impact, residual_score, residual_level, controls)
                values (:risk, :at, :by, :reason, :l, :i, :s, :level, :rl, :ri, :rs, :rlevel, :controls)""")
                .param("risk", riskId).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .param("l", likelihood).param("i", impact).param("s", score).param("level", level.name())
                .param("rl", rl).param("ri", ri).param("rs", rs).param("rlevel", rlevel == null ? null : rlevel.name())
                .param("controls", controls == null ? "" : controls).update();
    }

    List<Assessment> assessments(long riskId) {
        return jdbc.sql("""
                select id, assessed_at, assessed_by, reason, likelihood, impact, score, level, residual_likelihood,
                       residual_impact, residual_score, residual_level, controls
                  from risk_assessment where risk_id = :risk order by assessed_at, id""").param("risk", riskId)
                .query((rs, n) -> new Assessment(rs.getLong("id"), rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("assessed_by"), rs.getString("reason"), rs.getInt("likelihood"), rs.getInt("impact"),
                        rs.getInt("score"), RiskLevel.valueOf(rs.getString("level")),
                        (Integer) objInt(rs, "residual_likelihood"), objInt(rs, "residual_impact"),
                        objInt(rs, "residual_score"), level(rs.getString("residual_level")), rs.getString("controls")))
                .list();
    }


    // --- mapping ---

    static Risk map(ResultSet rs, int row) throws SQLException {
        return new Risk(rs.getLong("id"), rs.getString("code"), rs.getString("title_en"), rs.getString("title_zh"),
                rs.getString("description_en"), rs.getString("description_zh"), rs.getString("domain_code"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getString("owner_unit_code"),
                rs.getString("causes"), rs.getString("consequences"), rs.getString("controls"), rs.getBoolean("bottom_line"),
                rs.getInt("likelihood"), rs.getInt("impact"), rs.getInt("score"), RiskLevel.valueOf(rs.getString("level")),
                objInt(rs, "residual_likelihood"), objInt(rs, "residual_impact"), objInt(rs, "residual_score"),
                level(rs.getString("residual_level")), level(rs.getString("target_level")),
                RiskStatus.valueOf(rs.getString("status")), rs.getInt("review_frequency_days"),
                rs.getObject("next_review_date", LocalDate.class), rs.getBoolean("reassessment_needed"),
                rs.getString("reassessment_reason"), instant(rs, "reassessment_flagged_at"),
                (Long) rs.getObject("reassessment_warning_id"), strings(rs.getArray("tags")),
                strings(rs.getArray("indicator_codes")), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), rs.getString("closed_reason"),
                instant(rs, "last_reviewed_at"), rs.getInt("version"));
    }

    static Integer objInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static RiskLevel level(String name) {
        return name == null ? null : RiskLevel.valueOf(name);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
