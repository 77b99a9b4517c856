package vn.lamchu.org;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * An organisational unit as it stands, with the period in which it exists ({@code validTo} exclusive, null while
 * it still exists).
 */
public record Unit(TenantId tenantId, UnitId id, UnitId parentId, UUID jurisdictionId, UnitKind kind, String code,
                   String name, String shortName, LocalDate validFrom, LocalDate validTo, int version) {

    /** Whether the unit exists on {@code date}. */
    public boolean existsOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
