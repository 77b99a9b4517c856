package vn.lamchu.supervision;

/**
 * Who supervises. Labels are {@code supervision.body.NAME} in the {@code i18n/supervision} bundle.
 */
public enum SupervisionBody {
    /** The Fatherland Front committee and its member organisations (Luật MTTQ arts 25–31). */
    FRONT("MTTQ-notice", "MTTQ-reply"),
    /** The commune's People's Inspection Board (Luật DCCS 2022 arts 36–40; ND 59/2023 arts 12–15). */
    INSPECTION_BOARD("BTTND-plan", "BTTND-reply"),
    /** A Community Investment Supervision Board (Luật DCCS 2022 arts 41–45): its recommendations go to the commune
     *  People's Committee like the inspection board's, so the same answer rule applies. */
    COMMUNITY_INVESTMENT("BTTND-plan", "BTTND-reply");

    private final String noticeRule;
    private final String answerRule;

    SupervisionBody(String noticeRule, String answerRule) {
        this.noticeRule = noticeRule;
        this.answerRule = answerRule;
    }

    /** The rule giving the least notice the supervised body is owed before the session (or the inspection's start). */
    public String noticeRule() {
        return noticeRule;
    }

    /** The rule giving the addressed body's time to answer a recommendation. */
    public String answerRule() {
        return answerRule;
    }
}
