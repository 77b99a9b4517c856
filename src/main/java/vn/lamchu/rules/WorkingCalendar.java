package vn.lamchu.rules;

import java.time.LocalDate;

/**
 * The Vietnamese working-day calendar. Implementations must be cheap (deadline recomputation asks millions of times)
 * and reflect the administrator's latest edits.
 */
public interface WorkingCalendar {

    /** What kind of day {@code date} is, and why. */
    CalendarDay day(LocalDate date);

    default boolean isWorkingDay(LocalDate date) {
        return day(date).kind().working();
    }
}
