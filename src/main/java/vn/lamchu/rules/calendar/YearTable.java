package vn.lamchu.rules.calendar;

import java.time.LocalDate;
import java.util.List;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.DayKind;

/**
 * One year of the calendar, precomputed for constant-time answers: the {@link CalendarDay} of every date (built
 * once, so that lookups allocate nothing), the number of working days before each date (a prefix sum), and the
 * position of every working day.
 */
final class YearTable {

    final CalendarYear year;
    /** The database revision the table was read at ({@link CalendarStore#revision()}); -1 if never stored. */
    final long revision;
    final long firstEpochDay;
    private final CalendarDay[] days;
    /** workingBefore[i] = working days among days 0 … i-1 of the year; workingBefore[length] = the year's total. */
    private final int[] workingBefore;
    /** dayOfWorking[j] = index in the year of its j-th working day (0-based). */
    private final int[] dayOfWorking;

    YearTable(CalendarYear year, long revision) {
        this.year = year;
        this.revision = revision;
        LocalDate first = LocalDate.of(year.year(), 1, 1);
        this.firstEpochDay = first.toEpochDay();
        int length = first.lengthOfYear();
        days = new CalendarDay[length];
        for (CalendarDay special : year.specialDays()) {
            days[(int) (special.date().toEpochDay() - firstEpochDay)] = special;
        }
        workingBefore = new int[length + 1];
        int working = 0;
        for (int i = 0; i < length; i++) {
            if (days[i] == null) {
                LocalDate date = first.plusDays(i);
                days[i] = new CalendarDay(date, HolidayDefaults.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING_DAY,
                        null, null);
            }
            workingBefore[i] = working;
            if (days[i].kind().working()) {
                working++;
            }
        }
        workingBefore[length] = working;
        dayOfWorking = new int[working];
        for (int i = 0, j = 0; i < length; i++) {
            if (days[i].kind().working()) {
                dayOfWorking[j++] = i;
            }
        }
    }

    int length() {
        return days.length;
    }

    CalendarDay day(int index) {
        return days[index];
    }

    int workingDays() {
        return dayOfWorking.length;
    }

    /** Working days among days 0 … index-1 (index may be the year's length). */
    int workingBefore(int index) {
        return workingBefore[index];
    }

    /** The index of the j-th working day of the year (0-based). */
    int dayOfWorking(int j) {
        return dayOfWorking[j];
    }

    LocalDate date(int index) {
        return LocalDate.ofEpochDay(firstEpochDay + index);
    }

    List<CalendarDay> specialDays() {
        return year.specialDays();
    }
}
