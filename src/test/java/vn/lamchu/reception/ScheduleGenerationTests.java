package vn.lamchu.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lamchu.org.Post;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.WorkingCalendar;
import vn.lamchu.rules.WorkingCalendars;
import vn.lamchu.shared.DomainException;

/**
 * Reception days over the Vietnamese working calendar (weekends, Tết, 30/4–1/5, 2/9) and the frequency rules:
 * Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW (commune Party heads at least 2 days a month), Luật Tiếp công dân
 * 2013, Điều 15 khoản 2 điểm d (commune Chair at least 1 day a week) and Điều 18 khoản 2 (agency heads at least 1 day a
 * month). Terms are built here as the rule seeds hold them.
 */
class ScheduleGenerationTests {

    static final WorkingCalendar CALENDAR = WorkingCalendars.vietnam();
    /** QĐ11-commune: ít nhất 2 ngày trong 1 tháng. */
    static final Term TWICE_A_MONTH = Term.atLeastPerPeriod(2, PeriodUnit.MONTHS);
    /** TCD-chair-commune: ít nhất 1 ngày trong 1 tuần. */
    static final Term WEEKLY = Term.atLeastPerPeriod(1, PeriodUnit.WEEKS);
    /** TCD-head: ít nhất 1 ngày trong 1 tháng. */
    static final Term MONTHLY = Term.atLeastPerPeriod(1, PeriodUnit.MONTHS);

    @Test
    void theSixteenthOnATetHolidayMovesToTheNextWorkingDay() {
        // 16/02/2026 is the first day off of Tết Bính Ngọ (16–20/02), then a weekend: Monday 23/02
        assertThat(SchedulePattern.monthDays(16).daysIn(YearMonth.of(2026, 2), CALENDAR))
                .containsExactly(LocalDate.of(2026, 2, 23));
    }

