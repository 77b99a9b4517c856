package vn.lamchu.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Cases in every state, for unit tests of the aggregate (no Spring, no database). Each factory takes the steps a real
 * case takes to get there; the letter was forwarded to us by a deputy (so that returning it is possible) and its
 * sender agreed to publication.
 */
final class Cases {

    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-7000-8000-000000000010"));
    static final UnitId OTHER_UNIT = new UnitId(UUID.fromString("00000000-0000-7000-8000-000000000020"));
    /** Monday 7 December 2026, 09:00 in Hà Nội. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final StepActor OFFICER = new StepActor(UUID.fromString("00000000-0000-7000-8000-0000000000a1"), "xuly",
            "Trần Văn Minh");
    static final StepActor LEADER = new StepActor(UUID.fromString("00000000-0000-7000-8000-0000000000b1"), "lanhdao",
            "Lê Văn Hùng");
    static final String DEPUTY = "Đại biểu HĐND tỉnh Nguyễn Văn Ba";

    private Cases() {
    }

    // ---- letters as they arrive --------------------------------------------------------------------------------

    static CitizenCase received() {
        return received(Channel.FORWARDED, DEPUTY, ContentKind.FEEDBACK);
    }

    static CitizenCase received(Channel channel, String forwardedBy, ContentKind kind) {
        CitizenCase c = new CitizenCase(TENANT, new CaseId(UUID.randomUUID()), "2026-000001", channel, forwardedBy,
                TODAY, NOW, "Đèn đường thôn 1 bị hỏng", "Đèn đường ở thôn 1 đã hỏng hơn một tháng.", false, true,
                null);
        c.kind = kind;
        c.signatories = Signatories.ONE;
        c.signatoryCount = 1;
        c.handlingUnit = UNIT;
        c.receive(NOW, StepActor.PUBLIC);
        return c;
    }

    /** A letter sent straight to us by post (nobody forwarded it). */
    static CitizenCase receivedByPost() {
        return received(Channel.POST, null, ContentKind.FEEDBACK);
    }

    // ---- classified ----------------------------------------------------------------------------------------------

    static Classification classification(ContentKind kind, Eligibility eligibility, Competence competence) {
        return new Classification(kind, eligibility, eligibility == Eligibility.NOT_ELIGIBLE ? "Không ghi địa chỉ" : null,
                competence, Signatories.ONE, 1, null, null);
    }

    static CitizenCase classified(CitizenCase c, ContentKind kind, Eligibility eligibility, Competence competence) {
        c.classify(classification(kind, eligibility, competence), NOW, OFFICER);
        return c;
    }

    /** Feedback within competence and eligible: to be taken up. */
    static CitizenCase classifiedFeedback() {
        return classified(received(), ContentKind.FEEDBACK, Eligibility.ELIGIBLE, Competence.WITHIN);
    }

    /** Feedback for another body. */
    static CitizenCase outsideCompetence() {
        return classified(received(), ContentKind.FEEDBACK, Eligibility.ELIGIBLE, Competence.OUTSIDE);
    }

    static CitizenCase ineligible() {
        return classified(received(), ContentKind.FEEDBACK, Eligibility.NOT_ELIGIBLE, Competence.WITHIN);
    }

    // ---- decided -------------------------------------------------------------------------------------------------

    static Decision decision(DecisionKind kind) {
        return switch (kind) {
            case ACCEPT -> new Decision(kind, "Thuộc thẩm quyền, giao Phòng Kinh tế kiểm tra.", null, null);
            case GUIDE -> new Decision(kind, "Đề nghị gửi đơn đến Tòa án nhân dân khu vực.", null, "Tòa án nhân dân khu vực 1");
            case FORWARD -> new Decision(kind, "Chuyển đơn đến cơ quan có thẩm quyền.", null, "Sở Tư pháp");
            case RETURN -> new Decision(kind, "Không thuộc thẩm quyền, trả lại đơn.", null, DEPUTY);
            case FILE -> new Decision(kind, "Đơn không đủ điều kiện xử lý, xếp lưu.", null, null);
            case CHASE -> new Decision(kind, "Đề nghị UBND xã giải quyết dứt điểm.", null, "UBND xã Tân Phú");
            case ANSWER -> new Decision(kind, "UBND xã đã thay bóng đèn ngày 20/11/2026.", null, null);
        };
    }

    /** Forwarding to a unit of this system: the case moves there. */
    static Decision forwardInside() {
        return new Decision(DecisionKind.FORWARD, "Chuyển đơn đến đơn vị có thẩm quyền.", OTHER_UNIT.value(), null);
    }

    static CitizenCase decided(CitizenCase c, DecisionKind kind) {
        c.decide(decision(kind), TODAY, NOW, LEADER);
        return c;
    }

    static CitizenCase inHandling() {
        return decided(classifiedFeedback(), DecisionKind.ACCEPT);
    }

    static CitizenCase awaitingApproval() {
        CitizenCase c = classifiedFeedback();
        c.propose(decision(DecisionKind.ACCEPT), NOW, OFFICER);
        return c;
    }

    /** A complaint proposed for acceptance: its own procedure continues from here. */
    static CitizenCase acceptanceProposed() {
        return decided(classified(received(), ContentKind.COMPLAINT, Eligibility.ELIGIBLE, Competence.WITHIN),
                DecisionKind.ACCEPT);
    }

    static CitizenCase chased() {
        return decided(outsideCompetence(), DecisionKind.CHASE);
    }

    static CitizenCase answered() {
        return decided(inHandling(), DecisionKind.ANSWER);
    }

    static CitizenCase reviewRequested() {
        CitizenCase c = answered();
        c.rate(1, "Chưa giải quyết được", NOW);
        return c;
    }

    static CitizenCase grouped() {
        CitizenCase lead = classifiedFeedback();
        UUID group = UUID.randomUUID();
        lead.leadGroup(group);
        CitizenCase member = classifiedFeedback();
        member.joinGroup(group, lead, NOW, OFFICER);
        return member;
    }

    /** A case in the given state, reached the way a real case reaches it. */
    static CitizenCase in(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> received();
            case CLASSIFIED -> classifiedFeedback();
            case AWAITING_APPROVAL -> awaitingApproval();
            case IN_HANDLING -> inHandling();
            case ACCEPTANCE_PROPOSED -> acceptanceProposed();
            case CHASED -> chased();
            case GROUPED -> grouped();
            case ANSWERED -> answered();
            case REVIEW_REQUESTED -> reviewRequested();
            case GUIDED -> decided(outsideCompetence(), DecisionKind.GUIDE);
            case FORWARDED -> decided(outsideCompetence(), DecisionKind.FORWARD);
            case RETURNED -> decided(outsideCompetence(), DecisionKind.RETURN);
            case FILED -> decided(ineligible(), DecisionKind.FILE);
            case IN_PROCEEDING -> inProceeding(ProceedingActKind.KN_ACCEPT, null);
            case RESOLVED -> inProceeding(ProceedingActKind.KN_REFUSE, "UNSIGNED");
        };
    }

    /** A complaint proposed for acceptance, then accepted or refused by the head. */
    static CitizenCase inProceeding(ProceedingActKind step, String ground) {
        CitizenCase c = acceptanceProposed();
        c.act(ProceedingAct.of(step, "Căn cứ hồ sơ").withGround(ground),
                new ProceedingContext(TODAY, c.dueOn, (rule, start, flags) -> start.plusDays(30)), NOW, LEADER);
        return c;
    }
}
