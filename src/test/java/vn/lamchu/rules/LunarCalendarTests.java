package vn.lamchu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.lamchu.rules.calendar.LunarMonthTable;

class LunarCalendarTests {

    /**
     * Tết Nguyên đán (1/1 âm lịch) and Giỗ Tổ Hùng Vương (10/3 âm lịch) as published for Vietnam. Source: the
     * Vietnamese lunar calendar tables of Hồ Ngọc Đức ("Âm lịch Việt Nam", the TK21 table, decoded), which are what
     * Vietnamese calendars and newspapers print; the recent years were also checked against press reports of the
     * holidays (Giỗ Tổ 14/4/2019, 21/4/2021, 10/4/2022, 29/4/2023, 18/4/2024, 7/4/2025, 26/4/2026; Tết 2025 on
     * 29/1, Tết 2026 on 17/2). Rows where Vietnam differs from China are marked.
     */
    @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
    @CsvSource(textBlock = """
            2000, 2000-02-05, 2000-04-14
            2001, 2001-01-24, 2001-04-03
            2002, 2002-02-12, 2002-04-22
            2003, 2003-02-01, 2003-04-11
            2004, 2004-01-22, 2004-04-28
            2005, 2005-02-09, 2005-04-18
            2006, 2006-01-29, 2006-04-07
            2007, 2007-02-17, 2007-04-26
            2008, 2008-02-07, 2008-04-15
            2009, 2009-01-26, 2009-04-04
            2010, 2010-02-14, 2010-04-23
            2011, 2011-02-03, 2011-04-12
            2012, 2012-01-23, 2012-03-31
            2013, 2013-02-10, 2013-04-19
            2014, 2014-01-31, 2014-04-09
            2015, 2015-02-19, 2015-04-28
            2016, 2016-02-08, 2016-04-16
            2017, 2017-01-28, 2017-04-06
            2018, 2018-02-16, 2018-04-25
            2019, 2019-02-05, 2019-04-14
            2020, 2020-01-25, 2020-04-02
            2021, 2021-02-12, 2021-04-21
            2022, 2022-02-01, 2022-04-10
            2023, 2023-01-22, 2023-04-29
            2024, 2024-02-10, 2024-04-18
            2025, 2025-01-29, 2025-04-07
            2026, 2026-02-17, 2026-04-26
            2027, 2027-02-06, 2027-04-16
            2028, 2028-01-26, 2028-04-04
            2029, 2029-02-13, 2029-04-23
            2030, 2030-02-02, 2030-04-12
            2031, 2031-01-23, 2031-04-01
            2032, 2032-02-11, 2032-04-19
            2033, 2033-01-31, 2033-04-09
            2034, 2034-02-19, 2034-04-28
            2035, 2035-02-08, 2035-04-17
            2036, 2036-01-28, 2036-04-06
            2037, 2037-02-15, 2037-04-24
            2038, 2038-02-04, 2038-04-13
            2039, 2039-01-24, 2039-04-03
            2040, 2040-02-12, 2040-04-20
            """)
    void tetAndHungKingsDayMatchThePublishedVietnameseCalendar(int year, LocalDate tet, LocalDate hungKings) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
        assertThat(LunarCalendar.hungKingsDay(year)).isEqualTo(hungKings);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(LunarCalendar.toLunar(hungKings)).isEqualTo(LunarDate.of(year, 3, 10));
        assertThat(LunarCalendar.toLunar(tet.minusDays(1))).satisfies(eve -> {
            assertThat(eve.year()).isEqualTo(year - 1);
            assertThat(eve.month()).isEqualTo(12);
            assertThat(eve.day()).isIn(29, 30);
        });
    }

    /**
     * Vietnam keeps the calendar in UTC+7, China in UTC+8: a new moon between 23:00 and midnight in Hà Nội starts
     * the month a day earlier than in Beijing. The same computation at UTC+8 gives the Chinese dates.
     */
    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource(textBlock = """
            1968, 1968-01-29, 1968-01-30
            1985, 1985-01-21, 1985-02-20
            2007, 2007-02-17, 2007-02-18
            2030, 2030-02-02, 2030-02-03
            2053, 2053-02-18, 2053-02-19
            """)
    void tetDiffersFromTheChineseNewYearWhereTheTimeZoneMovesTheNewMoon(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(vietnam);
        LunarMonthTable chinese = new LunarMonthTable(8, year - 1, year + 1);
        assertThat(chinese.toSolar(year, 1, 1, false)).isEqualTo(china);
    }

    @Test
    void hungKingsDayDiffersFromChinaIn2009And2037And2038() {
        LunarMonthTable chinese = new LunarMonthTable(8, 2008, 2039);
        assertThat(LunarCalendar.hungKingsDay(2009)).isEqualTo("2009-04-04");
        assertThat(chinese.toSolar(2009, 3, 10, false)).isEqualTo("2009-04-05");
        assertThat(LunarCalendar.hungKingsDay(2037)).isEqualTo("2037-04-24");
        assertThat(chinese.toSolar(2037, 3, 10, false)).isEqualTo("2037-04-25");
        assertThat(LunarCalendar.hungKingsDay(2038)).isEqualTo("2038-04-13");
        assertThat(chinese.toSolar(2038, 3, 10, false)).isEqualTo("2038-04-14");
    }

    @ParameterizedTest(name = "{0} has leap month {1} from {2}")
    @CsvSource(textBlock = """
            2020, 4, 2020-05-23
            2023, 2, 2023-03-22
            2025, 6, 2025-07-25
            2028, 5, 2028-06-23
            2033, 11, 2033-12-22
            """)
    void leapMonthsFollowTheMonthWithoutPrincipalTerm(int year, int leapMonth, LocalDate firstDay) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leapMonth);
        assertThat(LunarCalendar.toSolar(new LunarDate(year, leapMonth, 1, true))).isEqualTo(firstDay);
        assertThat(LunarCalendar.toLunar(firstDay)).isEqualTo(new LunarDate(year, leapMonth, 1, true));
        assertThat(LunarCalendar.toLunar(firstDay.minusDays(1))).satisfies(before -> {
            assertThat(before.month()).isEqualTo(leapMonth);
            assertThat(before.leap()).isFalse();
        });
    }

    @Test
    void yearsWithoutLeapMonthHaveTwelveMonths() {
        for (int year : new int[]{2021, 2022, 2024, 2026, 2027}) {
            assertThat(LunarCalendar.leapMonth(year)).as("%d", year).isZero();
            int days = 0;
            for (int month = 1; month <= 12; month++) {
                days += LunarCalendar.monthLength(year, month, false);
            }
            assertThat(LunarCalendar.newYear(year).plusDays(days)).isEqualTo(LunarCalendar.newYear(year + 1));
        }
    }

    @Test
    void refusesLunarDatesThatDoNotExist() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2026, 4, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
        int shortMonth = LunarCalendar.monthLength(2025, 12, false) == 29 ? 12 : 11;
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2025, shortMonth, 30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarDate.of(2026, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2300, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheYearInTheSexagenaryCycle() {
        assertThat(LunarDate.yearName(1984)).isEqualTo("Giáp Tý");
        assertThat(LunarDate.yearName(2025)).isEqualTo("Ất Tỵ");
        assertThat(LunarDate.yearName(2026)).isEqualTo("Bính Ngọ");
        assertThat(LunarDate.of(2026, 3, 10)).hasToString("10/3/2026");
    }

    @Property(tries = 2000)
    void solarToLunarToSolarIsTheIdentity(@ForAll("solarDates") LocalDate date) {
        assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(date))).isEqualTo(date);
    }

    @Property(tries = 2000)
    void lunarToSolarToLunarIsTheIdentity(@ForAll @IntRange(min = 1900, max = 2199) int year,
                                          @ForAll @IntRange(min = 1, max = 12) int month,
                                          @ForAll @IntRange(min = 1, max = 30) int day,
                                          @ForAll boolean leap) {
        boolean isLeap = leap && LunarCalendar.leapMonth(year) == month;
        int length = LunarCalendar.monthLength(year, month, isLeap);
        LunarDate date = new LunarDate(year, month, Math.min(day, length), isLeap);
        assertThat(LunarCalendar.toLunar(LunarCalendar.toSolar(date))).isEqualTo(date);
    }

    @Property(tries = 2000)
    void theNextSolarDayIsTheNextLunarDay(@ForAll("solarDates") LocalDate date) {
        LunarDate today = LunarCalendar.toLunar(date);
        LunarDate tomorrow = LunarCalendar.toLunar(date.plusDays(1));
        if (tomorrow.day() == 1) {
            assertThat(today.day()).isIn(29, 30);
            assertThat(LunarCalendar.monthLength(today.year(), today.month(), today.leap())).isEqualTo(today.day());
        } else {
            assertThat(tomorrow).isEqualTo(new LunarDate(today.year(), today.month(), today.day() + 1, today.leap()));
        }
    }

    @Provide
    Arbitrary<LocalDate> solarDates() {
        long from = LunarCalendar.firstDate().toEpochDay();
        long to = LunarCalendar.lastDate().toEpochDay() - 1;
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay)
                .edgeCases(config -> config.add(LocalDate.of(2033, 12, 22)).add(LocalDate.of(2007, 2, 16)));
    }
}
