package vn.lamchu.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;

/**
 * The handling steps from the case page and the worklist's bulk actions. Each form names the case version it was shown
 * with; a refusal (a stale version, a step the state or the policy does not allow, a missing field) is shown next to
 * the form that asked for it, with what was typed kept, and never as an error page.
 */
@Controller
@RequestMapping("/office/cases")
@PreAuthorize("hasAnyAuthority('CASE_HANDLE', 'CASE_APPROVE')")
class CaseStepPages {

    /** Which field of the classification form a refusal concerns. */
    private static final Map<String, String> CLASSIFY_FIELDS = Map.of(
            "cases.error.kind", "kind",
            "cases.error.eligibility", "eligibility",
            "cases.error.ineligibleReason", "ineligibleReason",
            "cases.error.competence", "competence",
            "cases.error.signatories", "signatories",
            "cases.error.signatoryCount", "signatoryCount",
            "cases.error.category", "categoryCode");

    /** Which field of a decision form a refusal concerns. */
    private static final Map<String, String> DECISION_FIELDS = Map.of(
            "cases.error.decisionText", "text",
            "cases.error.tooLong", "text",
            "cases.error.decisionTarget", "target",
            "cases.error.targetUnit", "target",
            "cases.error.forwardToSelf", "target");

    /** One row of a bulk action's report. */
    record BulkOutcome(String number, boolean done, String message) {
    }

    /** What a bulk action can do. */
    enum BulkAction { ASSIGN, GROUP, APPROVE }

    private final CaseHandling handling;
    private final CaseViews views;
    private final CaseRefusals refusals;
    private final StaffDirectory staff;
    private final CurrentActor currentActor;

    CaseStepPages(CaseHandling handling, CaseViews views, CaseRefusals refusals, StaffDirectory staff,
                  CurrentActor currentActor) {
        this.handling = handling;
        this.views = views;
        this.refusals = refusals;
        this.staff = staff;
        this.currentActor = currentActor;
    }

