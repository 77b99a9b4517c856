package vn.lamchu.voters.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.Permission;
import vn.lamchu.voters.VoterQueries;

/**
 * The "voter's opinion" section of a case page, loaded lazily: for a case that is a voter's opinion, the meeting where
 * it was raised, the answer given there, and — for the unit's leader — the button that records that answer on the case
 * ({@link vn.lamchu.voters.VoterMeetings#confirmSpotAnswer}). Whoever may read the case may read this section.
 */
@Controller
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE')")
class VoterCasePages {

    private final VoterQueries queries;
    private final CaseQueries cases;
    private final CurrentActor currentActor;

    VoterCasePages(VoterQueries queries, CaseQueries cases, CurrentActor currentActor) {
        this.queries = queries;
        this.cases = cases;
        this.currentActor = currentActor;
    }

    @GetMapping("/office/voters/cases/{caseId}")
    String section(@PathVariable UUID caseId, Model model) {
        Actor actor = currentActor.require();
        cases.readable(actor, new CaseId(caseId));
        Optional<VoterQueries.OpinionOfCase> found = queries.opinionOfCase(actor.tenantId(), caseId);
        if (found.isEmpty()) {
            return "voters/case :: empty";
        }
        model.addAttribute("o", found.get().opinion());
        model.addAttribute("m", found.get().meeting());
        model.addAttribute("mayConfirm", actor.can(Permission.CASE_HANDLE) && actor.can(Permission.CASE_APPROVE));
        return "voters/case :: section";
    }
}
