package vn.lamchu.office.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lamchu.office.OfficeFigures;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/** The signed-in staff member's desk: who they are, their unit and scope, and the figures of their scope. */
@Controller
class DashboardController {

    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final OfficeFigures figures;

    DashboardController(CurrentActor currentActor, OrgDirectory org, OfficeFigures figures) {
        this.currentActor = currentActor;
        this.org = org;
        this.figures = figures;
    }

    @GetMapping("/office")
    String dashboard(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("unit", org.unit(actor.tenantId(), actor.unitId()).orElse(null));
        model.addAttribute("figures", figures.forActor(actor));
        return "office/dashboard";
    }
}
