package vn.lamchu.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.documents.QrCodes;
import vn.lamchu.identity.AccountService;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/** Every staff member's own account: password, second factor, personal API tokens. */
@Controller
@RequestMapping("/account")
class MyAccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    MyAccountController(AccountService accounts, ApiTokens tokens, CurrentActor currentActor, java.time.Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("account", accounts.own(actor));
        model.addAttribute("tokens", tokens.list(actor.tenantId(), actor.accountId()));
        model.addAttribute("now", clock.instant());
        if (model.getAttribute("enrolment") instanceof AccountService.TotpEnrolment enrolment) {
            // drawn inline: an <svg> element passes the CSP, and the secret never leaves the page as an image URL
            model.addAttribute("totpQr", QrCodes.svg(enrolment.uri()));
        }
        return "identity/my-account";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw DomainException.invalid("password.mismatch");
            }
            accounts.changeOwnPassword(currentActor.require(), currentPassword, newPassword);
            redirect.addFlashAttribute("saved", "password.changed");
        } catch (DomainException e) {
            flashError(redirect, "passwordError", e);
        }
        return "redirect:/account#password";
    }

    @PostMapping("/totp/start")
    String startTotp(RedirectAttributes redirect) {
        var enrolment = accounts.startTotp(currentActor.require());
        redirect.addFlashAttribute("enrolment", enrolment);
        return "redirect:/account#totp";
    }

    @PostMapping("/totp/confirm")
    String confirmTotp(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
        try {
            accounts.confirmTotp(currentActor.require(), code);
            redirect.addFlashAttribute("saved", "totp.enabled");
        } catch (DomainException e) {
            flashError(redirect, "totpError", e);
        }
        return "redirect:/account#totp";
    }

    @PostMapping("/totp/disable")
    String disableTotp(@RequestParam(defaultValue = "") String currentPassword, RedirectAttributes redirect) {
        try {
            accounts.disableTotp(currentActor.require(), currentPassword);
            redirect.addFlashAttribute("saved", "totp.disabled");
        } catch (DomainException e) {
            flashError(redirect, "totpError", e);
        }
        return "redirect:/account#totp";
    }

    @PostMapping("/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer days,
                      RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        try {
            if (days != null && (days < 1 || days > 3650)) {
                throw DomainException.invalid("token.days.invalid");
            }
            Instant expires = days == null ? null : clock.instant().plus(Duration.ofDays(days));
            var issued = tokens.issue(actor.tenantId(), actor.accountId(), name, expires);
            redirect.addFlashAttribute("newToken", issued.token());
        } catch (DomainException e) {
            flashError(redirect, "tokenError", e);
        }
        return "redirect:/account#tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        tokens.revoke(actor.tenantId(), actor.accountId(), id);
        redirect.addFlashAttribute("saved", "token.revoked");
        return "redirect:/account#tokens";
    }

    private static void flashError(RedirectAttributes redirect, String name, DomainException e) {
        redirect.addFlashAttribute(name, e.messageKey());
        redirect.addFlashAttribute(name + "Args", e.arguments());
    }
}
