package vn.lamchu.voters;

import vn.lamchu.cases.CaseStatus;

/**
 * How far a voter's opinion has come, on the path of RULEBOOK §15.2 "Voter-meeting item: Raised → Compiled → Forwarded
 * → Answered → Reported". The opinion is a case; its progress is read from the case's status, plus the answer given
 * on the spot at the meeting (Nghị quyết liên tịch 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN: answers to voters are
 * given at the meeting where possible, the rest by the competent bodies and reported back to voters [S]).
 *
 * <ul>
 *   <li><b>answered</b>: the voter has an answer: given on the spot at the meeting, or signed by the handling unit
 *       (case {@link CaseStatus#ANSWERED}, or {@link CaseStatus#REVIEW_REQUESTED} where a poor rating sent the answer
 *       back for a second look);</li>
 *   <li><b>resolved</b>: the office needs nothing more: the case is final ({@link CaseStatus#isFinal()}: answered and
 *       standing, or guided, forwarded outside the system, returned, filed, or its procedure ended). An answer given on
 *       the spot is answered but not resolved until the handling unit confirms it on the case (see
 *       {@link VoterMeetings#confirmSpotAnswer}).</li>
 * </ul>
 * Labels: {@code voters.progress.NAME}.
 */
public enum OpinionProgress {
    /** Being handled by the competent unit; no answer yet. */
    IN_HANDLING(false, false),
    /** Answered on the spot at the meeting; the handling unit has not yet confirmed the answer on the case. */
    ANSWERED_AT_MEETING(true, false),
    /** The handling unit signed an answer that stands. */
    ANSWERED(true, true),
    /** Answered, but a poor rating sent the answer back to the unit's leader. */
    UNDER_REVIEW(true, false),
    /** Closed without an answer of the unit's own: guided, forwarded outside, returned, filed, procedure ended. */
    CLOSED(false, true);

    private final boolean answered;
    private final boolean resolved;

    OpinionProgress(boolean answered, boolean resolved) {
        this.answered = answered;
        this.resolved = resolved;
    }

    public boolean answered() {
        return answered;
    }

    public boolean resolved() {
        return resolved;
    }

    /**
     * @param caseStatus     the status of the opinion's case
     * @param answeredOnSpot whether an answer was given on the spot at the meeting
     */
    public static OpinionProgress of(CaseStatus caseStatus, boolean answeredOnSpot) {
        if (caseStatus == CaseStatus.ANSWERED) {
            return ANSWERED;
        }
        if (caseStatus == CaseStatus.REVIEW_REQUESTED) {
            return UNDER_REVIEW;
        }
        if (caseStatus.isFinal()) {
            return answeredOnSpot ? ANSWERED : CLOSED;
        }
        return answeredOnSpot ? ANSWERED_AT_MEETING : IN_HANDLING;
    }
}
