package vn.lamchu.cases;

/** What a step on a case's timeline did. */
public enum CaseAction {
    RECEIVE, CLASSIFY, ASSIGN, PROPOSE, SEND_BACK, APPROVE,
    ACCEPT, GUIDE, FORWARD, RETURN, FILE, CHASE, ANSWER,
    PUBLISH, RATE, CONFIRM_ANSWER, REOPEN, GROUP, FOLLOW_LEAD, MOVE_UNIT,
    // the steps of complaints and denunciations ({@link ProceedingActKind}, same names)
    KN_ACCEPT, KN_REFUSE, SCHEDULE_DIALOGUE, HOLD_DIALOGUE, KN_DECIDE, APPEAL, LAWSUIT, BECOME_FINAL, ENFORCE,
    TC_ACCEPT, TC_REFUSE, NOT_PROCESS, FINISH_CHECK, NOTIFY, EXTEND, CONCLUDE, ACT_ON_CONCLUSION, FURTHER,
    REFUSE_RE_RESOLUTION, RE_RESOLVE, VERIFY, SET_COMPLEXITY, SEND_DECISION, PUBLISH_DECISION, SUSPEND, RESUME,
    WITHDRAW, TERMINATE;

    static CaseAction of(ProceedingActKind kind) {
        return CaseAction.valueOf(kind.name());
    }

    static CaseAction of(DecisionKind kind) {
        return CaseAction.valueOf(kind.name());
    }
}
