package vn.lamchu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working calendars for tests.
 * <ul>
 *   <li>{@link #vietnam()}: weekends and the public holidays of 2025–2027 as announced for civil servants (Bộ luật
 *       Lao động 2019, Điều 112; the yearly notices of the Ministry of Home Affairs), including the swapped Mondays
 *       and Fridays and the Saturdays worked in exchange. 2027 was not announced when this was written: its Tết days
 *       follow the usual pattern (the last day of the year and the first four days, compensatory days for those on
 *       a weekend) and are named as assumed.</li>
 *   <li>{@link #synthetic(int, int)}: a realistic multi-year calendar for the benchmark — weekends, 1/1, Tết (five
 *       days from the day before the lunar new year, from a table of lunar new year dates), Giỗ Tổ (approximated as
 *       lunar new year + 68 days), 30/4, 1/5, 2/9 and the day before, and a compensatory day for a holiday on a
 *       weekend. Good enough for timing, not for law.</li>
 * </ul>
 */
public final class WorkingCalendars {

    static final String LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112";
    static final String TET = "Tết Nguyên đán";
    private static final WorkingCalendar VIETNAM = buildVietnam();

    private WorkingCalendars() {
    }

    public static WorkingCalendar vietnam() {
        return VIETNAM;
    }

    private static WorkingCalendar buildVietnam() {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        // 2025 (Ất Tỵ): Tết off Sat 25/01 – Sun 02/02, Monday 27/01 swapped with Saturday 15/02.
        holiday(days, "2025-01-01", "Tết Dương lịch");
        swapped(days, "2025-01-27", "2025-02-15");
        holiday(days, "2025-01-28", TET);
        holiday(days, "2025-01-29", TET);
        holiday(days, "2025-01-30", TET);
        holiday(days, "2025-01-31", TET);
        holiday(days, "2025-04-07", "Giỗ Tổ Hùng Vương");
        holiday(days, "2025-04-30", "Ngày Chiến thắng");
        holiday(days, "2025-05-01", "Ngày Quốc tế lao động");
        swapped(days, "2025-05-02", "2025-04-26");
        holiday(days, "2025-09-01", "Quốc khánh");
        holiday(days, "2025-09-02", "Quốc khánh");
        // 2026 (Bính Ngọ): Tết off Sat 14/02 – Sun 22/02; Giỗ Tổ (10/3 âm lịch) on Sunday 26/04.
        holiday(days, "2026-01-01", "Tết Dương lịch");
        for (String d : List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
            holiday(days, d, TET);
        }
        compensatory(days, "2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)");
        holiday(days, "2026-04-30", "Ngày Chiến thắng");
        holiday(days, "2026-05-01", "Ngày Quốc tế lao động");
        holiday(days, "2026-09-01", "Quốc khánh");
        holiday(days, "2026-09-02", "Quốc khánh");
        // 2027 (Đinh Mùi), assumed: lunar new year on Saturday 06/02; Tết 05/02 – 09/02, compensatory 10–11/02.
        for (String d : List.of("2027-02-05", "2027-02-08", "2027-02-09")) {
            holiday(days, d, TET + " (giả định)");
        }
        compensatory(days, "2027-02-10", "Nghỉ bù Tết Nguyên đán (giả định)");
        compensatory(days, "2027-02-11", "Nghỉ bù Tết Nguyên đán (giả định)");
        holiday(days, "2027-01-01", "Tết Dương lịch");
        holiday(days, "2027-04-15", "Giỗ Tổ Hùng Vương (giả định)");
        holiday(days, "2027-04-30", "Ngày Chiến thắng");
        compensatory(days, "2027-05-03", "Nghỉ bù Ngày Quốc tế lao động (01/05/2027)");
        holiday(days, "2027-09-02", "Quốc khánh");
        holiday(days, "2027-09-03", "Quốc khánh");
        return new TableWorkingCalendar(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31), days);
    }

    /** Lunar new year's days, 2015–2040 (Gregorian dates of mùng 1 Tết). */
    private static final Map<Integer, String> LUNAR_NEW_YEAR = Map.ofEntries(
            Map.entry(2015, "2015-02-19"), Map.entry(2016, "2016-02-08"), Map.entry(2017, "2017-01-28"),
            Map.entry(2018, "2018-02-16"), Map.entry(2019, "2019-02-05"), Map.entry(2020, "2020-01-25"),
            Map.entry(2021, "2021-02-12"), Map.entry(2022, "2022-02-01"), Map.entry(2023, "2023-01-22"),
            Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"), Map.entry(2026, "2026-02-17"),
            Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"), Map.entry(2029, "2029-02-13"),
            Map.entry(2030, "2030-02-03"), Map.entry(2031, "2031-01-23"), Map.entry(2032, "2032-02-11"),
            Map.entry(2033, "2033-01-31"), Map.entry(2034, "2034-02-19"), Map.entry(2035, "2035-02-08"),
            Map.entry(2036, "2036-01-28"), Map.entry(2037, "2037-02-15"), Map.entry(2038, "2038-02-04"),
            Map.entry(2039, "2039-01-24"), Map.entry(2040, "2040-02-12"));

    /** A realistic calendar for {@code firstYear}–{@code lastYear} (within 2015–2040), see the class comment. */
    public static WorkingCalendar synthetic(int firstYear, int lastYear) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate newYear = LocalDate.parse(LUNAR_NEW_YEAR.get(year));
            for (int i = -1; i <= 3; i++) {
                holidayWithCompensation(days, newYear.plusDays(i), TET);
            }
            holidayWithCompensation(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
            holidayWithCompensation(days, newYear.plusDays(68), "Giỗ Tổ Hùng Vương");
            holidayWithCompensation(days, MonthDay.of(4, 30).atYear(year), "Ngày Chiến thắng");
            holidayWithCompensation(days, MonthDay.of(5, 1).atYear(year), "Ngày Quốc tế lao động");
            holidayWithCompensation(days, MonthDay.of(9, 1).atYear(year), "Quốc khánh");
            holidayWithCompensation(days, MonthDay.of(9, 2).atYear(year), "Quốc khánh");
        }
        return new TableWorkingCalendar(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), days);
    }

    private static void holidayWithCompensation(Map<LocalDate, CalendarDay> days, LocalDate date, String name) {
        days.put(date, new CalendarDay(date, DayKind.PUBLIC_HOLIDAY, name, LABOUR_CODE));
        if (isWeekend(date)) {
            LocalDate next = date.plusDays(1);
            while (isWeekend(next) || days.containsKey(next)) {
                next = next.plusDays(1);
            }
            days.put(next, new CalendarDay(next, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + name,
                    "Bộ luật Lao động 2019, Điều 112 khoản 3"));
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void holiday(Map<LocalDate, CalendarDay> days, String date, String name) {
        LocalDate d = LocalDate.parse(date);
        days.put(d, new CalendarDay(d, DayKind.PUBLIC_HOLIDAY, name, LABOUR_CODE));
    }

    private static void compensatory(Map<LocalDate, CalendarDay> days, String date, String name) {
        LocalDate d = LocalDate.parse(date);
        days.put(d, new CalendarDay(d, DayKind.COMPENSATORY_DAY_OFF, name, "Bộ luật Lao động 2019, Điều 112 khoản 3"));
    }

    private static void swapped(Map<LocalDate, CalendarDay> dayOff, String off, String worked) {
        LocalDate offDay = LocalDate.parse(off);
        LocalDate workedDay = LocalDate.parse(worked);
        String notice = "Thông báo nghỉ lễ của Bộ Nội vụ năm " + offDay.getYear();
        dayOff.put(offDay, new CalendarDay(offDay, DayKind.SWAPPED_DAY_OFF,
                "Nghỉ đổi, làm bù ngày " + DateText.of(workedDay), notice));
        dayOff.put(workedDay, new CalendarDay(workedDay, DayKind.WORKING_DAY,
                "Làm bù cho ngày " + DateText.of(offDay), notice));
    }
}