    @Test
    void daysOnAWeekendMoveToMonday() {
        // 05/09/2026 is a Saturday, 20/09/2026 a Sunday
        assertThat(SchedulePattern.monthDays(20, 5).daysIn(YearMonth.of(2026, 9), CALENDAR))
                .containsExactly(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 21));
    }

    @Test
    void aDayWhoseNextWorkingDayIsInTheNextMonthMovesBackInsideTheMonth() {
        // 31/05/2026 is a Sunday; Monday 01/06 would leave May without its session: Friday 29/05
        assertThat(SchedulePattern.monthDays(31).daysIn(YearMonth.of(2026, 5), CALENDAR))
                .containsExactly(LocalDate.of(2026, 5, 29));
    }

    @Test
    void aDayTheMonthLacksMeansItsLastDay() {
        // 30 in February 2027: 28/02/2027 is a Sunday, so Friday 26/02
        assertThat(SchedulePattern.monthDays(30).daysIn(YearMonth.of(2027, 2), CALENDAR))
                .containsExactly(LocalDate.of(2027, 2, 26));
    }

    @Test
    void aThursdayHolidayMovesWithinItsWeekAndBackWhenTheRestOfTheWeekIsOff() {
        // Thursday 30/04 and Friday 01/05/2026 are holidays: Wednesday 29/04
        List<LocalDate> april = SchedulePattern.weekly(DayOfWeek.THURSDAY).daysIn(YearMonth.of(2026, 4), CALENDAR);
        assertThat(april).containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 9),
                LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 23), LocalDate.of(2026, 4, 29));
    }

    @Test
    void aTetWeekWithoutWorkingDaysHasNoSessionAndOwesNone() {
        List<LocalDate> february = SchedulePattern.weekly(DayOfWeek.THURSDAY).daysIn(YearMonth.of(2026, 2), CALENDAR);
        assertThat(february).doesNotContain(LocalDate.of(2026, 2, 19)).hasSize(3);
        Frequency f = Frequency.in(YearMonth.of(2026, 2), WEEKLY, february, CALENDAR);
        assertThat(f.required()).isEqualTo(3);
        assertThat(f.met()).isTrue();
    }

    @Test
    void aMonthOwnsTheWeeksWhoseThursdayFallsInIt() {
        // 01/10/2026 is a Thursday: the week from Monday 28/09 belongs to October, not September
        assertThat(Frequency.weeksOf(YearMonth.of(2026, 10))).first().isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(Frequency.weeksOf(YearMonth.of(2026, 9))).last().isEqualTo(LocalDate.of(2026, 9, 21));
    }

    @Test
    void theCommunePartySecretaryNeedsTwoDaysAMonth() {
        YearMonth month = YearMonth.of(2026, 12);
        Frequency once = Frequency.in(month, TWICE_A_MONTH, SchedulePattern.monthDays(16).daysIn(month, CALENDAR),
                CALENDAR);
        assertThat(once.met()).isFalse();
        assertThat(once.required()).isEqualTo(2);
        assertThat(once.counted()).isEqualTo(1);
        assertThat(Frequency.in(month, TWICE_A_MONTH, SchedulePattern.monthDays(5, 20).daysIn(month, CALENDAR),
                CALENDAR).met()).isTrue();
    }

    @Test
    void aMonthlyPatternDoesNotMeetTheChairsWeeklyDuty() {
        YearMonth month = YearMonth.of(2026, 12);
        Frequency f = Frequency.in(month, WEEKLY, SchedulePattern.monthDays(16).daysIn(month, CALENDAR), CALENDAR);
        assertThat(f.met()).isFalse();
        assertThat(f.shortWeeks()).hasSize(f.required() - 1);
    }

    @Test
    void everyThursdayMeetsTheChairsWeeklyDutyAllYearRound() {
        SchedulePattern thursdays = SchedulePattern.weekly(DayOfWeek.THURSDAY);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2026, m);
            List<LocalDate> days = new ArrayList<>();
            days.addAll(thursdays.daysIn(month.minusMonths(1), CALENDAR));
            days.addAll(thursdays.daysIn(month, CALENDAR));
            days.addAll(thursdays.daysIn(month.plusMonths(1), CALENDAR));
            assertThat(Frequency.in(month, WEEKLY, days, CALENDAR).met()).as(month.toString()).isTrue();
        }
    }

    @Test
    void aHeadOfAnAgencyNeedsOneDayAMonthAndHeldSessionsAreCounted() {
        YearMonth month = YearMonth.of(2026, 11);
        assertThat(Frequency.in(month, MONTHLY, List.of(), CALENDAR).met()).isFalse();
        assertThat(Frequency.in(month, MONTHLY, List.of(LocalDate.of(2026, 11, 16)), CALENDAR).met()).isTrue();
        assertThat(Frequency.in(month, MONTHLY, List.of(LocalDate.of(2026, 10, 16)), CALENDAR).met()).isFalse();
    }

    @Test
    void eachPostOwesTheRuleOfItsOffice() {
        assertThat(ReceptionSchedules.ruleFor(UnitKind.PARTY_COMMITTEE, Post.SECRETARY)).isEqualTo("QĐ11-commune");
        assertThat(ReceptionSchedules.ruleFor(UnitKind.PEOPLES_COMMITTEE, Post.CHAIR)).isEqualTo("TCD-chair-commune");
        assertThat(ReceptionSchedules.ruleFor(UnitKind.PEOPLES_COUNCIL, Post.CHAIR)).isEqualTo("TCD-HDND-commune");
        assertThat(ReceptionSchedules.ruleFor(UnitKind.SPECIALISED_OFFICE, Post.HEAD)).isEqualTo("TCD-head");
        assertThatThrownBy(() -> ReceptionSchedules.ruleFor(UnitKind.PEOPLES_COMMITTEE, Post.OFFICER))
                .isInstanceOf(DomainException.class).hasMessageContaining("reception.error.postWithoutDuty");
    }

    @Test
    void aPatternNeedsDaysOrAWeekday() {
        assertThatThrownBy(() -> new SchedulePattern(SchedulePattern.Kind.MONTH_DAYS, List.of(), null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SchedulePattern.monthDays(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SchedulePattern.weekly(null)).isInstanceOf(DomainException.class);
        assertThat(SchedulePattern.monthDays(20, 5, 20).monthDays()).containsExactly(5, 20);
    }

    @Test
    void onlyAFrequencyPerWeekOrMonthCanBeCounted() {
        assertThatThrownBy(() -> Frequency.in(YearMonth.of(2026, 1), Term.within(10, PeriodUnit.WORKING_DAYS),
                List.of(), CALENDAR)).isInstanceOf(DomainException.class);
    }
}
