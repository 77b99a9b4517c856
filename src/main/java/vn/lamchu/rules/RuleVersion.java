package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.lamchu.shared.DomainException;

/**
 * A rule as it stood during a period of validity: the durations it gives (one for the ordinary case, one for each
 * combination of variant flags it knows), where it comes from and how sure the RULEBOOK is of it. A case is handled
 * under the version in force on the date the rule names (the date of receipt, of acceptance …).
 *
 * @param ruleId       the rule's id as the RULEBOOK names it ({@code KN-1}, {@code TC-res} …)
 * @param number       1, 2, … in order of validity
 * @param validFrom    the first day on which this version applies
 * @param validTo      the first day on which it no longer applies; null while it still applies
 * @param terms        the term of each set of variant flags; the empty set is the ordinary case and must be present
 * @param source       the law and article, as a legal officer would cite it
 * @param confidence   the RULEBOOK's confidence tag
 * @param configurable whether administrators may correct the values in place (unconfirmed rules, RULEBOOK §16)
 * @param note         why the version looks as it does (transitional rules, doubts), or null
 */
public record RuleVersion(String ruleId, int number, LocalDate validFrom, LocalDate validTo,
                          Map<Set<VariantFlag>, Term> terms, String source, Confidence confidence,
                          boolean configurable, String note) {

    public RuleVersion {
        Objects.requireNonNull(ruleId, "rule id");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("valid to must be after valid from");
        }
        Map<Set<VariantFlag>, Term> copy = new LinkedHashMap<>();
        terms.forEach((flags, term) -> copy.put(Set.copyOf(flags), Objects.requireNonNull(term)));
        if (!copy.containsKey(Set.of())) {
            throw new IllegalArgumentException("a rule version needs the ordinary term");
        }
        terms = Map.copyOf(copy);
    }

    /** The term of the ordinary case. */
    public Term base() {
        return terms.get(Set.of());
    }

    /** Whether this version applies on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /** Every flag that appears in some term of this version. */
    public Set<VariantFlag> knownFlags() {
        EnumSet<VariantFlag> known = EnumSet.noneOf(VariantFlag.class);
        terms.keySet().forEach(known::addAll);
        return known;
    }

    /**
     * The term for a set of flags.
     *
     * @throws DomainException (invalid) if the rule does not know a flag, or has no term for that combination
     */
    public Term term(Set<VariantFlag> flags) {
        Term term = terms.get(flags);
        if (term != null) {
            return term;
        }
        for (VariantFlag flag : flags) {
            if (!knownFlags().contains(flag)) {
                throw DomainException.invalid("rules.error.variantNotApplicable", ruleId, flag.code());
            }
        }
        throw DomainException.invalid("rules.error.variantCombination", ruleId, VariantFlag.key(flags));
    }
}
