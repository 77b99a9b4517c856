package vn.lamchu.portal.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;

/**
 * Following a case by its receipt code. The code is sent in a form (never in an address, where logs, history and
 * referrers would keep it) and then kept in the visitor's session, so the page can be reloaded and the answer rated
 * after a redirect; "look up another code" forgets it. The QR code on the receipt opens this page with the code in the
 * fragment ({@code #LC-…}), which browsers never send to a server; the page's script copies it into the form.
 */
@Controller
@RequestMapping("/portal/follow")
class FollowPages {

    static final String SESSION_KEY = FollowPages.class.getName() + ".ticket";

    /** The case this browser is following. */
    record Ticket(UUID tenant, String tenantCode, String code) implements Serializable {
    }

    /** The look-up form. */
    public static class LookupForm {
        private String code;
        private String tenant;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTenant() { return tenant; }
        public void setTenant(String tenant) { this.tenant = tenant; }
    }

    /** The rating form: stars arrive as text, so a tampered value is "not chosen", not a binding failure. */
    public static class RatingForm {
        private String stars;
        private String comment;

        Integer starsValue() {
            try {
                return stars == null ? null : Integer.valueOf(stars.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public String getStars() { return stars; }
        public void setStars(String stars) { this.stars = stars; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    private final PublicCases cases;
    private final FollowMessagePages messages;

    FollowPages(PublicCases cases, FollowMessagePages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** The address the QR code of a receipt leads to: this page, with the code in the fragment. */
    static String link(String tenantCode, String code) {
        var link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/follow");
        if (tenantCode != null && !tenantCode.isBlank()) {
            link.queryParam("tenant", tenantCode);
        }
        return link.fragment(code).build().toUriString();
    }

    @GetMapping
    String page(@RequestParam(required = false) String tenant, HttpSession session, Model model) {
        LookupForm lookup = new LookupForm();
        lookup.setTenant(tenant);
        return show(lookup, new RatingForm(), session, model);
    }

    @PostMapping
    String lookUp(@ModelAttribute("lookup") LookupForm lookup, BindingResult binding, HttpSession session, Model model) {
        TenantId tenant = cases.tenant(lookup.getTenant());
        try {
            String code = ReceiptCode.of(lookup.getCode()).value();
            cases.view(tenant, code);
            session.setAttribute(SESSION_KEY, new Ticket(tenant.value(), lookup.getTenant(), code));
            return "redirect:/portal/follow";
        } catch (DomainException e) {
            binding.rejectValue("code", e.messageKey(), e.arguments(), e.messageKey());
        } catch (NotFoundException e) {
            binding.rejectValue("code", "portal.error.codeNotFound");
        }
        session.removeAttribute(SESSION_KEY);
        return show(lookup, new RatingForm(), session, model);
    }

    @PostMapping("/rating")
    String rate(@ModelAttribute("rating") RatingForm rating, BindingResult binding, HttpSession session, Model model,
                RedirectAttributes redirect) {
        if (!(session.getAttribute(SESSION_KEY) instanceof Ticket ticket)) {
            return "redirect:/portal/follow";
        }
        TenantId tenant = new TenantId(ticket.tenant());
        try {
            CaseQueries.PublicView view = cases.rate(tenant, ticket.code(), rating.starsValue(), rating.getComment());
            redirect.addFlashAttribute("rated", view.rating() != null && view.rating() <= 2 ? "poor" : "good");
            return "redirect:/portal/follow";
        } catch (PublicCases.SubmissionRejected e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.key(), p.args(), p.key()));
        } catch (DomainException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
        LookupForm lookup = new LookupForm();
        lookup.setTenant(ticket.tenantCode());
        return show(lookup, rating, session, model);
    }

    /** The appeal form: why the complainant disagrees with the first-instance decision. */
    public static class AppealForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A second complaint by the person holding the code (Luật Khiếu nại 2011, Điều 33). */
    @PostMapping("/appeal")
    String appeal(@ModelAttribute("appeal") AppealForm appeal, BindingResult binding, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        if (!(session.getAttribute(SESSION_KEY) instanceof Ticket ticket)) {
            return "redirect:/portal/follow";
        }
        TenantId tenant = new TenantId(ticket.tenant());
        try {
            cases.appeal(tenant, ticket.code(), appeal.getReason());
            redirect.addFlashAttribute("appealed", true);
            return "redirect:/portal/follow";
        } catch (PublicCases.SubmissionRejected e) {
            e.problems().forEach(p -> binding.rejectValue(p.field(), p.key(), p.args(), p.key()));
        } catch (DomainException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
        LookupForm lookup = new LookupForm();
        lookup.setTenant(ticket.tenantCode());
        model.addAttribute("appeal", appeal);
        return show(lookup, new RatingForm(), session, model);
    }

    @PostMapping("/close")
    String close(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
        return "redirect:/portal/follow";
    }

    private String show(LookupForm lookup, RatingForm rating, HttpSession session, Model model) {
        model.addAttribute("lookup", lookup);
        model.addAttribute("rating", rating);
        if (!model.containsAttribute("appeal")) {
            model.addAttribute("appeal", new AppealForm());
        }
        if (session.getAttribute(SESSION_KEY) instanceof Ticket ticket) {
            try {
                model.addAttribute("view", cases.view(new TenantId(ticket.tenant()), ticket.code()));
                model.addAttribute("stars", List.of(1, 2, 3, 4, 5));
                messages.addTo(model, ticket);
            } catch (NotFoundException e) {
                session.removeAttribute(SESSION_KEY);
            }
        }
        return "portal/follow";
    }
}
