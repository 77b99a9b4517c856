package vn.lamchu.rules.calendar;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day calendar ({@code lamchu.calendar.*}).
 *
 * @param refreshInterval how often each node asks the database whether an administrator changed the calendar on
 *                        another node ({@code LAMCHU_CALENDAR_REFRESH_INTERVAL}); the node where the change is made
 *                        sees it at once
 * @param extraHolidays   fixed-date public holidays added to the computed defaults, for holidays decided after the
 *                        Labour Code 2019 that are not yet verified law here — e.g. "Ngày Văn hóa Việt Nam" (24/11),
 *                        which Nghị quyết 80-NQ/TW (2026) and Nghị quyết 30/NQ-CP (2026) ask to add to Điều 112 by
 *                        an amendment not yet passed when this was written. None by default
 */
@ConfigurationProperties("lamchu.calendar")
public record CalendarProperties(@DefaultValue("PT10S") Duration refreshInterval,
                                 @DefaultValue List<ExtraHoliday> extraHolidays) {

    /**
     * A fixed-date public holiday from {@code fromYear} (inclusive) to {@code toYear} (inclusive, 0 for no end).
     *
     * @param month    its month (1–12)
     * @param day      its day of the month
     * @param name     its Vietnamese name
     * @param source   the legal basis shown with it
     * @param fromYear the first year it is a holiday
     * @param toYear   the last year it is a holiday, or 0
     */
    public record ExtraHoliday(int month, int day, String name, String source, int fromYear, int toYear) {

        boolean appliesTo(int year) {
            return year >= fromYear && (toYear == 0 || year <= toYear);
        }
    }

    static CalendarProperties defaults() {
        return new CalendarProperties(Duration.ofSeconds(10), List.of());
    }
}
