package vn.lamchu.org;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Reads of the unit tree that other modules need: a unit, a unit by code, and a unit's subtree (the scope of an
 * account). Every query is fenced by tenant.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private static final String UNIT_COLUMNS = """
            tenant_id, id, parent_id, jurisdiction_id, kind, code, name, short_name, valid_from, valid_to, version""";

    private final JdbcClient jdbc;

    OrgDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tenant> tenants() {
        return jdbc.sql("select id, code, name from tenant order by name")
                .query((rs, n) -> new Tenant(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Tenant> tenant(TenantId tenant) {
        return jdbc.sql("select id, code, name from tenant where id = ?").param(tenant.value())
                .query((rs, n) -> new Tenant(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public Optional<Unit> unit(TenantId tenant, UnitId unit) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and id = ?")
                .params(tenant.value(), unit.value())
                .query(OrgDirectory::mapUnit).optional();
    }

    public Optional<Unit> unitByCode(TenantId tenant, String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit where tenant_id = ? and code = ?")
                .params(tenant.value(), code)
                .query(OrgDirectory::mapUnit).optional();
    }

    /** The unit and every unit below it, including units that no longer exist (their records stay in scope). */
    public Set<UnitId> subtree(TenantId tenant, UnitId root) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from org_unit where tenant_id = :tenant and id = :root
                            union
                            select u.id from org_unit u join tree t on u.parent_id = t.id where u.tenant_id = :tenant
                        ) select id from tree""")
                .param("tenant", tenant.value()).param("root", root.value())
                .query((rs, n) -> new UnitId(rs.getObject(1, UUID.class)))
                .set();
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    public boolean isWithin(TenantId tenant, UnitId unit, UnitId ancestor) {
        if (unit.equals(ancestor)) {
            return jdbc.sql("select count(*) from org_unit where tenant_id = ? and id = ?")
                    .params(tenant.value(), unit.value()).query(Integer.class).single() > 0;
        }
        return jdbc.sql("""
                        with recursive up(id, parent_id) as (
                            select id, parent_id from org_unit where tenant_id = :tenant and id = :unit
                            union
                            select u.id, u.parent_id from org_unit u join up on u.id = up.parent_id where u.tenant_id = :tenant
                        ) select count(*) from up where id = :ancestor""")
                .param("tenant", tenant.value()).param("unit", unit.value()).param("ancestor", ancestor.value())
                .query(Integer.class).single() > 0;
    }

    /** The names of the given units, for lists that show who owns a record. */
    public java.util.Map<UnitId, String> names(TenantId tenant, Set<UnitId> units) {
        if (units.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select id, name from org_unit where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenant.value())
                .param("ids", units.stream().map(UnitId::value).collect(Collectors.toList()))
                .query((rs, n) -> java.util.Map.entry(new UnitId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    static Unit mapUnit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        java.sql.Date validTo = rs.getDate("valid_to");
        return new Unit(new TenantId(rs.getObject("tenant_id", UUID.class)), new UnitId(rs.getObject("id", UUID.class)),
                parent == null ? null : new UnitId(parent), rs.getObject("jurisdiction_id", UUID.class),
                UnitKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                rs.getString("short_name"), rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), rs.getInt("version"));
    }
}
