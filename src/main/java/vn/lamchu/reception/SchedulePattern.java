package vn.lamchu.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import vn.lamchu.rules.WorkingCalendar;
import vn.lamchu.shared.DomainException;

/**
 * When a leader receives citizens, as organisations announce it: "ngày 16 hằng tháng (nếu trùng ngày nghỉ thì chuyển
 * sang ngày làm việc tiếp theo)" or "thứ Năm hằng tuần". Reception takes place on working days at the reception place
 * (Luật Tiếp công dân 2013, Điều 3, Điều 15 khoản 2: "tại trụ sở Ủy ban nhân dân"), so a day that falls on a weekend or
 * a public holiday of the {@link WorkingCalendar} moves:
 * <ul>
 *   <li>a day of the month moves to the next working day; if that falls into the next month (the 30th before a long
 *       holiday), it moves back to the last working day of the month instead, so that the month keeps its session
 *       (the frequency rules count per calendar month);</li>
 *   <li>a weekday moves to the next working day of the same week (Monday to Sunday), else to the previous one; a week
 *       without any working day (a Tết week) has no session — and owes none, see {@link Frequency}.</li>
 * </ul>
 *
 * @param kind      which kind of pattern
 * @param monthDays for {@link Kind#MONTH_DAYS}: the days of the month (1–31; a day a month lacks means its last day)
 * @param weekday   for {@link Kind#WEEKDAY}: the day of the week
 */
public record SchedulePattern(Kind kind, List<Integer> monthDays, DayOfWeek weekday) {

    public enum Kind { MONTH_DAYS, WEEKDAY }

    public static final int MAX_MONTH_DAYS = 8;

    public SchedulePattern {
        if (kind == null) {
            throw DomainException.invalid("reception.error.pattern");
        }
        if (kind == Kind.MONTH_DAYS) {
            if (monthDays == null || monthDays.isEmpty() || monthDays.size() > MAX_MONTH_DAYS
                    || monthDays.stream().anyMatch(d -> d == null || d < 1 || d > 31)) {
                throw DomainException.invalid("reception.error.monthDays", MAX_MONTH_DAYS);
            }
            monthDays = List.copyOf(new TreeSet<>(monthDays));
            weekday = null;
        } else {
            if (weekday == null) {
                throw DomainException.invalid("reception.error.weekday");
            }
            monthDays = List.of();
        }
    }

    public static SchedulePattern monthDays(Integer... days) {
        return new SchedulePattern(Kind.MONTH_DAYS, List.of(days), null);
    }

    public static SchedulePattern weekly(DayOfWeek day) {
        return new SchedulePattern(Kind.WEEKDAY, null, day);
    }

    /** The reception days of a month, in order, each a working day of the month. */
    public List<LocalDate> daysIn(YearMonth month, WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        TreeSet<LocalDate> days = new TreeSet<>();
        if (kind == Kind.MONTH_DAYS) {
            for (int d : monthDays) {
                LocalDate nominal = month.atDay(Math.min(d, month.lengthOfMonth()));
                workingDayInMonth(nominal, month, calendar).ifPresent(days::add);
            }
        } else {
            for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == weekday) {
                    LocalDate moved = workingDayInWeek(d, calendar);
                    if (moved != null && YearMonth.from(moved).equals(month)) {
                        days.add(moved);
                    }
                }
            }
        }
        return new ArrayList<>(days);
    }

    /** The day itself if it is a working day, else the next working day, else (across the month's end) the previous. */
    static java.util.Optional<LocalDate> workingDayInMonth(LocalDate nominal, YearMonth month, WorkingCalendar calendar) {
        for (LocalDate d = nominal; !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return java.util.Optional.of(d);
            }
        }
        for (LocalDate d = nominal.minusDays(1); !d.isBefore(month.atDay(1)); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** The day itself if working, else the next working day of its week, else the previous one; null if none. */
    static LocalDate workingDayInWeek(LocalDate day, WorkingCalendar calendar) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        for (LocalDate d = day; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        for (LocalDate d = day.minusDays(1); !d.isBefore(monday); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        return null;
    }

    /** "16" or "5, 20" or the ISO weekday number, for storage and display. */
    public String describe() {
        return kind == Kind.MONTH_DAYS ? String.join(", ", monthDays.stream().map(String::valueOf).toList())
                : String.valueOf(weekday.getValue());
    }
}
