package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions, their gap-free numbering per committee and year, and the committee codes. Reads of user-visible rows
 * take the scope path and filter by the decision's jurisdiction path in SQL.
 */
@Repository
class DecisionRepository {

    private static final String COLUMNS = """
            d.id, d.version, d.meeting_id, d.jurisdiction_code, d.jurisdiction_path, d.number, d.year, d.seq,
            d.text_en, d.text_zh, d.created_at, d.created_by""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- committee codes ---

    Optional<String> committeeCode(long jurisdictionId) {
        return jdbc.sql("select code from supervision_committee where jurisdiction_id = :j").param("j", jurisdictionId)
                .query(String.class).optional();
    }

    /** The jurisdiction whose committee has this code (case-insensitive), if any. */
    Optional<Long> committeeOf(String code) {
        return jdbc.sql("select jurisdiction_id from supervision_committee where lower(code) = lower(:c)")
                .param("c", code).query(Long.class).optional();
    }

    void setCommitteeCode(long jurisdictionId, String code, String by, Instant at) {
        jdbc.sql("""
                insert into supervision_committee (jurisdiction_id, code, updated_at, updated_by)
                values (:j, :c, :at, :by)
                on conflict (jurisdiction_id) do update set code = excluded.code, updated_at = excluded.updated_at,
                       updated_by = excluded.updated_by""").param("j", jurisdictionId).param("c", code)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    // --- numbering ---

    /**
     * Take the next sequence number of a committee and year. The counter row stays locked until the caller's
     * transaction ends, so concurrent decisions of one committee queue up, and a rolled-back decision gives its number
     * back: the numbers issued have no gaps.
     */
    int nextSeq(long jurisdictionId, int year) {
        return jdbc.sql("""
                insert into supervision_decision_counter (jurisdiction_id, year, last_seq) values (:j, :y, 1)
                on conflict (jurisdiction_id, year)
                do update set last_seq = supervision_decision_counter.last_seq + 1
                returning last_seq""").param("j", jurisdictionId).param("y", year).query(Integer.class).single();
    }

    // --- decisions ---

    long insert(long meetingId, long jurisdictionId, String jurisdictionCode, String path, String number, int year,
            int seq, String textEn, String textZh, String by, Instant at) {
        return jdbc.sql("""
                insert into supervision_decision (meeting_id, jurisdiction_id, jurisdiction_code, jurisdiction_path,
                       number, year, seq, text_en, text_zh, created_at, created_by)
                values (:m, :j, :code, :path, :number, :year, :seq, :en, :zh, :at, :by)
                returning id""").param("m", meetingId).param("j", jurisdictionId).param("code", jurisdictionCode)
                .param("path", path).param("number", number).param("year", year).param("seq", seq)
                .param("en", textEn).param("zh", textZh).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    /** Change a decision's text; false when its version moved on meanwhile. */
    boolean changeText(long id, int version, String textEn, String textZh) {
        return jdbc.sql("""
                update supervision_decision set text_en = :en, text_zh = :zh, version = version + 1
                 where id = :id and version = :version""").param("en", textEn).param("zh", textZh)
                .param("id", id).param("version", version).update() == 1;
    }

    Optional<Decision> find(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_decision d where d.id = :id"
                + " and d.jurisdiction_path like :scope || '%'").param("id", id).param("scope", scope)
                .query(DecisionRepository::row).optional();
    }

    Optional<Decision> findByNumber(String scope, String number) {
        return jdbc.sql("select " + COLUMNS + " from supervision_decision d where lower(d.number) = lower(:n)"
                + " and d.jurisdiction_path like :scope || '%'").param("n", number).param("scope", scope)
                .query(DecisionRepository::row).optional();
    }

    List<Decision> byMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from supervision_decision d where d.meeting_id = :m order by d.seq")
                .param("m", meetingId).query(DecisionRepository::row).list();
    }

    Page<Decision> search(String scope, String subtree, Integer year, String q, PageQuery page) {
        StringBuilder where = new StringBuilder(" where d.jurisdiction_path like :scope || '%'");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"scope", scope});
        if (subtree != null) {
            where.append(" and d.jurisdiction_path like :subtree || '%'");
            params.add(new Object[] {"subtree", subtree});
        }
        if (year != null) {
            where.append(" and d.year = :year");
            params.add(new Object[] {"year", year});
        }
        if (q != null) {
            where.append(" and (d.number ilike :q or d.text_en ilike :q or d.text_zh ilike :q)");
            params.add(new Object[] {"q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"});
        }
        var count = jdbc.sql("select count(*) from supervision_decision d" + where);
        var list = jdbc.sql("select " + COLUMNS + " from supervision_decision d" + where
                + " order by d.year desc, d.jurisdiction_path, d.seq desc limit :limit offset :offset");
        for (Object[] p : params) {
            count = count.param((String) p[0], p[1]);
            list = list.param((String) p[0], p[1]);
        }
        long total = count.query(Long.class).single();
        return new Page<>(list.param("limit", page.size()).param("offset", page.offset())
                .query(DecisionRepository::row).list(), page.page(), page.size(), total);
    }

    private static Decision row(ResultSet rs, int n) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getInt("version"), rs.getLong("meeting_id"),
                rs.getString("jurisdiction_code"), rs.getString("jurisdiction_path"), rs.getString("number"),
                rs.getInt("year"), rs.getInt("seq"), rs.getString("text_en"), rs.getString("text_zh"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