    @PostMapping("/{id}/classify")
    @PreAuthorize("hasAuthority('CASE_HANDLE')")
    String classify(@PathVariable UUID id, @ModelAttribute("classifyForm") ClassifyForm form, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "classify", "classified", CLASSIFY_FIELDS, model, redirect, response,
                () -> handling.classify(new CaseId(id), form.getVersion(), form.toClassification()));
    }

    @PostMapping("/{id}/take")
    @PreAuthorize("hasAuthority('CASE_HANDLE')")
    String take(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.require();
        return step(id, "take", "taken", Map.of(), model, redirect, response,
                () -> handling.assign(new CaseId(id), version, actor.accountId(), null));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String assign(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String accountId, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "assign", "assigned", Map.of("cases.error.assignee", "accountId"), model, redirect, response,
                () -> handling.assign(new CaseId(id), version, Forms.uuid(accountId), Forms.blankToNull(reason)));
    }

    @PostMapping("/{id}/propose")
    @PreAuthorize("hasAuthority('CASE_HANDLE')")
    String propose(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "decision-" + form.getKind(), "proposed", DECISION_FIELDS, model, redirect, response,
                () -> handling.propose(new CaseId(id), form.getVersion(), form.toDecision()));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "decision-" + form.getKind(), "decided", DECISION_FIELDS, model, redirect, response,
                () -> handling.decide(new CaseId(id), form.getVersion(), form.toDecision()));
    }

    /** Which field of a procedure step's form a refusal concerns. */
    private static final Map<String, String> ACT_FIELDS = Map.ofEntries(
            Map.entry("cases.proceeding.error.ComplaintRefusal", "ground"),
            Map.entry("cases.proceeding.error.DenunciationRefusal", "ground"),
            Map.entry("cases.proceeding.error.NotProcessed", "ground"),
            Map.entry("cases.proceeding.error.Termination", "ground"),
            Map.entry("cases.proceeding.error.ComplaintResult", "result"),
            Map.entry("cases.proceeding.error.DenunciationResult", "result"),
            Map.entry("cases.proceeding.error.dialogueDate", "date"),
            Map.entry("cases.proceeding.error.dialogueNotice", "date"),
            Map.entry("cases.proceeding.error.knownAfterReceipt", "date"),
            Map.entry("cases.proceeding.error.limitExpired", "date"),
            Map.entry("cases.proceeding.error.dialoguePlace", "place"),
            Map.entry("cases.proceeding.error.publicationForm", "place"),
            Map.entry("cases.proceeding.error.matchesRequest", "matchesRequest"),
            Map.entry("cases.proceeding.error.attended", "attended"),
            Map.entry("cases.proceeding.error.target", "targetUnitId"),
            Map.entry("cases.error.tooLong", "text"));

    /** A step of a complaint or denunciation procedure: taken, signed directly by a leader, or proposed for signature. */
    @PostMapping("/{id}/proceeding")
    String act(@PathVariable UUID id, @ModelAttribute("actForm") ActForm form, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        String name = "act-" + form.getKind();
        return step(id, name, form.proposing() ? "proposed" : "acted", actFields(form), model, redirect, response,
                () -> {
                    vn.lamchu.cases.ProceedingAct act = form.toAct();
                    return form.proposing()
                            ? handling.proposeAct(new CaseId(id), form.getVersion(), act)
                            : handling.act(new CaseId(id), form.getVersion(), act);
                });
    }

    private static Map<String, String> actFields(ActForm form) {
        Map<String, String> fields = new java.util.HashMap<>(ACT_FIELDS);
        fields.put("cases.proceeding.error.text." + form.getKind(), "text");
        return fields;
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String approve(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "approve", "approved", Map.of(), model, redirect, response,
                () -> handling.approve(new CaseId(id), version));
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String sendBack(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        model.addAttribute("reasonText", reason);
        return step(id, "sendBack", "sentBack", Map.of("cases.error.reasonRequired", "reason"), model, redirect, response,
                () -> handling.sendBack(new CaseId(id), version, reason));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String publish(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        return step(id, "publish", "published", Map.of(), model, redirect, response,
                () -> handling.publish(new CaseId(id), version));
    }

    /** After a poor rating: the leader stands by the answer ({@code CONFIRM}) or has it answered anew ({@code REOPEN}). */
    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    String review(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("reasonText", reason);
        boolean reopen = "REOPEN".equals(outcome);
        return step(id, "review", reopen ? "reopened" : "confirmed", Map.of("cases.error.reasonRequired", "reason"),
                model, redirect, response, () -> reopen ? handling.reopen(new CaseId(id), version, reason)
                        : handling.confirmAnswer(new CaseId(id), version, reason));
    }

    /** Groups a similar letter under this case, which leads the group. */
    @PostMapping("/{id}/group")
    @PreAuthorize("hasAuthority('CASE_HANDLE')")
    String group(@PathVariable UUID id, @RequestParam(required = false) String member, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        UUID memberId = Forms.uuid(member);
        return step(id, "group-" + member, "grouped", Map.of(), model, redirect, response,
                () -> handling.group(new CaseId(id), memberId == null ? List.of() : List.of(new CaseId(memberId))));
    }

    /**
     * Applies one action to every selected row, each on its own, and reports per row what was done and what was
     * refused and why. Rows come as {@code id:version:number} (the version the page showed, the number for the report).
     */
    @PostMapping("/bulk")
    String bulk(@RequestParam(required = false) String action, @RequestParam(required = false) List<String> selected,
                @RequestParam(required = false) String assignee, @RequestParam(required = false) String lead,
                @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Actor actor = currentActor.require();
        BulkAction what = Forms.option(BulkAction.class, action);
        List<BulkOutcome> report = new ArrayList<>();
        String target = back != null && back.startsWith("/office/cases") && !back.startsWith("//") ? back : "/office/cases";
        if (what == null || selected == null || selected.isEmpty()) {
            redirect.addFlashAttribute("bulkProblem", what == null ? "cases.office.bulk.noAction"
                    : "cases.office.bulk.noRows");
            return "redirect:" + target;
        }
        UUID assigneeId = Forms.uuid(assignee);
        UUID leadId = Forms.uuid(lead);
        if (what == BulkAction.ASSIGN && assigneeId == null || what == BulkAction.GROUP && leadId == null) {
            redirect.addFlashAttribute("bulkProblem", what == BulkAction.ASSIGN ? "cases.office.bulk.noAssignee"
                    : "cases.office.bulk.noLead");
            return "redirect:" + target;
        }
        String assigneeName = assigneeId == null ? null : staff.find(actor.tenantId(), assigneeId)
                .map(StaffDirectory.StaffMember::displayName).orElse("?");
        for (String row : selected) {
            String[] parts = row.split(":", 3);
            UUID id = Forms.uuid(parts[0]);
            Integer version = parts.length > 1 ? Forms.integer(parts[1]) : null;
            String number = parts.length > 2 ? parts[2] : parts[0];
            if (id == null) {
                continue;
            }
            if (what == BulkAction.GROUP && id.equals(leadId)) {
                continue;
            }
            try {
                CitizenCase done = switch (what) {
                    case ASSIGN -> handling.assign(new CaseId(id), version, assigneeId, null);
                    case GROUP -> handling.group(new CaseId(leadId), List.of(new CaseId(id)));
                    case APPROVE -> handling.approve(new CaseId(id), version);
                };
                report.add(new BulkOutcome(number, true, switch (what) {
                    case ASSIGN -> refusals.say("cases.office.bulk.assigned", assigneeName);
                    case GROUP -> refusals.say("cases.office.bulk.grouped", done.number());
                    case APPROVE -> refusals.say("cases.office.bulk.approved");
                }));
            } catch (RuntimeException e) {
                if (!CaseRefusals.isRefusal(e)) {
                    throw e;
                }
                report.add(new BulkOutcome(number, false, refusals.text(e)));
            }
        }
        redirect.addFlashAttribute("bulkReport", report);
        return "redirect:" + target;
    }

    /**
     * Runs a step; on success back to the case page with a notice, on refusal the case page again with the reason
     * next to the form (409 for a conflict with the case's state or version, 400 for a missing or wrong value).
     */
    private String step(UUID id, String form, String notice, Map<String, String> fields, Model model,
                        RedirectAttributes redirect, HttpServletResponse response, Supplier<CitizenCase> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", "cases.office.done." + notice);
            return "redirect:/office/cases/" + id;
        } catch (RuntimeException e) {
            if (!CaseRefusals.isRefusal(e)) {
                throw e;
            }
            String field = e instanceof DomainException d ? fields.get(d.messageKey()) : null;
            views.fill(currentActor.require(), id, model);
            // a step no longer offered (the state moved on) has no form to stand next to: the top of the panel
            String shownAt = CaseViews.offers(model, form) ? form : CaseViews.TOP;
            model.addAttribute("refusal", new CaseViews.Refusal(shownAt, shownAt.equals(form) ? field : null,
                    refusals.text(e)));
            boolean stale = e instanceof DomainException d && "cases.error.stale".equals(d.messageKey());
            model.addAttribute("stale", stale);
            response.setStatus(e instanceof AccessDeniedException ? HttpStatus.FORBIDDEN.value()
                    : e instanceof DomainException d && d.kind() == DomainException.Kind.INVALID
                    ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
            return "cases/case";
        }
    }
}
