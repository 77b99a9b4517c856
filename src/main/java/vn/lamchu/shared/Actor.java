package vn.lamchu.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member on whose behalf code runs.
 *
 * @param accountId   the account
 * @param username    the login name, as shown in the audit log
 * @param displayName the person's name
 * @param tenantId    the province-level jurisdiction the account belongs to; every query filters by it
 * @param unitId      the unit whose subtree the account may see
 * @param permissions what the account may do
 */
public record Actor(UUID accountId, String username, String displayName, TenantId tenantId, UnitId unitId,
                    Set<Permission> permissions) {

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }
}
