package vn.lamchu.voters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.shared.TenantId;

/** SQL for meetings and deputies, shared by the commands and the read models of this module. */
@Component
class VoterStore {

    static final String MEETING_SELECT = """
            select m.id, m.council_unit_id, cu.name as council_name, m.constituency_id, k.name as constituency_name,
                   m.session_id, s.name as session_name, s.number as session_number, s.opens_on, m.timing, m.topic,
                   m.place_unit_id, pu.name as place_name, m.venue, m.starts_at, m.status, m.held_on,
                   m.voters_attending, m.note, m.version
            from voter_meeting m
            join org_unit cu on cu.tenant_id = m.tenant_id and cu.id = m.council_unit_id
            join org_unit pu on pu.tenant_id = m.tenant_id and pu.id = m.place_unit_id
            left join voter_constituency k on k.tenant_id = m.tenant_id and k.id = m.constituency_id
            left join voter_session s on s.tenant_id = m.tenant_id and s.id = m.session_id
            """;

    private final JdbcClient jdbc;

    VoterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<VoterMeeting> meeting(TenantId tenant, UUID id, boolean forUpdate) {
        Optional<VoterMeeting> found = jdbc.sql(MEETING_SELECT + " where m.tenant_id = ? and m.id = ?"
                        + (forUpdate ? " for update of m" : ""))
                .params(tenant.value(), id).query((rs, i) -> map(rs, List.of())).optional();
        return found.map(m -> withDeputies(tenant, List.of(m)).get(0));
    }

    /** Meetings with their deputies, in the order given. */
    List<VoterMeeting> withDeputies(TenantId tenant, List<VoterMeeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Map<UUID, List<VoterMeeting.Deputy>> byMeeting = new HashMap<>();
        jdbc.sql("""
                        select md.meeting_id, d.id, d.full_name, d.person_id, d.constituency_id
                        from voter_meeting_deputy md
                        join voter_deputy d on d.tenant_id = md.tenant_id and d.id = md.deputy_id
                        where md.tenant_id = :tenant and md.meeting_id in (:ids) order by d.full_name""")
                .param("tenant", tenant.value()).param("ids", meetings.stream().map(VoterMeeting::id).toList())
                .query(rs -> {
                    byMeeting.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                            new VoterMeeting.Deputy(rs.getObject(2, UUID.class), rs.getString(3),
                                    rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)));
                });
        return meetings.stream().map(m -> new VoterMeeting(m.id(), m.councilUnitId(), m.councilName(),
                m.constituencyId(), m.constituencyName(), m.sessionId(), m.sessionName(), m.sessionNumber(),
                m.sessionOpensOn(), m.timing(), m.topic(), m.placeUnitId(), m.placeName(), m.venue(), m.startsAt(),
                m.status(), m.heldOn(), m.votersAttending(), m.note(), m.version(),
                List.copyOf(byMeeting.getOrDefault(m.id(), List.of())))).toList();
    }

    /** The deputies of the council's constituencies among {@code ids}; the caller compares the sizes. */
    List<VoterMeeting.Deputy> deputiesOfCouncil(TenantId tenant, UUID council, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select d.id, d.full_name, d.person_id, d.constituency_id from voter_deputy d
                        join voter_constituency k on k.tenant_id = d.tenant_id and k.id = d.constituency_id
                        join voter_term t on t.tenant_id = k.tenant_id and t.id = k.term_id
                        where d.tenant_id = :tenant and t.council_unit_id = :council and d.id in (:ids)""")
                .param("tenant", tenant.value()).param("council", council).param("ids", ids)
                .query((rs, i) -> new VoterMeeting.Deputy(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))).list();
    }

    void replaceDeputies(TenantId tenant, UUID meeting, Collection<UUID> deputies) {
        jdbc.sql("delete from voter_meeting_deputy where tenant_id = ? and meeting_id = ?")
                .params(tenant.value(), meeting).update();
        for (UUID d : deputies) {
            jdbc.sql("insert into voter_meeting_deputy (tenant_id, meeting_id, deputy_id) values (?, ?, ?)")
                    .params(tenant.value(), meeting, d).update();
        }
    }

    static VoterMeeting map(ResultSet rs, List<VoterMeeting.Deputy> deputies) throws SQLException {
        Timestamp starts = rs.getTimestamp("starts_at");
        return new VoterMeeting(rs.getObject("id", UUID.class), rs.getObject("council_unit_id", UUID.class),
                rs.getString("council_name"), rs.getObject("constituency_id", UUID.class),
                rs.getString("constituency_name"), rs.getObject("session_id", UUID.class), rs.getString("session_name"),
                (Integer) rs.getObject("session_number"), rs.getObject("opens_on", LocalDate.class),
                MeetingTiming.valueOf(rs.getString("timing")), rs.getString("topic"),
                rs.getObject("place_unit_id", UUID.class), rs.getString("place_name"), rs.getString("venue"),
                starts.toInstant(), MeetingStatus.valueOf(rs.getString("status")),
                rs.getObject("held_on", LocalDate.class), (Integer) rs.getObject("voters_attending"),
                rs.getString("note"), rs.getInt("version"), deputies);
    }
}
