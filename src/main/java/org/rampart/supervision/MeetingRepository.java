package org.rampart.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings, their attending units and agenda items. Every read of user-visible rows takes the scope path and filters
 * by the meeting's jurisdiction path in SQL.
 */
@Repository
class MeetingRepository {

    private static final String COLUMNS = """
            m.id, m.version, m.jurisdiction_code, m.jurisdiction_path, m.meeting_type, m.title_en, m.title_zh,
            m.starts_at, m.location, m.status, m.minutes, m.series_id, m.occurrence, m.previous_id, m.created_at,
            m.created_by, m.updated_at""";

    private static final String SUMMARY = """
            select m.id, m.jurisdiction_code, m.jurisdiction_path, m.meeting_type, m.title_en, m.title_zh,
                   m.starts_at, m.status, m.series_id, m.occurrence,
                   (select count(*) from supervision_decision d where d.meeting_id = m.id) as decisions
              from supervision_meeting m""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting without its units and agenda, as stored. */
    record MeetingRow(long id, int version, String jurisdictionCode, String jurisdictionPath, MeetingType type,
            String titleEn, String titleZh, Instant startsAt, String location, MeetingStatus status, String minutes,
            Long seriesId, Integer occurrence, Long previousId, Instant createdAt, String createdBy,
            Instant updatedAt) {
    }

    /** The stored members of a new or changed meeting. */
    record Values(long jurisdictionId, String jurisdictionCode, String jurisdictionPath, MeetingType type,
            String titleEn, String titleZh, Instant startsAt, String location, String minutes) {
    }

    /** A unit reference to store. */
    record UnitLink(long id, String code) {
    }

    Optional<MeetingRow> find(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting m where m.id = :id"
                + " and m.jurisdiction_path like :scope || '%'").param("id", id).param("scope", scope)
                .query(MeetingRepository::row).optional();
    }

    /** Lock a meeting of the scope for a change (concurrent changes of one meeting queue up). */
    Optional<MeetingRow> lock(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting m where m.id = :id"
                + " and m.jurisdiction_path like :scope || '%' for update").param("id", id).param("scope", scope)
                .query(MeetingRepository::row).optional();
    }

    Page<MeetingSummary> search(String scope, String subtree, MeetingFilter f, ZoneId zone, PageQuery page) {
        StringBuilder where = new StringBuilder(" where m.jurisdiction_path like :scope || '%'");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"scope", scope});
        if (subtree != null) {
            where.append(" and m.jurisdiction_path like :subtree || '%'");
            params.add(new Object[] {"subtree", subtree});
        }
        if (f.type() != null) {
            where.append(" and m.meeting_type = :type");
            params.add(new Object[] {"type", f.type().name()});
        }
        if (f.status() != null) {
            where.append(" and m.status = :status");
            params.add(new Object[] {"status", f.status().name()});
        }
        if (f.series() != null) {
            where.append(" and m.series_id = :series");
            params.add(new Object[] {"series", f.series()});
        }
        if (f.from() != null) {
            where.append(" and m.starts_at >= :from");
            params.add(new Object[] {"from", Timestamp.from(f.from().atStartOfDay(zone).toInstant())});
        }
        if (f.to() != null) {
            where.append(" and m.starts_at < :to");
            params.add(new Object[] {"to", Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant())});
        }
        var count = jdbc.sql("select count(*) from supervision_meeting m" + where);
        var list = jdbc.sql(SUMMARY + where + " order by m.starts_at desc, m.id desc limit :limit offset :offset");
        for (Object[] p : params) {
            count = count.param((String) p[0], p[1]);
            list = list.param((String) p[0], p[1]);
        }
        long total = count.query(Long.class).single();
        List<MeetingSummary> items = list.param("limit", page.size()).param("offset", page.offset())
                .query(MeetingRepository::summary).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The meetings of the scope that a unit attends, starting in [from, to) and not cancelled, earliest first. */
    List<MeetingSummary> attendedBy(String scope, long unitId, Instant from, Instant to, int limit) {
        return jdbc.sql(SUMMARY + " " + """
                 where m.jurisdiction_path like :scope || '%' and m.status <> 'CANCELLED'
                   and m.starts_at >= :from and m.starts_at < :to
                   and exists (select 1 from supervision_meeting_unit u where u.meeting_id = m.id and u.unit_id = :unit)
                 order by m.starts_at, m.id limit :limit""").param("scope", scope).param("unit", unitId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query(MeetingRepository::summary).list();
    }

    /** The latest occurrence of every series of the scope. */
    List<MeetingSummary> latestOccurrences(String scope) {
        return jdbc.sql("select distinct on (m.series_id) " + SUMMARY.substring("select ".length()).stripLeading()
                + " where m.series_id is not null and m.jurisdiction_path like :scope || '%'"
                + " order by m.series_id, m.occurrence desc").param("scope", scope)
                .query(MeetingRepository::summary).list();
    }

    private static MeetingSummary summary(ResultSet rs, int n) throws SQLException {
        return new MeetingSummary(rs.getLong("id"), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), MeetingType.valueOf(rs.getString("meeting_type")),
                rs.getString("title_en"), rs.getString("title_zh"), rs.getTimestamp("starts_at").toInstant(),
                MeetingStatus.valueOf(rs.getString("status")), (Long) rs.getObject("series_id"),
                (Integer) rs.getObject("occurrence"), rs.getInt("decisions"));
    }

    long insert(Values v, Long seriesId, Integer occurrence, Long previousId, String by, Instant at) {
        return jdbc.sql("""
                insert into supervision_meeting (jurisdiction_id, jurisdiction_code, jurisdiction_path, meeting_type,
                       title_en, title_zh, starts_at, location, minutes, series_id, occurrence, previous_id,
                       created_at, created_by, updated_at)
                values (:jurisdictionId, :jurisdictionCode, :path, :type, :titleEn, :titleZh, :startsAt, :location,
                        :minutes, :series, :occurrence, :previous, :at, :by, :at)
                returning id""")
                .param("jurisdictionId", v.jurisdictionId()).param("jurisdictionCode", v.jurisdictionCode())
                .param("path", v.jurisdictionPath()).param("type", v.type().name()).param("titleEn", v.titleEn())
                .param("titleZh", v.titleZh()).param("startsAt", Timestamp.from(v.startsAt()))
                .param("location", v.location()).param("minutes", v.minutes()).param("series", seriesId)
                .param("occurrence", occurrence).param("previous", previousId).param("at", Timestamp.from(at))
                .param("by", by).query(Long.class).single();
    }

    /** Write a changed meeting; false when its version moved on meanwhile. */
    boolean update(long id, int version, Values v, Instant at) {
        return jdbc.sql("""
                update supervision_meeting set meeting_type = :type, title_en = :titleEn, title_zh = :titleZh,
                       starts_at = :startsAt, location = :location, minutes = :minutes, updated_at = :at,
                       version = version + 1
                 where id = :id and version = :version""")
                .param("type", v.type().name()).param("titleEn", v.titleEn()).param("titleZh", v.titleZh())
                .param("startsAt", Timestamp.from(v.startsAt())).param("location", v.location())
                .param("minutes", v.minutes()).param("at", Timestamp.from(at)).param("id", id)
                .param("version", version).update() == 1;
    }

    /** Move a meeting to a status; false when its version moved on meanwhile. */
    boolean setStatus(long id, int version, MeetingStatus status, Instant at) {
        return jdbc.sql("""
                update supervision_meeting set status = :status, updated_at = :at, version = version + 1
                 where id = :id and version = :version""").param("status", status.name())
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    /** Count a change of the meeting's agenda or decisions as a change of the meeting (its version moves on). */
    void touch(long id, Instant at) {
        jdbc.sql("update supervision_meeting set updated_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    // --- units ---

    void replaceUnits(long meetingId, List<UnitLink> units) {
        jdbc.sql("delete from supervision_meeting_unit where meeting_id = :id").param("id", meetingId).update();
        for (UnitLink u : units) {
            jdbc.sql("insert into supervision_meeting_unit (meeting_id, unit_id, unit_code) values (:m, :u, :c)")
                    .param("m", meetingId).param("u", u.id()).param("c", u.code()).update();
        }
    }

    List<String> unitCodes(long meetingId) {
        return jdbc.sql("select unit_code from supervision_meeting_unit where meeting_id = :id order by unit_code")
                .param("id", meetingId).query(String.class).list();
    }

    // --- agenda ---

    List<Meeting.AgendaItem> agenda(long meetingId) {
        return jdbc.sql("""
                select a.id, a.position, a.title_en, a.title_zh, a.status, a.carried_from_id, a.decision_id, d.number
                  from supervision_agenda_item a left join supervision_decision d on d.id = a.decision_id
                 where a.meeting_id = :id order by a.position, a.id""").param("id", meetingId)
                .query((rs, n) -> new Meeting.AgendaItem(rs.getLong("id"), rs.getInt("position"),
                        rs.getString("title_en"), rs.getString("title_zh"), "DONE".equals(rs.getString("status")),
                        (Long) rs.getObject("carried_from_id"), (Long) rs.getObject("decision_id"),
                        rs.getString("number")))
                .list();
    }

    long addItem(long meetingId, String titleEn, String titleZh, Long carriedFrom, Long decisionId) {
        return jdbc.sql("""
                insert into supervision_agenda_item (meeting_id, position, title_en, title_zh, carried_from_id,
                       decision_id)
                values (:m, (select coalesce(max(position), 0) + 1 from supervision_agenda_item where meeting_id = :m),
                        :en, :zh, :from, :decision)
                returning id""").param("m", meetingId).param("en", titleEn).param("zh", titleZh)
                .param("from", carriedFrom).param("decision", decisionId).query(Long.class).single();
    }

    boolean changeItem(long meetingId, long itemId, String titleEn, String titleZh, boolean done) {
        return jdbc.sql("""
                update supervision_agenda_item set title_en = :en, title_zh = :zh, status = :status
                 where id = :id and meeting_id = :m""").param("en", titleEn).param("zh", titleZh)
                .param("status", done ? "DONE" : "OPEN").param("id", itemId).param("m", meetingId).update() == 1;
    }

    // --- series occurrences ---

    /** The latest occurrence of a series (the highest index), if any. */
    Optional<MeetingRow> lastOccurrence(long seriesId) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting m where m.series_id = :s"
                + " order by m.occurrence desc limit 1").param("s", seriesId).query(MeetingRepository::row)
                .optional();
    }

    private static MeetingRow row(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(rs.getLong("id"), rs.getInt("version"), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), MeetingType.valueOf(rs.getString("meeting_type")),
                rs.getString("title_en"), rs.getString("title_zh"), rs.getTimestamp("starts_at").toInstant(),
                rs.getString("location"), MeetingStatus.valueOf(rs.getString("status")), rs.getString("minutes"),
                (Long) rs.getObject("series_id"), (Integer) rs.getObject("occurrence"),
                (Long) rs.getObject("previous_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
