package vn.lamchu.org;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.TenantId;

/**
 * A territorial unit (province, commune-level unit, village or residential group, legacy district or township), valid
 * from {@code validFrom} until the day before {@code validTo} (null while it exists).
 */
public record Jurisdiction(TenantId tenantId, UUID id, UUID parentId, JurisdictionLevel level, String code, String name,
                           LocalDate validFrom, LocalDate validTo, int version) {

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
