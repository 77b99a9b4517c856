package vn.lamchu.cases;

/** What a step on a case's timeline did. */
public enum CaseAction {
    RECEIVE, CLASSIFY, ASSIGN, PROPOSE, SEND_BACK, APPROVE,
    ACCEPT, GUIDE, FORWARD, RETURN, FILE, CHASE, ANSWER,
    PUBLISH, RATE, CONFIRM_ANSWER, REOPEN, GROUP, FOLLOW_LEAD, MOVE_UNIT;

    static CaseAction of(DecisionKind kind) {
        return CaseAction.valueOf(kind.name());
    }
}
