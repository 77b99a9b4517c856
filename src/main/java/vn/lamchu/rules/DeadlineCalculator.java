package vn.lamchu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import vn.lamchu.shared.DomainException;

/**
 * Deadline arithmetic over a {@link WorkingCalendar} and a {@link RuleVersion}: pure (no Spring, no database), so that
 * millions of open cases can be recomputed in a loop. {@link #dueDate} is the hot path; {@link #calculate} does the
 * same arithmetic and records why.
 *
 * <h2>The rules applied (Bộ luật Dân sự 2015, Luật số 91/2015/QH13, Điều 144–148)</h2>
 * <ul>
 *   <li>Điều 144: "Thời hạn là một khoảng thời gian được xác định từ thời điểm này đến thời điểm khác. Thời hạn có thể
 *       được xác định bằng phút, giờ, ngày, tuần, tháng, năm hoặc bằng một sự kiện có thể sẽ xảy ra."</li>
 *   <li>Điều 145 khoản 1: "Cách tính thời hạn được áp dụng theo quy định của Bộ luật này, trừ trường hợp có thỏa thuận
 *       khác hoặc pháp luật có quy định khác." — so a specialised law's "ngày làm việc" (working days) wins: such
 *       periods count only working days ({@link PeriodUnit#WORKING_DAYS}). Khoản 2: "Thời hạn được tính theo dương
 *       lịch" — every date here is a Gregorian date.</li>
 *   <li>Điều 146 (a month is thirty days, a year 365 days) applies only to periods the parties agreed to be
 *       non-continuous; it is not used here.</li>
 *   <li>Điều 147 khoản 2–3: "Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn
 *       không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định. … Khi thời hạn bắt đầu bằng một sự kiện
 *       thì ngày xảy ra sự kiện không được tính mà tính từ ngày tiếp theo liền kề của ngày xảy ra sự kiện đó." — the
 *       count starts the day after the event.</li>
 *   <li>Điều 148 khoản 1: "Khi thời hạn tính bằng ngày thì thời hạn kết thúc tại thời điểm kết thúc ngày cuối cùng
 *       của thời hạn." Khoản 2–4: a period in weeks, months or years ends at the end of the corresponding day of
 *       the last week, month or year; "nếu tháng kết thúc thời hạn không có ngày tương ứng thì thời hạn kết thúc vào
 *       ngày cuối cùng của tháng đó" (31 January + 1 month = 28 or 29 February).</li>
 *   <li>Điều 148 khoản 5: "Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết
 *       thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó." Khoản 6: "Thời điểm kết thúc ngày cuối cùng
 *       của thời hạn vào lúc hai mươi tư giờ của ngày đó." — the due date is the last day, to its end.</li>
 * </ul>
 * Text read from the Civil Code's articles as published (thuvienphapluat.vn, luathuythanh.vn, hethongphapluat.com);
 * the Civil Code is not in {@code shared/domain/law-texts}.
 *
 * <h2>Choices where the law is silent</h2>
 * <ul>
 *   <li>"At least N before an event" (chậm nhất / ít nhất N ngày trước): the result R is the latest day such that the
 *       days after R (R itself not counted, the mirror of Điều 147) up to and including the event day hold N days —
 *       N working days for a working-day rule: R + N ≤ event. If that day is a day off, R moves to the previous
 *       working day: moving forward would shorten the minimum notice.</li>
 *   <li>A fixed date ("trước ngày 31 tháng 12"): "trước ngày" is read strictly (the last day is the day before); if
 *       that is a day off the date moves back to the previous working day, since moving forward would pass the date.</li>
 *   <li>Suspensions stop the clock: a suspended day is not counted (and in a working-day period, a suspended working
 *       day is not counted); a period in months or years is pushed by the number of suspended days it contains.
 *       The end never falls on a suspended day.</li>
 *   <li>Extensions lengthen the period from its start: 30 days + one extension of 30 days = 60 days from acceptance.</li>
 * </ul>
 */
public final class DeadlineCalculator {

