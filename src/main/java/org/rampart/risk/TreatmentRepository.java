package org.rampart.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The treatment actions of risks, read by the risk's id (which the caller found in its scope). */
@Repository
class TreatmentRepository {

    private final JdbcClient jdbc;

    TreatmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertTreatment(long riskId, String title, Long unitId, String unitCode, LocalDate due, TreatmentStatus status,
            String note, String by, Instant at) {
        return jdbc.sql("""
                insert into risk_treatment (risk_id, title, owner_unit_id, owner_unit_code, due_date, status, note,
                                            created_at, created_by, updated_at, completed_at)
                values (:risk, :title, :unitId, :unitCode, :due, :status, :note, :at, :by, :at,
                        case when cast(:status as text) = 'DONE' then cast(:at as timestamptz) end)
                returning id""").param("risk", riskId).param("title", title).param("unitId", unitId)
                .param("unitCode", unitCode).param("due", due).param("status", status.name()).param("note", note)
                .param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void updateTreatment(long id, String title, Long unitId, String unitCode, LocalDate due, TreatmentStatus status,
            String note, Instant at) {
        jdbc.sql("""
                update risk_treatment set title = :title, owner_unit_id = :unitId, owner_unit_code = :unitCode,
                       due_date = :due, status = :status, note = :note, updated_at = :at,
                       completed_at = case when cast(:status as text) = 'DONE' then coalesce(completed_at, cast(:at as timestamptz)) end
                 where id = :id""").param("id", id).param("title", title).param("unitId", unitId)
                .param("unitCode", unitCode).param("due", due).param("status", status.name()).param("note", note)
                .param("at", Timestamp.from(at)).update();
    }

    List<Treatment> treatments(long riskId) {
        return jdbc.sql("""
                select id, title, owner_unit_code, due_date, status, note, created_at, created_by, completed_at
                  from risk_treatment where risk_id = :risk order by due_date, id""").param("risk", riskId)
                .query(TreatmentRepository::map).list();
    }

    Optional<Treatment> treatment(long riskId, long id) {
        return jdbc.sql("""
                select id, title, owner_unit_code, due_date, status, note, created_at, created_by, completed_at
                  from risk_treatment where risk_id = :risk and id = :id""").param("risk", riskId).param("id", id)
                .query(TreatmentRepository::map).optional();
    }

    private static Treatment map(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Treatment(rs.getLong("id"), rs.getString("title"), rs.getString("owner_unit_code"),
                rs.getObject("due_date", LocalDate.class), TreatmentStatus.valueOf(rs.getString("status")),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                completed == null ? null : completed.toInstant());
    }

}
