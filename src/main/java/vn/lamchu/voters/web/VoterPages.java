package vn.lamchu.voters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;
import vn.lamchu.voters.MeetingTiming;
import vn.lamchu.voters.VoterCompilations;
import vn.lamchu.voters.VoterDocuments;
import vn.lamchu.voters.VoterMeeting;
import vn.lamchu.voters.VoterMeetings;
import vn.lamchu.voters.VoterQueries;
import vn.lamchu.voters.VoterSetup;

/**
 * The office pages of voter meetings: the list (coming, past, compilations, this year's figures), planning a meeting,
 * a meeting's page (recording it held or cancelled, its opinions — each becoming a case — and confirming answers given
 * on the spot), a compilation's page (sending it, the report of answers, documents) and the figures. A refused form is
 * shown again with the Vietnamese message next to its field (400 or 409), never a 500.
 */
@Controller
@RequestMapping("/office/voters")
@PreAuthorize(VoterApi.READ)
class VoterPages {

    /** Which field a refusal concerns; refusals not listed are shown above the form. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("voters.error.council", "councilUnitId"), Map.entry("voters.error.place", "placeUnitId"),
            Map.entry("voters.error.venue", "venue"), Map.entry("voters.error.topic", "topic"),
            Map.entry("voters.error.startsAt", "startsAt"), Map.entry("voters.error.timing", "timing"),
            Map.entry("voters.error.sessionRequired", "sessionId"), Map.entry("voters.error.session", "sessionId"),
            Map.entry("voters.error.beforeSession", "startsAt"), Map.entry("voters.error.afterSession", "startsAt"),
            Map.entry("voters.error.outsideTooLate", "startsAt"),
            Map.entry("voters.error.constituency", "constituencyId"), Map.entry("voters.error.deputy", "deputyIds"),
            Map.entry("voters.error.heldOnFuture", "heldOn"), Map.entry("voters.error.heldBeforePlanned", "heldOn"),
            Map.entry("voters.error.attendance", "votersAttending"), Map.entry("voters.error.note", "note"),
            Map.entry("voters.error.reason", "reason"), Map.entry("voters.error.kind", "kind"),
            Map.entry("voters.error.text", "text"), Map.entry("voters.error.spotAnswer", "spotAnswer"),
            Map.entry("voters.error.spotAnswerer", "spotAnswerer"), Map.entry("voters.error.sentOn", "sentOn"),
            Map.entry("voters.error.sentTo", "sentTo"), Map.entry("voters.error.reportOn", "reportOn"),
            Map.entry("voters.error.reportMeeting", "meetingId"),
            Map.entry("voters.error.reportMeetingEarly", "meetingId"), Map.entry("voters.error.period", "from"),
            Map.entry("cases.error.category", "category"), Map.entry("cases.error.tooLong", "voterName"));

    private final VoterMeetings meetings;
    private final VoterQueries queries;
    private final VoterCompilations compilations;
    private final VoterSetup setup;
    private final VoterDocuments documents;
    private final OfficialDocuments renderer;
    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final Clock clock;

    VoterPages(VoterMeetings meetings, VoterQueries queries, VoterCompilations compilations, VoterSetup setup,
               VoterDocuments documents, OfficialDocuments renderer, OrgDirectory org, CurrentActor currentActor,
               MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.compilations = compilations;
        this.setup = setup;
        this.documents = documents;
        this.renderer = renderer;
        this.org = org;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- list ------------------------------------------------------------------------------------------------------

    @GetMapping
    String index(Model model) {
        Actor actor = currentActor.require();
        LocalDate today = LegalTime.today(clock);
        model.addAttribute("coming", queries.meetings(actor, true));
        model.addAttribute("past", queries.meetings(actor, false));
        model.addAttribute("compilations", compilations.list(actor));
        model.addAttribute("terms", setup.terms(actor));
        model.addAttribute("figures", queries.figures(actor, null, LocalDate.of(today.getYear(), 1, 1),
                LocalDate.of(today.getYear(), 12, 31)));
        model.addAttribute("mayRecord", mayRecord(actor));
        model.addAttribute("today", today);
        return "voters/index";
    }

    // ---- planning --------------------------------------------------------------------------------------------------

    @GetMapping("/meetings/new")
    @PreAuthorize(VoterApi.RECORD)
    String newMeeting(Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("timing", MeetingTiming.BEFORE_SESSION.name());
        form.put("startsAt", LegalTime.today(clock).plusDays(7).atTime(8, 0).toString());
        return planForm(model, form);
    }

    @PostMapping("/meetings")
    @PreAuthorize(VoterApi.RECORD)
    String plan(@RequestParam Map<String, String> form, @RequestParam(required = false) List<UUID> deputyIds,
                Model model, HttpServletResponse response) {
        try {
            UUID id = meetings.plan(new VoterMeetings.Plan(uuid(form.get("councilUnitId"), "voters.error.council"),
                    uuid(form.get("constituencyId"), "voters.error.constituency"),
                    uuid(form.get("sessionId"), "voters.error.session"), timing(form.get("timing")),
                    form.get("topic"), uuid(form.get("placeUnitId"), "voters.error.place"), form.get("venue"),
                    dateTime(form.get("startsAt")), deputyIds));
            return "redirect:/office/voters/meetings/" + id;
        } catch (DomainException e) {
            refusal(model, e, response);
            model.addAttribute("chosenDeputies", deputyIds == null ? List.of() : deputyIds);
            return planForm(model, form);
        }
    }

    private String planForm(Model model, Map<String, String> form) {
        Actor actor = currentActor.require();
        List<VoterSetup.TermView> terms = setup.terms(actor);
        model.addAttribute("form", form);
        model.addAttribute("terms", terms);
        model.addAttribute("timings", MeetingTiming.values());
        model.addAttribute("places", places(actor, terms));
        if (!model.containsAttribute("chosenDeputies")) {
            model.addAttribute("chosenDeputies", List.of());
        }
        return "voters/meeting-new";
    }

    /** The areas voters live in: the councils' communes and the villages below them. */
    private List<Unit> places(Actor actor, List<VoterSetup.TermView> terms) {
        return terms.stream().map(VoterSetup.TermView::councilUnitId).distinct()
                .flatMap(council -> setup.areas(actor, council).stream()).toList();
    }

