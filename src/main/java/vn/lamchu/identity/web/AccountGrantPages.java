package vn.lamchu.identity.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lamchu.identity.PermissionGrants;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Permission;

/**
 * The account page's section of explicit grants, loaded on its own (HTMX) so the account form stays as it is: the
 * grants held, and per grantable permission a form to grant or revoke it with a reason.
 */
@Controller
@RequestMapping("/admin/accounts/{id}/grants")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
class AccountGrantPages {

    private final PermissionGrants grants;
    private final CurrentActor currentActor;

    AccountGrantPages(PermissionGrants grants, CurrentActor currentActor) {
        this.grants = grants;
        this.currentActor = currentActor;
    }

    @GetMapping
    String section(@PathVariable UUID id, Model model) {
        return fill(currentActor.require(), id, model);
    }

    @PostMapping("/{permission}")
    String change(@PathVariable UUID id, @PathVariable Permission permission,
                  @RequestParam(defaultValue = "grant") String change, @RequestParam(required = false) String reason,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = currentActor.require();
        try {
            if ("revoke".equals(change)) {
                grants.revoke(actor, id, permission, reason);
                model.addAttribute("grantSaved", "grant.revoked");
            } else {
                grants.grant(actor, id, permission, reason);
                model.addAttribute("grantSaved", "grant.granted");
            }
        } catch (DomainException e) {
            model.addAttribute("grantError", e);
            model.addAttribute("grantErrorPermission", permission);
            model.addAttribute("grantReason", reason);
        }
        if (htmx == null && !model.containsAttribute("grantError")) {
            return "redirect:/admin/accounts/" + id;
        }
        return fill(actor, id, model);
    }

    private String fill(Actor actor, UUID id, Model model) {
        model.addAttribute("accountId", id);
        model.addAttribute("grants", grants.list(actor, id));
        model.addAttribute("grantable", PermissionGrants.EXPLICIT_ONLY.stream().sorted().toList());
        return "protection/grants :: section";
    }
}
