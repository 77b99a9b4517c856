package vn.lamchu.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.TermKind;
import vn.lamchu.rules.WorkingCalendar;
import vn.lamchu.shared.DomainException;

/**
 * Whether reception days meet a frequency rule ("ít nhất 2 ngày trong 1 tháng", "ít nhất 1 ngày trong tuần") in a
 * calendar month. The rules are data ({@code AT_LEAST_PER_PERIOD} terms of QĐ11-commune, TCD-chair-commune, TCD-head,
 * TCD-HDND-commune); this class only counts.
 * <ul>
 *   <li>Per month: the days in the month must be at least the rule's amount (Quy định 11-QĐi/TW, Điều 3 as amended by
 *       Kết luận 215-KL/TW: commune Party heads at least 2 days a month; Luật Tiếp công dân 2013, Điều 18 khoản 2:
 *       agency heads at least 1 day a month).</li>
 *   <li>Per week (Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d: the commune Chair at least 1 day a week): the month
 *       owns the weeks (Monday–Sunday) whose Thursday falls in it, as ISO 8601 numbers weeks, so every week belongs to
 *       exactly one month; a week without any working day (Tết) owes nothing, since reception takes place on working
 *       days. Each owned week needs the amount, counting days of that week in neighbouring months too.</li>
 * </ul>
 *
 * @param required    how many sessions the month needs
 * @param counted     how many of the given days count towards it
 * @param shortWeeks  for a weekly rule, the Mondays of owned weeks that lack sessions; empty otherwise
 */
public record Frequency(int required, int counted, List<LocalDate> shortWeeks) {

    public boolean met() {
        return counted >= required && shortWeeks.isEmpty();
    }

    /**
     * Counts {@code days} against the term in {@code month}.
     *
     * @throws DomainException (invalid) if the term is not a frequency per week or month
     */
    public static Frequency in(YearMonth month, Term term, Collection<LocalDate> days, WorkingCalendar calendar) {
        if (term.kind() != TermKind.AT_LEAST_PER_PERIOD
                || (term.unit() != PeriodUnit.MONTHS && term.unit() != PeriodUnit.WEEKS)) {
            throw DomainException.invalid("reception.error.notAFrequency");
        }
        if (term.unit() == PeriodUnit.MONTHS) {
            int counted = (int) days.stream().filter(d -> YearMonth.from(d).equals(month)).distinct().count();
            return new Frequency(term.amount(), Math.min(counted, term.amount()), List.of());
        }
        int required = 0;
        int counted = 0;
        List<LocalDate> shortWeeks = new ArrayList<>();
        for (LocalDate monday : weeksOf(month)) {
            if (!hasWorkingDay(monday, calendar)) {
                continue;
            }
            required += term.amount();
            int inWeek = (int) days.stream().filter(d -> !d.isBefore(monday) && d.isBefore(monday.plusDays(7)))
                    .distinct().count();
            counted += Math.min(inWeek, term.amount());
            if (inWeek < term.amount()) {
                shortWeeks.add(monday);
            }
        }
        return new Frequency(required, counted, List.copyOf(shortWeeks));
    }

    /** The Mondays of the weeks the month owns: those whose Thursday lies in the month. */
    static List<LocalDate> weeksOf(YearMonth month) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate monday = month.atDay(1).with(DayOfWeek.MONDAY);
        for (; !monday.plusDays(3).isAfter(month.atEndOfMonth()); monday = monday.plusDays(7)) {
            if (YearMonth.from(monday.plusDays(3)).equals(month)) {
                mondays.add(monday);
            }
        }
        return mondays;
    }

    private static boolean hasWorkingDay(LocalDate monday, WorkingCalendar calendar) {
        for (int i = 0; i < 7; i++) {
            if (calendar.isWorkingDay(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }
}
