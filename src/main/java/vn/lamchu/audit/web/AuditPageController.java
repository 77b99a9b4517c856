package vn.lamchu.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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

import vn.lamchu.audit.AuditEntry;
import vn.lamchu.audit.AuditPage;
import vn.lamchu.audit.AuditTrail;
import vn.lamchu.audit.AuditVerificationJobs;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;

/**
 * The audit log of the signed-in staff member's tenant: newest first, filtered, paginated by sequence number; one
 * entry in full; and the integrity check, which runs in the background while the page polls its progress (HTMX),
 * or, without JavaScript, while the user reloads.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditPageController {

    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LegalTime.VIETNAM);

    private final AuditTrail trail;
    private final AuditVerificationJobs jobs;
    private final CurrentActor currentActor;

    AuditPageController(AuditTrail trail, AuditVerificationJobs jobs, CurrentActor currentActor) {
        this.trail = trail;
        this.jobs = jobs;
        this.currentActor = currentActor;
    }

    /** An entry with its time as people in Vietnam read it. */
    record Row(AuditEntry entry, String time) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String log(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding,
               @RequestParam(required = false) Long before, @RequestParam(required = false) Long after,
               @RequestParam(required = false) UUID verification, Model model) {
        Actor actor = currentActor.require();
        if (filter.getFrom() != null && filter.getTo() != null && filter.getFrom().isAfter(filter.getTo())) {
            binding.rejectValue("to", "audit.filter.dateRange");
        }
        AuditPage page = binding.hasErrors() ? new AuditPage(List.of(), null, null)
                : trail.page(actor.tenantId(), filter.toFilter(), before, after, PAGE_SIZE);
        model.addAttribute("rows", page.entries().stream().map(entry -> new Row(entry, TIME.format(entry.occurredAt()))).toList());
        model.addAttribute("page", page);
        model.addAttribute("filtered", !filter.toFilter().isEmpty());
        model.addAttribute("filterInvalid", binding.hasErrors());
        model.addAttribute("firstPage", before == null && after == null);
        if (verification != null) {
            jobs.find(actor.tenantId(), verification).ifPresent(job -> model.addAttribute("job", VerificationView.of(job)));
        }
        return "audit/log";
    }

    @GetMapping("/{seq}")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String entry(@PathVariable long seq, Model model) {
        Actor actor = currentActor.require();
        AuditEntry entry = trail.entry(actor.tenantId(), seq)
                .orElseThrow(() -> new NotFoundException("audit_entry", Long.toString(seq)));
        model.addAttribute("row", new Row(entry, TIME.format(entry.occurredAt())));
        return "audit/entry";
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    String verify(HttpServletRequest request, Model model) {
        var job = jobs.start(currentActor.require().tenantId());
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/admin/audit?verification=" + job.id();
        }
        model.addAttribute("job", VerificationView.of(job));
        return "audit/log :: verification";
    }

    @GetMapping("/verify/{id}")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    String verification(@PathVariable UUID id, HttpServletRequest request, Model model) {
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/admin/audit?verification=" + id;
        }
        var job = jobs.find(currentActor.require().tenantId(), id)
                .orElseThrow(() -> new NotFoundException("audit_verification", id.toString()));
        model.addAttribute("job", VerificationView.of(job));
        return "audit/log :: verification";
    }
}
