package vn.lamchu.rules;

import java.time.LocalDate;

/**
 * One date of the working-day calendar.
 *
 * @param date   the date
 * @param kind   working day, weekend, holiday, …
 * @param name   why it is not an ordinary day, in Vietnamese ("Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Nghỉ bù …",
 *               "Làm bù cho ngày …"), or null for an ordinary day
 * @param source where it comes from: the law article for holidays, the announcement for compensatory days and swaps,
 *               or "computed default" for a year not yet announced
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {
}
