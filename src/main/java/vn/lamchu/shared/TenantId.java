package vn.lamchu.shared;

import java.util.Objects;
import java.util.UUID;

/** The province-level jurisdiction that owns a row: the first fence of access control and the sharding key. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
