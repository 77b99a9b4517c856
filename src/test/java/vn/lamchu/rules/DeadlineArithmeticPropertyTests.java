package vn.lamchu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the deadline arithmetic, on the 2025–2027 Vietnamese test calendar. */
class DeadlineArithmeticPropertyTests {

    private static final WorkingCalendar CALENDAR = WorkingCalendars.vietnam();
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR);

    /** Every shape of term whose result is a day to act on. */
    enum Shape {
        CALENDAR_DAYS, WORKING_DAYS, MONTHS, YEARS, BEFORE_CALENDAR_DAYS, BEFORE_WORKING_DAYS, FIXED_DATE, PER_WEEK,
        PER_MONTH;

        Term term(int amount) {
            return switch (this) {
                case CALENDAR_DAYS -> Term.within(amount, PeriodUnit.CALENDAR_DAYS);
                case WORKING_DAYS -> Term.within(amount, PeriodUnit.WORKING_DAYS);
                case MONTHS -> Term.within(1 + amount % 12, PeriodUnit.MONTHS);
                case YEARS -> Term.within(1 + amount % 2, PeriodUnit.YEARS);
                case BEFORE_CALENDAR_DAYS -> Term.atLeastBefore(amount, PeriodUnit.CALENDAR_DAYS);
                case BEFORE_WORKING_DAYS -> Term.atLeastBefore(amount, PeriodUnit.WORKING_DAYS);
                case FIXED_DATE -> Term.byFixedDate(MonthDay.of(1 + amount % 12, 1 + amount % 28), amount % 2 == 0);
                case PER_WEEK -> Term.atLeastPerPeriod(1, PeriodUnit.WEEKS);
                case PER_MONTH -> Term.atLeastPerPeriod(2, PeriodUnit.MONTHS);
            };
        }
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        long first = LocalDate.of(2025, 1, 1).toEpochDay();
        long last = LocalDate.of(2027, 6, 30).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<List<Suspension>> suspensions() {
        Arbitrary<Suspension> one = Combinators.combine(dates(), Arbitraries.integers().between(0, 20))
                .as((from, length) -> new Suspension(from, from.plusDays(length)));
        return one.list().ofMaxSize(3);
    }

    private static LocalDate due(Term term, LocalDate start) {
        return CALCULATOR.dueDate(RuleVersions.of("P", term), DeadlineRequest.from(start));
    }

    private static LocalDate addWorkingDays(LocalDate start, int n) {
        return due(Term.within(n, PeriodUnit.WORKING_DAYS), start);
    }

    private static int workingDaysIn(LocalDate afterDay, LocalDate until) {
        int count = 0;
        for (LocalDate day = afterDay.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Property
    void theDueDateIsNeverADayOff(@ForAll("dates") LocalDate start, @ForAll Shape shape,
                                  @ForAll @IntRange(min = 1, max = 90) int amount) {
        assertThat(CALENDAR.isWorkingDay(due(shape.term(amount), start))).isTrue();
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueDate(@ForAll("dates") LocalDate start, @ForAll @IntRange(max = 40) int later,
                                               @ForAll Shape shape, @ForAll @IntRange(min = 1, max = 90) int amount) {
        Term term = shape.term(amount);

        assertThat(due(term, start.plusDays(later))).isAfterOrEqualTo(due(term, start));
    }

    @Property
    void oneMoreWorkingDayIsALaterDueDate(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(addWorkingDays(start, n + 1)).isAfter(addWorkingDays(start, n));
    }

    @Property
    void aWorkingDayPeriodHoldsExactlyNWorkingDays(@ForAll("dates") LocalDate start,
                                                   @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = addWorkingDays(start, n);

        assertThat(workingDaysIn(start, due)).isEqualTo(n);
    }

    @Property
    void aCalendarDayPeriodEndsOnTheFirstWorkingDayFromItsLastDay(@ForAll("dates") LocalDate start,
                                                                   @ForAll @IntRange(min = 1, max = 90) int n) {
        LocalDate due = due(Term.within(n, PeriodUnit.CALENDAR_DAYS), start);

        assertThat(due).isAfterOrEqualTo(start.plusDays(n));
        for (LocalDate day = start.plusDays(n); day.isBefore(due); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).isFalse();
        }
    }

    @Property
    void theLatestDayBeforeAnEventLeavesAtLeastNWorkingDaysAndIsTheLatestSuchDay(
            @ForAll("dates") LocalDate event, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate latest = due(Term.atLeastBefore(n, PeriodUnit.WORKING_DAYS), event);

        assertThat(addWorkingDays(latest, n)).isBeforeOrEqualTo(event);
        LocalDate nextWorkingDay = addWorkingDays(latest, 1);
        assertThat(addWorkingDays(nextWorkingDay, n)).isAfter(event);
    }

    @Property
    void calendarDaysBeforeAnEventAreNeverFewerThanN(@ForAll("dates") LocalDate event,
                                                     @ForAll @IntRange(min = 1, max = 30) int n) {
        assertThat(due(Term.atLeastBefore(n, PeriodUnit.CALENDAR_DAYS), event)).isBeforeOrEqualTo(event.minusDays(n));
    }

    @Property
    void suspensionsPushAWorkingDayPeriodByAtLeastTheSuspendedWorkingDays(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 40) int n,
            @ForAll("suspensions") List<Suspension> suspensions) {
        RuleVersion version = RuleVersions.of("P", Term.within(n, PeriodUnit.WORKING_DAYS));
        LocalDate without = CALCULATOR.dueDate(version, DeadlineRequest.from(start));
        LocalDate with = CALCULATOR.dueDate(version, DeadlineRequest.from(start).withSuspensions(suspensions));

        int suspendedWorkingDays = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(without); day = day.plusDays(1)) {
            LocalDate d = day;
            if (CALENDAR.isWorkingDay(d) && suspensions.stream().anyMatch(s -> s.contains(d))) {
                suspendedWorkingDays++;
            }
        }
        assertThat(workingDaysIn(without, with)).isGreaterThanOrEqualTo(suspendedWorkingDays);
        assertThat(suspensions.stream().noneMatch(s -> s.contains(with))).isTrue();
    }

    @Property
    void suspensionsNeverMakeACalendarDayOrMonthPeriodEndEarlier(
            @ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 90) int n, @ForAll boolean months,
            @ForAll("suspensions") List<Suspension> suspensions) {
        Term term = months ? Term.within(1 + n % 6, PeriodUnit.MONTHS) : Term.within(n, PeriodUnit.CALENDAR_DAYS);
        RuleVersion version = RuleVersions.of("P", term);
        LocalDate without = CALCULATOR.dueDate(version, DeadlineRequest.from(start));
        Deadline with = CALCULATOR.calculate(version, DeadlineRequest.from(start).withSuspensions(suspensions));

        assertThat(with.due()).isAfterOrEqualTo(without);
        assertThat(with.explanation().lastDayOfPeriod())
                .isAfterOrEqualTo(with.explanation().firstCountedDay().minusDays(1)
                        .plusDays(with.explanation().suspendedDays()));
        assertThat(CALENDAR.isWorkingDay(with.due())).isTrue();
    }

    @Property
    void anExtensionNeverGivesAnEarlierDueDate(@ForAll("dates") LocalDate start, @ForAll boolean workingDays,
                                               @ForAll @IntRange(min = 1, max = 45) int n,
                                               @ForAll @IntRange(min = 1, max = 30) int length,
                                               @ForAll @IntRange(min = 0, max = 1) int extensions) {
        PeriodUnit unit = workingDays ? PeriodUnit.WORKING_DAYS : PeriodUnit.CALENDAR_DAYS;
        RuleVersion version = RuleVersions.of("P", Term.withinExtensible(n, unit, 2, length));
        DeadlineRequest request = DeadlineRequest.from(start);

        assertThat(CALCULATOR.dueDate(version, request.withExtensions(extensions + 1)))
                .isAfterOrEqualTo(CALCULATOR.dueDate(version, request.withExtensions(extensions)));
    }

    @Property
    void theExplanationAndTheHotPathAgree(@ForAll("dates") LocalDate start, @ForAll Shape shape,
                                          @ForAll @IntRange(min = 1, max = 90) int amount) {
        RuleVersion version = RuleVersions.of("P", shape.term(amount));
        DeadlineRequest request = DeadlineRequest.from(start).withFlags(Set.of());

        assertThat(CALCULATOR.calculate(version, request).due()).isEqualTo(CALCULATOR.dueDate(version, request));
    }
}
