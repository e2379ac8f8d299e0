package org.rampart.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meeting series and their default units; reads take the scope path and filter by it in SQL. */
@Repository
class SeriesRepository {

    private static final String COLUMNS = """
            s.id, s.version, s.jurisdiction_code, s.jurisdiction_path, s.meeting_type, s.recurrence, s.title_en,
            s.title_zh, s.first_date, s.start_time, s.location, s.active, s.created_at, s.created_by,
            array(select u.unit_code from supervision_meeting_series_unit u where u.series_id = s.id
                  order by u.unit_code) as unit_codes""";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long jurisdictionId, String jurisdictionCode, String path, MeetingType type, Recurrence recurrence,
            String titleEn, String titleZh, LocalDate firstDate, LocalTime startTime, String location,
            List<MeetingRepository.UnitLink> units, String by, Instant at) {
        long id = jdbc.sql("""
                insert into supervision_meeting_series (jurisdiction_id, jurisdiction_code, jurisdiction_path,
                       meeting_type, recurrence, title_en, title_zh, first_date, start_time, location, created_at,
                       created_by)
                values (:j, :code, :path, :type, :recurrence, :en, :zh, :first, :time, :location, :at, :by)
                returning id""").param("j", jurisdictionId).param("code", jurisdictionCode).param("path", path)
                .param("type", type.name()).param("recurrence", recurrence.name()).param("en", titleEn)
                .param("zh", titleZh).param("first", Date.valueOf(firstDate)).param("time", Time.valueOf(startTime))
                .param("location", location).param("at", Timestamp.from(at)).param("by", by).query(Long.class)
                .single();
        for (MeetingRepository.UnitLink u : units) {
            jdbc.sql("insert into supervision_meeting_series_unit (series_id, unit_id, unit_code) values (:s, :u, :c)")
                    .param("s", id).param("u", u.id()).param("c", u.code()).update();
        }
        return id;
    }

    Optional<MeetingSeries> find(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting_series s where s.id = :id"
                + " and s.jurisdiction_path like :scope || '%'").param("id", id).param("scope", scope)
                .query(SeriesRepository::row).optional();
    }

    /** Lock a series of the scope, so that two requests never schedule the same occurrence. */
    Optional<MeetingSeries> lock(String scope, long id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting_series s where s.id = :id"
                + " and s.jurisdiction_path like :scope || '%' for update").param("id", id).param("scope", scope)
                .query(SeriesRepository::row).optional();
    }

    List<MeetingSeries> list(String scope) {
        return jdbc.sql("select " + COLUMNS + " from supervision_meeting_series s"
                + " where s.jurisdiction_path like :scope || '%' order by s.active desc, s.jurisdiction_path, s.id")
                .param("scope", scope).query(SeriesRepository::row).list();
    }

    boolean setActive(long id, int version, boolean active) {
        return jdbc.sql("update supervision_meeting_series set active = :a, version = version + 1"
                + " where id = :id and version = :v").param("a", active).param("id", id).param("v", version)
                .update() == 1;
    }

    private static MeetingSeries row(ResultSet rs, int n) throws SQLException {
        java.sql.Array units = rs.getArray("unit_codes");
        return new MeetingSeries(rs.getLong("id"), rs.getInt("version"), rs.getString("jurisdiction_code"),
                rs.getString("jurisdiction_path"), MeetingType.valueOf(rs.getString("meeting_type")),
                Recurrence.valueOf(rs.getString("recurrence")), rs.getString("title_en"), rs.getString("title_zh"),
                rs.getDate("first_date").toLocalDate(), rs.getTime("start_time").toLocalTime(),
                rs.getString("location"), rs.getBoolean("active"),
                units == null ? List.of() : List.of((String[]) units.getArray()), rs.getTimestamp("created_at")
                        .toInstant(), rs.getString("created_by"));
    }
}
