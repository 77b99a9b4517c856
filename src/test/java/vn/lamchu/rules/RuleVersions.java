package vn.lamchu.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Rule versions for unit tests, as seeded in V2_0_1__rules_seed.sql (the integration tests check the seed). */
final class RuleVersions {

    static final LocalDate LAW_136_IN_FORCE = LocalDate.of(2026, 7, 1);

    private RuleVersions() {
    }

    static RuleVersion kn1() {
        Map<Set<VariantFlag>, Term> terms = new LinkedHashMap<>();
        terms.put(Set.of(), Term.within(30, PeriodUnit.CALENDAR_DAYS));
        terms.put(Set.of(VariantFlag.COMPLEX), Term.within(45, PeriodUnit.CALENDAR_DAYS));
        terms.put(Set.of(VariantFlag.REMOTE), Term.within(45, PeriodUnit.CALENDAR_DAYS));
        terms.put(Set.of(VariantFlag.COMPLEX, VariantFlag.REMOTE), Term.within(60, PeriodUnit.CALENDAR_DAYS));
        return version("KN-1", 1, "2012-07-01", null, terms, "Luật Khiếu nại 2011, Điều 28", Confidence.VERIFIED);
    }

    static RuleVersion knAcceptUntilJune2026() {
        return version("KN-accept", 1, "2012-07-01", "2026-07-01", Map.of(Set.of(), Term.within(10, PeriodUnit.CALENDAR_DAYS)),
                "Luật Khiếu nại 2011, Điều 27", Confidence.VERIFIED);
    }

    static RuleVersion knAcceptFromJuly2026() {
        return new RuleVersion("KN-accept", 2, LAW_136_IN_FORCE, null, Map.of(Set.of(), Term.within(7, PeriodUnit.WORKING_DAYS)),
                "Nghị định 155/2026/NĐ-CP", Confidence.UNCONFIRMED, true, null);
    }

    static RuleVersion tcInit() {
        return version("TC-init", 1, "2019-01-01", null, Map.of(
                        Set.of(), Term.within(7, PeriodUnit.WORKING_DAYS),
                        Set.of(VariantFlag.SEVERAL_PLACES), Term.within(10, PeriodUnit.WORKING_DAYS)),
                "Luật Tố cáo 2018, Điều 24 khoản 1", Confidence.VERIFIED);
    }

    static RuleVersion tcRes() {
        return version("TC-res", 1, "2019-01-01", null, Map.of(
                        Set.of(), Term.within(30, PeriodUnit.CALENDAR_DAYS),
                        Set.of(VariantFlag.COMPLEX), Term.withinExtensible(30, PeriodUnit.CALENDAR_DAYS, 1, 30),
                        Set.of(VariantFlag.VERY_COMPLEX), Term.withinExtensible(30, PeriodUnit.CALENDAR_DAYS, 2, 30)),
                "Luật Tố cáo 2018, Điều 30", Confidence.VERIFIED);
    }

    static RuleVersion workingDays(String id, int amount) {
        return version(id, 1, "2000-01-01", null, Map.of(Set.of(), Term.within(amount, PeriodUnit.WORKING_DAYS)),
                "test", Confidence.VERIFIED);
    }

    static RuleVersion of(String id, Term term) {
        return version(id, 1, "2000-01-01", null, Map.of(Set.of(), term), "test", Confidence.VERIFIED);
    }

    static RuleVersion tcd24() {
        return of("TCD-24", Term.atLeastBefore(5, PeriodUnit.WORKING_DAYS));
    }

    static RuleVersion mttqNotice() {
        return of("MTTQ-notice", Term.atLeastBefore(15, PeriodUnit.CALENDAR_DAYS));
    }

    static RuleVersion kkAnnual() {
        return of("KK-annual", Term.byFixedDate(MonthDay.of(12, 31), true));
    }

    static RuleVersion dccsInitiative() {
        return of("DCCS-initiative", Term.within(3, PeriodUnit.MONTHS));
    }

    private static RuleVersion version(String id, int number, String from, String to, Map<Set<VariantFlag>, Term> terms,
                                       String source, Confidence confidence) {
        return new RuleVersion(id, number, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), terms,
                source, confidence, false, null);
    }
}
