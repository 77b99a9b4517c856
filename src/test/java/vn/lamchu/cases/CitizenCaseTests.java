package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.lamchu.cases.Cases.LEADER;
import static vn.lamchu.cases.Cases.NOW;
import static vn.lamchu.cases.Cases.OFFICER;
import static vn.lamchu.cases.Cases.OTHER_UNIT;
import static vn.lamchu.cases.Cases.TODAY;
import static vn.lamchu.cases.Cases.UNIT;
import static vn.lamchu.cases.Cases.decision;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.DomainException.Kind;

/**
 * The rules of the case aggregate (issue #4 item 10): every step in every state, the approval loop, and the rules of
 * Thông tư 07/2014/TT-TTCP (RULEBOOK §2.3) and of the feedback procedure (RULEBOOK §5, §15.2) that a step checks.
 */
class CitizenCaseTests {

    /** Every step an office or a sender takes; {@code prepare} meets the step's conditions other than the state. */
    enum Step {
        CLASSIFY(c -> { }, c -> c.classify(Cases.classification(ContentKind.FEEDBACK, Eligibility.ELIGIBLE,
                Competence.WITHIN), NOW, OFFICER), CaseStatus.CLASSIFIED),
        ASSIGN(c -> { }, c -> c.assign(OFFICER.accountId(), OFFICER.displayName(), null, NOW, LEADER), null),
        PROPOSE_ACCEPT(Step::withinCompetence, c -> c.propose(decision(DecisionKind.ACCEPT), NOW, OFFICER),
                CaseStatus.AWAITING_APPROVAL),
        PROPOSE_ANSWER(c -> { }, c -> c.propose(decision(DecisionKind.ANSWER), NOW, OFFICER),
                CaseStatus.AWAITING_APPROVAL),
        SEND_BACK(c -> { }, c -> c.sendBack("Bổ sung căn cứ", NOW, LEADER), CaseStatus.CLASSIFIED),
        APPROVE(c -> { }, c -> c.approve(TODAY, NOW, LEADER), CaseStatus.IN_HANDLING),
        ACCEPT(Step::withinCompetence, decide(DecisionKind.ACCEPT), CaseStatus.IN_HANDLING),
        GUIDE(Step::outsideCompetence, decide(DecisionKind.GUIDE), CaseStatus.GUIDED),
        FORWARD(Step::outsideCompetence, decide(DecisionKind.FORWARD), CaseStatus.FORWARDED),
        RETURN(Step::outsideCompetence, decide(DecisionKind.RETURN), CaseStatus.RETURNED),
        FILE(c -> c.eligibility = Eligibility.NOT_ELIGIBLE, decide(DecisionKind.FILE), CaseStatus.FILED),
        CHASE(Step::outsideCompetence, decide(DecisionKind.CHASE), CaseStatus.CHASED),
        ANSWER(c -> { }, decide(DecisionKind.ANSWER), CaseStatus.ANSWERED),
        PUBLISH(c -> { }, c -> c.publish(false, TODAY, NOW, LEADER), CaseStatus.ANSWERED),
        RATE(c -> { }, c -> c.rate(4, "Cảm ơn", NOW), CaseStatus.ANSWERED),
        CONFIRM_ANSWER(c -> { }, c -> c.confirmAnswer("Câu trả lời đúng quy định", TODAY, NOW, LEADER),
                CaseStatus.ANSWERED),
        REOPEN(c -> { }, c -> c.reopen("Kiểm tra lại hiện trường", TODAY, NOW, LEADER), CaseStatus.IN_HANDLING),
        GROUP(c -> { }, c -> c.joinGroup(UUID.randomUUID(), Cases.classifiedFeedback(), NOW, OFFICER),
                CaseStatus.GROUPED);

        final Consumer<CitizenCase> prepare;
        final Consumer<CitizenCase> take;
        /** The state after the step; null: the state does not change. */
        final CaseStatus after;

        Step(Consumer<CitizenCase> prepare, Consumer<CitizenCase> take, CaseStatus after) {
            this.prepare = prepare;
            this.take = take;
            this.after = after;
        }

