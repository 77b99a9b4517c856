package vn.lamchu.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal stage of a complaint or denunciation (RULEBOOK §15.2 "Complaint" and "Denunciation"). Labels are
 * {@code cases.stage.NAME} in the {@code cases_proceedings} bundle.
 */
public enum ProceedingStage {
    /** A complaint waits for the decision to accept it or not (Luật Khiếu nại 2011, Điều 27, 36). */
    AWAITING_ACCEPTANCE,
    /** A denunciation's initial processing: log, classify, check the conditions (Luật Tố cáo 2018, Điều 24). */
    INITIAL_PROCESSING,
    /** Not accepted, with the legal ground (Luật Khiếu nại 2011, Điều 11; Luật Tố cáo 2018, Điều 29). */
    NOT_ACCEPTED,
    /** Information with a denunciation that is not processed as one (Luật Tố cáo 2018, Điều 24 khoản 3, Điều 25). */
    NOT_PROCESSED,
    /** A check "for management purposes" of anonymous information with concrete evidence (Luật Tố cáo 2018, Điều 25 khoản 2). */
    MANAGEMENT_CHECK,
    /** Accepted; being verified (Luật Khiếu nại 2011, Điều 29; Luật Tố cáo 2018, Điều 28, 31). */
    VERIFYING,
    /** The complainant's request and the findings differ (or a second instance): a dialogue is due (Điều 30, 39). */
    DIALOGUE,
    /** Verified (and the dialogue held where required): the decision or conclusion can be signed. */
    VERIFIED,
    /** A complaint decision is signed and must be sent (Luật Khiếu nại 2011, Điều 32, 41). */
    DECIDED,
    /** The complaint decision was sent; it becomes final unless appealed or sued (Điều 33, 44). */
    SENT,
    /** The complaint decision is final and must be enforced (Luật Khiếu nại 2011, Điều 44, 45). */
    FINAL,
    /** The final complaint decision was enforced. */
    ENFORCED,
    /** The complainant went to court (khởi kiện vụ án hành chính): the office's procedure ends. */
    LAWSUIT,
    /** A denunciation's conclusion is signed: to send, act on and publish (Luật Tố cáo 2018, Điều 35, 36, 40). */
    CONCLUDED,
    /** The conclusion was sent, acted on and published. */
    RESOLVED,
    /** A further denunciation is being reviewed by the superior (Luật Tố cáo 2018, Điều 37). */
    FURTHER_REVIEW,
    /** Temporarily suspended (tạm đình chỉ); the time is not counted (Luật Tố cáo 2018, Điều 34; Luật Khiếu nại, Điều 11a). */
    SUSPENDED,
    /** Terminated (đình chỉ): withdrawn, or another legal ground. */
    TERMINATED;

    private static final Set<ProceedingStage> CLOSED = EnumSet.of(NOT_ACCEPTED, NOT_PROCESSED, ENFORCED, LAWSUIT,
            RESOLVED, TERMINATED);

    /** Whether nothing remains for the office (the case is closed). */
    public boolean isClosed() {
        return CLOSED.contains(this);
    }
}
