package vn.lamchu.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.lamchu.audit.AuditEntry;
import vn.lamchu.audit.AuditPage;
import vn.lamchu.audit.AuditTrail;
import vn.lamchu.audit.AuditVerification;
import vn.lamchu.audit.AuditVerifier;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;

/**
 * The audit log of the caller's tenant over REST: filtered pages, newest first, with the sequence number to pass as
 * {@code before} for the next older page; and a synchronous integrity check of the tenant's chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditTrail trail;
    private final AuditVerifier verifier;
    private final CurrentActor currentActor;

    AuditApiController(AuditTrail trail, AuditVerifier verifier, CurrentActor currentActor) {
        this.trail = trail;
        this.verifier = verifier;
        this.currentActor = currentActor;
    }

    /**
     * @param entries     newest first
     * @param olderBefore pass as {@code before} for the next older page; absent on the last page
     * @param newerAfter  pass as {@code after} for the next newer page; absent on the newest page
     */
    record Page(List<AuditEntry> entries, Long olderBefore, Long newerAfter) {
        static Page of(AuditPage page) {
            return new Page(page.entries(), page.olderBefore(), page.newerAfter());
        }
    }

    /**
     * @param intact      whether every entry verified
     * @param entries     entries checked
     * @param brokenSeq   the first broken entry's sequence number (absent when intact)
     * @param problem     what is wrong there: HASH_MISMATCH, PREV_HASH_MISMATCH, SEQ_GAP, HEAD_MISMATCH
     * @param occurredAt  when the broken entry says it happened (absent for a missing entry)
     * @param lastIntactSeq the last entry before the break that verified
     */
    record Verification(UUID tenant, Instant verifiedAt, boolean intact, long entries, Long brokenSeq,
                        AuditVerification.Problem problem, Instant occurredAt, Long lastIntactSeq, long elapsedMillis) {
        static Verification of(AuditVerification result) {
            AuditVerification.Break broken = result.firstBreak();
            return new Verification(result.tenant().value(), result.verifiedAt(), result.intact(), result.entries(),
                    broken == null ? null : broken.seq(), broken == null ? null : broken.problem(),
                    broken == null ? null : broken.occurredAt(), broken == null ? null : broken.lastIntactSeq(),
                    result.elapsed().toMillis());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    Page list(@ModelAttribute AuditFilterForm filter, @RequestParam(required = false) Long before,
              @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int size) {
        Actor actor = currentActor.require();
        return Page.of(trail.page(actor.tenantId(), filter.toFilter(), before, after, size));
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    Verification verify() {
        return Verification.of(verifier.verify(currentActor.require().tenantId(), AuditVerifier.Progress.NONE));
    }
}
