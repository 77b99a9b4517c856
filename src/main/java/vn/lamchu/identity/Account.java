package vn.lamchu.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A staff account as stored. The password hash and TOTP secret never leave the identity module.
 */
public record Account(TenantId tenantId, UUID id, String username, String displayName, String email, UnitId unitId,
                      Set<Role> roles, boolean enabled, int failedAttempts, Instant lockedUntil, boolean totpEnabled,
                      Instant lastLoginAt, Instant createdAt, int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
