package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.cases.Cases.NOW;
import static vn.lamchu.cases.Cases.OFFICER;
import static vn.lamchu.cases.Cases.TODAY;
import static vn.lamchu.rules.FakeRuleCatalog.rule;
import static vn.lamchu.rules.FakeRuleCatalog.version;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lamchu.rules.FakeRuleCatalog;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.Rule;
import vn.lamchu.rules.RuleArea;

/**
 * Which deadline runs for a case in which state (RULEBOOK §15.1, §2.3, §5.3), over a fake rule catalog holding the
 * terms of the seeded rules and the Vietnamese working calendar. Every letter here arrives on Monday 7 December 2026;
 * counting starts the next day (Bộ luật Dân sự 2015, Điều 147), and 1 January 2027 is a public holiday.
 */
class CaseDeadlinesTests {

    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final CaseCategory REGULATIONS = new CaseCategory("QUY_DINH_HANH_CHINH", "Quy định hành chính",
            "Administrative regulations", true, null, 110, true);
    private static final CaseCategory ROADS_IN_20_DAYS = new CaseCategory("HA_TANG", "Giao thông, hạ tầng",
            "Roads", false, 20, 60, true);

    private final CaseDeadlines deadlines = new CaseDeadlines(FakeRuleCatalog.of(List.of(
            rule(CaseDeadlines.TC_INIT, RuleArea.DENUNCIATION, 7, PeriodUnit.WORKING_DAYS, LocalDate.of(2019, 1, 1),
                    "Luật Tố cáo 2018, Điều 24 khoản 1"),
            new Rule(CaseDeadlines.KN_ACCEPT, RuleArea.COMPLAINT, "", "", "", "", null, null, List.of(
                    version(CaseDeadlines.KN_ACCEPT, 1, LocalDate.of(2012, 7, 1), LocalDate.of(2026, 7, 1), 10,
                            PeriodUnit.CALENDAR_DAYS, "Luật Khiếu nại 2011, Điều 27"),
                    version(CaseDeadlines.KN_ACCEPT, 2, LocalDate.of(2026, 7, 1), null, 7, PeriodUnit.WORKING_DAYS,
                            "Nghị định 155/2026/NĐ-CP"))),
            rule(CaseDeadlines.TCD_28, RuleArea.RECEPTION, 10, PeriodUnit.WORKING_DAYS, LocalDate.of(2014, 7, 1),
                    "Luật Tiếp công dân 2013, Điều 28 khoản 1"),
            rule(CaseDeadlines.PAKN_FWD, RuleArea.FEEDBACK, 5, PeriodUnit.WORKING_DAYS, LocalDate.of(2008, 3, 3),
                    "Nghị định 20/2008/NĐ-CP, Điều 9"),
            rule(CaseDeadlines.XLD_HANDLE, RuleArea.RECEPTION, 10, PeriodUnit.WORKING_DAYS, FROM,
                    "Thông tư 05/2021/TT-TTCP"),
            rule(CaseDeadlines.PAKN_ANSWER, RuleArea.FEEDBACK, 15, PeriodUnit.WORKING_DAYS, FROM,
                    "Nghị định 20/2008/NĐ-CP; quy chế của địa phương"),
            rule(CaseDeadlines.KN_TC_ARCHIVE, RuleArea.RECORDS, 1, PeriodUnit.YEARS, LocalDate.of(2014, 12, 15),
                    "Thông tư 07/2014/TT-TTCP, Điều 28 khoản 2"))));

    /** Thông tư 07/2014/TT-TTCP, Điều 28 khoản 2: a filed letter is kept one year (rule KN-TC-archive). */
    @Test
    void aFiledLetterIsKeptOneYearUnderKnTcArchiveArticle28() {
        CitizenCase c = Cases.received();
        Cases.classified(c, ContentKind.FEEDBACK, Eligibility.NOT_ELIGIBLE, Competence.WITHIN);
        c.decide(new Decision(DecisionKind.FILE, "Đơn không ghi địa chỉ, không ký tên.", null, null),
                LocalDate.of(2026, 12, 14), NOW, OFFICER);
        deadlines.recompute(c, null);
        assertThat(c.dueOn()).isNull();
        assertThat(c.retainUntil()).isEqualTo(LocalDate.of(2027, 12, 14));
    }

    private static CitizenCase letter(Channel channel, ContentKind kind) {
        return Cases.received(channel, channel == Channel.FORWARDED ? Cases.DEPUTY : null, kind);
    }

    private void assertDue(CitizenCase c, CaseCategory category, String rule, LocalDate due) {
        deadlines.recompute(c, category);
        assertThat(c.dueRule()).isEqualTo(rule);
        assertThat(c.dueOn()).isEqualTo(due);
    }

    /** Luật Tố cáo 2018, Điều 24 khoản 1: a denunciation is processed within 7 working days (rule TC-init). */
    @Test
    void aDenunciationIsProcessedWithinSevenWorkingDaysTcInitArticle24() {
        assertDue(letter(Channel.POST, ContentKind.DENUNCIATION), null, "TC-init", LocalDate.of(2026, 12, 16));
    }

    /**
     * Luật Khiếu nại 2011, Điều 27 (10 days), from 1/7/2026 Nghị định 155/2026/NĐ-CP (7 working days): a complaint is
     * accepted or refused within the KN-accept term, also after it was proposed for acceptance.
     */
    @Test
    void aComplaintIsAcceptedWithinTheKnAcceptTermArticle27EvenWhenProposedForAcceptance() {
        CitizenCase complaint = letter(Channel.RECEPTION, ContentKind.COMPLAINT);
        assertDue(complaint, null, "KN-accept", LocalDate.of(2026, 12, 16));
        Cases.classified(complaint, ContentKind.COMPLAINT, Eligibility.ELIGIBLE, Competence.WITHIN);
        Cases.decided(complaint, DecisionKind.ACCEPT);
        assertThat(complaint.status()).isEqualTo(CaseStatus.ACCEPTANCE_PROPOSED);
        assertDue(complaint, null, "KN-accept", LocalDate.of(2026, 12, 16));
    }

