package vn.lamchu.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.DayKind;

class HolidayDefaultsTests {

    private final HolidayDefaults defaults = new HolidayDefaults(List.of());

    private Map<LocalDate, DayKind> kinds(int year) {
        return defaults.forYear(year).stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** Bộ luật Lao động 2019, Điều 112 khoản 1: eleven days, and 2026's holidays all fall on known dates. */
    @Test
    void listsTheElevenHolidaysOfArticle112For2026() {
        List<CalendarDay> days = defaults.forYear(2026);
        assertThat(days).filteredOn(d -> d.kind() == DayKind.PUBLIC_HOLIDAY).extracting(CalendarDay::date)
                .containsExactly(date("2026-01-01"), date("2026-02-16"), date("2026-02-17"), date("2026-02-18"),
                        date("2026-02-19"), date("2026-02-20"), date("2026-04-26"), date("2026-04-30"),
                        date("2026-05-01"), date("2026-09-01"), date("2026-09-02"));
        assertThat(days).filteredOn(d -> d.date().equals(date("2026-01-01"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo("Tết Dương lịch");
                    assertThat(d.source()).isEqualTo("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a");
                });
        assertThat(days).filteredOn(d -> d.date().equals(date("2026-02-16"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)");
                    assertThat(d.source()).startsWith(HolidayDefaults.COMPUTED_DEFAULT).endsWith("điểm b");
                });
        assertThat(days).filteredOn(d -> d.date().equals(date("2026-02-17"))).singleElement()
                .extracting(CalendarDay::name).isEqualTo("Tết Nguyên đán (mùng 1 Tết)");
    }

    /** Điều 111 khoản 3: Giỗ Tổ on Sunday 26/4/2026 gives Monday 27/4 off. */
    @Test
    void aHolidayOnSundayGivesTheNextMondayOff() {
        assertThat(defaults.forYear(2026)).filteredOn(d -> d.kind() == DayKind.COMPENSATORY_DAY_OFF).singleElement()
                .satisfies(d -> {
                    assertThat(d.date()).isEqualTo(date("2026-04-27"));
                    assertThat(d.name()).contains("Giỗ Tổ Hùng Vương").contains("26/04/2026");
                    assertThat(d.source()).isEqualTo("Bộ luật Lao động 2019, Điều 111 khoản 3");
                });
    }

    /** 2022: Giỗ Tổ on Sunday 10/4, 30/4 and 1/5 on Saturday and Sunday — as announced, Mon 11/4, Mon 2/5, Tue 3/5 off. */
    @Test
    void holidaysOnAWeekendAreGivenBackOnTheFollowingWorkingDays() {
        Map<LocalDate, DayKind> kinds = kinds(2022);
        assertThat(kinds).containsEntry(date("2022-04-11"), DayKind.COMPENSATORY_DAY_OFF)
                .containsEntry(date("2022-05-02"), DayKind.COMPENSATORY_DAY_OFF)
                .containsEntry(date("2022-05-03"), DayKind.COMPENSATORY_DAY_OFF);
    }

    /** 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: the days back skip the holiday, Tue 2/5 and Wed 3/5. */
    @Test
    void compensatoryDaysSkipOtherHolidays() {
        Map<LocalDate, DayKind> kinds = kinds(2023);
        assertThat(kinds).containsEntry(date("2023-05-01"), DayKind.PUBLIC_HOLIDAY)
                .containsEntry(date("2023-05-02"), DayKind.COMPENSATORY_DAY_OFF)
                .containsEntry(date("2023-05-03"), DayKind.COMPENSATORY_DAY_OFF)
                .doesNotContainKey(date("2023-05-04"));
    }

    @ParameterizedTest(name = "1/1/{0} on a weekend: {1} off")
    @CsvSource({"2022, 2022-01-03", "2023, 2023-01-02", "2028, 2028-01-03"})
    void newYearsDayOnAWeekendGivesMondayOff(int year, LocalDate compensatory) {
        assertThat(kinds(year)).containsEntry(compensatory, DayKind.COMPENSATORY_DAY_OFF);
    }

    /** 2/9/2023 was a Saturday: with 1/9 (Friday) the second day, Monday 4/9 was given back, as announced. */
    @Test
    void nationalDayOnSaturdayGivesMondayOff() {
        Map<LocalDate, DayKind> kinds = kinds(2023);
        assertThat(kinds).containsEntry(date("2023-09-01"), DayKind.PUBLIC_HOLIDAY)
                .containsEntry(date("2023-09-02"), DayKind.PUBLIC_HOLIDAY)
                .containsEntry(date("2023-09-04"), DayKind.COMPENSATORY_DAY_OFF);
    }

    /** 2/9/2029 is a Sunday: 3/9 (Monday) is the second day and Tuesday 4/9 is given back. */
    @Test
    void nationalDayOnSundayTakesMondayAndGivesTuesdayBack() {
        Map<LocalDate, DayKind> kinds = kinds(2029);
        assertThat(kinds).containsEntry(date("2029-09-02"), DayKind.PUBLIC_HOLIDAY)
                .containsEntry(date("2029-09-03"), DayKind.PUBLIC_HOLIDAY)
                .containsEntry(date("2029-09-04"), DayKind.COMPENSATORY_DAY_OFF)
                .doesNotContainKey(date("2029-09-01"));
    }

    /** The second National Day chosen by default is the one the government announced in every year since 2021. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03", "2025, 2025-09-01",
            "2026, 2026-09-01"})
    void secondNationalDayMatchesTheAnnouncedOnes(int year, LocalDate announced) {
        assertThat(HolidayDefaults.secondNationalDay(year)).isEqualTo(announced);
    }

    /** Tết 2024: 30 tháng Chạp on Friday 9/2, mùng 1–2 on the weekend, so Wednesday 14/2 and Thursday 15/2 are given back. */
    @Test
    void tetOnAWeekendIsGivenBackAfterTheLastTetDay() {
        Map<LocalDate, DayKind> kinds = kinds(2024);
        for (String day : List.of("2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13")) {
            assertThat(kinds).containsEntry(date(day), DayKind.PUBLIC_HOLIDAY);
        }
        assertThat(kinds).containsEntry(date("2024-02-14"), DayKind.COMPENSATORY_DAY_OFF)
                .containsEntry(date("2024-02-15"), DayKind.COMPENSATORY_DAY_OFF);
    }

    /** Before 2021 (Bộ luật Lao động 2012): one National Day; before 2013 (1994 code): Tết 4 days; Giỗ Tổ from 2007. */
    @Test
    void earlierYearsFollowTheCodeThenInForce() {
        assertThat(defaults.forYear(2020)).filteredOn(d -> d.name().startsWith("Quốc khánh")).hasSize(1);
        assertThat(defaults.forYear(2020)).filteredOn(d -> d.name().startsWith("Tết Nguyên đán")).hasSize(5)
                .allSatisfy(d -> assertThat(d.source()).contains("Bộ luật Lao động 2012, Điều 115"));
        assertThat(defaults.forYear(2010)).filteredOn(d -> d.name().startsWith("Tết Nguyên đán")).hasSize(4);
        assertThat(defaults.forYear(2006)).noneMatch(d -> d.name().startsWith("Giỗ Tổ"));
        assertThat(defaults.forYear(2007)).anyMatch(d -> d.name().startsWith("Giỗ Tổ") && d.date().equals(date("2007-04-26")));
    }

    @Test
    void addsConfiguredExtraHolidaysFromTheirFirstYear() {
        HolidayDefaults withCultureDay = new HolidayDefaults(List.of(new CalendarProperties.ExtraHoliday(11, 24,
                "Ngày Văn hóa Việt Nam", "Nghị quyết 80-NQ/TW (chờ sửa Điều 112)", 2027, 0)));
        assertThat(withCultureDay.forYear(2026)).noneMatch(d -> d.name().equals("Ngày Văn hóa Việt Nam"));
        assertThat(withCultureDay.forYear(2027)).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(date("2027-11-24"));
            assertThat(d.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
            assertThat(d.source()).startsWith("Nghị quyết 80-NQ/TW");
        });
        // 24/11/2029 is a Saturday: given back on Monday 26/11.
        assertThat(withCultureDay.forYear(2029)).anySatisfy(d -> {
            assertThat(d.date()).isEqualTo(date("2029-11-26"));
            assertThat(d.kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        });
    }

    @Test
    void everyYearFrom1990To2100HasItsHolidaysInDateOrderWithoutDuplicates() {
        for (int y = 1990; y <= 2100; y++) {
            int year = y;
            List<CalendarDay> days = defaults.forYear(year);
            assertThat(days).extracting(CalendarDay::date).isSorted().doesNotHaveDuplicates()
                    .allMatch(d -> d.getYear() == year);
            assertThat(days).filteredOn(d -> d.kind() == DayKind.COMPENSATORY_DAY_OFF)
                    .allMatch(d -> !HolidayDefaults.isWeekend(d.date()));
        }
    }
}
