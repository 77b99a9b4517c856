package vn.lamchu.identity;

import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A staff account no longer works in {@code formerUnit}: an administrator disabled it or moved it to another unit
 * ({@link AccountService#update}). Modules that assign work to people listen to it so that nothing stays with
 * someone who can no longer act on it.
 */
public record StaffLeftUnit(TenantId tenant, UUID accountId, UnitId formerUnit) {
}