    /** Luật Tiếp công dân 2013, Điều 28: a citizen met in person is told the outcome within 10 working days. */
    @Test
    void feedbackGivenInPersonIsAnsweredUnderTcd28Article28() {
        assertDue(letter(Channel.RECEPTION, ContentKind.FEEDBACK), null, "TCD-28", LocalDate.of(2026, 12, 21));
        assertDue(letter(Channel.VOTER_MEETING, ContentKind.RECOMMENDATION), null, "TCD-28", LocalDate.of(2026, 12, 21));
        assertDue(letter(Channel.DIALOGUE, ContentKind.FEEDBACK), null, "TCD-28", LocalDate.of(2026, 12, 21));
    }

    /** Nghị định 20/2008/NĐ-CP, Điều 9: feedback on regulations outside competence is forwarded within 5 working days. */
    @Test
    void regulationFeedbackOutsideCompetenceIsForwardedUnderPaknFwdArticle9() {
        CitizenCase c = Cases.classified(letter(Channel.WEB, ContentKind.FEEDBACK), ContentKind.FEEDBACK,
                Eligibility.ELIGIBLE, Competence.OUTSIDE);
        assertDue(c, REGULATIONS, "PAKN-fwd", LocalDate.of(2026, 12, 14));
        CitizenCase inPerson = Cases.classified(letter(Channel.RECEPTION, ContentKind.FEEDBACK), ContentKind.FEEDBACK,
                Eligibility.ELIGIBLE, Competence.OUTSIDE);
        assertDue(inPerson, REGULATIONS, "PAKN-fwd", LocalDate.of(2026, 12, 14));
    }

    /** Thông tư 05/2021/TT-TTCP (unconfirmed, RULEBOOK §16 item 1): any other letter is handled in 10 working days. */
    @Test
    void anyOtherLetterIsHandledUnderXldHandle() {
        assertDue(letter(Channel.POST, ContentKind.FEEDBACK), null, "XLD-handle", LocalDate.of(2026, 12, 21));
        CitizenCase within = Cases.classified(letter(Channel.WEB, ContentKind.FEEDBACK), ContentKind.FEEDBACK,
                Eligibility.ELIGIBLE, Competence.WITHIN);
        assertDue(within, REGULATIONS, "XLD-handle", LocalDate.of(2026, 12, 21));
        assertDue(letter(Channel.FORWARDED, ContentKind.MIXED), null, "XLD-handle", LocalDate.of(2026, 12, 21));
    }

    @Test
    void aProposalWaitingForTheLeaderKeepsTheDeadlineOfTheStateItCameFrom() {
        CitizenCase c = Cases.awaitingApproval();
        assertDue(c, null, "XLD-handle", LocalDate.of(2026, 12, 21));
    }

    /** RULEBOOK §5.3: feedback taken up is answered under PAKN-answer (15 working days), counted from taking it up. */
    @Test
    void feedbackTakenUpIsAnsweredUnderPaknAnswerFromTheDayItWasTakenUp() {
        CitizenCase c = Cases.classifiedFeedback();
        c.decide(Cases.decision(DecisionKind.ACCEPT), TODAY.plusDays(1), NOW, OFFICER);
        assertDue(c, null, "PAKN-answer", LocalDate.of(2026, 12, 29));
    }

    /** RULEBOOK §5.3: the deadline is configurable per category; 20 working days here, over the New Year holiday. */
    @Test
    void aCategoryWithItsOwnDaysSetsTheAnswerDeadline() {
        assertDue(Cases.inHandling(), ROADS_IN_20_DAYS, "PAKN-answer", LocalDate.of(2027, 1, 5));
    }

    @Test
    void forwardingInsideTheSystemStartsTheNewUnitsClockOnTheDayItArrives() {
        CitizenCase c = Cases.inHandling();
        c.decide(Cases.forwardInside(), LocalDate.of(2026, 12, 14), NOW, OFFICER);
        assertDue(c, null, "XLD-handle", LocalDate.of(2026, 12, 28));
    }

    @Test
    void noDeadlineRunsForAClosedCaseOneWaitingOnALowerBodyOrAGroupMember() {
        for (CaseStatus status : List.of(CaseStatus.ANSWERED, CaseStatus.GUIDED, CaseStatus.FORWARDED,
                CaseStatus.RETURNED, CaseStatus.FILED, CaseStatus.CHASED, CaseStatus.GROUPED,
                CaseStatus.REVIEW_REQUESTED)) {
            CitizenCase c = Cases.in(status);
            c.due(TODAY, "XLD-handle");
            assertDue(c, null, null, null);
        }
    }

    @Test
    void aNewDeadlineStartsTheWatchAgain() {
        CitizenCase c = Cases.received();
        deadlines.recompute(c, null);
        c.watch = WatchState.OVERDUE;
        deadlines.recompute(c, null);
        assertThat(c.watch()).as("the same deadline: the watch stands").isEqualTo(WatchState.OVERDUE);
        Cases.classified(c, ContentKind.FEEDBACK, Eligibility.ELIGIBLE, Competence.WITHIN);
        Cases.decided(c, DecisionKind.ACCEPT);
        deadlines.recompute(c, null);
        assertThat(c.watch()).isEqualTo(WatchState.NORMAL);
    }
}
