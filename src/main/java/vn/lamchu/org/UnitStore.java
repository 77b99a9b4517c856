package vn.lamchu.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** SQL for units, jurisdictions and the history of renames and moves. Every statement is fenced by tenant. */
@Repository
class UnitStore {

    static final String UNIT_COLUMNS = """
            tenant_id, id, parent_id, jurisdiction_id, kind, code, name, short_name, valid_from, valid_to, version""";
    static final String JURISDICTION_COLUMNS = "tenant_id, id, parent_id, level, code, name, valid_from, valid_to, version";

    /** The actor's subtree as a CTE named {@code scope(id)}; needs the parameters {@code tenant} and {@code root}. */
    static final String SCOPE_CTE = """
            with recursive scope(id) as (
                select id from org_unit where tenant_id = :tenant and id = :root
                union
                select u.id from org_unit u join scope s on u.parent_id = s.id where u.tenant_id = :tenant
            )
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UnitStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Unit> find(TenantId tenant, UnitId id) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and id = ?")
                .params(tenant.value(), id.value()).query(OrgDirectory::mapUnit).optional();
    }

    Optional<Unit> findForUpdate(TenantId tenant, UnitId id) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and id = ? for update")
                .params(tenant.value(), id.value()).query(OrgDirectory::mapUnit).optional();
    }

    Optional<Unit> findByCode(TenantId tenant, String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and code = ?")
                .params(tenant.value(), code).query(OrgDirectory::mapUnit).optional();
    }

    List<Unit> all(TenantId tenant) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ?")
                .param(tenant.value()).query(OrgDirectory::mapUnit).list();
    }

    /** The units of the subtree under {@code root} (the root included), ended ones too. */
    List<Unit> subtreeUnits(TenantId tenant, UnitId root) {
        return jdbc.sql(SCOPE_CTE + "select " + UNIT_COLUMNS + " from org_unit where tenant_id = :tenant and id in (select id from scope)")
                .param("tenant", tenant.value()).param("root", root.value())
                .query(OrgDirectory::mapUnit).list();
    }

    /** Units of the subtree whose name or code matches the folded query (with or without diacritics). */
    List<Unit> search(TenantId tenant, UnitId root, String query, int limit) {
        return jdbc.sql(SCOPE_CTE + "select " + UNIT_COLUMNS + """
                         from org_unit where tenant_id = :tenant and id in (select id from scope)
                          and (lamchu_fold(name) like '%' || lamchu_fold(:q) || '%'
                               or lamchu_fold(coalesce(short_name, '')) like '%' || lamchu_fold(:q) || '%'
                               or upper(code) like '%' || upper(:q) || '%')
                        order by valid_to nulls first, name limit :limit""")
                .param("tenant", tenant.value()).param("root", root.value()).param("q", query).param("limit", limit)
                .query(OrgDirectory::mapUnit).list();
    }

    List<Unit> children(TenantId tenant, UnitId parent) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and parent_id = ? order by valid_to nulls first, code")
                .params(tenant.value(), parent.value()).query(OrgDirectory::mapUnit).list();
    }

    /** The unit's ancestors, the root first. */
    List<Unit> ancestors(TenantId tenant, UnitId unit) {
        return jdbc.sql("""
                        with recursive up(id, parent_id, depth) as (
                            select id, parent_id, 0 from org_unit where tenant_id = :tenant and id = :unit
                            union all
                            select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id
                            where u.tenant_id = :tenant and up.depth < 100
                        )
                        select\s""" + prefixed("u") + """
                         from up join org_unit u on u.tenant_id = :tenant and u.id = up.id
                        where up.depth > 0 order by up.depth desc""")
                .param("tenant", tenant.value()).param("unit", unit.value())
                .query(OrgDirectory::mapUnit).list();
    }

    private static String prefixed(String alias) {
        return alias + "." + UNIT_COLUMNS.replace(", ", ", " + alias + ".");
    }

    void insert(Unit u, Instant now) {
        insertAll(List.of(u), now);
    }

    void insertAll(List<Unit> units, Instant now) {
        Timestamp created = Timestamp.from(now);
        Batches.insert(batch, """
                        insert into org_unit (tenant_id, id, parent_id, jurisdiction_id, kind, code, name, short_name,
                                              valid_from, valid_to, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", units,
                u -> new Object[]{u.tenantId().value(), u.id().value(), u.parentId() == null ? null : u.parentId().value(),
                        u.jurisdictionId(), u.kind().name(), u.code(), u.name(), u.shortName(), u.validFrom(),
                        u.validTo(), created});
    }

    /** @return whether the unit was still at {@code expectedVersion} */
    boolean update(Unit u, int expectedVersion) {
        return jdbc.sql("""
                        update org_unit set code = ?, name = ?, short_name = ?, kind = ?, jurisdiction_id = ?,
                               valid_from = ?, valid_to = ?, version = version + 1
                        where tenant_id = ? and id = ? and version = ?""")
                .params(u.code(), u.name(), u.shortName(), u.kind().name(), u.jurisdictionId(), u.validFrom(),
                        u.validTo(), u.tenantId().value(), u.id().value(), expectedVersion)
                .update() == 1;
    }

    void end(TenantId tenant, UnitId unit, LocalDate date) {
        jdbc.sql("update org_unit set valid_to = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(date, tenant.value(), unit.value()).update();
    }

    void rename(TenantId tenant, UnitId unit, String name, String shortName) {
        jdbc.sql("update org_unit set name = ?, short_name = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(name, shortName, tenant.value(), unit.value()).update();
    }

    void move(TenantId tenant, UnitId unit, UnitId parent) {
        jdbc.sql("update org_unit set parent_id = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(parent.value(), tenant.value(), unit.value()).update();
    }

    /** Whether any unit other than those given still exists after {@code date} in the jurisdiction. */
    boolean jurisdictionUsedAfter(TenantId tenant, UUID jurisdiction, LocalDate date, List<UnitId> except) {
        return jdbc.sql("""
                        select count(*) from org_unit where tenant_id = :tenant and jurisdiction_id = :j
                           and (valid_to is null or valid_to > :date) and not (id in (:except))""")
                .param("tenant", tenant.value()).param("j", jurisdiction).param("date", date)
                .param("except", except.isEmpty() ? List.of(new UUID(0, 0)) : except.stream().map(UnitId::value).toList())
                .query(Integer.class).single() > 0;
    }

    void insertTenant(TenantId tenant, String code, String name, Instant now) {
        jdbc.sql("insert into tenant (id, code, name, created_at) values (?, ?, ?, ?)")
                .params(tenant.value(), code, name, Timestamp.from(now)).update();
    }

    boolean anyTenant() {
        return jdbc.sql("select exists (select 1 from tenant)").query(Boolean.class).single();
    }

    // --- jurisdictions

    Optional<Jurisdiction> jurisdiction(TenantId tenant, UUID id) {
        return jdbc.sql("select " + JURISDICTION_COLUMNS + " from jurisdiction where tenant_id = ? and id = ?")
                .params(tenant.value(), id).query(UnitStore::mapJurisdiction).optional();
    }

    Optional<Jurisdiction> jurisdictionByCode(TenantId tenant, String code) {
        return jdbc.sql("select " + JURISDICTION_COLUMNS + " from jurisdiction where tenant_id = ? and code = ?")
                .params(tenant.value(), code).query(UnitStore::mapJurisdiction).optional();
    }

    List<Jurisdiction> jurisdictions(TenantId tenant) {
        return jdbc.sql("select " + JURISDICTION_COLUMNS + " from jurisdiction where tenant_id = ? order by code")
                .param(tenant.value()).query(UnitStore::mapJurisdiction).list();
    }

    void insertJurisdictions(List<Jurisdiction> list) {
        Batches.insert(batch, """
                        insert into jurisdiction (tenant_id, id, parent_id, level, code, name, valid_from, valid_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", list,
                j -> new Object[]{j.tenantId().value(), j.id(), j.parentId(), j.level().name(), j.code(), j.name(),
                        j.validFrom(), j.validTo()});
    }

    void endJurisdiction(TenantId tenant, UUID id, LocalDate date) {
        jdbc.sql("update jurisdiction set valid_to = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(date, tenant.value(), id).update();
    }

    static Jurisdiction mapJurisdiction(ResultSet rs, int row) throws SQLException {
        return new Jurisdiction(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class), JurisdictionLevel.valueOf(rs.getString("level")),
                rs.getString("code"), rs.getString("name"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getInt("version"));
    }

    // --- history of renames and moves

    /** A rename or move, as kept in {@code org_unit_history}. */
    record HistoryEntry(UUID id, UnitId unitId, String change, LocalDate effectiveDate, String oldName,
                        String oldShortName, String newName, String newShortName, UnitId oldParentId,
                        UnitId newParentId, UUID reorganisationId) {
    }

    void insertHistory(TenantId tenant, HistoryEntry e, Instant now) {
        jdbc.sql("""
                        insert into org_unit_history (tenant_id, id, unit_id, change, effective_date, old_name,
                            old_short_name, new_name, new_short_name, old_parent_id, new_parent_id, reorganisation_id,
                            recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), e.id(), e.unitId().value(), e.change(), e.effectiveDate(), e.oldName(),
                        e.oldShortName(), e.newName(), e.newShortName(),
                        e.oldParentId() == null ? null : e.oldParentId().value(),
                        e.newParentId() == null ? null : e.newParentId().value(), e.reorganisationId(),
                        Timestamp.from(now))
                .update();
    }

    List<HistoryEntry> history(TenantId tenant, UnitId unit) {
        return jdbc.sql("""
                        select id, unit_id, change, effective_date, old_name, old_short_name, new_name, new_short_name,
                               old_parent_id, new_parent_id, reorganisation_id
                        from org_unit_history where tenant_id = ? and unit_id = ? order by effective_date, recorded_at""")
                .params(tenant.value(), unit.value())
                .query((rs, n) -> new HistoryEntry(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), unitId(rs.getObject(9, UUID.class)),
                        unitId(rs.getObject(10, UUID.class)), rs.getObject(11, UUID.class)))
                .list();
    }

    /** The day of the unit's last move, if it was ever moved: its parent must cover it only from then on. */
    Optional<LocalDate> lastMove(TenantId tenant, UnitId unit) {
        return jdbc.sql("select max(effective_date) from org_unit_history where tenant_id = ? and unit_id = ? and change = 'MOVE'")
                .params(tenant.value(), unit.value()).query(LocalDate.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The day of the unit's last rename: a new rename must come later. */
    Optional<LocalDate> lastRename(TenantId tenant, UnitId unit) {
        return jdbc.sql("select max(effective_date) from org_unit_history where tenant_id = ? and unit_id = ? and change = 'RENAME'")
                .params(tenant.value(), unit.value()).query(LocalDate.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static UnitId unitId(UUID id) {
        return id == null ? null : new UnitId(id);
    }
}
