package vn.lamchu.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Consecutive days with the same status in an explanation: "16/02–20/02/2026: Tết Nguyên đán (Bộ luật Lao động 2019,
 * Điều 112)", "07/03–08/03/2026: cuối tuần", "01/03–10/03/2026: tạm đình chỉ".
 *
 * @param from   the first day
 * @param to     the last day
 * @param reason why the days are not ordinary working days (or why the clock stopped); null for a working day
 *               that is named, such as a Saturday worked in exchange for a day off
 * @param name   the calendar's name of the days ("Tết Nguyên đán"), or null
 * @param source the calendar's source of the days (the law article or the announcement), or null
 */
public record DayRun(LocalDate from, LocalDate to, SkipReason reason, String name, String source) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
