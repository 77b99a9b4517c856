package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link RuleCatalog} without a database, for unit tests of other modules: the given rules over the Vietnamese
 * working calendar of {@link WorkingCalendars#vietnam()}.
 */
public final class FakeRuleCatalog {

    private FakeRuleCatalog() {
    }

    public static RuleCatalog of(List<Rule> rules) {
        RuleRepository repository = new RuleRepository(null) {
            @Override
            List<Rule> findAll() {
                return rules;
            }

            @Override
            Optional<Rule> find(String id) {
                return rules.stream().filter(r -> r.id().equals(id)).findFirst();
            }
        };
        return new RuleCatalog(repository, WorkingCalendars.vietnam());
    }

    /** A rule with one version from {@code from}: within {@code amount} {@code unit}, as the source says. */
    public static Rule rule(String id, RuleArea area, int amount, PeriodUnit unit, LocalDate from, String source) {
        return new Rule(id, area, id, id, "", "", null, null, List.of(version(id, 1, from, null, amount, unit, source)));
    }

    public static RuleVersion version(String id, int number, LocalDate from, LocalDate to, int amount, PeriodUnit unit,
                                      String source) {
        return new RuleVersion(id, number, from, to, Map.of(Set.of(), Term.within(amount, unit)), source,
                Confidence.VERIFIED, false, null);
    }
}
