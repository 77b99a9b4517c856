package vn.lamchu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.lamchu.shared.DomainException;

/** Table tests of the deadline arithmetic on the 2025–2027 Vietnamese calendar (Bộ luật Dân sự 2015, Điều 144–148). */
class DeadlineCalculatorTests {

    private final DeadlineCalculator calculator = new DeadlineCalculator(WorkingCalendars.vietnam());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private LocalDate due(RuleVersion version, String start) {
        return calculator.dueDate(version, DeadlineRequest.from(d(start)));
    }

    @Nested
    class WorkingDays {

        @Test
        void skipsTheTet2026WeekAndItsWeekends() {
            Deadline deadline = calculator.calculate(RuleVersions.tcInit(), DeadlineRequest.from(d("2026-02-12")));

            assertThat(deadline.due()).isEqualTo(d("2026-03-02"));
            DeadlineExplanation why = deadline.explanation();
            assertThat(why.firstCountedDay()).isEqualTo(d("2026-02-13"));
            assertThat(why.unitsCounted()).isEqualTo(7);
            assertThat(why.skipped()).contains(
                    new DayRun(d("2026-02-14"), d("2026-02-15"), SkipReason.WEEKEND, null, null),
                    new DayRun(d("2026-02-16"), d("2026-02-20"), SkipReason.PUBLIC_HOLIDAY, "Tết Nguyên đán",
                            "Bộ luật Lao động 2019, Điều 112"),
                    new DayRun(d("2026-02-21"), d("2026-02-22"), SkipReason.WEEKEND, null, null));
            assertThat(why.daysOffSkipped()).isEqualTo(11);
            assertThat(why.shift()).isNull();
        }

        @Test
        void skipsTheAssumedTet2027DaysAndTheirCompensatoryDays() {
            Deadline deadline = calculator.calculate(RuleVersions.tcInit(), DeadlineRequest.from(d("2027-02-03")));

            assertThat(deadline.due()).isEqualTo(d("2027-02-19"));
            assertThat(deadline.explanation().skipped()).extracting(DayRun::reason)
                    .contains(SkipReason.PUBLIC_HOLIDAY, SkipReason.COMPENSATORY_DAY_OFF, SkipReason.WEEKEND);
        }

        @Test
        void skipsTheGiỗTổCompensatoryDayAnd30AprilAnd1May2026() {
            assertThat(due(RuleVersions.workingDays("TCD-28", 10), "2026-04-24")).isEqualTo(d("2026-05-13"));
        }

        @Test
        void skipsTheNationalDayHolidays2025() {
            assertThat(due(RuleVersions.workingDays("TC-fwd", 5), "2025-08-28")).isEqualTo(d("2025-09-08"));
        }

        @Test
        void countsASaturdayWorkedInExchangeForATetDay() {
            Deadline deadline = calculator.calculate(RuleVersions.tcInit(), DeadlineRequest.from(d("2025-02-13")));

            assertThat(deadline.due()).isEqualTo(d("2025-02-21"));
            assertThat(deadline.explanation().workedWeekendDays()).singleElement()
                    .satisfies(run -> {
                        assertThat(run.from()).isEqualTo(d("2025-02-15"));
                        assertThat(run.name()).contains("Làm bù");
                    });
        }

        @Test
        void usesTheVariantForChecksAtSeveralPlaces() {
            LocalDate due = calculator.dueDate(RuleVersions.tcInit(),
                    DeadlineRequest.from(d("2026-03-02")).withFlags(Set.of(VariantFlag.SEVERAL_PLACES)));

            assertThat(due).isEqualTo(d("2026-03-16"));
        }
    }

    @Nested
    class CalendarDays {

        @Test
        void endingInTet2026MovesToTheNextWorkingDayWithTheCivilCodeCitation() {
            Deadline deadline = calculator.calculate(RuleVersions.kn1(), DeadlineRequest.from(d("2026-01-20")));

            assertThat(deadline.explanation().lastDayOfPeriod()).isEqualTo(d("2026-02-19"));
            assertThat(deadline.due()).isEqualTo(d("2026-02-23"));
            DeadlineExplanation.Shift shift = deadline.explanation().shift();
            assertThat(shift.direction()).isEqualTo(DeadlineExplanation.Direction.FORWARD);
            assertThat(shift.from()).isEqualTo(d("2026-02-19"));
            assertThat(shift.daysOff()).extracting(DayRun::reason)
                    .containsExactly(SkipReason.PUBLIC_HOLIDAY, SkipReason.WEEKEND);
        }