    /** No real calendar has a year without a working day; a calendar that does is broken. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The due date only, without an explanation: the hot path for recomputing many cases.
     *
     * @throws DomainException (invalid) for an unknown variant, too many extensions, or suspensions on a rule that
     *                         has no running clock
     */
    public LocalDate dueDate(RuleVersion version, DeadlineRequest request) {
        Term term = version.term(request.flags());
        return compute(version.ruleId(), term, request, null);
    }

    /**
     * The due date and why.
     *
     * @throws DomainException (invalid) as {@link #dueDate}
     */
    public Deadline calculate(RuleVersion version, DeadlineRequest request) {
        Term term = version.term(request.flags());
        Trace trace = new Trace();
        LocalDate due = compute(version.ruleId(), term, request, trace);
        return new Deadline(version, term, request.flags(), request.extensions(), request.suspensions(),
                request.start(), due, trace.explanation(request.start()));
    }

    private LocalDate compute(String ruleId, Term term, DeadlineRequest request, Trace trace) {
        if (request.extensions() > term.extensionsAllowed()) {
            throw term.extensionsAllowed() == 0
                    ? DomainException.invalid("rules.error.noExtensions", ruleId)
                    : DomainException.invalid("rules.error.tooManyExtensions", ruleId, request.extensions(),
                    term.extensionsAllowed());
        }
        Suspensions suspensions = Suspensions.of(request.suspensions());
        if (!suspensions.isEmpty() && term.kind() != TermKind.WITHIN) {
            throw DomainException.invalid("rules.error.suspensionNotApplicable", ruleId);
        }
        LocalDate start = request.start();
        int amount = term.amountWith(request.extensions());
        return switch (term.kind()) {
            case WITHIN -> within(start, amount, term.unit(), suspensions, trace);
            case AT_LEAST_BEFORE -> before(start, amount, term.unit(), trace);
            case AT_LEAST_LASTING -> lasting(start, amount, trace);
            case BY_FIXED_DATE -> fixedDate(start, term, trace);
            case AT_LEAST_PER_PERIOD -> perPeriod(start, amount, term.unit(), trace);
        };
    }

    private LocalDate within(LocalDate start, int amount, PeriodUnit unit, Suspensions suspensions, Trace trace) {
        if (trace != null) {
            trace.firstCountedDay = start.plusDays(1);
            trace.unitsCounted = amount;
        }
        LocalDate last = switch (unit) {
            case CALENDAR_DAYS -> countCalendarDays(start, amount, suspensions, trace);
            case WORKING_DAYS -> countWorkingDays(start, amount, suspensions, trace);
            case WEEKS -> pushBySuspensions(start, start.plusWeeks(amount), suspensions, trace);
            case MONTHS -> pushBySuspensions(start, start.plusMonths(amount), suspensions, trace);
            case YEARS -> pushBySuspensions(start, start.plusYears(amount), suspensions, trace);
        };
        if (trace != null) {
            trace.lastDayOfPeriod = last;
            if (unit != PeriodUnit.WORKING_DAYS) {
                noteCountedDaysOff(trace.firstCountedDay, last, suspensions, trace);
            }
        }
        return unit == PeriodUnit.WORKING_DAYS ? last : shiftForward(last, suspensions, trace);
    }

    /** Điều 147 khoản 2, Điều 148 khoản 1: N days from the day after the event, suspended days not counted. */
    private LocalDate countCalendarDays(LocalDate start, int amount, Suspensions suspensions, Trace trace) {
        if (suspensions.isEmpty()) {
            return start.plusDays(amount);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (suspensions.contains(day)) {
                if (trace != null) {
                    trace.skipped.add(day, SkipReason.SUSPENDED, null, null);
                }
            } else {
                counted++;
            }
        }
        return day;
    }

