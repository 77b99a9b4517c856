package vn.lamchu.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** Who works where, for other modules: the enabled staff of a unit and what they may do (no credentials). */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    /** An enabled staff account. */
    public record StaffMember(UUID accountId, String username, String displayName, String email, UnitId unitId,
                              Set<Permission> permissions) {

        public boolean can(Permission permission) {
            return permissions.contains(permission);
        }
    }

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled accounts of a unit that hold a permission, by name. */
    public List<StaffMember> ofUnit(TenantId tenant, UnitId unit, Permission permission) {
        return load(tenant, "a.unit_id = :unit", unit.value()).stream().filter(m -> m.can(permission)).toList();
    }

    /** An enabled account. */
    public Optional<StaffMember> find(TenantId tenant, UUID accountId) {
        return load(tenant, "a.id = :unit", accountId).stream().findFirst();
    }

    private List<StaffMember> load(TenantId tenant, String condition, UUID value) {
        Map<UUID, Object[]> rows = new LinkedHashMap<>();
        Map<UUID, List<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.username, a.display_name, a.email, a.unit_id, r.role
                        from account a left join account_role r on r.tenant_id = a.tenant_id and r.account_id = a.id
                        where a.tenant_id = :tenant and a.enabled and\s""" + condition + " order by a.display_name")
                .param("tenant", tenant.value()).param("unit", value)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    rows.putIfAbsent(id, new Object[] {rs.getString("username"), rs.getString("display_name"),
                            rs.getString("email"), rs.getObject("unit_id", UUID.class)});
                    List<Role> list = roles.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getString("role") != null) {
                        list.add(Role.valueOf(rs.getString("role")));
                    }
                });
        List<StaffMember> out = new ArrayList<>();
        rows.forEach((id, r) -> {
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            permissions.addAll(Role.permissionsOf(roles.get(id)));
            out.add(new StaffMember(id, (String) r[0], (String) r[1], (String) r[2], new UnitId((UUID) r[3]),
                    Set.copyOf(permissions)));
        });
        return out;
    }
}
