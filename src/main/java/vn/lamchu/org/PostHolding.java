package vn.lamchu.org;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.UnitId;

/**
 * A post a person holds in a unit from {@code validFrom} until the day before {@code validTo} (null: still holds it).
 * {@code title} is the title as written ("Chủ tịch UBND xã Tân Phú").
 */
public record PostHolding(UUID id, UUID personId, String personName, UnitId unitId, String unitName, Post post,
                          String title, LocalDate validFrom, LocalDate validTo, int version) {

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
