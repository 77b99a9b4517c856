package vn.lamchu.identity.web;

import java.util.UUID;

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

import vn.lamchu.identity.Account;
import vn.lamchu.identity.AccountService;
import vn.lamchu.identity.Role;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/** Administrators manage the accounts of their own unit's subtree. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AccountAdminController {

    private final AccountService service;
    private final CurrentActor currentActor;

    AccountAdminController(AccountService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("accounts", service.visibleTo(actor));
        model.addAttribute("units", service.assignableUnits(actor));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new AccountForm());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Account account = service.create(currentActor.require(), new AccountService.NewAccount(form.getUsername(),
                    form.getDisplayName(), form.getEmail(), form.getUnitId(), form.getRoles(), form.getPassword()));
            redirect.addFlashAttribute("saved", "account.created");
            return "redirect:/admin/accounts/" + account.id();
        } catch (DomainException e) {
            FieldErrors.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Account account = service.get(currentActor.require(), id);
        AccountForm form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setUnitId(account.unitId().value());
        form.setRoles(account.roles());
        form.setEnabled(account.enabled());
        form.setVersion(account.version());
        model.addAttribute("form", form);
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        if (result.hasErrors()) {
            return form(model, service.get(actor, id));
        }
        try {
            service.update(actor, id, new AccountService.AccountChange(form.getDisplayName(), form.getEmail(),
                    form.getUnitId(), form.getRoles(), form.isEnabled(), form.getVersion()));
            redirect.addFlashAttribute("saved", "account.saved");
            return "redirect:/admin/accounts/" + id;
        } catch (DomainException e) {
            FieldErrors.reject(result, e);
            return form(model, service.get(actor, id));
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        service.unlock(currentActor.require(), id);
        redirect.addFlashAttribute("saved", "account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String newPassword,
                         RedirectAttributes redirect) {
        try {
            service.resetPassword(currentActor.require(), id, newPassword);
            redirect.addFlashAttribute("saved", "account.passwordReset");
        } catch (DomainException e) {
            redirect.addFlashAttribute("passwordError", e.messageKey());
            redirect.addFlashAttribute("passwordErrorArgs", e.arguments());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model, Account account) {
        model.addAttribute("account", account);
        model.addAttribute("units", service.assignableUnits(currentActor.require()));
        model.addAttribute("allRoles", Role.values());
        return "identity/account-form";
    }
}
