package vn.lamchu.cases.protection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.DenouncerIdentityPolicy;
import vn.lamchu.cases.protection.IdentityReveals;
import vn.lamchu.cases.protection.ProtectionRequest;
import vn.lamchu.cases.protection.ProtectionRequests;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Permission;

/**
 * The case page's section on the protection of the denouncer, loaded lazily into {@code cases/case.html}: the note that
 * the identity is protected, the reveal-with-a-reason form for holders of the permission (the identity comes back in a
 * fragment for that response only, never in the page's model), the reveal log for leaders and auditors, protected
 * attachments, and the protection requests with their forms.
 */
@Controller
@RequestMapping("/office/cases/{id}/protection")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE')")
class ProtectionPages {

    private static final String SECTION = "protection/case :: section";

    private final CaseQueries queries;
    private final IdentityReveals reveals;
    private final ProtectionRequests requests;
    private final CurrentActor currentActor;

    ProtectionPages(CaseQueries queries, IdentityReveals reveals, ProtectionRequests requests, CurrentActor currentActor) {
        this.queries = queries;
        this.reveals = reveals;
        this.requests = requests;
        this.currentActor = currentActor;
    }

    @GetMapping
    String section(@PathVariable UUID id, Model model) {
        return fill(currentActor.require(), id, model);
    }

    @PostMapping("/identity")
    String reveal(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                  HttpServletResponse response) {
        Actor actor = currentActor.require();
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("caseId", id);
        try {
            model.addAttribute("revealed", reveals.reveal(actor, new CaseId(id), reason));
            return "protection/case :: revealed";
        } catch (DomainException e) {
            model.addAttribute("revealError", e);
            model.addAttribute("reason", reason);
            return "protection/case :: revealForm";
        }
    }

    @PostMapping("/attachments/{sha256:[0-9a-f]{64}}")
    Object attachment(@PathVariable UUID id, @PathVariable String sha256, @RequestParam(required = false) String reason,
                      Model model) {
        Actor actor = currentActor.require();
        try {
            return ProtectedFiles.response(reveals, actor, new CaseId(id), sha256, reason);
        } catch (DomainException e) {
            CitizenCase c = queries.detail(actor, new CaseId(id)).theCase();
            model.addAttribute("c", c);
            model.addAttribute("sha256", sha256);
            model.addAttribute("attachmentError", e);
            model.addAttribute("reason", reason);
            return "protection/attachment";
        }
    }

    @PostMapping("/requests")
    String request(@PathVariable UUID id, @RequestParam(required = false) ProtectionRequest.Initiative initiative,
                   @RequestParam(required = false) ProtectionRequest.Form form,
                   @RequestParam(required = false) LocalDate requestedOn,
                   @RequestParam(required = false) List<ProtectionRequest.Relationship> relationships,
                   @RequestParam(required = false) String denouncerName,
                   @RequestParam(required = false) String relativeNames,
                   @RequestParam(required = false) Set<ProtectionRequest.Measure> measures,
                   @RequestParam(required = false) String note, Model model) {
        Actor actor = currentActor.require();
        try {
            List<ProtectionRequest.Person> persons = new ArrayList<>();
            for (ProtectionRequest.Relationship r : relationships == null ? List.<ProtectionRequest.Relationship>of()
                    : relationships) {
                persons.add(new ProtectionRequest.Person(r, r == ProtectionRequest.Relationship.DENOUNCER
                        ? denouncerName : relativeNames, null));
            }
            requests.request(actor, new CaseId(id), new ProtectionRequests.NewRequest(initiative, form, requestedOn,
                    persons, measures == null ? Set.of() : measures, note));
            model.addAttribute("protectionSaved", "protection.saved.request");
        } catch (DomainException e) {
            model.addAttribute("protectionError", e);
            model.addAttribute("protectionErrorForm", "request");
        }
        return fill(actor, id, model);
    }

    @PostMapping("/requests/{requestId}/decide")
    String decide(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam(required = false) Boolean grant,
                  @RequestParam(required = false) Set<ProtectionRequest.Measure> measures,
                  @RequestParam(required = false) String responsibleBodies,
                  @RequestParam(required = false) LocalDate startOn, @RequestParam(required = false) String reasons,
                  @RequestParam(required = false) Integer version, Model model) {
        Actor actor = currentActor.require();
        requireLeader(actor);
        try {
            requests.decide(actor, new CaseId(id), requestId, new ProtectionRequests.DecisionInput(grant,
                    measures == null ? EnumSet.noneOf(ProtectionRequest.Measure.class) : measures, responsibleBodies,
                    startOn, reasons, version));
            model.addAttribute("protectionSaved", Boolean.TRUE.equals(grant) ? "protection.saved.granted"
                    : "protection.saved.refused");
        } catch (DomainException e) {
            model.addAttribute("protectionError", e);
            model.addAttribute("protectionErrorForm", "decide-" + requestId);
        }
        return fill(actor, id, model);
    }

    @PostMapping("/requests/{requestId}/end")
    String end(@PathVariable UUID id, @PathVariable UUID requestId,
               @RequestParam(required = false) ProtectionRequest.EndReason reason,
               @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
               Model model) {
        Actor actor = currentActor.require();
        requireLeader(actor);
        try {
            requests.end(actor, new CaseId(id), requestId, reason, note, version);
            model.addAttribute("protectionSaved", "protection.saved.ended");
        } catch (DomainException e) {
            model.addAttribute("protectionError", e);
            model.addAttribute("protectionErrorForm", "end-" + requestId);
        }
        return fill(actor, id, model);
    }

    private static void requireLeader(Actor actor) {
        if (!actor.can(Permission.CASE_APPROVE)) {
            throw new AccessDeniedException("CASE_APPROVE");
        }
    }

    private String fill(Actor actor, UUID id, Model model) {
        CaseQueries.Detail detail = queries.detail(actor, new CaseId(id));
        CitizenCase c = detail.theCase();
        boolean withheld = DenouncerIdentityPolicy.withholds(c.kind());
        model.addAttribute("caseId", id);
        model.addAttribute("withheld", withheld);
        if (!withheld) {
            return SECTION;
        }
        boolean acts = queries.actsOn(actor, c);
        model.addAttribute("anonymous", c.anonymous());
        model.addAttribute("mayReveal", reveals.mayReveal(actor));
        model.addAttribute("attachments", detail.attachments());
        if (IdentityReveals.mayReadLog(actor)) {
            model.addAttribute("revealLog", reveals.log(actor, new CaseId(id)));
        }
        model.addAttribute("requests", requests.ofCase(actor, new CaseId(id)));
        model.addAttribute("canRequest", acts && (actor.can(Permission.CASE_HANDLE) || actor.can(Permission.CASE_APPROVE)));
        model.addAttribute("leader", acts && actor.can(Permission.CASE_APPROVE));
        model.addAttribute("initiatives", ProtectionRequest.Initiative.values());
        model.addAttribute("forms", ProtectionRequest.Form.values());
        model.addAttribute("relationships", ProtectionRequest.Relationship.values());
        model.addAttribute("measures", ProtectionRequest.Measure.values());
        model.addAttribute("endReasons", ProtectionRequest.EndReason.values());
        return SECTION;
    }
}
