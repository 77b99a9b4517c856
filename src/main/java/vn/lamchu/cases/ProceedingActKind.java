package vn.lamchu.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the complaint and denunciation procedures. A signed step is a decision or notice the head signs: an
 * officer proposes it and a leader approves it (or a leader takes it directly). Each step is also a {@link CaseAction}
 * of the same name on the timeline.
 */
public enum ProceedingActKind {
    // complaints (Luật Khiếu nại 2011)
    /** Thông báo thụ lý (Điều 27, 36). */
    KN_ACCEPT(true, true, ProceedingKind.COMPLAINT),
    /** Thông báo không thụ lý, with a ground of Điều 11. */
    KN_REFUSE(true, true, ProceedingKind.COMPLAINT),
    /** Giấy mời đối thoại: notice of the time, place and content of the dialogue (Điều 30 khoản 2). */
    SCHEDULE_DIALOGUE(false, true, ProceedingKind.COMPLAINT),
    /** Biên bản đối thoại (Điều 30 khoản 3, 4). */
    HOLD_DIALOGUE(false, true, ProceedingKind.COMPLAINT),
    /** Quyết định giải quyết khiếu nại lần đầu / lần hai (Điều 31, 40). */
    KN_DECIDE(true, true, ProceedingKind.COMPLAINT),
    /** A second complaint to the superior, or after the first-instance deadline lapsed (Điều 7, 33). */
    APPEAL(false, false, ProceedingKind.COMPLAINT),
    /** The complainant sued in the administrative court (Điều 7, 33 khoản 2, 42). */
    LAWSUIT(false, false, ProceedingKind.COMPLAINT),
    /** The decision became final (Điều 44). */
    BECOME_FINAL(false, false, ProceedingKind.COMPLAINT),
    /** The final decision was enforced (Điều 45, 46). */
    ENFORCE(false, false, ProceedingKind.COMPLAINT),
    // denunciations (Luật Tố cáo 2018)
    /** Quyết định thụ lý tố cáo (Điều 29). */
    TC_ACCEPT(true, true, ProceedingKind.DENUNCIATION),
    /** Thông báo không thụ lý tố cáo (Điều 29 khoản 1, Điều 24 khoản 1). */
    TC_REFUSE(true, true, ProceedingKind.DENUNCIATION),
    /** Not processed as a denunciation (Điều 24 khoản 3, Điều 25), optionally with a management check. */
    NOT_PROCESS(true, false, ProceedingKind.DENUNCIATION),
    /** The management check of Điều 25 khoản 2 is done. */
    FINISH_CHECK(false, false, ProceedingKind.DENUNCIATION),
    /** The denouncer and the person denounced were notified of the acceptance (Điều 29 khoản 3). */
    NOTIFY(false, true, ProceedingKind.DENUNCIATION),
    /** Quyết định gia hạn giải quyết tố cáo (Điều 30; Nghị định 31/2019/NĐ-CP, mẫu 01). */
    EXTEND(true, true, ProceedingKind.DENUNCIATION),
    /** Kết luận nội dung tố cáo (Điều 35). */
    CONCLUDE(true, true, ProceedingKind.DENUNCIATION),
    /** Xử lý kết luận nội dung tố cáo (Điều 36). */
    ACT_ON_CONCLUSION(true, true, ProceedingKind.DENUNCIATION),
    /** A further denunciation to the superior (Điều 37). */
    FURTHER(false, false, ProceedingKind.DENUNCIATION),
    /** The superior refuses a re-resolution (Điều 37 khoản 2). */
    REFUSE_RE_RESOLUTION(true, true, ProceedingKind.DENUNCIATION),
    /** The superior resolves the denunciation again (Điều 37 khoản 2). */
    RE_RESOLVE(true, true, ProceedingKind.DENUNCIATION),
    // both
    /** The verification report (báo cáo kết quả xác minh): findings, and for a complaint whether they meet the request. */
    VERIFY(false, true, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** The written finding that the case is complex, very complex, in a remote area, or needs checks at several places. */
    SET_COMPLEXITY(false, false, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** The decision or conclusion was sent to those entitled to it (Luật Khiếu nại, Điều 32, 41; Luật Tố cáo, Điều 35). */
    SEND_DECISION(false, false, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** Publication (Luật Khiếu nại 2011, Điều 41 khoản 2; Luật Tố cáo 2018, Điều 40). */
    PUBLISH_DECISION(false, true, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** Quyết định tạm đình chỉ (Luật Tố cáo 2018, Điều 34 khoản 1; Luật Khiếu nại, Điều 11a from 1/7/2026). */
    SUSPEND(true, true, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** Quyết định tiếp tục giải quyết (Luật Tố cáo 2018, Điều 34 khoản 2). */
    RESUME(true, true, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** The written withdrawal (Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 33). */
    WITHDRAW(false, false, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION),
    /** Quyết định đình chỉ (Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 34 khoản 3). */
    TERMINATE(true, true, ProceedingKind.COMPLAINT, ProceedingKind.DENUNCIATION);

    private final boolean signed;
    private final boolean issuesDocument;
    private final Set<ProceedingKind> kinds;

    ProceedingActKind(boolean signed, boolean issuesDocument, ProceedingKind first, ProceedingKind... more) {
        this.signed = signed;
        this.issuesDocument = issuesDocument;
        this.kinds = Set.copyOf(EnumSet.of(first, more));
    }

    /** Whether the head signs it: officers propose, leaders approve. */
    public boolean signed() {
        return signed;
    }

    public boolean issuesDocument() {
        return issuesDocument;
    }

    public boolean appliesTo(ProceedingKind kind) {
        return kinds.contains(kind);
    }
}
