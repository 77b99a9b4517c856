package vn.lamchu.rules.web.calendar;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarWorkingDays;

/**
 * The public, read-only calendar API: a year's days off with their names and legal sources, and what kind of day
 * any date is. Anyone may call it (public API path).
 */
@RestController
@RequestMapping("/api/v1/rules/calendar")
class CalendarApiController {

    private final CalendarWorkingDays calendar;

    CalendarApiController(CalendarWorkingDays calendar) {
        this.calendar = calendar;
    }

    /** The year's public holidays, compensatory and swapped days off, and worked weekend days. */
    @GetMapping("/{year}")
    CalendarJson.Year year(@PathVariable int year) {
        return CalendarJson.Year.of(calendar.year(year));
    }

    /** What kind of day a date is (working day, weekend, holiday …), why, and its lunar date. */
    @GetMapping("/day/{date}")
    DayAnswer day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        CalendarDay day = calendar.day(date);
        return new DayAnswer(CalendarJson.Day.of(day), calendar.isAnnounced(date.getYear()),
                calendar.nextWorkingDay(date));
    }

    /**
     * @param day              the date, its kind, name and source
     * @param yearAnnounced    whether its year follows the government's announcement (else a computed default)
     * @param nextWorkingDay   the date itself if it is a working day, else the next working day
     */
    record DayAnswer(CalendarJson.Day day, boolean yearAnnounced, LocalDate nextWorkingDay) {
    }
}
