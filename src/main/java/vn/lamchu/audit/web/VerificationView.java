package vn.lamchu.audit.web;

import vn.lamchu.audit.AuditVerification;
import vn.lamchu.audit.AuditVerificationJobs;

/**
 * A verification as the page shows it.
 *
 * @param problemKey       the message key explaining the break, null when intact or running
 * @param problemArguments its arguments
 * @param entryToShow      the entry the page links to (0: none)
 * @param elapsed          seconds the walk took
 */
record VerificationView(AuditVerificationJobs.Job job, String problemKey, Object[] problemArguments, long entryToShow,
                        Double elapsed) {

    static VerificationView of(AuditVerificationJobs.Job job) {
        AuditVerification result = job.result();
        if (result == null) {
            return new VerificationView(job, null, new Object[0], 0, null);
        }
        double elapsed = result.elapsed().toMillis() / 1000.0;
        AuditVerification.Break broken = result.firstBreak();
        if (broken == null) {
            return new VerificationView(job, null, new Object[0], 0, elapsed);
        }
        String time = broken.occurredAt() == null ? "—" : AuditPageController.TIME.format(broken.occurredAt());
        return new VerificationView(job, broken.messageKey(), broken.messageArguments(time), broken.entryToShow(), elapsed);
    }
}