        static Consumer<CitizenCase> decide(DecisionKind kind) {
            return c -> c.decide(decision(kind), TODAY, NOW, LEADER);
        }

        static void withinCompetence(CitizenCase c) {
            c.eligibility = Eligibility.ELIGIBLE;
            c.competence = Competence.WITHIN;
        }

        static void outsideCompetence(CitizenCase c) {
            c.eligibility = Eligibility.ELIGIBLE;
            c.competence = Competence.OUTSIDE;
        }
    }

    /** The states in which each step is legal (RULEBOOK §15.2 "Letter" and "Feedback/recommendation"). */
    static Set<CaseStatus> legalIn(Step step) {
        return switch (step) {
            case CLASSIFY -> EnumSet.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED);
            case ASSIGN -> EnumSet.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED, CaseStatus.AWAITING_APPROVAL,
                    CaseStatus.IN_HANDLING, CaseStatus.ACCEPTANCE_PROPOSED, CaseStatus.CHASED, CaseStatus.IN_PROCEEDING,
                    CaseStatus.REVIEW_REQUESTED);
            case PROPOSE_ACCEPT, ACCEPT, GUIDE, RETURN, FILE, CHASE -> EnumSet.of(CaseStatus.CLASSIFIED);
            case PROPOSE_ANSWER, ANSWER -> EnumSet.of(CaseStatus.IN_HANDLING, CaseStatus.CHASED);
            case FORWARD -> EnumSet.of(CaseStatus.CLASSIFIED, CaseStatus.IN_HANDLING);
            case SEND_BACK, APPROVE -> EnumSet.of(CaseStatus.AWAITING_APPROVAL);
            case PUBLISH, RATE -> EnumSet.of(CaseStatus.ANSWERED);
            case CONFIRM_ANSWER, REOPEN -> EnumSet.of(CaseStatus.REVIEW_REQUESTED);
            // a complaint or denunciation in its legal procedure is resolved on its own (RULEBOOK §15.2)
            case GROUP -> EnumSet.of(CaseStatus.RECEIVED, CaseStatus.CLASSIFIED, CaseStatus.IN_HANDLING,
                    CaseStatus.CHASED, CaseStatus.REVIEW_REQUESTED);
        };
    }

    static Stream<Arguments> everyStateAndStep() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(status -> Arrays.stream(Step.values()).map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{1} in state {0}")
    @MethodSource("everyStateAndStep")
    void aStepIsTakenInTheStatesThatAllowItAndRefusedWith409InEveryOther(CaseStatus status, Step step) {
        CitizenCase c = Cases.in(status);
        assertThat(c.status()).isEqualTo(status);
        step.prepare.accept(c);
        int seq = c.lastSeq;
        if (legalIn(step).contains(status)) {
            step.take.accept(c);
            assertThat(c.status()).isEqualTo(step.after == null ? status : step.after);
            assertThat(c.lastSeq).as("a step is recorded on the timeline").isGreaterThan(seq);
        } else {
            assertRefused(() -> step.take.accept(c), Kind.CONFLICT, "cases.error.illegalStep");
            assertThat(c.status()).as("a refused step changes nothing").isEqualTo(status);
            assertThat(c.lastSeq).isEqualTo(seq);
        }
    }

    // ---- approval ------------------------------------------------------------------------------------------------

    @Test
    void aProposalSentBackIsProposedAgainAndApprovedByTheLeader() {
        CitizenCase c = Cases.classifiedFeedback();
        c.propose(decision(DecisionKind.ACCEPT), NOW, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        assertThat(c.pending().kind()).isEqualTo(DecisionKind.ACCEPT);

        c.sendBack("Nêu rõ đơn vị được giao kiểm tra", NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.CLASSIFIED);
        assertThat(c.pending()).isNull();

        c.propose(decision(DecisionKind.ACCEPT), NOW, OFFICER);
        Decision signed = c.approve(TODAY, NOW, LEADER);
        assertThat(signed.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_HANDLING);
        assertThat(c.outcome()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(c.takenUpOn()).isEqualTo(TODAY);
        assertThat(c.takeNewSteps()).extracting(CaseStep::action).containsExactly(CaseAction.RECEIVE,
                CaseAction.CLASSIFY, CaseAction.PROPOSE, CaseAction.SEND_BACK, CaseAction.PROPOSE, CaseAction.APPROVE,
                CaseAction.ACCEPT);
    }

    @Test
    void aProposalIsSentBackOnlyWithAReason() {
        CitizenCase c = Cases.awaitingApproval();
        assertRefused(() -> c.sendBack("  ", NOW, LEADER), Kind.INVALID, "cases.error.reasonRequired");
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void anAnswerProposedFromHandlingGoesBackToHandlingWhenSentBack() {
        CitizenCase c = Cases.inHandling();
        c.propose(decision(DecisionKind.ANSWER), NOW, OFFICER);
        c.sendBack("Trả lời chưa nêu thời gian khắc phục", NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_HANDLING);
        c.propose(decision(DecisionKind.ANSWER), NOW, OFFICER);
        c.approve(TODAY, NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(c.answer()).isEqualTo(decision(DecisionKind.ANSWER).text());
        assertThat(c.closedOn()).isEqualTo(TODAY);
    }

    // ---- Thông tư 07/2014/TT-TTCP ------------------------------------------------------------------------------

    /** Điều 6 khoản 2 điểm b, Điều 28: a writer guided once on the same content is not guided again; the letter is filed. */
    @Test
    void aWriterIsGuidedOnlyOnceAndTheRepeatedLetterIsFiled() {
        CitizenCase c = Cases.outsideCompetence();
        c.markRepeated(true, true);
        assertRefused(() -> c.decide(decision(DecisionKind.GUIDE), TODAY, NOW, LEADER), Kind.CONFLICT,
                "cases.error.guidedBefore");
        c.decide(decision(DecisionKind.FILE), TODAY, NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        assertThat(c.retainUntil()).as("kept one year").isEqualTo(TODAY.plusYears(1));
    }

    /** Điều 7 khoản 1: an eligible letter within competence is proposed for acceptance, not guided. */
    @Test
    void anEligibleLetterWithinCompetenceIsNotGuidedButAMixedOneIsGuidedToSplitIt() {
        assertRefused(() -> Cases.classifiedFeedback().decide(decision(DecisionKind.GUIDE), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.guideWithin");
        CitizenCase mixed = Cases.classified(Cases.received(), ContentKind.MIXED, Eligibility.ELIGIBLE,
                Competence.WITHIN);
        assertRefused(() -> mixed.decide(decision(DecisionKind.ACCEPT), TODAY, NOW, LEADER), Kind.CONFLICT,
                "cases.error.acceptMixed");
        mixed.decide(decision(DecisionKind.GUIDE), TODAY, NOW, LEADER);
        assertThat(mixed.status()).isEqualTo(CaseStatus.GUIDED);
    }

    /** Điều 7 khoản 1, Điều 9 khoản 1: only an eligible letter within competence is proposed for acceptance. */
    @Test
    void onlyAnEligibleLetterWithinCompetenceIsAccepted() {
        assertRefused(() -> Cases.ineligible().decide(decision(DecisionKind.ACCEPT), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.acceptIneligible");
        assertRefused(() -> Cases.outsideCompetence().decide(decision(DecisionKind.ACCEPT), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.acceptOutside");
        assertThat(Cases.acceptanceProposed().status()).as("a complaint goes on to its own procedure")
                .isEqualTo(CaseStatus.ACCEPTANCE_PROPOSED);
    }

    /** Điều 7 khoản 4, form 04-XLĐ: a letter is returned only to the body that forwarded it, and only if not ours. */
    @Test
    void onlyAForwardedLetterOutsideCompetenceIsReturned() {
        CitizenCase byPost = Cases.classified(Cases.receivedByPost(), ContentKind.FEEDBACK, Eligibility.ELIGIBLE,
                Competence.OUTSIDE);
        assertRefused(() -> byPost.decide(decision(DecisionKind.RETURN), TODAY, NOW, LEADER), Kind.CONFLICT,
                "cases.error.returnNotForwarded");
        assertRefused(() -> Cases.classifiedFeedback().decide(decision(DecisionKind.RETURN), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.returnWithin");
        CitizenCase returned = Cases.decided(Cases.outsideCompetence(), DecisionKind.RETURN);
        assertThat(returned.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(returned.closedOn()).isEqualTo(TODAY);
    }

    /** Điều 6 khoản 2, Điều 28: only a letter that is not eligible, repeats one, or was guided before is filed. */
    @Test
    void onlyAnIneligibleRepeatedOrGuidedLetterIsFiled() {
        assertRefused(() -> Cases.classifiedFeedback().decide(decision(DecisionKind.FILE), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.fileEligible");
        CitizenCase repeated = Cases.classifiedFeedback();
        repeated.markRepeated(true, false);
        assertThatCode(() -> repeated.decide(decision(DecisionKind.FILE), TODAY, NOW, LEADER)).doesNotThrowAnyException();
        CitizenCase guided = Cases.classifiedFeedback();
        guided.markRepeated(false, true);
        assertThatCode(() -> guided.decide(decision(DecisionKind.FILE), TODAY, NOW, LEADER)).doesNotThrowAnyException();
        assertThat(Cases.decided(Cases.ineligible(), DecisionKind.FILE).status()).isEqualTo(CaseStatus.FILED);
    }

    /** Điều 7 khoản 3; Luật Tiếp công dân 2013, Điều 26 khoản 1 điểm b: chasing is for a lower body's matter. */
    @Test
    void onlyAMatterOutsideCompetenceIsChasedAndTheLowerBodysResultIsAnswered() {
        assertRefused(() -> Cases.classifiedFeedback().decide(decision(DecisionKind.CHASE), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.chaseWithin");
        CitizenCase chased = Cases.chased();
        assertThat(chased.forwardedTo()).isEqualTo("UBND xã Tân Phú");
        Cases.decided(chased, DecisionKind.ANSWER);
        assertThat(chased.status()).isEqualTo(CaseStatus.ANSWERED);
    }

    // ---- forwarding ----------------------------------------------------------------------------------------------

    @Test
    void forwardingInsideTheSystemMovesTheCaseAndStartsItAgainAsReceived() {
        CitizenCase c = Cases.inHandling();
        c.assign(OFFICER.accountId(), OFFICER.displayName(), null, NOW, LEADER);
        c.decide(Cases.forwardInside(), TODAY.plusDays(2), NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.handlingUnit()).isEqualTo(OTHER_UNIT);
        assertThat(c.assigneeId()).isNull();
        assertThat(c.eligibility()).isNull();
        assertThat(c.competence()).isNull();
        assertThat(c.takenUpOn()).as("the new unit's clock starts on the day it gets the letter")
                .isEqualTo(TODAY.plusDays(2));
        assertThat(c.closedOn()).isNull();
        c.classify(Cases.classification(ContentKind.FEEDBACK, Eligibility.ELIGIBLE, Competence.WITHIN), NOW, OFFICER);
        assertThat(c.status()).isEqualTo(CaseStatus.CLASSIFIED);
    }

    @Test
    void forwardingOutsideTheSystemClosesTheCaseAndALetterWithinCompetenceIsNotForwarded() {
        CitizenCase c = Cases.decided(Cases.outsideCompetence(), DecisionKind.FORWARD);
        assertThat(c.status()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(c.handlingUnit()).isEqualTo(UNIT);
        assertThat(c.forwardedTo()).isEqualTo("Sở Tư pháp");
        assertThat(c.closedOn()).isEqualTo(TODAY);
        assertRefused(() -> Cases.classifiedFeedback().decide(decision(DecisionKind.FORWARD), TODAY, NOW, LEADER),
                Kind.CONFLICT, "cases.error.forwardWithin");
        CitizenCase toSelf = Cases.outsideCompetence();
        assertRefused(() -> toSelf.decide(new Decision(DecisionKind.FORWARD, "Chuyển", UNIT.value(), null), TODAY,
                NOW, LEADER), Kind.CONFLICT, "cases.error.forwardToSelf");
    }

    // ---- rating and review ---------------------------------------------------------------------------------------

    @Test
    void anAnswerIsRatedOnceAndOnlyOnceAnswered() {
        assertRefused(() -> Cases.inHandling().rate(5, null, NOW), Kind.CONFLICT, "cases.error.illegalStep");
        CitizenCase c = Cases.answered();
        assertRefused(() -> c.rate(0, null, NOW), Kind.INVALID, "cases.error.rating");
        assertRefused(() -> c.rate(6, null, NOW), Kind.INVALID, "cases.error.rating");
        c.rate(CitizenCase.POOR_RATING + 1, "Tạm được", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(c.rating()).isEqualTo(3);
        assertRefused(() -> c.rate(5, null, NOW), Kind.CONFLICT, "cases.error.illegalStep");
    }

    @Test
    void aPoorRatingSendsTheAnswerToTheLeaderWhoConfirmsIt() {
        CitizenCase c = Cases.answered();
        c.rate(CitizenCase.POOR_RATING, "Chưa giải quyết được", NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.REVIEW_REQUESTED);
        assertThat(c.closedOn()).as("open again for the leader").isNull();
        c.confirmAnswer("Câu trả lời đúng quy định", TODAY, NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(c.closedOn()).isEqualTo(TODAY);
        assertRefused(() -> c.rate(1, null, NOW), Kind.CONFLICT, "cases.error.illegalStep");
    }

    @Test
    void aPoorRatingSendsTheAnswerToTheLeaderWhoReopensItAndTheNewAnswerIsRatedAgain() {
        CitizenCase c = Cases.reviewRequested();
        assertRefused(() -> c.reopen(" ", TODAY, NOW, LEADER), Kind.INVALID, "cases.error.reasonRequired");
        c.reopen("Kiểm tra lại hiện trường", TODAY.plusDays(1), NOW, LEADER);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_HANDLING);
        assertThat(c.takenUpOn()).isEqualTo(TODAY.plusDays(1));
        c.decide(new Decision(DecisionKind.ANSWER, "Đã thay cả cột đèn.", null, null), TODAY.plusDays(3), NOW, LEADER);
        assertThat(c.rating()).as("the new answer is not rated yet").isNull();
        c.rate(5, null, NOW);
        assertThat(c.rating()).isEqualTo(5);
    }

    /**
     * Regression: an answer published once stayed "published", so the new answer after a poor rating and a reopening
     * could not be published: the leader's approval failed with 409 whenever publication was required (consent or
     * Nghị định 20/2008/NĐ-CP).
     */
    @Test
    void theNewAnswerAfterAReopeningIsPublishedAgain() {
        CitizenCase c = Cases.answered();
        c.publish(false, TODAY, NOW, LEADER);
        c.rate(1, null, NOW);
        c.reopen("Trả lời lại", TODAY, NOW, LEADER);
        c.decide(new Decision(DecisionKind.ANSWER, "Đã thay cả cột đèn.", null, null), TODAY.plusDays(3), NOW, LEADER);
        assertThat(c.publishedOn()).isNull();
        c.publish(false, TODAY.plusDays(3), NOW, LEADER);
        assertThat(c.publishedOn()).isEqualTo(TODAY.plusDays(3));
    }

    /** Nghị định 20/2008/NĐ-CP, Điều 19 (as amended): without the sender's consent only what the law requires. */
    @Test
    void anAnswerIsPublishedWithTheSendersConsentOrWhereTheLawRequiresIt() {
        CitizenCase withoutConsent = new CitizenCase(Cases.TENANT, new CaseId(UUID.randomUUID()), "2026-000002",
                Channel.WEB, null, TODAY, NOW, "Thủ tục cấp phép", "Thủ tục cấp phép xây dựng quá rườm rà.", false,
                false, null);
        withoutConsent.kind = ContentKind.FEEDBACK;
        withoutConsent.signatories = Signatories.ONE;
        withoutConsent.handlingUnit = UNIT;
        withoutConsent.receive(NOW, StepActor.PUBLIC);
        Cases.classified(withoutConsent, ContentKind.FEEDBACK, Eligibility.ELIGIBLE, Competence.WITHIN);
        Cases.decided(withoutConsent, DecisionKind.ACCEPT);
        Cases.decided(withoutConsent, DecisionKind.ANSWER);
        assertRefused(() -> withoutConsent.publish(false, TODAY, NOW, LEADER), Kind.CONFLICT,
                "cases.error.publishWithoutConsent");
        withoutConsent.publish(true, TODAY, NOW, LEADER);
        assertThat(withoutConsent.publishedOn()).isEqualTo(TODAY);
        assertRefused(() -> withoutConsent.publish(true, TODAY, NOW, LEADER), Kind.CONFLICT, "cases.error.illegalStep");
    }

    // ---- groups of duplicates ------------------------------------------------------------------------------------

    @Nested
    class AGroupOfDuplicates {

        final CitizenCase lead = Cases.inHandling();
        final UUID group = UUID.randomUUID();
        final List<CitizenCase> members = List.of(Cases.received(), Cases.classifiedFeedback());

        AGroupOfDuplicates() {
            lead.leadGroup(group);
            members.forEach(m -> m.joinGroup(group, lead, NOW, OFFICER));
        }

        @Test
        void membersWaitWithoutAnOfficerAndAreNotHandledThemselves() {
            assertThat(members).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(CaseStatus.GROUPED);
                assertThat(m.groupId()).isEqualTo(group);
                assertThat(m.assigneeId()).isNull();
            });
            assertRefused(() -> members.get(1).decide(decision(DecisionKind.ANSWER), TODAY, NOW, LEADER),
                    Kind.CONFLICT, "cases.error.illegalStep");
        }

        @Test
        void membersFollowTheLeadsAnswerOnceItIsFinal() {
            members.forEach(m -> m.followLead(lead, TODAY, NOW));
            assertThat(members).allSatisfy(m -> assertThat(m.status()).isEqualTo(CaseStatus.GROUPED));

            Cases.decided(lead, DecisionKind.ANSWER);
            members.forEach(m -> m.followLead(lead, TODAY, NOW));
            assertThat(members).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(CaseStatus.ANSWERED);
                assertThat(m.outcome()).isEqualTo(DecisionKind.ANSWER);
                assertThat(m.answer()).isEqualTo(lead.answer());
                assertThat(m.closedOn()).isEqualTo(TODAY);
                List<CaseStep> steps = m.takeNewSteps();
                CaseStep last = steps.get(steps.size() - 1);
                assertThat(last.action()).isEqualTo(CaseAction.FOLLOW_LEAD);
                assertThat(last.actor()).isEqualTo("system");
                assertThat(last.publicNote()).isEqualTo(lead.answer());
            });
        }

        @Test
        void aLeadThatIsAMemberOrClosedCannotLeadAGroup() {
            assertRefused(() -> members.get(0).leadGroup(UUID.randomUUID()), Kind.CONFLICT, "cases.error.illegalStep");
            assertRefused(() -> Cases.answered().leadGroup(UUID.randomUUID()), Kind.CONFLICT, "cases.error.illegalStep");
        }
    }

    // ---- moving between units ------------------------------------------------------------------------------------

    @Test
    void anOpenCaseMovesToAnotherUnitBackToItsPoolAndAClosedOneStays() {
        CitizenCase open = Cases.inHandling();
        open.assign(OFFICER.accountId(), OFFICER.displayName(), null, NOW, LEADER);
        open.moveTo(OTHER_UNIT, "Đơn vị sáp nhập", NOW, StepActor.SYSTEM);
        assertThat(open.handlingUnit()).isEqualTo(OTHER_UNIT);
        assertThat(open.assigneeId()).isNull();
        assertThat(open.status()).isEqualTo(CaseStatus.IN_HANDLING);
        CitizenCase closed = Cases.answered();
        closed.moveTo(OTHER_UNIT, "Đơn vị sáp nhập", NOW, StepActor.SYSTEM);
        assertThat(closed.handlingUnit()).isEqualTo(UNIT);
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, Kind kind, String key) {
        Throwable thrown = catchThrowable(step);
        assertThat(thrown).as("refused with " + key).isInstanceOf(DomainException.class);
        DomainException refused = (DomainException) thrown;
        assertThat(refused.messageKey()).isEqualTo(key);
        assertThat(refused.kind()).isEqualTo(kind);
    }
}
