package vn.lamchu.rules.web.calendar;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.lamchu.rules.CalendarWorkingDays;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.LunarCalendar;
import vn.lamchu.rules.LunarDate;
import vn.lamchu.shared.LegalTime;

/** The public page of a year's days off: what citizens need to know which days deadlines do not count. */
@Controller
class CalendarPublicController {

    private final CalendarWorkingDays calendar;
    private final Clock clock;

    CalendarPublicController(CalendarWorkingDays calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/deadlines/calendar")
    String thisYear() {
        return "redirect:/deadlines/calendar/" + LegalTime.today(clock).getYear();
    }

    @GetMapping("/deadlines/calendar/{year}")
    String year(@PathVariable int year, Model model) {
        CalendarYear calendarYear = calendar.year(year);
        model.addAttribute("calendarYear", calendarYear);
        model.addAttribute("workingDays", calendarYear.workingDayCount());
        model.addAttribute("tet", LunarCalendar.newYear(year));
        model.addAttribute("yearName", LunarDate.yearName(year));
        model.addAttribute("hasPrevious", year > calendar.firstDate().getYear());
        model.addAttribute("hasNext", year < calendar.lastDate().getYear());
        return "calendar/year";
    }
}
