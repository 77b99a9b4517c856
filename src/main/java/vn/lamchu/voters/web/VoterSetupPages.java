package vn.lamchu.voters.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.voters.SessionKind;
import vn.lamchu.voters.VoterSetup;

/**
 * The People's Council office sets up a term in the office: the term, its sessions, the constituencies with their
 * villages and the deputies elected in each. A refusal comes back on the same page, next to the form that caused it.
 */
@Controller
@RequestMapping("/office/voters/setup")
@PreAuthorize(VoterApi.READ)
class VoterSetupPages {

    private final VoterSetup setup;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    VoterSetupPages(VoterSetup setup, CurrentActor currentActor, MessageSource messages) {
        this.setup = setup;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        Actor actor = currentActor.require();
        List<VoterSetup.TermView> terms = setup.terms(actor);
        model.addAttribute("terms", terms);
        model.addAttribute("councils", setup.councils(actor));
        model.addAttribute("areas", terms.stream().collect(java.util.stream.Collectors.toMap(VoterSetup.TermView::id,
                t -> setup.areas(actor, t.councilUnitId()))));
        model.addAttribute("sessionKinds", SessionKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "voters/setup";
    }

    @PostMapping("/terms")
    @PreAuthorize(VoterApi.RECORD)
    String term(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        return attempt("term", form, model, response, () -> setup.addTerm(uuid(form.get("councilUnitId")),
                form.get("name"), date(form.get("startsOn")), date(form.get("endsOn"))));
    }

    @PostMapping("/terms/{termId}/sessions")
    @PreAuthorize(VoterApi.RECORD)
    String session(@PathVariable UUID termId, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response) {
        return attempt("session-" + termId, form, model, response, () -> setup.addSession(termId,
                integer(form.get("number")), kind(form.get("kind")), form.get("name"), date(form.get("opensOn"))));
    }

    @PostMapping("/terms/{termId}/constituencies")
    @PreAuthorize(VoterApi.RECORD)
    String constituency(@PathVariable UUID termId, @RequestParam Map<String, String> form,
                        @RequestParam(required = false) List<UUID> areaUnitIds, Model model,
                        HttpServletResponse response) {
        return attempt("constituency-" + termId, form, model, response, () -> setup.addConstituency(termId,
                integer(form.get("number")), form.get("name"), areaUnitIds));
    }

    @PostMapping("/constituencies/{constituencyId}/deputies")
    @PreAuthorize(VoterApi.RECORD)
    String deputy(@PathVariable UUID constituencyId, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        return attempt("deputy-" + constituencyId, form, model, response,
                () -> setup.addDeputy(constituencyId, null, form.get("fullName")));
    }

    private String attempt(String formName, Map<String, String> form, Model model, HttpServletResponse response,
                           Runnable change) {
        try {
            change.run();
            return "redirect:/office/voters/setup?saved";
        } catch (DomainException e) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("errorForm", formName);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            model.addAttribute("form", form);
            response.setStatus(e.kind() == DomainException.Kind.INVALID ? 400 : 409);
            return page(model);
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("voters.error.period");
        }
    }

    private static SessionKind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : SessionKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