        @Test
        void endingOnTheAssumedTet2027MovesPastTheCompensatoryDays() {
            assertThat(due(RuleVersions.kn1(), "2027-01-07")).isEqualTo(d("2027-02-12"));
        }

        @Test
        void countsHolidaysInsideTheCalendarDayPeriodAndSaysSo() {
            Deadline deadline = calculator.calculate(RuleVersions.kn1(), DeadlineRequest.from(d("2026-02-01")));

            assertThat(deadline.due()).isEqualTo(d("2026-03-03"));
            assertThat(deadline.explanation().skipped()).isEmpty();
            assertThat(deadline.explanation().countedDaysOff()).singleElement()
                    .satisfies(run -> assertThat(run.days()).isEqualTo(5));
        }

        @ParameterizedTest(name = "{0} flags {1} → {2}")
        @CsvSource({
                "2026-03-02, '', 2026-04-01",
                "2026-03-02, complex, 2026-04-16",
                "2026-03-02, remote, 2026-04-16",
                "2026-03-02, complex+remote, 2026-05-04"})
        void firstComplaintVariantsOfArticle28(String start, String flags, String expected) {
            LocalDate due = calculator.dueDate(RuleVersions.kn1(),
                    DeadlineRequest.from(d(start)).withFlags(VariantFlag.parseKey(flags)));

            assertThat(due).isEqualTo(d(expected));
        }
    }

    @Nested
    class Months {

        @ParameterizedTest(name = "{0} + 3 months → {1}")
        @CsvSource({
                "2027-11-30, 2028-02-29",   // leap year: the corresponding day exists
                "2026-11-30, 2027-03-01",   // 28/02/2027 is a Sunday
                "2026-10-31, 2027-02-01",   // 31/01/2027 is a Sunday
                "2026-05-15, 2026-08-17"})  // 15/08/2026 is a Saturday
        void endOnTheCorrespondingDayOrTheMonthsLastDay(String start, String expected) {
            assertThat(due(RuleVersions.dccsInitiative(), start)).isEqualTo(d(expected));
        }

        @ParameterizedTest(name = "{0} + 1 month → {1}")
        @CsvSource({
                "2028-01-31, 2028-02-29",
                "2025-01-31, 2025-02-28",
                "2026-03-31, 2026-05-04"})  // 30/04, 01/05 holidays, then the weekend
        void aMonthFromTheLastDayOfAMonth(String start, String expected) {
            RuleVersion oneMonth = RuleVersions.of("M", Term.within(1, PeriodUnit.MONTHS));

            assertThat(due(oneMonth, start)).isEqualTo(d(expected));
        }

        @Test
        void aYearFrom29FebruaryEndsOn28February() {
            RuleVersion oneYear = RuleVersions.of("KN-TC-archive", Term.within(1, PeriodUnit.YEARS));

            assertThat(due(oneYear, "2028-02-29")).isEqualTo(d("2029-02-28"));
        }
    }

    @Nested
    class Versions {

        private final Rule knAccept = new Rule("KN-accept", RuleArea.COMPLAINT, "Thụ lý", "Accepting", "Nhận đơn",
                "Receipt", null, null, List.of(RuleVersions.knAcceptFromJuly2026(), RuleVersions.knAcceptUntilJune2026()));

        @Test
        void aComplaintReceivedBeforeJuly2026KeepsTheTenDayRule() {
            RuleVersion version = knAccept.versionOn(d("2026-06-29")).orElseThrow();

            assertThat(version.number()).isEqualTo(1);
            assertThat(calculator.dueDate(version, DeadlineRequest.from(d("2026-06-29")))).isEqualTo(d("2026-07-09"));
        }

        @Test
        void aComplaintReceivedFromJuly2026GetsSevenWorkingDays() {
            RuleVersion version = knAccept.versionOn(d("2026-07-02")).orElseThrow();

            assertThat(version.number()).isEqualTo(2);
            assertThat(version.configurable()).isTrue();
            assertThat(calculator.dueDate(version, DeadlineRequest.from(d("2026-07-02")))).isEqualTo(d("2026-07-13"));
        }

