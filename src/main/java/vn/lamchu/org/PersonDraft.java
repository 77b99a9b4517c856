package vn.lamchu.org;

import java.time.LocalDate;

import vn.lamchu.shared.VietnameseText;

/**
 * A person as entered in a form, the API or a CSV row.
 *
 * @param code     an optional code, unique in the tenant (e.g. the number in the list the person came from)
 * @param unitCode the unit that keeps the person's record
 */
public record PersonDraft(String code, String fullName, LocalDate birthDate, Person.Gender gender, String phone,
                          String email, boolean partyMember, String unitCode) {

    public PersonDraft normalized() {
        return new PersonDraft(UnitDraft.normalizeCode(code), VietnameseText.normalizeOrNull(fullName), birthDate,
                gender, VietnameseText.normalizeOrNull(phone), lower(VietnameseText.normalizeOrNull(email)),
                partyMember, UnitDraft.normalizeCode(unitCode));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
