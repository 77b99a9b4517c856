package vn.lamchu.org;

import java.time.LocalDate;
import java.util.Locale;

import vn.lamchu.shared.VietnameseText;

/**
 * A unit as entered in a form, the API or a CSV row, before the rules accept it. Units and jurisdictions are named
 * by their codes, so that the three ways of entry share one set of rules.
 *
 * @param code             the unit's code, unique in the tenant (stored in upper case)
 * @param parentCode       the parent unit's code
 * @param jurisdictionCode the jurisdiction's code; empty: the parent's jurisdiction
 * @param newJurisdiction  when {@code jurisdictionCode} names no jurisdiction yet: the one to create with that code
 *                         (its parent is the parent unit's jurisdiction, its validity the unit's)
 * @param validTo          the first day on which the unit no longer exists; null while it exists
 */
public record UnitDraft(String code, String name, String shortName, UnitKind kind, String parentCode,
                        String jurisdictionCode, JurisdictionDraft newJurisdiction, LocalDate validFrom,
                        LocalDate validTo) {

    /** Text normalised the way it is stored: NFC, trimmed, codes in upper case, blanks as null. */
    public UnitDraft normalized() {
        return new UnitDraft(normalizeCode(code), VietnameseText.normalizeOrNull(name),
                VietnameseText.normalizeOrNull(shortName), kind, normalizeCode(parentCode),
                normalizeCode(jurisdictionCode), newJurisdiction == null ? null : newJurisdiction.normalized(),
                validFrom, validTo);
    }

    static String normalizeCode(String code) {
        String clean = VietnameseText.normalizeOrNull(code);
        return clean == null ? null : clean.replace(' ', '-').toUpperCase(Locale.ROOT);
    }

    /** A jurisdiction to create together with a unit (typically an area unit of a new commune or village). */
    public record JurisdictionDraft(JurisdictionLevel level, String name) {

        public JurisdictionDraft normalized() {
            return new JurisdictionDraft(level, VietnameseText.normalizeOrNull(name));
        }

        public boolean isEmpty() {
            return level == null && (name == null || name.isBlank());
        }
    }
}