    /** A specialised law's "ngày làm việc": only working days count, from the day after the event. */
    private LocalDate countWorkingDays(LocalDate start, int amount, Suspensions suspensions, Trace trace) {
        LocalDate day = start;
        int counted = 0;
        int sinceLastWorkingDay = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (suspensions.contains(day)) {
                if (trace != null) {
                    trace.skipped.add(day, SkipReason.SUSPENDED, null, null);
                }
                continue;
            }
            if (trace == null) {
                if (calendar.isWorkingDay(day)) {
                    counted++;
                    sinceLastWorkingDay = 0;
                } else if (++sinceLastWorkingDay > MAX_DAYS_WITHOUT_WORK) {
                    throw brokenCalendar(day);
                }
                continue;
            }
            CalendarDay calendarDay = calendar.day(day);
            if (calendarDay.kind().working()) {
                counted++;
                sinceLastWorkingDay = 0;
                noteWorkedWeekendDay(calendarDay, trace);
            } else {
                trace.skipped.add(calendarDay);
                if (++sinceLastWorkingDay > MAX_DAYS_WITHOUT_WORK) {
                    throw brokenCalendar(day);
                }
            }
        }
        return day;
    }

    /**
     * Điều 148 khoản 2–4: the corresponding day of the last week, month or year (or the month's last day), then
     * pushed by the days the clock was stopped within the period, until the period holds as many running days as
     * it would without suspensions.
     */
    private LocalDate pushBySuspensions(LocalDate start, LocalDate end, Suspensions suspensions, Trace trace) {
        if (suspensions.isEmpty()) {
            return end;
        }
        LocalDate last = end;
        while (true) {
            LocalDate pushed = end.plusDays(suspensions.daysWithin(start, last));
            if (pushed.equals(last)) {
                break;
            }
            last = pushed;
        }
        if (trace != null) {
            for (LocalDate day = start.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
                if (suspensions.contains(day)) {
                    trace.skipped.add(day, SkipReason.SUSPENDED, null, null);
                }
            }
        }
        return last;
    }

    /** Điều 148 khoản 5: a period whose last day is a day off ends at the end of the next working day. */
    private LocalDate shiftForward(LocalDate last, Suspensions suspensions, Trace trace) {
        LocalDate day = last;
        Trace.Runs passed = trace == null ? null : new Trace.Runs();
        int steps = 0;
        while (suspensions.contains(day) || !calendar.isWorkingDay(day)) {
            if (passed != null) {
                if (suspensions.contains(day)) {
                    passed.add(day, SkipReason.SUSPENDED, null, null);
                } else {
                    passed.add(calendar.day(day));
                }
            }
            if (++steps > MAX_DAYS_WITHOUT_WORK) {
                throw brokenCalendar(day);
            }
            day = day.plusDays(1);
        }
        if (trace != null && !day.equals(last)) {
            trace.shift = new DeadlineExplanation.Shift(last, day, DeadlineExplanation.Direction.FORWARD, passed.list());
        }
        return day;
    }

    /** The latest working day on or before {@code date}; the move is recorded as a backward shift. */
    private LocalDate shiftBackward(LocalDate date, Trace trace) {
        LocalDate day = date;
        Trace.Runs passed = trace == null ? null : new Trace.Runs();
        int steps = 0;
        while (!calendar.isWorkingDay(day)) {
            if (passed != null) {
                passed.add(calendar.day(day));
            }
            if (++steps > MAX_DAYS_WITHOUT_WORK) {
                throw brokenCalendar(day);
            }
            day = day.minusDays(1);
        }
        if (trace != null && !day.equals(date)) {
            trace.shift = new DeadlineExplanation.Shift(date, day, DeadlineExplanation.Direction.BACKWARD, passed.list());
        }
        return day;
    }

    /**
     * "At least N before the event": the latest day R such that the days after R up to and including the event day
     * hold N days (N working days for a working-day rule) — R + N ≤ event, the mirror of Điều 147 (the day of the act
     * is not counted). Counted backwards from the event day; if that latest day is a day off, the act moves back to
     * the previous working day.
     */
    private LocalDate before(LocalDate event, int amount, PeriodUnit unit, Trace trace) {
        if (trace != null) {
            trace.firstCountedDay = event;
            trace.unitsCounted = amount;
        }
        LocalDate latest;
        if (unit == PeriodUnit.CALENDAR_DAYS) {
            latest = event.minusDays(amount);
            if (trace != null) {
                noteCountedDaysOff(latest.plusDays(1), event, Suspensions.NONE, trace);
            }
        } else {
            LocalDate day = event;
            int counted = 0;
            int sinceLastWorkingDay = 0;
            while (true) {
                CalendarDay calendarDay = trace == null ? null : calendar.day(day);
                boolean working = calendarDay == null ? calendar.isWorkingDay(day) : calendarDay.kind().working();
                if (working) {
                    counted++;
                    sinceLastWorkingDay = 0;
                    if (trace != null) {
                        noteWorkedWeekendDay(calendarDay, trace);
                    }
                } else {
                    if (trace != null) {
                        trace.skipped.add(calendarDay);
                    }
                    if (++sinceLastWorkingDay > MAX_DAYS_WITHOUT_WORK) {
                        throw brokenCalendar(day);
                    }
                }
                if (counted == amount) {
                    break;
                }
                day = day.minusDays(1);
            }
            latest = day.minusDays(1);
        }
        if (trace != null) {
            trace.lastDayOfPeriod = latest;
        }
        return shiftBackward(latest, trace);
    }

    /** "At least N consecutive days": the N days after the first day (Điều 147 khoản 2); days off count, no shift. */
    private static LocalDate lasting(LocalDate start, int amount, Trace trace) {
        LocalDate last = start.plusDays(amount);
        if (trace != null) {
            trace.firstCountedDay = start.plusDays(1);
            trace.unitsCounted = amount;
            trace.lastDayOfPeriod = last;
        }
        return last;
    }

    /** "Trước ngày 31 tháng 12": the fixed day of the start's year (the day before, if exclusive), on a working day. */
    private LocalDate fixedDate(LocalDate start, Term term, Trace trace) {
        LocalDate date = term.fixedDate().atYear(start.getYear());
        if (term.fixedDateExclusive()) {
            date = date.minusDays(1);
        }
        if (trace != null) {
            trace.lastDayOfPeriod = date;
        }
        return shiftBackward(date, trace);
    }

    /** "At least N days a week / month / year": the last working day of the calendar period containing the date. */
    private LocalDate perPeriod(LocalDate date, int amount, PeriodUnit period, Trace trace) {
        LocalDate first = switch (period) {
            case WEEKS -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> date.withDayOfMonth(1);
            case YEARS -> date.withDayOfYear(1);
            default -> throw new IllegalArgumentException("not a calendar period: " + period);
        };
        LocalDate last = switch (period) {
            case WEEKS -> first.plusDays(6);
            case MONTHS -> date.with(TemporalAdjusters.lastDayOfMonth());
            default -> date.with(TemporalAdjusters.lastDayOfYear());
        };
        if (trace != null) {
            trace.periodStart = first;
            trace.periodEnd = last;
            trace.unitsCounted = amount;
            trace.lastDayOfPeriod = last;
        }
        return shiftBackward(last, trace);
    }

    private void noteCountedDaysOff(LocalDate from, LocalDate to, Suspensions suspensions, Trace trace) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (suspensions.contains(day)) {
                continue;
            }
            CalendarDay calendarDay = calendar.day(day);
            if (calendarDay.kind().working()) {
                noteWorkedWeekendDay(calendarDay, trace);
            } else if (calendarDay.kind() != DayKind.WEEKEND) {
                trace.countedDaysOff.add(calendarDay);
            }
        }
    }

    private static void noteWorkedWeekendDay(CalendarDay day, Trace trace) {
        DayOfWeek dow = day.date().getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            trace.workedWeekendDays.add(day.date(), null, day.name(), day.source());
        }
    }

    private static IllegalStateException brokenCalendar(LocalDate day) {
        return new IllegalStateException("the working calendar has no working day for a year around " + day);
    }
}
