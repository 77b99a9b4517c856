package vn.lamchu.portal.web;

import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.cases.messages.CaseMessages;
import vn.lamchu.cases.messages.MessageLimits;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;

/**
 * The message thread on the follow page: the person following a case (by the code kept in their session, never in an
 * address) reads the office's messages and writes to it, without an account and without saying who they are. After
 * sending, the page is shown again (post/redirect/get); a refused message comes back next to its field, with what was
 * typed.
 */
@Controller
@RequestMapping("/portal/follow/messages")
class FollowMessagePages {

    /** The message form. */
    public static class MessageForm implements Serializable {
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** Why a message was refused: a key of the bundles with its arguments. */
    record Refusal(String key, List<Object> args) implements Serializable {
    }

    private final CaseMessages messages;

    FollowMessagePages(CaseMessages messages) {
        this.messages = messages;
    }

    @PostMapping
    String send(@ModelAttribute("messageForm") MessageForm form, HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(FollowPages.SESSION_KEY) instanceof FollowPages.Ticket ticket)) {
            return "redirect:/portal/follow";
        }
        try {
            // a staff member signed in on this browser writes as a citizen too: the account is not recorded
            PublicCases.asCitizen(() -> messages.postByCitizen(new TenantId(ticket.tenant()),
                    ReceiptCode.of(ticket.code()), form.getText()));
            redirect.addFlashAttribute("messageSent", true);
        } catch (NotFoundException e) {
            session.removeAttribute(FollowPages.SESSION_KEY);
            return "redirect:/portal/follow";
        } catch (DomainException e) {
            redirect.addFlashAttribute("messageRefusal", new Refusal(e.messageKey(), List.of(e.arguments())));
            redirect.addFlashAttribute("messageForm", form);
        }
        return "redirect:/portal/follow#messages";
    }

    /** Adds the thread of the followed case to the follow page; the office's messages count as read. */
    void addTo(Model model, FollowPages.Ticket ticket) {
        model.addAttribute("thread", messages.forCitizen(new TenantId(ticket.tenant()), ReceiptCode.of(ticket.code())));
        model.addAttribute("textMax", MessageLimits.TEXT_MAX);
        if (!model.containsAttribute("messageForm")) {
            model.addAttribute("messageForm", new MessageForm());
        }
    }
}
