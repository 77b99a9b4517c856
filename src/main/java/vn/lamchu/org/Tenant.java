package vn.lamchu.org;

import vn.lamchu.shared.TenantId;

/** A province-level jurisdiction that owns its data. */
public record Tenant(TenantId id, String code, String name) {
}
