package vn.lamchu.rules.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Confidence;
import vn.lamchu.rules.Suspension;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.VariantFlag;

/**
 * A realistic mix of open cases for the benchmark, stored compactly as a real recomputation job would read them
 * (a start date and a case kind per row): complaints (KN-1 with its variants, KN-accept, KN-limit), denunciations
 * (TC-init, TC-res with extensions), reception answers (TCD-28), a month-based rule (DCCS-initiative), and 5% of cases
 * with a suspension. Start dates spread over 2024–2027.
 */
final class DeadlineCases {

    /** One kind of case: a rule version with the request details that go with it. */
    record Kind(RuleVersion version, Set<VariantFlag> flags, int extensions, int suspensionDays, int weight) {
    }

    static final List<Kind> KINDS = kinds();
    private static final Kind[] BY_WEIGHT = byWeight();

    final int[] startEpochDay;
    final byte[] kind;

    private DeadlineCases(int size, long seed) {
        startEpochDay = new int[size];
        kind = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        int first = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        int span = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - first);
        for (int i = 0; i < size; i++) {
            startEpochDay[i] = first + random.nextInt(span);
            kind[i] = (byte) KINDS.indexOf(BY_WEIGHT[random.nextInt(BY_WEIGHT.length)]);
        }
    }

    static DeadlineCases random(int size, long seed) {
        return new DeadlineCases(size, seed);
    }

    int size() {
        return kind.length;
    }

    RuleVersion version(int i) {
        return KINDS.get(kind[i]).version();
    }

    /** The request of row {@code i}, built as a recomputation job builds it from a database row. */
    DeadlineRequest request(int i) {
        Kind k = KINDS.get(kind[i]);
        LocalDate start = LocalDate.ofEpochDay(startEpochDay[i]);
        List<Suspension> suspensions = k.suspensionDays() == 0 ? List.of()
                : List.of(new Suspension(start.plusDays(10), start.plusDays(10 + k.suspensionDays())));
        return new DeadlineRequest(start, k.flags(), k.extensions(), suspensions);
    }

    private static List<Kind> kinds() {
        RuleVersion kn1 = version("KN-1", Map.of(
                Set.of(), Term.within(30, PeriodUnit.CALENDAR_DAYS),
                Set.of(VariantFlag.COMPLEX), Term.within(45, PeriodUnit.CALENDAR_DAYS),
                Set.of(VariantFlag.REMOTE), Term.within(45, PeriodUnit.CALENDAR_DAYS),
                Set.of(VariantFlag.COMPLEX, VariantFlag.REMOTE), Term.within(60, PeriodUnit.CALENDAR_DAYS)));
        RuleVersion knAccept = version("KN-accept", Map.of(Set.of(), Term.within(7, PeriodUnit.WORKING_DAYS)));
        RuleVersion knLimit = version("KN-limit", Map.of(Set.of(), Term.within(90, PeriodUnit.CALENDAR_DAYS)));
        RuleVersion tcInit = version("TC-init", Map.of(Set.of(), Term.within(7, PeriodUnit.WORKING_DAYS),
                Set.of(VariantFlag.SEVERAL_PLACES), Term.within(10, PeriodUnit.WORKING_DAYS)));
        RuleVersion tcRes = version("TC-res", Map.of(Set.of(), Term.within(30, PeriodUnit.CALENDAR_DAYS),
                Set.of(VariantFlag.COMPLEX), Term.withinExtensible(30, PeriodUnit.CALENDAR_DAYS, 1, 30),
                Set.of(VariantFlag.VERY_COMPLEX), Term.withinExtensible(30, PeriodUnit.CALENDAR_DAYS, 2, 30)));
        RuleVersion tcd28 = version("TCD-28", Map.of(Set.of(), Term.within(10, PeriodUnit.WORKING_DAYS)));
        RuleVersion initiative = version("DCCS-initiative", Map.of(Set.of(), Term.within(3, PeriodUnit.MONTHS)));
        return List.of(
                new Kind(kn1, Set.of(), 0, 0, 20),
                new Kind(kn1, Set.of(VariantFlag.COMPLEX), 0, 0, 5),
                new Kind(kn1, Set.of(VariantFlag.REMOTE, VariantFlag.COMPLEX), 0, 0, 5),
                new Kind(knAccept, Set.of(), 0, 0, 15),
                new Kind(knLimit, Set.of(), 0, 0, 5),
                new Kind(tcInit, Set.of(), 0, 0, 15),
                new Kind(tcInit, Set.of(VariantFlag.SEVERAL_PLACES), 0, 0, 5),
                new Kind(tcRes, Set.of(), 0, 0, 5),
                new Kind(tcRes, Set.of(VariantFlag.COMPLEX), 1, 0, 3),
                new Kind(tcRes, Set.of(VariantFlag.VERY_COMPLEX), 2, 0, 2),
                new Kind(tcRes, Set.of(), 0, 20, 5),
                new Kind(tcd28, Set.of(), 0, 0, 10),
                new Kind(initiative, Set.of(), 0, 0, 5));
    }

    private static Kind[] byWeight() {
        return KINDS.stream().flatMap(k -> java.util.Collections.nCopies(k.weight(), k).stream()).toArray(Kind[]::new);
    }

    private static RuleVersion version(String id, Map<Set<VariantFlag>, Term> terms) {
        return new RuleVersion(id, 1, LocalDate.of(2000, 1, 1), null, terms, "benchmark", Confidence.VERIFIED, false, null);
    }
}
