package vn.lamchu.org;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A person who holds or held posts. {@code unitId} is the unit that keeps the record; the person is visible to
 * accounts whose scope contains that unit or a unit where the person holds or held a post.
 */
public record Person(TenantId tenantId, UUID id, String code, String fullName, LocalDate birthDate, Gender gender,
                     String phone, String email, boolean partyMember, UnitId unitId, int version) {

    public enum Gender { MALE, FEMALE, OTHER }
}
