package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lamchu.cases.ProceedingActKind.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lamchu.rules.VariantFlag;
import vn.lamchu.shared.DomainException;

/**
 * The complaint and denunciation procedures (issue #5 item 8): every step in every stage of both procedures, legal or
 * refused with a 409, and the rules each step checks (Luật Khiếu nại 2011; Luật Tố cáo 2018; RULEBOOK §3, §4, §15.2).
 * Time limits come from a fake calendar here (calendar days); the real rules are exercised in the integration tests.
 */
class ProceedingTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    static final UUID SUPERIOR = UUID.randomUUID();

    /** Calendar-day terms of the rules the steps consult, as seeded (V2_0_1, V3_5_0). */
    static LocalDate fakeDue(String rule, LocalDate start, Set<VariantFlag> flags) {
        return switch (rule) {
            case "KN-limit" -> start.plusDays(90);
            case "KN-disc" -> start.plusDays(flags.contains(VariantFlag.DISMISSAL) ? 30
                    : flags.contains(VariantFlag.SECOND) ? 10 : 15);
            case "KN-appeal", "KN-final" -> start.plusDays(flags.contains(VariantFlag.REMOTE) ? 45 : 30);
            case "KN-dialogue" -> start.minusDays(5);
            default -> start.plusDays(30);
        };
    }

    /** A proceeding with a clock the test moves. */
    static final class Run {
        final Proceeding p;
        final Signatories signatories;
        LocalDate today = DAY;
        LocalDate currentDue = DAY.plusDays(30);

        Run(ProceedingKind kind, Signatories signatories) {
            this.p = Proceeding.start(kind, DAY);
            this.signatories = signatories;
        }

        Run take(ProceedingAct act) {
            p.apply(act, signatories, ctx());
            return this;
        }

        Run take(ProceedingActKind kind, String text) {
            return take(ProceedingAct.of(kind, text));
        }

        Run at(LocalDate day) {
            today = day;
            return this;
        }

        ProceedingContext ctx() {
            return new ProceedingContext(today, currentDue, ProceedingTests::fakeDue);
        }
    }

    static Run complaint() {
        return new Run(ProceedingKind.COMPLAINT, Signatories.ONE);
    }

    static Run denunciation() {
        return new Run(ProceedingKind.DENUNCIATION, Signatories.ONE);
    }

    static Run verifyingComplaint() {
        return complaint().take(KN_ACCEPT, null);
    }

    static Run complaintInDialogue() {
        return verifyingComplaint().take(ProceedingAct.of(VERIFY, "Đo đạc lại thửa đất").withMatches(false));
    }

    static Run complaintVerified() {
        Run r = complaintInDialogue();
        r.take(ProceedingAct.of(SCHEDULE_DIALOGUE, null).withDate(DAY.plusDays(10)).withPlace("Trụ sở UBND xã"));
        return r.at(DAY.plusDays(10)).take(ProceedingAct.of(HOLD_DIALOGUE, "Hai bên giữ ý kiến").withAttended(true));
    }

    static Run complaintDecided() {
        return complaintVerified().take(ProceedingAct.of(KN_DECIDE, "Giữ nguyên quyết định số 12/QĐ-UBND")
                .withResult("REJECTED"));
    }

    static Run complaintSent() {
        return complaintDecided().take(SEND_DECISION, null);
    }

    static Run complaintFinal() {
        Run r = complaintSent();
        return r.at(r.today.plusDays(31)).take(BECOME_FINAL, null);
    }

    static Run denunciationVerifying() {
        return denunciation().take(TC_ACCEPT, null);
    }

    static Run denunciationVerified() {
        return denunciationVerifying().take(VERIFY, "Xác minh tại 2 địa điểm");
    }

    static Run denunciationConcluded() {
        return denunciationVerified().take(ProceedingAct.of(CONCLUDE, "Kiểm điểm, rút kinh nghiệm").withResult("PARTLY_TRUE"));
    }

    static Run denunciationResolved() {
        return denunciationConcluded().take(SEND_DECISION, null).take(ACT_ON_CONCLUSION, "Khiển trách")
                .take(ProceedingAct.of(PUBLISH_DECISION, null).withPlace("Niêm yết tại trụ sở"));
    }

    /** Every stage both procedures can reach, reached the way a real case reaches it. */
    static Stream<Arguments> stages() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("complaint awaiting acceptance", (Supplier<Run>) ProceedingTests::complaint));
        out.add(Arguments.of("complaint not accepted", (Supplier<Run>) () -> complaint()
                .take(ProceedingAct.of(KN_REFUSE, null).withGround("UNSIGNED"))));
        out.add(Arguments.of("complaint verifying", (Supplier<Run>) ProceedingTests::verifyingComplaint));
        out.add(Arguments.of("complaint dialogue", (Supplier<Run>) ProceedingTests::complaintInDialogue));
        out.add(Arguments.of("complaint verified", (Supplier<Run>) ProceedingTests::complaintVerified));
        out.add(Arguments.of("complaint decided", (Supplier<Run>) ProceedingTests::complaintDecided));
        out.add(Arguments.of("complaint sent", (Supplier<Run>) ProceedingTests::complaintSent));
        out.add(Arguments.of("complaint final", (Supplier<Run>) ProceedingTests::complaintFinal));
        out.add(Arguments.of("complaint enforced", (Supplier<Run>) () -> complaintFinal().take(ENFORCE, "Đã thi hành")));
        out.add(Arguments.of("complaint lawsuit", (Supplier<Run>) () -> complaintSent().take(LAWSUIT, null)));
        out.add(Arguments.of("complaint suspended", (Supplier<Run>) () -> verifyingComplaint().take(SUSPEND, "Chờ giám định")));
        out.add(Arguments.of("complaint terminated", (Supplier<Run>) () -> verifyingComplaint().take(WITHDRAW, null)
                .take(ProceedingAct.of(TERMINATE, "Có đơn rút").withGround("WITHDRAWN"))));
        out.add(Arguments.of("second complaint awaiting acceptance", (Supplier<Run>) () -> complaintSent()
                .take(ProceedingAct.of(APPEAL, "Không đồng ý").withTarget(SUPERIOR))));
        out.add(Arguments.of("second complaint verifying", (Supplier<Run>) () -> complaintSent()
                .take(ProceedingAct.of(APPEAL, "Không đồng ý").withTarget(SUPERIOR)).take(KN_ACCEPT, null)));
        out.add(Arguments.of("denunciation initial processing", (Supplier<Run>) ProceedingTests::denunciation));
        out.add(Arguments.of("denunciation not accepted", (Supplier<Run>) () -> denunciation()
                .take(ProceedingAct.of(TC_REFUSE, null).withGround("NO_BASIS"))));
        out.add(Arguments.of("denunciation not processed", (Supplier<Run>) () -> denunciation()
                .take(ProceedingAct.of(NOT_PROCESS, null).withGround("SENT_TO_COMPETENT"))));
        out.add(Arguments.of("denunciation management check", (Supplier<Run>) () -> denunciation()
                .take(ProceedingAct.of(NOT_PROCESS, "Có hóa đơn kèm theo").withGround("ANONYMOUS").withManagementCheck(true))));
        out.add(Arguments.of("denunciation verifying", (Supplier<Run>) ProceedingTests::denunciationVerifying));
        out.add(Arguments.of("denunciation verified", (Supplier<Run>) ProceedingTests::denunciationVerified));
        out.add(Arguments.of("denunciation concluded", (Supplier<Run>) ProceedingTests::denunciationConcluded));
        out.add(Arguments.of("denunciation resolved", (Supplier<Run>) ProceedingTests::denunciationResolved));
        out.add(Arguments.of("further denunciation", (Supplier<Run>) () -> denunciationResolved()
                .take(ProceedingAct.of(FURTHER, "Kết luận chưa khách quan").withTarget(SUPERIOR))));
        out.add(Arguments.of("denunciation suspended", (Supplier<Run>) () -> denunciationVerifying().take(SUSPEND, "Chờ kết quả của cơ quan khác")));
        out.add(Arguments.of("denunciation terminated", (Supplier<Run>) () -> denunciationVerifying()
                .take(ProceedingAct.of(TERMINATE, "Người bị tố cáo đã chết").withGround("ACCUSED_DIED"))));
        return out.stream();
    }

    static Stream<Arguments> everyStageAndStep() {
        return stages().flatMap(a -> Arrays.stream(ProceedingActKind.values())
                .map(k -> Arguments.of(a.get()[0], a.get()[1], k)));
    }

    /** A step of any kind with every field a step can need. */
    static ProceedingAct full(ProceedingActKind kind, Proceeding p) {
        String ground = switch (kind) {
            case KN_REFUSE -> "UNSIGNED";
            case TC_REFUSE -> "NO_BASIS";
            case NOT_PROCESS -> "ANONYMOUS";
            default -> p.kind == ProceedingKind.COMPLAINT ? "COMPLAINANT_DIED" : "ACCUSED_DIED";
        };
        String result = p.kind == ProceedingKind.COMPLAINT ? "PARTLY_UPHELD" : "TRUE";
        return new ProceedingAct(kind, "Nội dung của bước", result, ground, DAY.plusDays(40), "Trụ sở UBND xã",
                SUPERIOR, true, null, null, null, null, null, true, true, null, null);
    }

    @ParameterizedTest(name = "{2} in {0}")
    @MethodSource("everyStageAndStep")
    void aStepIsOpenExactlyInTheStagesTheLawAllowsAndRefusedWith409Elsewhere(String name, Supplier<Run> reach,
                                                                             ProceedingActKind kind) {
        Run r = reach.get();
        ProceedingStage before = r.p.stage();
        boolean open = r.p.options().contains(kind);
        r.at(r.today.plusDays(60)); // late enough for every "not yet" check
        r.currentDue = r.today.minusDays(1);
        try {
            r.p.apply(full(kind, r.p), r.signatories, r.ctx());
            assertThat(open).as("a step taken must be one the stage offers").isTrue();
        } catch (DomainException e) {
            if (open) {
                assertThat(e.messageKey()).as("an offered step may fail only on its own conditions")
                        .isNotIn("cases.proceeding.error.illegalStep", "cases.proceeding.error.wrongKind");
            } else {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                assertThat(e.messageKey()).isIn("cases.proceeding.error.illegalStep", "cases.proceeding.error.wrongKind");
                assertThat(r.p.stage()).as("a refused step changes nothing").isEqualTo(before);
            }
        }
    }

    @Test
    void closedStagesOfferNothingButAFurtherDenunciationAfterAResolvedOne() {
        assertThat(complaint().take(ProceedingAct.of(KN_REFUSE, null).withGround("UNSIGNED")).p.options()).isEmpty();
        assertThat(denunciationResolved().p.options()).containsExactly(FURTHER);
    }

    /** Luật Khiếu nại 2011, Điều 11: refusing names one of the nine grounds. */
    @Test
    void refusingAComplaintNeedsAGroundOfArticle11() {
        assertThatThrownBy(() -> complaint().take(KN_REFUSE, "Không rõ"))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.ComplaintRefusal");
        Run r = complaint().take(ProceedingAct.of(KN_REFUSE, null).withGround("time_limit_expired"));
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.NOT_ACCEPTED);
        assertThat(r.p.refusalGround()).isEqualTo("TIME_LIMIT_EXPIRED");
        assertThat(ProceedingWording.groundSource("TIME_LIMIT_EXPIRED")).isEqualTo("Luật Khiếu nại 2011, Điều 11 khoản 6");
    }

    /** Luật Khiếu nại 2011, Điều 9 and Điều 11 khoản 6: a complaint 90 days after learning of the decision is late. */
    @Test
    void aComplaintAfterNinetyDaysIsNotAcceptedUnlessAnObstacleIsRecorded() {
        ProceedingAct late = ProceedingAct.of(KN_ACCEPT, null).withDate(DAY.minusDays(91));
        assertThatThrownBy(() -> complaint().take(late)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.limitExpired");
        assertThat(complaint().take(late.withObstacle("Nằm viện 20 ngày")).p.stage()).isEqualTo(ProceedingStage.VERIFYING);
        assertThat(complaint().take(ProceedingAct.of(KN_ACCEPT, null).withDate(DAY.minusDays(90))).p.stage())
                .isEqualTo(ProceedingStage.VERIFYING);
    }

    /** Luật Khiếu nại 2011, Điều 48: a complaint against a discipline decision has 15 days. */
    @Test
    void aDisciplineComplaintHasFifteenDays() {
        ProceedingAct act = ProceedingAct.of(KN_ACCEPT, null).withDate(DAY.minusDays(16)).withDiscipline(true, false);
        assertThatThrownBy(() -> complaint().take(act)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.limitExpired");
        Run r = complaint().take(act.withDate(DAY.minusDays(15)));
        assertThat(r.p.discipline()).isTrue();
    }

    /** Luật Khiếu nại 2011, Điều 30: no dialogue is needed when the findings meet the request (first instance). */
    @Test
    void findingsThatMeetTheRequestNeedNoDialogueInFirstInstance() {
        Run r = verifyingComplaint().take(ProceedingAct.of(VERIFY, "Đúng như đơn").withMatches(true));
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.VERIFIED);
        assertThat(r.p.dialogueRequired()).isFalse();
        assertThat(r.p.options()).contains(KN_DECIDE);
    }

    /** Luật Khiếu nại 2011, Điều 30: when they differ, the decision waits for the dialogue. */
    @Test
    void findingsThatDifferFromTheRequestRequireADialogueBeforeTheDecision() {
        Run r = complaintInDialogue();
        assertThat(r.p.dialogueRequired()).isTrue();
        assertThat(r.p.options()).doesNotContain(KN_DECIDE, HOLD_DIALOGUE).contains(SCHEDULE_DIALOGUE);
        assertThatThrownBy(() -> r.take(ProceedingAct.of(KN_DECIDE, "x").withResult("REJECTED")))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.illegalStep");
    }

    /** Nghị định 155/2026/NĐ-CP, Điều 28 [U]: the parties are invited at least 5 days before. */
    @Test
    void aDialogueIsNotifiedAtLeastFiveDaysBefore() {
        ProceedingAct tooSoon = ProceedingAct.of(SCHEDULE_DIALOGUE, null).withDate(DAY.plusDays(4)).withPlace("UBND xã");
        assertThatThrownBy(() -> complaintInDialogue().take(tooSoon)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.dialogueNotice");
        Run r = complaintInDialogue().take(tooSoon.withDate(DAY.plusDays(5)));
        assertThat(r.p.dialogueOn()).isEqualTo(DAY.plusDays(5));
        assertThatThrownBy(() -> r.take(ProceedingAct.of(HOLD_DIALOGUE, "Sớm").withAttended(true)))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.dialogueNotYet");
    }

    /** Luật Khiếu nại 2011, Điều 39 (Nghị định 155/2026/NĐ-CP, Điều 28 khoản 2 [U]): second instance, always a dialogue. */
    @Test
    void aSecondInstanceAlwaysHasADialogue() {
        Run r = complaintSent().take(ProceedingAct.of(APPEAL, "Không đồng ý").withTarget(SUPERIOR)).take(KN_ACCEPT, null)
                .take(ProceedingAct.of(VERIFY, "Đúng như đơn").withMatches(true));
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.DIALOGUE);
        assertThat(r.p.instance()).isEqualTo(2);
        assertThat(r.p.earlier()).singleElement().satisfies(e -> {
            assertThat(e.instance()).isEqualTo(1);
            assertThat(e.result()).isEqualTo("REJECTED");
        });
    }

    /** Luật Khiếu nại 2011, Điều 33: a second complaint within 30 days of the first decision, 45 in remote areas. */
    @Test
    void aSecondComplaintIsOpenThirtyDaysAfterTheDecisionAndFortyFiveInRemoteAreas() {
        Run late = complaintSent();
        late.at(late.today.plusDays(31));
        assertThatThrownBy(() -> late.take(ProceedingAct.of(APPEAL, "x").withTarget(SUPERIOR)))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.appealTooLate");
        Run remote = verifyingComplaint().take(ProceedingAct.of(SET_COMPLEXITY, "Xã đặc biệt khó khăn").withFlags(null, null, true, null));
        remote.take(ProceedingAct.of(VERIFY, "Đúng").withMatches(true))
                .take(ProceedingAct.of(KN_DECIDE, "Hủy quyết định").withResult("UPHELD")).take(SEND_DECISION, null);
        remote.at(remote.today.plusDays(44));
        UUID moved = remote.p.apply(ProceedingAct.of(APPEAL, "x").withTarget(SUPERIOR), Signatories.ONE, remote.ctx());
        assertThat(moved).isEqualTo(SUPERIOR);
    }

    /** Luật Khiếu nại 2011, Điều 33: unanswered by the deadline, the complainant may go to the second instance. */
    @Test
    void aSecondComplaintIsOpenWhenTheFirstInstanceIsLate() {
        Run r = verifyingComplaint();
        assertThatThrownBy(() -> r.take(ProceedingAct.of(APPEAL, "Quá hạn").withTarget(SUPERIOR)))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.appealTooEarly");
        r.at(r.currentDue.plusDays(1)).take(ProceedingAct.of(APPEAL, "Quá hạn").withTarget(SUPERIOR));
        assertThat(r.p.instance()).isEqualTo(2);
    }

    /** Luật Khiếu nại 2011, Điều 44: final only once the window for a second complaint has passed. */
    @Test
    void aDecisionBecomesFinalOnlyAfterThirtyDays() {
        Run r = complaintSent();
        r.at(r.p.decidedOn().plusDays(30));
        assertThatThrownBy(() -> r.take(BECOME_FINAL, null)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.notFinalYet");
        r.at(r.p.decidedOn().plusDays(31)).take(BECOME_FINAL, null);
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.FINAL);
    }

    /** Luật Khiếu nại 2011, Điều 41 khoản 2: only second-instance decisions are published. */
    @Test
    void onlyASecondInstanceDecisionIsPublished() {
        assertThat(complaintSent().p.options()).doesNotContain(PUBLISH_DECISION);
        Run second = complaintSent().take(ProceedingAct.of(APPEAL, "x").withTarget(SUPERIOR)).take(KN_ACCEPT, null)
                .take(ProceedingAct.of(VERIFY, "Đúng").withMatches(true));
        second.take(ProceedingAct.of(SCHEDULE_DIALOGUE, null).withDate(second.today.plusDays(6)).withPlace("UBND tỉnh"));
        second.at(second.today.plusDays(6)).take(ProceedingAct.of(HOLD_DIALOGUE, "Thống nhất").withAttended(false))
                .take(ProceedingAct.of(KN_DECIDE, "Công nhận").withResult("UPHELD")).take(SEND_DECISION, null);
        assertThat(second.p.options()).contains(PUBLISH_DECISION);
        second.take(ProceedingAct.of(PUBLISH_DECISION, null).withPlace("Cổng thông tin điện tử tỉnh"));
        assertThat(second.p.publishedOn()).isEqualTo(second.today);
    }

    /** Luật Tố cáo 2018, Điều 25 khoản 1: an anonymous letter is not accepted as a denunciation. */
    @Test
    void anAnonymousDenunciationCannotBeAcceptedOnlyNotProcessedOrChecked() {
        Run anonymous = new Run(ProceedingKind.DENUNCIATION, Signatories.ANONYMOUS);
        assertThatThrownBy(() -> anonymous.take(TC_ACCEPT, null)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.anonymousDenunciation");
        anonymous.take(ProceedingAct.of(NOT_PROCESS, "Có chứng từ cụ thể").withGround("ANONYMOUS").withManagementCheck(true));
        assertThat(anonymous.p.stage()).isEqualTo(ProceedingStage.MANAGEMENT_CHECK);
        anonymous.take(FINISH_CHECK, "Đã kiểm tra, chấn chỉnh");
        assertThat(anonymous.p.stage()).isEqualTo(ProceedingStage.NOT_PROCESSED);
    }

    /** Luật Tố cáo 2018, Điều 25 khoản 2: a management check is for anonymous or irregular information only. */
    @Test
    void aManagementCheckIsRefusedForOtherReasonsNotToProcess() {
        assertThatThrownBy(() -> denunciation().take(ProceedingAct.of(NOT_PROCESS, "x").withGround("IGNORED_GUIDANCE")
                .withManagementCheck(true))).hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.checkNotAllowed");
    }

    /** Luật Tố cáo 2018, Điều 30: no extension for an ordinary case, one for a complex one, two for a very complex one. */
    @Test
    void extensionsFollowTheComplexity() {
        assertThatThrownBy(() -> denunciationVerifying().take(EXTEND, "x")).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.extendNotComplex");
        Run complex = denunciationVerifying().take(ProceedingAct.of(SET_COMPLEXITY, "Hai nội dung").withFlags(true, null, null, null));
        complex.take(EXTEND, "Gia hạn lần 1");
        assertThatThrownBy(() -> complex.take(EXTEND, "x")).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.extendNoMore");
        Run very = denunciationVerifying().take(ProceedingAct.of(SET_COMPLEXITY, "Nhiều nơi, nhiều nội dung")
                .withFlags(null, true, null, null));
        very.take(EXTEND, "1").take(EXTEND, "2");
        assertThat(very.p.extensions()).isEqualTo(2);
        assertThat(very.p.resolutionFlags()).containsExactly(VariantFlag.VERY_COMPLEX);
        assertThatThrownBy(() -> very.take(ProceedingAct.of(SET_COMPLEXITY, "Bớt").withFlags(false, false, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.extensionsExceed");
    }

    /** Luật Tố cáo 2018, Điều 30: an extension is decided before the deadline passes. */
    @Test
    void anExtensionAfterTheDeadlineIsRefused() {
        Run r = denunciationVerifying().take(ProceedingAct.of(SET_COMPLEXITY, "Hai nội dung").withFlags(true, null, null, null));
        r.at(r.currentDue.plusDays(1));
        assertThatThrownBy(() -> r.take(EXTEND, "x")).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.extendLate");
    }

    /** Luật Tố cáo 2018, Điều 34 khoản 2: the suspended time is not counted. */
    @Test
    void aSuspensionIsRecordedAsAPeriodNotCounted() {
        Run r = denunciationVerifying().take(SUSPEND, "Chờ giám định");
        assertThat(r.p.options()).containsExactlyInAnyOrder(RESUME, TERMINATE);
        r.at(DAY.plusDays(10)).take(RESUME, "Đã có kết quả giám định");
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.VERIFYING);
        assertThat(r.p.suspensions()).containsExactly(new Proceeding.Period(DAY, DAY.plusDays(9)));
    }

    /** Luật Tố cáo 2018, Điều 35, 36, 40: resolved once the conclusion is sent, acted on and published, in any order. */
    @Test
    void aConclusionIsResolvedOnlyWhenSentActedOnAndPublished() {
        Run r = denunciationConcluded().take(ProceedingAct.of(PUBLISH_DECISION, null).withPlace("Cổng thông tin"));
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.CONCLUDED);
        r.take(ACT_ON_CONCLUSION, "Khiển trách");
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.CONCLUDED);
        r.take(SEND_DECISION, null);
        assertThat(r.p.stage()).isEqualTo(ProceedingStage.RESOLVED);
    }

    /** Luật Tố cáo 2018, Điều 37: a further denunciation goes to the superior, who refuses or resolves again. */
    @Test
    void aFurtherDenunciationLeadsToARefusalOrARe_resolution() {
        Run refused = denunciationResolved().take(ProceedingAct.of(FURTHER, "Chưa khách quan").withTarget(SUPERIOR))
                .take(REFUSE_RE_RESOLUTION, "Kết luận đúng pháp luật");
        assertThat(refused.p.stage()).isEqualTo(ProceedingStage.RESOLVED);
        Run again = denunciationResolved().take(ProceedingAct.of(FURTHER, "Bỏ sót chứng cứ").withTarget(SUPERIOR))
                .take(RE_RESOLVE, "Giải quyết lại do bỏ sót chứng cứ quan trọng");
        assertThat(again.p.stage()).isEqualTo(ProceedingStage.VERIFYING);
        assertThat(again.p.instance()).isEqualTo(2);
        assertThat(again.p.result()).isNull();
        assertThat(again.p.earlier()).singleElement().extracting(Proceeding.Earlier::result).isEqualTo("PARTLY_TRUE");
    }

    /** Luật Khiếu nại 2011, Điều 10; Luật Tố cáo 2018, Điều 33: terminating for withdrawal needs the withdrawal first. */
    @Test
    void terminationForWithdrawalNeedsTheWrittenWithdrawal() {
        ProceedingAct terminate = ProceedingAct.of(TERMINATE, "Rút đơn").withGround("WITHDRAWN");
        assertThatThrownBy(() -> verifyingComplaint().take(terminate)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.notWithdrawn");
        assertThat(verifyingComplaint().take(WITHDRAW, null).take(terminate).p.stage()).isEqualTo(ProceedingStage.TERMINATED);
        // a denunciation withdrawn may still be resolved (Điều 33 khoản 3): the withdrawal alone closes nothing
        assertThat(denunciationVerifying().take(WITHDRAW, "Rút").p.stage()).isEqualTo(ProceedingStage.VERIFYING);
        assertThatThrownBy(() -> verifyingComplaint().take(ProceedingAct.of(TERMINATE, "x").withGround("ACCUSED_DIED")))
                .hasFieldOrPropertyWithValue("messageKey", "cases.proceeding.error.groundNotForKind");
    }

    @Test
    void aStepOfTheOtherProcedureIsRefused() {
        assertThatThrownBy(() -> complaint().take(TC_ACCEPT, null)).hasFieldOrPropertyWithValue("messageKey",
                "cases.proceeding.error.wrongKind");
    }

    @Test
    void theProceedingSurvivesItsJsonRoundTrip() {
        Run r = complaintSent();
        tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Proceeding back = json.readValue(json.writeValueAsString(r.p), Proceeding.class);
        assertThat(back.stage()).isEqualTo(ProceedingStage.SENT);
        assertThat(back.result()).isEqualTo("REJECTED");
        assertThat(back.dialogueHeldOn()).isEqualTo(r.p.dialogueHeldOn());
        assertThat(back.options()).isEqualTo(r.p.options());
    }
}
