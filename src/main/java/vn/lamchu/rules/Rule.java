package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A legal deadline rule of RULEBOOK §15.1 with all its versions.
 *
 * @param id            the RULEBOOK's id ({@code KN-1}, {@code TC-res} …)
 * @param area          the field of law
 * @param nameVi        what the rule is about, in Vietnamese
 * @param nameEn        the same in English
 * @param triggerVi     what starts the clock, in Vietnamese
 * @param triggerEn     the same in English
 * @param publicLabelVi the plain-language name on the public calculator, or null if the rule is for the office only
 * @param publicLabelEn the same in English
 * @param versions      the versions in order of validity
 */
public record Rule(String id, RuleArea area, String nameVi, String nameEn, String triggerVi, String triggerEn,
                   String publicLabelVi, String publicLabelEn, List<RuleVersion> versions) {

    public Rule {
        versions = versions.stream().sorted(Comparator.comparing(RuleVersion::validFrom)).toList();
    }

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameVi;
    }

    public String trigger(Locale locale) {
        return english(locale) ? triggerEn : triggerVi;
    }

    public String publicLabel(Locale locale) {
        return english(locale) ? publicLabelEn : publicLabelVi;
    }

    /** Whether the rule is offered to citizens on the public calculator. */
    public boolean isPublic() {
        return publicLabelVi != null;
    }

    /** The version in force on {@code date}, if any. */
    public Optional<RuleVersion> versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    public Optional<RuleVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The version in force on {@code today}, or else the latest one. */
    public RuleVersion current(LocalDate today) {
        return versionOn(today).orElse(versions.get(versions.size() - 1));
    }

    /** Whether some version is unconfirmed and may be corrected in place. */
    public boolean hasConfigurableVersion() {
        return versions.stream().anyMatch(RuleVersion::configurable);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
