package vn.lamchu.org;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** SQL for reorganisations and their links. Every statement is fenced by tenant. */
@Repository
class ReorganisationStore {

    static final String UNIT = "UNIT";
    static final String JURISDICTION = "JURISDICTION";

    private final JdbcClient jdbc;

    ReorganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Header(UUID id, ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note,
                  Instant recordedAt, String recordedBy) {
    }

    /** One link: {@code predecessor} (null for a unit that begins) → {@code successor} (null: ends without one). */
    record Link(String subject, UUID predecessor, UUID successor) {
    }

    void insert(TenantId tenant, Header h) {
        jdbc.sql("""
                        insert into reorganisation (tenant_id, id, kind, effective_date, legal_basis, note, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), h.id(), h.kind().name(), h.effectiveDate(), h.legalBasis(), h.note(),
                        Timestamp.from(h.recordedAt()), h.recordedBy())
                .update();
    }

    void insertLinks(TenantId tenant, UUID reorganisation, List<Link> links) {
        for (Link link : links.stream().distinct().toList()) {
            jdbc.sql("""
                            insert into reorganisation_link (tenant_id, reorganisation_id, subject, predecessor_id, successor_id)
                            values (?, ?, ?, ?, ?)""")
                    .params(tenant.value(), reorganisation, link.subject(), link.predecessor(), link.successor())
                    .update();
        }
    }

    Optional<Header> find(TenantId tenant, UUID id) {
        return jdbc.sql("""
                        select id, kind, effective_date, legal_basis, note, recorded_at, recorded_by
                        from reorganisation where tenant_id = ? and id = ?""")
                .params(tenant.value(), id).query(ReorganisationStore::mapHeader).optional();
    }

    List<Link> links(TenantId tenant, UUID reorganisation) {
        return jdbc.sql("""
                        select subject, predecessor_id, successor_id from reorganisation_link
                        where tenant_id = ? and reorganisation_id = ? order by subject desc, predecessor_id, successor_id""")
                .params(tenant.value(), reorganisation)
                .query((rs, n) -> new Link(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .list();
    }

    /** The reorganisations in which the unit was a predecessor or successor, the latest first. */
    List<Header> involving(TenantId tenant, UnitId unit) {
        return jdbc.sql("""
                        select r.id, r.kind, r.effective_date, r.legal_basis, r.note, r.recorded_at, r.recorded_by
                        from reorganisation r
                        where r.tenant_id = :tenant and exists (
                            select 1 from reorganisation_link l where l.tenant_id = r.tenant_id and l.reorganisation_id = r.id
                              and l.subject = 'UNIT' and (l.predecessor_id = :unit or l.successor_id = :unit))
                        order by r.effective_date desc, r.recorded_at desc""")
                .param("tenant", tenant.value()).param("unit", unit.value())
                .query(ReorganisationStore::mapHeader).list();
    }

    /** The units that directly succeed {@code unit}: the successors of every link where it is the predecessor. */
    List<UnitId> directSuccessors(TenantId tenant, UnitId unit) {
        return jdbc.sql("""
                        select distinct successor_id from reorganisation_link
                        where tenant_id = ? and subject = 'UNIT' and predecessor_id = ? and successor_id is not null
                          and successor_id <> predecessor_id""")
                .params(tenant.value(), unit.value())
                .query((rs, n) -> new UnitId(rs.getObject(1, UUID.class))).list();
    }

    /** Whether some reorganisation already ended the unit on {@code date} (a link with it as predecessor). */
    boolean endedBy(TenantId tenant, UnitId unit, LocalDate date) {
        return jdbc.sql("""
                        select count(*) from reorganisation_link l join reorganisation r
                            on r.tenant_id = l.tenant_id and r.id = l.reorganisation_id
                        where l.tenant_id = ? and l.subject = 'UNIT' and l.predecessor_id = ?
                          and (l.successor_id is null or l.successor_id <> l.predecessor_id) and r.effective_date = ?""")
                .params(tenant.value(), unit.value(), date).query(Integer.class).single() > 0;
    }

    private static Header mapHeader(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Header(rs.getObject("id", UUID.class), ReorganisationKind.valueOf(rs.getString("kind")),
                rs.getObject("effective_date", LocalDate.class), rs.getString("legal_basis"), rs.getString("note"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
