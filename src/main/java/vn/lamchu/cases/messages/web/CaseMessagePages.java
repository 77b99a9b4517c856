package vn.lamchu.cases.messages.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.messages.CaseMessages;
import vn.lamchu.cases.messages.MessageLimits;

/**
 * The section "Trao đổi với người gửi" of a case's page, loaded after the page (HTMX) so that the case page itself
 * does not wait for it; without script the same section is a page of its own. Answering re-renders the section.
 */
@Controller
@RequestMapping("/office/cases/{id}/messages")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE')")
class CaseMessagePages {

    /** The reply form. */
    public static class ReplyForm {
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    private final CaseMessages messages;

    CaseMessagePages(CaseMessages messages) {
        this.messages = messages;
    }

    @GetMapping
    String thread(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model) {
        return show(id, new ReplyForm(), false, htmx != null, model);
    }

    @PostMapping
    String reply(@PathVariable UUID id, @ModelAttribute("reply") ReplyForm form, BindingResult binding,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            messages.reply(new CaseId(id), form.getText());
        } catch (MessageLimits.TextRejected e) {
            binding.rejectValue("text", e.messageKey(), e.arguments(), e.messageKey());
            return show(id, form, false, htmx != null, model);
        }
        if (htmx == null) {
            return "redirect:/office/cases/" + id + "#case-messages";
        }
        return show(id, new ReplyForm(), true, true, model);
    }

    private String show(UUID id, ReplyForm form, boolean sent, boolean fragment, Model model) {
        model.addAttribute("thread", messages.forStaff(new CaseId(id)));
        model.addAttribute("reply", form);
        model.addAttribute("sent", sent);
        model.addAttribute("textMax", MessageLimits.TEXT_MAX);
        return fragment ? "cases/messages :: thread" : "cases/messages";
    }
}
