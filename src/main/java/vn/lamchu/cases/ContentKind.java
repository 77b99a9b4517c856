package vn.lamchu.cases;

/**
 * Classification by content (phân loại theo nội dung), Thông tư 07/2014/TT-TTCP, Điều 6 khoản 1: complaint,
 * denunciation, petition or feedback, or a letter with several different contents.
 */
public enum ContentKind {
    FEEDBACK, RECOMMENDATION, COMPLAINT, DENUNCIATION, MIXED;

    /** Feedback and recommendations follow the procedure of this module to the answer (RULEBOOK §5). */
    public boolean isFeedbackOrRecommendation() {
        return this == FEEDBACK || this == RECOMMENDATION;
    }
}
