package vn.lamchu.rules.web.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.DayKind;
import vn.lamchu.rules.LunarCalendar;
import vn.lamchu.rules.LunarDate;

/** The JSON shapes of the calendar API. */
final class CalendarJson {

    private CalendarJson() {
    }

    /**
     * A year of the calendar.
     *
     * @param announced         whether the list follows the government's announcement (else a computed default)
     * @param version           quote it in changes (optimistic locking)
     * @param workingDays       the number of working days in the year
     * @param daysOff           public holidays, compensatory and swapped days off
     * @param workedWeekendDays Saturdays and Sundays worked instead of a swapped day off
     */
    record Year(int year, boolean announced, String legalBasis, long version, Instant updatedAt, int workingDays,
                List<Day> daysOff, List<Day> workedWeekendDays) {

        static Year of(CalendarYear year) {
            return new Year(year.year(), year.announced(), year.legalBasis(), year.version(), year.updatedAt(),
                    year.workingDayCount(), year.daysOff().stream().map(Day::of).toList(),
                    year.workedWeekendDays().stream().map(Day::of).toList());
        }
    }

    /** A date of the calendar with its lunar date. */
    record Day(LocalDate date, DayOfWeek dayOfWeek, DayKind kind, boolean working, String name, String source,
               Lunar lunarDate) {

        static Day of(CalendarDay day) {
            return new Day(day.date(), day.date().getDayOfWeek(), day.kind(), day.kind().working(), day.name(),
                    day.source(), Lunar.of(day.date()));
        }
    }

    /** A lunar date; {@code text} is how Vietnamese write it ("10/3/2026"). */
    record Lunar(int year, int month, int day, boolean leap, String yearName, String text) {

        static Lunar of(LocalDate date) {
            if (date.isBefore(LunarCalendar.firstDate()) || date.isAfter(LunarCalendar.lastDate())) {
                return null;
            }
            LunarDate lunar = LunarCalendar.toLunar(date);
            return new Lunar(lunar.year(), lunar.month(), lunar.day(), lunar.leap(), lunar.yearName(), lunar.toString());
        }
    }
}
