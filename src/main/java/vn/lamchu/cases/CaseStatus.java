package vn.lamchu.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands: the letter states of RULEBOOK §15.2 ("Letter": Received → Logged → Classified → one of
 * {ProposedForAcceptance, Guided, Forwarded, Returned, Filed, Chased}) joined with the feedback/recommendation procedure
 * ("Received → Classified → {Handled in house | Forwarded} → Answered → Published"). A letter is logged when it is
 * received (every letter is entered in the database at once, Thông tư 07/2014/TT-TTCP, Điều 3 khoản 2), so there is no
 * separate Logged state; publication is a mark on an answered case.
 */
public enum CaseStatus {
    /** Logged, not yet classified. */
    RECEIVED,
    /** Classified by content, eligibility, competence and signatories. */
    CLASSIFIED,
    /** A step proposed by the officer waits for the leader who signs it. */
    AWAITING_APPROVAL,
    /** Feedback or a recommendation taken up in house, being answered. */
    IN_HANDLING,
    /** A complaint or denunciation proposed for acceptance (đề xuất thụ lý): the head decides to accept it or not. */
    ACCEPTANCE_PROPOSED,
    /** The lower body that is late was chased (đôn đốc); we wait for its result. */
    CHASED,
    /** Linked into a group of duplicates and handled with its lead case. */
    GROUPED,
    /** Answered; the sender may rate the answer. */
    ANSWERED,
    /** A poor rating sent the answer back to the unit's leader for a second look. */
    REVIEW_REQUESTED,
    /** The writer was guided (once) to the competent body. */
    GUIDED,
    /** Forwarded to a competent body outside this system. */
    FORWARDED,
    /** Returned to the body that forwarded it to us. */
    RETURNED,
    /** Filed without action (xếp lưu), kept one year. */
    FILED,
    /** A complaint or denunciation accepted and being resolved; its {@link ProceedingStage} says where. */
    IN_PROCEEDING,
    /** A complaint or denunciation whose procedure has ended (not accepted, enforced, concluded and published, terminated …). */
    RESOLVED;

    private static final Set<CaseStatus> FINAL = EnumSet.of(ANSWERED, GUIDED, FORWARDED, RETURNED, FILED, RESOLVED);

    /** Whether the case needs nothing more from the office (an answered case can still be rated). */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether a deadline runs for the office in this state. */
    public boolean isOpen() {
        return !isFinal();
    }
}
