package vn.lamchu.cases;

/**
 * The handling outcomes (hướng xử lý) a leader signs, Thông tư 07/2014/TT-TTCP, Điều 7–9 and 21–28 (RULEBOOK §2.3), and
 * the answer to feedback. Each issues a document, except acceptance and filing.
 */
public enum DecisionKind {
    /** Proposed for acceptance (đề xuất thụ lý): feedback is handled in house; a complaint or denunciation goes on to its procedure. */
    ACCEPT(false),
    /** Guidance reply (hướng dẫn) to the competent body, once only. */
    GUIDE(true),
    /** Forwarding (chuyển đơn) with a forwarding letter. */
    FORWARD(true),
    /** Returning the letter (trả lại đơn) to the body that forwarded it. */
    RETURN(true),
    /** Filing without action (xếp lưu đơn). */
    FILE(false),
    /** Chasing (đôn đốc) the lower body that is late. */
    CHASE(true),
    /** The answer to feedback or a recommendation. */
    ANSWER(true);

    private final boolean issuesDocument;

    DecisionKind(boolean issuesDocument) {
        this.issuesDocument = issuesDocument;
    }

    public boolean issuesDocument() {
        return issuesDocument;
    }
}