    // ---- a meeting -------------------------------------------------------------------------------------------------

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        return meetingPage(id, model, new LinkedHashMap<>());
    }

    @PostMapping("/meetings/{id}/held")
    @PreAuthorize(VoterApi.RECORD)
    String hold(@PathVariable UUID id, @RequestParam Map<String, String> form,
                @RequestParam(required = false) List<UUID> deputyIds, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return onMeeting(id, "held", form, model, response, () -> {
            meetings.hold(id, integer(form.get("version"), "voters.error.stale"), new VoterMeetings.Held(
                    date(form.get("heldOn"), "voters.error.heldOnFuture"),
                    integer(form.get("votersAttending"), "voters.error.attendance"),
                    deputyIds == null ? List.of() : deputyIds, form.get("note")));
            redirect.addFlashAttribute("notice", "voters.done.held");
            return "redirect:/office/voters/meetings/" + id;
        });
    }

    @PostMapping("/meetings/{id}/cancel")
    @PreAuthorize(VoterApi.RECORD)
    String cancel(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return onMeeting(id, "cancel", form, model, response, () -> {
            meetings.cancel(id, integer(form.get("version"), "voters.error.stale"), form.get("reason"));
            redirect.addFlashAttribute("notice", "voters.done.cancelled");
            return "redirect:/office/voters/meetings/" + id;
        });
    }

    @PostMapping("/meetings/{id}/opinions")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    String raise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        return onMeeting(id, "opinion", form, model, response, () -> {
            VoterMeetings.Raised raised = meetings.raise(id, new VoterMeetings.Opinion(kind(form.get("kind")),
                    form.get("text"), blankToNull(form.get("category")), form.get("voterName"),
                    form.get("voterAddress"), form.get("spotAnswer"), form.get("spotAnswerer")));
            redirect.addFlashAttribute("raised", raised);
            return "redirect:/office/voters/meetings/" + id + "#opinions";
        });
    }

    @PostMapping("/meetings/{id}/opinions/{opinionId}/confirm")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String confirm(@PathVariable UUID id, @PathVariable UUID opinionId, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            meetings.confirmSpotAnswer(opinionId);
            redirect.addFlashAttribute("notice", "voters.done.confirmed");
            return "redirect:/office/voters/meetings/" + id + "#opinions";
        } catch (DomainException | AccessDeniedException e) {
            if (e instanceof DomainException d) {
                refusal(model, d, response);
            } else {
                model.addAttribute("error", say("error.forbidden"));
                response.setStatus(403);
            }
            return meetingPage(id, model, new LinkedHashMap<>());
        }
    }

    private String meetingPage(UUID id, Model model, Map<String, String> form) {
        Actor actor = currentActor.require();
        VoterQueries.MeetingView view = queries.meeting(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("m", view.meeting());
        model.addAttribute("form", form);
        model.addAttribute("today", LegalTime.today(clock));
        model.addAttribute("mayRecord", mayRecord(actor));
        model.addAttribute("mayRaise", actor.can(Permission.CASE_RECEIVE));
        model.addAttribute("mayConfirm", actor.can(Permission.CASE_HANDLE) && actor.can(Permission.CASE_APPROVE));
        model.addAttribute("kinds", List.of(ContentKind.RECOMMENDATION, ContentKind.FEEDBACK));
        model.addAttribute("councilDeputies", setup.terms(actor).stream()
                .filter(t -> t.councilUnitId().equals(view.meeting().councilUnitId()))
                .flatMap(t -> t.constituencies().stream()).flatMap(k -> k.deputies().stream()).toList());
        model.addAttribute("attending", view.meeting().deputies().stream().map(VoterMeeting.Deputy::id).toList());
        model.addAttribute("reports", compilations.reportsAt(actor, id));
        return "voters/meeting";
    }

    // ---- compilations ----------------------------------------------------------------------------------------------

    @PostMapping("/compilations")
    @PreAuthorize(VoterApi.RECORD)
    String compile(@RequestParam(required = false) String sessionId, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            UUID id = compilations.compile(uuid(sessionId, "voters.error.session"));
            return "redirect:/office/voters/compilations/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("compileError", message(e));
            return "redirect:/office/voters#compilations";
        }
    }

    @GetMapping("/compilations/{id}")
    String compilation(@PathVariable UUID id, Model model) {
        return compilationPage(id, model, new LinkedHashMap<>());
    }

    @PostMapping("/compilations/{id}/sent")
    @PreAuthorize(VoterApi.RECORD)
    String send(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return submit(model, response, () -> compilationPage(id, model, form), () -> {
            compilations.send(id, integer(form.get("version"), "voters.error.stale"),
                    date(form.get("sentOn"), "voters.error.sentOn"), form.get("sentTo"));
            redirect.addFlashAttribute("notice", "voters.done.sent");
            return "redirect:/office/voters/compilations/" + id;
        });
    }

    @PostMapping("/compilations/{id}/report")
    @PreAuthorize(VoterApi.RECORD)
    String report(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return submit(model, response, () -> compilationPage(id, model, form), () -> {
            compilations.report(id, integer(form.get("version"), "voters.error.stale"),
                    date(form.get("reportOn"), "voters.error.reportOn"),
                    uuid(form.get("meetingId"), "voters.error.reportMeeting"));
            redirect.addFlashAttribute("notice", "voters.done.reported");
            return "redirect:/office/voters/compilations/" + id;
        });
    }

    @GetMapping("/compilations/{id}/{document}.{format}")
    @ResponseBody
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String document, @PathVariable String format) {
        return VoterApi.download(currentActor.require(), compilations, documents, renderer, id, document, format);
    }

    private String compilationPage(UUID id, Model model, Map<String, String> form) {
        Actor actor = currentActor.require();
        VoterCompilations.CompilationView v = compilations.view(actor, id);
        LocalDate today = LegalTime.today(clock);
        if (!form.containsKey("sentOn")) {
            form.put("sentOn", today.toString());
        }
        if (!form.containsKey("sentTo")) {
            form.put("sentTo", "Thường trực " + v.councilName());
        }
        if (!form.containsKey("reportOn")) {
            form.put("reportOn", today.toString());
        }
        model.addAttribute("v", v);
        model.addAttribute("form", form);
        model.addAttribute("today", today);
        model.addAttribute("mayRecord", mayRecord(actor));
        model.addAttribute("reportMeetings", queries.meetings(actor, true).stream()
                .filter(m -> m.councilUnitId().equals(v.councilUnitId())).toList());
        return "voters/compilation";
    }

    // ---- figures ---------------------------------------------------------------------------------------------------

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) String unitId, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        Actor actor = currentActor.require();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitId", unitId == null ? "" : unitId);
        try {
            LocalDate[] period = VoterApi.period(clock, date(from, "voters.error.period"),
                    date(to, "voters.error.period"));
            form.put("from", period[0].toString());
            form.put("to", period[1].toString());
            model.addAttribute("figures", queries.figures(actor, uuid(unitId, "voters.error.period"), period[0],
                    period[1]));
        } catch (DomainException e) {
            form.putIfAbsent("from", from);
            form.putIfAbsent("to", to);
            refusal(model, e, response);
        }
        model.addAttribute("form", form);
        model.addAttribute("units", figureUnits(actor));
        return "voters/figures";
    }

    /** The units the actor may ask figures for: their own and the areas and councils below it. */
    private List<Unit> figureUnits(Actor actor) {
        List<Unit> out = new ArrayList<>();
        org.unit(actor.tenantId(), actor.unitId()).ifPresent(out::add);
        org.subtree(actor.tenantId(), actor.unitId()).stream()
                .map(u -> org.unit(actor.tenantId(), u).orElse(null))
                .filter(u -> u != null && !u.id().equals(actor.unitId()) && u.validTo() == null
                        && (u.kind() == vn.lamchu.org.UnitKind.AREA || u.kind() == vn.lamchu.org.UnitKind.PEOPLES_COUNCIL))
                .sorted(java.util.Comparator.comparing(Unit::name)).forEach(out::add);
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Runs a form's action; a refusal shows {@code refused} with the message next to its field (400 or 409). */
    private String submit(Model model, HttpServletResponse response, Supplier<String> refused, Supplier<String> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            refusal(model, e, response);
            return refused.get();
        }
    }

    /** {@link #submit} for one of the forms of a meeting's page, which is shown again with that form open. */
    private String onMeeting(UUID id, String formName, Map<String, String> form, Model model,
                             HttpServletResponse response, Supplier<String> action) {
        return submit(model, response, () -> {
            model.addAttribute("formName", formName);
            return meetingPage(id, model, form);
        }, action);
    }

    private static boolean mayRecord(Actor actor) {
        return actor.can(Permission.DEPUTY_WORK) || actor.can(Permission.CASE_RECEIVE);
    }

    private void refusal(Model model, DomainException e, HttpServletResponse response) {
        model.addAttribute("error", message(e));
        model.addAttribute("errorField", FIELDS.get(e.messageKey()));
        response.setStatus(e.kind() == DomainException.Kind.INVALID ? 400 : 409);
    }

    private String message(DomainException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static UUID uuid(String s, String key) {
        if (blankToNull(s) == null) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(key);
        }
    }

    private static Integer integer(String s, String key) {
        if (blankToNull(s) == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(key, vn.lamchu.voters.VoterMeetingRules.MAX_ATTENDANCE);
        }
    }

    private static LocalDate date(String s, String key) {
        if (blankToNull(s) == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(key);
        }
    }

    private static LocalDateTime dateTime(String s) {
        if (blankToNull(s) == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("voters.error.startsAt");
        }
    }

    private static MeetingTiming timing(String s) {
        try {
            return s == null ? null : MeetingTiming.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("voters.error.timing");
        }
    }

    private static ContentKind kind(String s) {
        try {
            return s == null ? null : ContentKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("voters.error.kind");
        }
    }
}
