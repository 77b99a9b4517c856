package vn.lamchu.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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

import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.reception.ReceptionBook;
import vn.lamchu.reception.ReceptionFigures;
import vn.lamchu.reception.ReceptionSchedules;
import vn.lamchu.reception.ReceptionSessions;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;

/**
 * The office's reception pages: the month's sessions and schedules, opening an unscheduled session, recording visits
 * and matters (each becomes a case), holding and concluding a session, the leaders' compliance, the figures and the
 * printable book. Refusals are shown next to the field.
 */
@Controller
@RequestMapping("/office/reception")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_APPROVE', 'REPORT_READ')")
class ReceptionPages {

    /** Which form field a refusal concerns. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("reception.error.date", "date"),
            Map.entry("reception.error.receiverTitle", "receiverTitle"),
            Map.entry("reception.error.post", "postKey"),
            Map.entry("reception.error.postUnit", "postKey"),
            Map.entry("reception.error.postWithoutDuty", "postKey"),
            Map.entry("reception.error.frequency", "monthDays"),
            Map.entry("reception.error.monthDays", "monthDays"),
            Map.entry("reception.error.weekday", "weekday"),
            Map.entry("reception.error.pattern", "patternKind"),
            Map.entry("reception.error.hours", "hours"),
            Map.entry("reception.error.place", "place"),
            Map.entry("reception.error.visitorName", "name"),
            Map.entry("reception.error.visitorAddress", "address"),
            Map.entry("reception.error.persons", "persons"),
            Map.entry("reception.error.representatives", "representatives"),
            Map.entry("reception.error.matters", "matters"),
            Map.entry("protection.error.idNumber", "idNumber"),
            Map.entry("cases.error.phone", "phone"),
            Map.entry("cases.error.senderRequired", "address"));

    private final ReceptionSessions sessions;
    private final ReceptionSchedules schedules;
    private final ReceptionFigures figures;
    private final ReceptionBook book;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;
    private final Clock clock;

    ReceptionPages(ReceptionSessions sessions, ReceptionSchedules schedules, ReceptionFigures figures,
                   ReceptionBook book, OfficialDocuments renderer, CurrentActor currentActor, Clock clock) {
        this.sessions = sessions;
        this.schedules = schedules;
        this.figures = figures;
        this.book = book;
        this.renderer = renderer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(required = false) String month, Model model) {
        SessionForm form = new SessionForm();
        form.setDate(LegalTime.today(clock));
        return index(model, month, form);
    }

    private String index(Model model, String month, SessionForm form) {
        if (!model.containsAttribute("scheduleForm")) {
            ScheduleForm schedule = new ScheduleForm();
            schedule.setHours("07:30–11:00");
            model.addAttribute("scheduleForm", schedule);
        }
        if (currentActor.require().can(vn.lamchu.shared.Permission.CASE_RECEIVE)) {
            model.addAttribute("posts", schedules.receivingPosts(null));
        }
        YearMonth m = month == null || month.isBlank() ? YearMonth.from(LegalTime.today(clock))
                : ReceptionApi.month(month);
        model.addAttribute("month", m);
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        model.addAttribute("sessions", sessions.list(null, m.atDay(1), m.atEndOfMonth()));
        model.addAttribute("schedules", schedules.list(null));
        model.addAttribute("overdue", sessions.overdueNotices(null));
        model.addAttribute("today", LegalTime.today(clock));
        model.addAttribute("sessionForm", form);
        return "reception/index";
    }

    @PostMapping("/schedules")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String createSchedule(@ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        try {
            ReceptionSchedules.Schedule s = schedules.create(form.toSchedule(currentActor.require().unitId().value()));
            redirect.addFlashAttribute("scheduleCreated", s.holderTitle());
            return "redirect:/office/reception#schedules-title";
        } catch (DomainException e) {
            reject(result, e, "postKey");
            SessionForm session = new SessionForm();
            session.setDate(LegalTime.today(clock));
            return index(model, null, session);
        }
    }

    /** Generates the month's sessions of a schedule and posts them (TCD-24 flags late ones). */
    @PostMapping("/schedules/{id}/publish")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String publish(@PathVariable UUID id, @RequestParam String month, RedirectAttributes redirect) {
        YearMonth m = ReceptionApi.month(month);
        schedules.generate(id, m);
        var posted = schedules.publish(id, m);
        redirect.addFlashAttribute("published", posted.size());
        redirect.addFlashAttribute("publishedLate", posted.stream().filter(ReceptionSchedules.Scheduled::publishedLate).count());
        return "redirect:/office/reception?month=" + m;
    }