        @Test
        void theLastDayOfTheOldVersionIs30June() {
            assertThat(knAccept.versionOn(d("2026-06-30")).orElseThrow().number()).isEqualTo(1);
            assertThat(knAccept.versionOn(d("2026-07-01")).orElseThrow().number()).isEqualTo(2);
            assertThat(knAccept.versionOn(d("2012-06-30"))).isEmpty();
        }
    }

    @Nested
    class Before {

        @Test
        void fiveWorkingDaysBeforeAFridayIsTheFridayBefore() {
            Deadline deadline = calculator.calculate(RuleVersions.tcd24(), DeadlineRequest.from(d("2026-05-15")));

            assertThat(deadline.due()).isEqualTo(d("2026-05-08"));
            assertThat(deadline.explanation().lastDayOfPeriod()).isEqualTo(d("2026-05-10"));
            assertThat(deadline.explanation().shift().to()).isEqualTo(d("2026-05-08"));
        }

        @Test
        void anEventOnASundayNeedsNWorkingDaysBeforeIt() {
            assertThat(due(RuleVersions.tcd24(), "2026-05-17")).isEqualTo(d("2026-05-08"));
            assertThat(due(RuleVersions.of("TXCT-outside", Term.atLeastBefore(1, PeriodUnit.WORKING_DAYS)), "2026-05-17"))
                    .isEqualTo(d("2026-05-14"));
        }

        @Test
        void countsBackOverTheApril2026Holidays() {
            Deadline deadline = calculator.calculate(RuleVersions.tcd24(), DeadlineRequest.from(d("2026-05-04")));

            assertThat(deadline.due()).isEqualTo(d("2026-04-22"));
            assertThat(deadline.explanation().firstCountedDay()).isEqualTo(d("2026-05-04"));
            assertThat(deadline.explanation().shift()).isNull();
        }

        @Test
        void calendarDaysBeforeMoveBackToAWorkingDay() {
            Deadline deadline = calculator.calculate(RuleVersions.mttqNotice(), DeadlineRequest.from(d("2026-03-16")));

            assertThat(deadline.explanation().lastDayOfPeriod()).isEqualTo(d("2026-03-01"));
            assertThat(deadline.due()).isEqualTo(d("2026-02-27"));
            assertThat(deadline.explanation().shift().direction()).isEqualTo(DeadlineExplanation.Direction.BACKWARD);
        }
    }

    @Nested
    class FixedDatesPeriodsAndDurations {

        @Test
        void beforeThe31stOfDecemberMeansThe30th() {
            assertThat(due(RuleVersions.kkAnnual(), "2026-03-10")).isEqualTo(d("2026-12-30"));
        }

        @Test
        void aFixedDateOnASundayMovesBackToFriday() {
            assertThat(due(RuleVersions.kkAnnual(), "2029-06-01")).isEqualTo(d("2029-12-28"));
        }

        @Test
        void aWeeklyObligationIsDueByTheLastWorkingDayOfTheWeek() {
            RuleVersion weekly = RuleVersions.of("TCD-chair-commune", Term.atLeastPerPeriod(1, PeriodUnit.WEEKS));

            Deadline deadline = calculator.calculate(weekly, DeadlineRequest.from(d("2026-04-28")));

            assertThat(deadline.due()).isEqualTo(d("2026-04-29"));
            assertThat(deadline.explanation().periodStart()).isEqualTo(d("2026-04-27"));
            assertThat(deadline.explanation().periodEnd()).isEqualTo(d("2026-05-03"));
        }

        @Test
        void aPostingLastsThirtyDaysAfterTheDayItWasPostedEvenIntoAWeekend() {
            RuleVersion posting = RuleVersions.of("DCCS-post", Term.atLeastLasting(30));

            assertThat(due(posting, "2026-03-07")).isEqualTo(d("2026-04-06"));
            assertThat(due(RuleVersions.of("DCCS-radio", Term.atLeastLasting(3)), "2026-04-01")).isEqualTo(d("2026-04-04"));
        }
    }

    @Nested
    class ExtensionsAndSuspensions {

        @Test
        void oneExtensionOfAComplexDenunciationAddsThirtyDaysFromAcceptance() {
            Deadline deadline = calculator.calculate(RuleVersions.tcRes(), DeadlineRequest.from(d("2026-03-02"))
                    .withFlags(Set.of(VariantFlag.COMPLEX)).withExtensions(1));

            assertThat(deadline.explanation().unitsCounted()).isEqualTo(60);
            assertThat(deadline.explanation().lastDayOfPeriod()).isEqualTo(d("2026-05-01"));
            assertThat(deadline.due()).isEqualTo(d("2026-05-04"));
        }

