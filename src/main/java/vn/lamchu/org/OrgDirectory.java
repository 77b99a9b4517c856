package vn.lamchu.org;

import java.time.LocalDate;
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
 * Reads of the organisation that other modules need: a unit, a unit by code, a unit's subtree (the scope of an
 * account), its ancestors and children, the units that succeed an ended unit on a date, and who holds a post in a
 * unit on a date. Every query is fenced by tenant; none checks the actor's scope (callers do, with
 * {@code CurrentActor}).
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private static final String UNIT_COLUMNS = """
            tenant_id, id, parent_id, jurisdiction_id, kind, code, name, short_name, valid_from, valid_to, version""";

    private final JdbcClient jdbc;
    private final UnitStore units;
    private final PeopleStore people;
    private final ReorganisationStore reorganisations;

    OrgDirectory(JdbcClient jdbc, UnitStore units, PeopleStore people, ReorganisationStore reorganisations) {
        this.jdbc = jdbc;
        this.units = units;
        this.people = people;
        this.reorganisations = reorganisations;
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

    /**
     * The units that carry on the work of {@code unit} on {@code date}: the unit itself if it exists then; if it
     * ended on or before that day, its successors by reorganisation (merge, split, abolish with successors), followed
     * through later reorganisations to the units that exist on the date. Empty if the unit did not exist yet, ended
     * without successor, or is unknown in the tenant. This is how work addressed to an abolished unit is re-routed.
     */
    public List<Unit> successorsOf(TenantId tenant, UnitId unit, LocalDate date) {
        return SuccessorChain.resolve(unit, date, id -> units.find(tenant, id),
                id -> reorganisations.directSuccessors(tenant, id));
    }

    /** Who holds {@code post} in {@code unit} on {@code date} (several people for posts such as DEPUTY or OFFICER). */
    public List<PostHolding> holders(TenantId tenant, UnitId unit, Post post, LocalDate date) {
        return people.holders(tenant, unit, post, date);
    }

    /** Every post held in the unit over time, current ones first. */
    public List<PostHolding> holdings(TenantId tenant, UnitId unit) {
        return people.holdingsInUnit(tenant, unit);
    }

    /** The unit's ancestors, the root first (for breadcrumbs and routing upwards). */
    public List<Unit> ancestors(TenantId tenant, UnitId unit) {
        return units.ancestors(tenant, unit);
    }

    /** The tenant's top units (those without a parent), such as the province's area. */
    public List<Unit> roots(TenantId tenant) {
        return units.all(tenant).stream().filter(u -> u.parentId() == null).toList();
    }

    /** The unit's direct children, those that still exist first. */
    public List<Unit> children(TenantId tenant, UnitId unit) {
        return units.children(tenant, unit);
    }

    public Optional<Jurisdiction> jurisdiction(TenantId tenant, UUID jurisdiction) {
        return units.jurisdiction(tenant, jurisdiction);
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
