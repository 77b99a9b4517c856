package vn.lamchu.rules;

import java.time.LocalDate;

/**
 * The working-day calendar with the arithmetic that deadlines need. The one implementation keeps, per year, a
 * table of day kinds with prefix sums of working days, so every method costs a few array reads per calendar year
 * it spans (tens of nanoseconds), and never touches the database once the year is loaded.
 *
 * <p>A working day is a day whose {@link DayKind} is {@link DayKind#WORKING_DAY}: Monday to Friday unless it is a
 * public holiday (Bộ luật Lao động 2019, Điều 112), a compensatory day off (Điều 111 khoản 3) or a day off swapped
 * by the government; and a Saturday or Sunday that the government made a working day in a swap. Saturday and
 * Sunday are the weekly rest of state bodies (the 40-hour week of Nghị định 188/1999/NĐ-CP); the calendar applies
 * this to every supported year, also to those before October 1999, when Saturday was still worked.
 *
 * <p>Deadline rules of the Civil Code 2015 (Điều 147: a period in days starts on the day after the event; Điều 148:
 * a period ending on a day off ends on the next working day) are built from these operations by the deadline
 * rules, not here.
 *
 * @see WorkingCalendar#day(LocalDate)
 */
public interface CalendarWorkingDays extends WorkingCalendar {

    /**
     * {@code date} itself if it is a working day, otherwise the first working day after it.
     *
     * @throws vn.lamchu.shared.DomainException (invalid) if the answer would fall outside {@link #firstDate()} …
     *                                          {@link #lastDate()}; so do all methods here
     */
    LocalDate nextWorkingDay(LocalDate date);

    /** {@code date} itself if it is a working day, otherwise the last working day before it. */
    LocalDate previousWorkingDay(LocalDate date);

    /**
     * The {@code n}-th working day after {@code date}, not counting {@code date} itself (n &gt; 0); the n-th working
     * day before it (n &lt; 0); {@code date} unchanged for n = 0. "Within 5 working days of receipt on Friday 14
     * Feb 2025" is {@code plusWorkingDays(2025-02-14, 5)} = Friday 21 Feb 2025.
     */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /**
     * The number of working days d with {@code fromInclusive <= d < toExclusive}; negative (the count of the
     * reversed range) if {@code toExclusive} is before {@code fromInclusive}.
     */
    int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive);

    /** The year's special days and whether the government has announced them. */
    CalendarYear year(int year);

    /**
     * Whether the year's days off follow the government's announcement; if not, Tết, the second National Day and
     * the swaps are a computed default that may still change, and deadlines crossing them should say so.
     */
    boolean isAnnounced(int year);

    /** The first date the calendar knows (1 January 1900). */
    LocalDate firstDate();

    /** The last date the calendar knows (31 December 2199). */
    LocalDate lastDate();
}