        @Test
        void refusesASecondExtensionOfAComplexDenunciation() {
            DeadlineRequest request = DeadlineRequest.from(d("2026-03-02")).withFlags(Set.of(VariantFlag.COMPLEX))
                    .withExtensions(2);

            assertThatThrownBy(() -> calculator.dueDate(RuleVersions.tcRes(), request))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("rules.error.tooManyExtensions");
        }

        @Test
        void refusesAnExtensionOfAnOrdinaryDenunciation() {
            assertThatThrownBy(() -> calculator.dueDate(RuleVersions.tcRes(),
                    DeadlineRequest.from(d("2026-03-02")).withExtensions(1)))
                    .hasMessage("rules.error.noExtensions");
        }

        @Test
        void refusesAVariantTheRuleDoesNotHave() {
            assertThatThrownBy(() -> calculator.dueDate(RuleVersions.tcRes(),
                    DeadlineRequest.from(d("2026-03-02")).withFlags(Set.of(VariantFlag.REMOTE))))
                    .hasMessage("rules.error.variantNotApplicable");
            assertThatThrownBy(() -> calculator.dueDate(RuleVersions.tcRes(),
                    DeadlineRequest.from(d("2026-03-02")).withFlags(Set.of(VariantFlag.COMPLEX, VariantFlag.VERY_COMPLEX))))
                    .hasMessage("rules.error.variantCombination");
        }

        @Test
        void aSuspensionOfTenDaysPushesACalendarDayPeriodAndIsExplained() {
            Deadline deadline = calculator.calculate(RuleVersions.tcRes(), DeadlineRequest.from(d("2026-03-02"))
                    .withSuspensions(List.of(new Suspension(d("2026-03-10"), d("2026-03-19")))));

            assertThat(deadline.explanation().lastDayOfPeriod()).isEqualTo(d("2026-04-11"));
            assertThat(deadline.due()).isEqualTo(d("2026-04-13"));
            assertThat(deadline.explanation().suspendedDays()).isEqualTo(10);
        }

        @Test
        void suspendedWorkingDaysAreNotCounted() {
            DeadlineRequest request = DeadlineRequest.from(d("2026-03-02"));

            assertThat(calculator.dueDate(RuleVersions.tcInit(), request)).isEqualTo(d("2026-03-11"));
            assertThat(calculator.dueDate(RuleVersions.tcInit(), request.withSuspensions(
                    List.of(new Suspension(d("2026-03-04"), d("2026-03-06")))))).isEqualTo(d("2026-03-16"));
        }

        @Test
        void overlappingSuspensionsCountOnce() {
            DeadlineRequest request = DeadlineRequest.from(d("2026-03-02")).withSuspensions(List.of(
                    new Suspension(d("2026-03-10"), d("2026-03-15")), new Suspension(d("2026-03-12"), d("2026-03-19"))));

            assertThat(calculator.calculate(RuleVersions.tcRes(), request).explanation().suspendedDays()).isEqualTo(10);
        }

        @Test
        void aMonthPeriodIsPushedByTheSuspendedDays() {
            DeadlineRequest request = DeadlineRequest.from(d("2026-03-02"))
                    .withSuspensions(List.of(new Suspension(d("2026-04-01"), d("2026-04-05"))));

            assertThat(calculator.dueDate(RuleVersions.dccsInitiative(), request)).isEqualTo(d("2026-06-08"));
        }

        @Test
        void refusesSuspensionsForARuleCountedBeforeAnEvent() {
            DeadlineRequest request = DeadlineRequest.from(d("2026-05-15"))
                    .withSuspensions(List.of(new Suspension(d("2026-05-01"), d("2026-05-02"))));

            assertThatThrownBy(() -> calculator.dueDate(RuleVersions.tcd24(), request))
                    .hasMessage("rules.error.suspensionNotApplicable");
        }

        @Test
        void refusesASuspensionThatEndsBeforeItStarts() {
            assertThatThrownBy(() -> new Suspension(d("2026-05-02"), d("2026-05-01")))
                    .hasMessage("rules.error.suspensionOrder");
        }
    }
}