    @PostMapping("/sessions")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String open(@ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return index(model, null, form);
        }
        try {
            ReceptionSessions.Session s = sessions.open(new ReceptionSessions.NewSession(
                    currentActor.require().unitId().value(), null, form.getDate(), form.getReceiverName(),
                    form.getReceiverTitle(), form.getPlace(), form.getHours()));
            return "redirect:/office/reception/sessions/" + s.id();
        } catch (DomainException e) {
            reject(result, e, "receiverTitle");
            return index(model, null, form);
        }
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        VisitForm form = new VisitForm();
        form.ensureMatterRows(2);
        return session(id, model, form);
    }

    private String session(UUID id, Model model, VisitForm form) {
        model.addAttribute("detail", sessions.detail(id));
        model.addAttribute("visit", form);
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("today", LegalTime.today(clock));
        return "reception/session";
    }

    @PostMapping("/sessions/{id}/visits")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String visit(@PathVariable UUID id, @ModelAttribute("visit") VisitForm form, BindingResult result,
                 @RequestParam(name = "addMatter", required = false) String addMatter, Model model,
                 RedirectAttributes redirect) {
        if (addMatter != null) {
            form.ensureMatterRows(form.getMatters().size() + 1);
            return session(id, model, form);
        }
        for (int i = 0; i < form.getMatters().size(); i++) {
            VisitForm.MatterForm m = form.getMatters().get(i);
            boolean blank = blank(m.getTitle()) && blank(m.getContent());
            if (blank) {
                continue;
            }
            if (m.getTitle() == null || m.getTitle().strip().length() < CaseIntake.TITLE_MIN
                    || m.getTitle().strip().length() > CaseIntake.TITLE_MAX) {
                result.rejectValue("matters[" + i + "].title", "cases.error.title",
                        new Object[]{CaseIntake.TITLE_MIN, CaseIntake.TITLE_MAX}, null);
            }
            if (m.getContent() == null || m.getContent().strip().length() < CaseIntake.BODY_MIN) {
                result.rejectValue("matters[" + i + "].content", "cases.error.body",
                        new Object[]{CaseIntake.BODY_MIN, CaseIntake.BODY_MAX}, null);
            }
        }
        if (result.hasErrors()) {
            return session(id, model, form);
        }
        try {
            ReceptionSessions.Visit v = sessions.recordVisit(id, form.toVisit());
            redirect.addFlashAttribute("recorded", v.matters().size());
            return "redirect:/office/reception/sessions/" + id + "#visits";
        } catch (DomainException e) {
            reject(result, e, "matters");
            return session(id, model, form);
        }
    }

    @PostMapping("/sessions/{id}/held")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String held(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            sessions.markHeld(id);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:/office/reception/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/conclusion")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String conclude(@PathVariable UUID id, @RequestParam(required = false) String conclusion, Model model) {
        try {
            sessions.conclude(id, conclusion);
            return "redirect:/office/reception/sessions/" + id;
        } catch (DomainException e) {
            VisitForm form = new VisitForm();
            form.ensureMatterRows(2);
            model.addAttribute("conclusionError", e.messageKey());
            model.addAttribute("conclusionArgs", e.arguments());
            model.addAttribute("conclusionText", conclusion);
            return session(id, model, form);
        }
    }

    @GetMapping("/sessions/{id}/conclusion.{format}")
    ResponseEntity<byte[]> conclusionDocument(@PathVariable UUID id, @PathVariable String format) {
        return ReceptionApi.download(renderer, book.conclusionNotice(id), format, "thong-bao-ket-luan-tiep-cong-dan");
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam(required = false) String month, Model model) {
        YearMonth m = month == null || month.isBlank() ? YearMonth.from(LegalTime.today(clock))
                : ReceptionApi.month(month);
        model.addAttribute("month", m);
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        model.addAttribute("rows", schedules.compliance(null, m));
        return "reception/compliance";
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Model model) {
        LocalDate today = LegalTime.today(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("figures", figures.of(null, start, end));
        } catch (DomainException e) {
            model.addAttribute("periodError", e.messageKey());
            model.addAttribute("periodArgs", e.arguments());
        }
        return "reception/figures";
    }

    @GetMapping("/book.{format}")
    ResponseEntity<byte[]> bookDocument(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @PathVariable String format) {
        return ReceptionApi.bookFile(book, book.book(null, from, to), format);
    }

    private static void reject(BindingResult result, DomainException e, String fallback) {
        String field = FIELDS.getOrDefault(e.messageKey(), fallback);
        result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
