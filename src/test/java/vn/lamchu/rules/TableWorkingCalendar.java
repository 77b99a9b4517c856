package vn.lamchu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * A test {@link WorkingCalendar}: weekends plus a fixed table of special days, precomputed into an array so that a
 * lookup is one bounds check and one array read (the benchmark relies on this). Not the real calendar, which the
 * calendar module provides from the administrators' data.
 */
public final class TableWorkingCalendar implements WorkingCalendar {

    private final long firstEpochDay;
    private final CalendarDay[] days;

    /**
     * @param first    the first day the table covers
     * @param last     the last day the table covers
     * @param specials the days that are not ordinary weekdays or weekends (holidays, compensatory days, worked
     *                 Saturdays)
     */
    public TableWorkingCalendar(LocalDate first, LocalDate last, Map<LocalDate, CalendarDay> specials) {
        this.firstEpochDay = first.toEpochDay();
        this.days = new CalendarDay[(int) (last.toEpochDay() - firstEpochDay + 1)];
        for (int i = 0; i < days.length; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstEpochDay + i);
            CalendarDay special = specials.get(date);
            days[i] = special != null ? special : ordinary(date);
        }
    }

    @Override
    public CalendarDay day(LocalDate date) {
        long index = date.toEpochDay() - firstEpochDay;
        if (index < 0 || index >= days.length) {
            return ordinary(date);
        }
        return days[(int) index];
    }

    private static CalendarDay ordinary(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
                ? new CalendarDay(date, DayKind.WEEKEND, null, null)
                : new CalendarDay(date, DayKind.WORKING_DAY, null, null);
    }
}
