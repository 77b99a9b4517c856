package vn.lamchu.rules.web.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.DayKind;
import vn.lamchu.rules.calendar.CalendarAdministration;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.VietnameseText;

/**
 * The administrator's page of the working-day calendar: pick a year, see whether its days off are the government's
 * announcement or a computed default, add, change and remove days, mark the list as announced with its legal basis,
 * or return to the computed default. Bad input is shown next to its field; a change based on a stale page is
 * refused with a "someone changed this" message and the current list.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('RULES_MANAGE')")
class CalendarAdminController {

    private static final String PAGE = "calendar/admin";
    private static final String DAY_PAGE = "calendar/admin-day";
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CalendarAdministration administration;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    /** The fields of the day form. A class with getters, as Thymeleaf's {@code th:field} binds bean properties. */
    public static class DayForm {
        private String date;
        private String kind;
        private String name;
        private String source;
        private long version;

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        static DayForm of(CalendarDay day, long version) {
            DayForm form = new DayForm();
            form.date = day.date().toString();
            form.kind = day.kind().name();
            form.name = day.name();
            form.source = day.source();
            form.version = version;
            return form;
        }
    }

    /** The fields of the "mark as announced" form. */
    public static class AnnounceForm {
        private String legalBasis;
        private long version;

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null ? year : LegalTime.today(clock).getYear();
        CalendarYear calendarYear = administration.read(shown);
        DayForm dayForm = new DayForm();
        dayForm.setVersion(calendarYear.version());
        AnnounceForm announceForm = new AnnounceForm();
        announceForm.setVersion(calendarYear.version());
        announceForm.setLegalBasis(calendarYear.legalBasis());
        return page(model, calendarYear, dayForm, announceForm);
    }

    @GetMapping("/{year}/days/{date}")
    String editDay(@PathVariable int year, @PathVariable String date, Model model) {
        CalendarYear calendarYear = administration.read(year);
        CalendarDay day = calendarYear.specialDays().stream().filter(d -> d.date().toString().equals(date)).findFirst()
                .orElseThrow(() -> new NotFoundException("calendar_day", date));
        return dayPage(model, calendarYear, DayForm.of(day, calendarYear.version()));
    }

    @PostMapping("/{year}/days")
    String saveDay(@PathVariable int year, @ModelAttribute("dayForm") DayForm form, BindingResult errors,
                   @RequestParam(defaultValue = "false") boolean editing, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        LocalDate date = parseDate(form.getDate(), errors);
        DayKind kind = parseKind(form.getKind(), errors);
        checkText(form.getName(), CalendarAdministration.NAME_MAX, "name", "calendar.validation.name", errors);
        checkText(form.getSource(), CalendarAdministration.SOURCE_MAX, "source", "calendar.validation.source", errors);
        if (date != null && kind != null) {
            CalendarAdministration.check(year, date, kind)
                    .ifPresent(v -> errors.rejectValue(v.field(), v.messageKey()));
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            CalendarYear calendarYear = administration.read(year);
            if (editing) {
                return dayPage(model, calendarYear, form);
            }
            model.addAttribute("invalidForm", "#day-form");
            return page(model, calendarYear, form, announceForm(calendarYear));
        }
        return change(year, model, redirect, response, "calendar.saved",
                () -> administration.putDay(year, form.getVersion(), date, kind, form.getName(), form.getSource()));
    }

    @PostMapping("/{year}/days/{date}/delete")
    String deleteDay(@PathVariable int year, @PathVariable String date, @RequestParam long version, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate day = parseDate(date, null);
        if (day == null) {
            throw new NotFoundException("calendar_day", date);
        }
        return change(year, model, redirect, response, "calendar.deleted",
                () -> administration.removeDay(year, version, day));
    }

    @PostMapping("/{year}/announce")
    String announce(@PathVariable int year, @ModelAttribute("announceForm") AnnounceForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        checkText(form.getLegalBasis(), CalendarAdministration.SOURCE_MAX, "legalBasis", "calendar.validation.legalBasis",
                errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            CalendarYear calendarYear = administration.read(year);
            DayForm dayForm = new DayForm();
            dayForm.setVersion(calendarYear.version());
            model.addAttribute("invalidForm", "#announce-form");
            return page(model, calendarYear, dayForm, form);
        }
        return change(year, model, redirect, response, "calendar.announcedSaved",
                () -> administration.announce(year, form.getVersion(), form.getLegalBasis()));
    }

    @PostMapping("/{year}/reset")
    String reset(@PathVariable int year, @RequestParam long version, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return change(year, model, redirect, response, "calendar.resetDone",
                () -> administration.resetToDefault(year, version));
    }

    /** Runs a change; on success back to the year's page with a message, on a stale version the page with a warning. */
    private String change(int year, Model model, RedirectAttributes redirect, HttpServletResponse response,
                          String doneKey, Supplier<CalendarYear> action) {
        try {
            action.get();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            CalendarYear current = administration.read(year);
            DayForm dayForm = new DayForm();
            dayForm.setVersion(current.version());
            return page(model, current, dayForm, announceForm(current));
        }
        redirect.addFlashAttribute("doneKey", doneKey);
        return "redirect:/admin/calendar?year=" + year;
    }

    private String page(Model model, CalendarYear calendarYear, DayForm dayForm, AnnounceForm announceForm) {
        model.addAttribute("calendarYear", calendarYear);
        model.addAttribute("updatedAt", calendarYear.updatedAt() == null ? null
                : LocalDateTime.ofInstant(calendarYear.updatedAt(), LegalTime.VIETNAM));
        model.addAttribute("dayForm", dayForm);
        model.addAttribute("announceForm", announceForm);
        model.addAttribute("years", overview(calendarYear));
        return PAGE;
    }

    private static String dayPage(Model model, CalendarYear calendarYear, DayForm form) {
        model.addAttribute("calendarYear", calendarYear);
        model.addAttribute("dayForm", form);
        LocalDate date = parseDate(form.getDate(), null);
        model.addAttribute("dateText", date == null ? form.getDate() : DAY_MONTH_YEAR.format(date));
        return DAY_PAGE;
    }

    /** Last year to two years ahead, with their status, for quick switching; the shown year among them. */
    private List<CalendarYear> overview(CalendarYear shown) {
        int thisYear = LegalTime.today(clock).getYear();
        List<CalendarYear> years = new ArrayList<>();
        for (int y = thisYear - 1; y <= thisYear + 2; y++) {
            years.add(y == shown.year() ? shown : administration.read(y));
        }
        return years;
    }

    private static AnnounceForm announceForm(CalendarYear calendarYear) {
        AnnounceForm form = new AnnounceForm();
        form.setVersion(calendarYear.version());
        form.setLegalBasis(calendarYear.legalBasis());
        return form;
    }

    private static LocalDate parseDate(String text, BindingResult errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            if (errors != null) {
                errors.rejectValue("date", "calendar.validation.date");
            }
            return null;
        }
    }

    private static DayKind parseKind(String text, BindingResult errors) {
        Optional<DayKind> kind = Arrays.stream(DayKind.values())
                .filter(k -> k != DayKind.WEEKEND && k.name().equals(text)).findFirst();
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "calendar.validation.kind");
        }
        return kind.orElse(null);
    }

    private static void checkText(String text, int max, String field, String messageKey, BindingResult errors) {
        String clean = VietnameseText.normalizeOrNull(text);
        if (clean == null || clean.length() > max) {
            errors.rejectValue(field, messageKey);
        }
    }
}
