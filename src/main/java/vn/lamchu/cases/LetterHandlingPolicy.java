package vn.lamchu.cases;

import vn.lamchu.shared.DomainException;

/**
 * Which handling decision a letter admits in its state and classification (RULEBOOK §2.3), Thông tư 07/2014/TT-TTCP:
 * <ul>
 *   <li>acceptance is proposed for a letter within competence and eligible (Điều 7 khoản 1, Điều 9 khoản 1); a letter
 *       with several contents for different bodies is not accepted but the writer is guided to split it (Điều 6 khoản 1,
 *       form 07-XLĐ);</li>
 *   <li>a letter outside competence is guided once to the competent body or forwarded (Điều 7 khoản 2, Điều 9 khoản 2);
 *       a writer already guided once on the same content is not guided again: the letter is filed (Điều 6 khoản 2
 *       điểm b, Điều 28);</li>
 *   <li>a letter forwarded to us by a deputy, the Front or the press that is outside competence is returned to that body
 *       (Điều 7 khoản 4, form 04-XLĐ);</li>
 *   <li>a letter that is not eligible, repeats a guided or resolved letter without new facts, is filed (Điều 6 khoản 2,
 *       Điều 28);</li>
 *   <li>a matter of a lower body that is late is chased (Điều 7 khoản 3; Luật Tiếp công dân 2013, Điều 26 khoản 1 điểm b);</li>
 *   <li>feedback taken up in house is answered; feedback found outside competence while being handled is forwarded
 *       (Nghị định 20/2008/NĐ-CP, Điều 9).</li>
 * </ul>
 */
final class LetterHandlingPolicy {

    private LetterHandlingPolicy() {
    }

    /**
     * @throws DomainException (conflict) naming why the decision is not open to the case
     */
    static void check(CitizenCase c, Decision decision) {
        CaseStatus status = c.status;
        switch (decision.kind()) {
            case ACCEPT -> {
                requireStatus(status == CaseStatus.CLASSIFIED, decision, status);
                refuseIf(c.eligibility != Eligibility.ELIGIBLE, "cases.error.acceptIneligible");
                refuseIf(c.competence != Competence.WITHIN, "cases.error.acceptOutside");
                refuseIf(c.kind == ContentKind.MIXED, "cases.error.acceptMixed");
            }
            case GUIDE -> {
                requireStatus(status == CaseStatus.CLASSIFIED, decision, status);
                refuseIf(c.guidedBefore, "cases.error.guidedBefore");
                refuseIf(c.competence == Competence.WITHIN && c.kind != ContentKind.MIXED
                        && c.eligibility == Eligibility.ELIGIBLE, "cases.error.guideWithin");
            }
            case FORWARD -> {
                requireStatus(status == CaseStatus.CLASSIFIED || status == CaseStatus.IN_HANDLING, decision, status);
                refuseIf(status == CaseStatus.CLASSIFIED && c.competence != Competence.OUTSIDE,
                        "cases.error.forwardWithin");
                refuseIf(decision.targetUnitId() != null && decision.targetUnitId().equals(c.handlingUnit.value()),
                        "cases.error.forwardToSelf");
            }
            case RETURN -> {
                requireStatus(status == CaseStatus.CLASSIFIED, decision, status);
                refuseIf(c.forwardedBy == null, "cases.error.returnNotForwarded");
                refuseIf(c.competence != Competence.OUTSIDE, "cases.error.returnWithin");
            }
            case FILE -> {
                requireStatus(status == CaseStatus.CLASSIFIED, decision, status);
                refuseIf(c.eligibility != Eligibility.NOT_ELIGIBLE && !c.guidedBefore && !c.repeated,
                        "cases.error.fileEligible");
            }
            case CHASE -> {
                requireStatus(status == CaseStatus.CLASSIFIED, decision, status);
                refuseIf(c.competence != Competence.OUTSIDE, "cases.error.chaseWithin");
            }
            case ANSWER -> requireStatus(status == CaseStatus.IN_HANDLING || status == CaseStatus.CHASED, decision,
                    status);
        }
    }

    private static void requireStatus(boolean allowed, Decision decision, CaseStatus status) {
        if (!allowed) {
            throw DomainException.conflict("cases.error.illegalStep", decision.kind().name(), status.name());
        }
    }

    private static void refuseIf(boolean refused, String key) {
        if (refused) {
            throw DomainException.conflict(key);
        }
    }
}
