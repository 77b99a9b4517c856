package vn.lamchu.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Why the due date is what it is, step by step, in the terms a legal officer checks: which rule version, which day
 * the count began, how many days were counted, which days were not counted and why, and whether the end moved to
 * a working day.
 *
 * @param trigger          the date of the event (not counted: Bộ luật Dân sự 2015, Điều 147)
 * @param firstCountedDay  the first day of the period (the day after the event); for a period counted backwards,
 *                         the day before the event
 * @param unitsCounted     how many units were counted (days, working days, months …) including extensions
 * @param lastDayOfPeriod  the last day of the period before any move to a working day
 * @param skipped          days not counted (days off in a working-day count, suspended days), in date order
 * @param countedDaysOff   days off that were counted because the rule counts calendar days
 * @param workedWeekendDays weekend days that were working days by a government swap and were counted
 * @param shift            the move of the end to a working day, or null
 * @param periodStart      for {@link TermKind#AT_LEAST_PER_PERIOD}: the first day of the calendar period; else null
 * @param periodEnd        for {@link TermKind#AT_LEAST_PER_PERIOD}: the last day of the calendar period; else null
 */
public record DeadlineExplanation(LocalDate trigger, LocalDate firstCountedDay, int unitsCounted,
                                  LocalDate lastDayOfPeriod, List<DayRun> skipped, List<DayRun> countedDaysOff,
                                  List<DayRun> workedWeekendDays, Shift shift, LocalDate periodStart,
                                  LocalDate periodEnd) {

    /** How many days were not counted because the clock was stopped. */
    public long suspendedDays() {
        return skipped.stream().filter(r -> r.reason() == SkipReason.SUSPENDED).mapToLong(DayRun::days).sum();
    }

    /** How many days off were not counted (weekends, holidays, compensatory and swapped days). */
    public long daysOffSkipped() {
        return skipped.stream().filter(r -> r.reason() != SkipReason.SUSPENDED).mapToLong(DayRun::days).sum();
    }

    /**
     * The move of a period's end off a day off.
     *
     * @param from      the day the period would have ended on
     * @param to        the working day it ends on instead
     * @param direction forward (the law's rule for a period's end) or backward (the system's choice for a latest
     *                  date before an event, so that the minimum notice is kept)
     * @param daysOff   the days off passed over, from {@code from}
     */
    public record Shift(LocalDate from, LocalDate to, Direction direction, List<DayRun> daysOff) {
    }

    public enum Direction {
        /** Bộ luật Dân sự 2015, Điều 148 khoản 5: to the end of the next working day. */
        FORWARD,
        /** To the previous working day: moving forward would shorten a minimum notice, or pass a fixed date. */
        BACKWARD
    }
}
