package vn.lamchu.org;

import java.time.LocalDate;

import vn.lamchu.shared.VietnameseText;

/**
 * A post to assign to a person.
 *
 * @param title the title as written; empty: the post's label and the unit's name ("Chủ tịch — UBND xã Tân Phú")
 */
public record PostDraft(String unitCode, Post post, String title, LocalDate validFrom, LocalDate validTo) {

    public PostDraft normalized() {
        return new PostDraft(UnitDraft.normalizeCode(unitCode), post, VietnameseText.normalizeOrNull(title), validFrom,
                validTo);
    }
}
