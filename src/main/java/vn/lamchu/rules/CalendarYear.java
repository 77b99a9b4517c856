package vn.lamchu.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One year of the working-day calendar as an administrator sees it: the days that are not ordinary, and whether
 * the government has announced them.
 *
 * @param year         the solar year
 * @param announced    whether the list follows the government's announcement for the year (Thủ tướng decides the
 *                     Tết days and the second National Day each year, Bộ luật Lao động 2019, Điều 112 khoản 3); if
 *                     not, it is the computed default or a draft an administrator is editing
 * @param legalBasis   the announcement the list follows ("Thông báo 9441/TB-BNV ngày 16/10/2025"), or null
 * @param stored       whether the list is stored (edited or seeded) rather than computed on demand
 * @param version      for optimistic locking: 0 for a computed default, then one more at every change
 * @param updatedAt    when it was last changed, null for a computed default
 * @param updatedBy    who changed it last, null for a computed default
 * @param specialDays  holidays, compensatory days, swapped days off and worked weekend days, in date order
 */
public record CalendarYear(int year, boolean announced, String legalBasis, boolean stored, long version,
                           Instant updatedAt, String updatedBy, List<CalendarDay> specialDays) {

    public CalendarYear {
        specialDays = List.copyOf(specialDays);
    }

    /** The days on which offices are closed although it is not a weekend, and the public holidays on a weekend. */
    public List<CalendarDay> daysOff() {
        return specialDays.stream().filter(day -> !day.kind().working()).toList();
    }

    /** Saturdays and Sundays worked instead of a swapped day off. */
    public List<CalendarDay> workedWeekendDays() {
        return specialDays.stream().filter(day -> day.kind().working()).toList();
    }

    /** The number of working days in the year: weekdays that are not days off, plus worked weekend days. */
    public int workingDayCount() {
        Map<LocalDate, DayKind> special = new HashMap<>();
        specialDays.forEach(day -> special.put(day.date(), day.kind()));
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            DayKind kind = special.getOrDefault(day, weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY
                    ? DayKind.WEEKEND : DayKind.WORKING_DAY);
            if (kind.working()) {
                count++;
            }
        }
        return count;
    }
}
