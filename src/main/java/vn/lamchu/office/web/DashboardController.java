package vn.lamchu.office.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.lamchu.cases.CaseNotices;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.office.OfficeFigures;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.Permission;

/**
 * The signed-in staff member's desk: who they are, their unit and scope, the figures of their scope, and for those who
 * work on letters, how many cases each worklist holds and the latest unread notices.
 */
@Controller
class DashboardController {

    /** How many unread notices the desk shows (the rest are on the cases' pages). */
    static final int NOTICES_SHOWN = 8;

    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final OfficeFigures figures;
    private final CaseQueries cases;
    private final CaseNotices notices;

    DashboardController(CurrentActor currentActor, OrgDirectory org, OfficeFigures figures, CaseQueries cases,
                        CaseNotices notices) {
        this.currentActor = currentActor;
        this.org = org;
        this.figures = figures;
        this.cases = cases;
        this.notices = notices;
    }

    @GetMapping("/office")
    String dashboard(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("unit", org.unit(actor.tenantId(), actor.unitId()).orElse(null));
        model.addAttribute("figures", figures.forActor(actor));
        boolean letters = actor.can(Permission.CASE_RECEIVE) || actor.can(Permission.CASE_HANDLE)
                || actor.can(Permission.CASE_APPROVE);
        model.addAttribute("letters", letters);
        if (letters) {
            var counts = cases.counts(actor);
            model.addAttribute("worklists", worklists(actor).stream()
                    .map(w -> new Worklist(w, counts.getOrDefault(w, 0))).toList());
            model.addAttribute("openCases", counts.getOrDefault(CaseQueries.Worklist.ALL, 0));
            model.addAttribute("notices", notices.forActor(actor, true, NOTICES_SHOWN));
        }
        return "office/dashboard";
    }

    /** A worklist on the desk with its count of open cases. */
    record Worklist(CaseQueries.Worklist list, int count) {
    }

    /** The worklists the actor's work calls for: own cases for officers, approvals for leaders. */
    private static List<CaseQueries.Worklist> worklists(Actor actor) {
        List<CaseQueries.Worklist> lists = new java.util.ArrayList<>();
        if (actor.can(Permission.CASE_HANDLE)) {
            lists.add(CaseQueries.Worklist.MINE);
        }
        if (actor.can(Permission.CASE_APPROVE)) {
            lists.add(CaseQueries.Worklist.AWAITING_APPROVAL);
        }
        lists.add(CaseQueries.Worklist.DUE_SOON);
        lists.add(CaseQueries.Worklist.OVERDUE);
        lists.add(CaseQueries.Worklist.UNIT);
        lists.add(CaseQueries.Worklist.ALL);
        return lists;
    }
}
