package vn.lamchu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lamchu.rules.Confidence;
import vn.lamchu.rules.DeadlineCalculator;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.WorkingCalendars;
import vn.lamchu.shared.DomainException;

/**
 * Each supervision deadline with the values the migrations seed (V2_0_1, V4_2_1), over the Vietnamese calendar of
 * 2025–2027.
 */
class SupervisionDeadlinesTests {

    static final Map<String, Term> TERMS = Map.of(
            "MTTQ-notice", Term.atLeastBefore(15, PeriodUnit.CALENDAR_DAYS),
            "MTTQ-report-in", Term.atLeastBefore(7, PeriodUnit.CALENDAR_DAYS),
            "MTTQ-team-report", Term.within(15, PeriodUnit.CALENDAR_DAYS),
            "PBXH-draft", Term.atLeastBefore(15, PeriodUnit.CALENDAR_DAYS),
            "BTTND-plan", Term.atLeastBefore(5, PeriodUnit.WORKING_DAYS),
            "BTTND-reply", Term.within(15, PeriodUnit.CALENDAR_DAYS),
            "MTTQ-reply", Term.within(15, PeriodUnit.CALENDAR_DAYS));

    final SupervisionDeadlines deadlines = new SupervisionDeadlines(new DeadlineCalculator(WorkingCalendars.vietnam()),
            (id, date) -> new RuleVersion(id, 1, LocalDate.of(2016, 1, 1), null, Map.of(Set.of(), TERMS.get(id)),
                    "test", Confidence.VERIFIED, false, null));

    @Test
    void theFrontsNoticeReachesTheSupervisedBodyFifteenDaysBeforeTheSession_NQLT403_Art7() {
        // session Thursday 10/12/2026: 15 days before is Wednesday 25/11/2026
        LocalDate session = LocalDate.of(2026, 12, 10);
        assertThat(deadlines.noticeLatest(SupervisionBody.FRONT, session)).isEqualTo(LocalDate.of(2026, 11, 25));
        deadlines.checkNotice(SupervisionBody.FRONT, LocalDate.of(2026, 11, 25), session);
        assertThatThrownBy(() -> deadlines.checkNotice(SupervisionBody.FRONT, LocalDate.of(2026, 11, 26), session))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "supervision.error.noticeLate");
    }

    @Test
    void theSupervisedBodysReportArrivesSevenDaysBeforeTheSession_NQLT403_Art7() {
        assertThat(deadlines.reportLatest(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theTeamReportsWithinFifteenDaysOfTheSession_NQLT403_Art9() {
        // held Friday 4/12/2026 → Saturday 19/12 is a day off → Monday 21/12 (Bộ luật Dân sự Điều 148 khoản 5)
        assertThat(deadlines.teamReportDue(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(deadlines.teamReportDue(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void aDraftReachesTheFrontFifteenDaysBeforeItIsSubmitted_LuatMTTQ_Art36() {
        assertThat(deadlines.draftLatest(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theInspectionBoardSendsItsPlanFiveWorkingDaysBeforeStarting_ND59_Art14() {
        // start Monday 14/12/2026: five working days (8–14/12 counted back: 14, 11, 10, 9, 8) → Monday 7/12
        assertThat(deadlines.noticeLatest(SupervisionBody.INSPECTION_BOARD, LocalDate.of(2026, 12, 14)))
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void theCommuneCommitteeAnswersTheBoardWithinFifteenDays_LuatDCCS_Art40() {
        assertThat(deadlines.answerDue(SupervisionBody.INSPECTION_BOARD, LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 12, 9));
        // sent 17/12/2026 → 1/1/2027 is New Year's Day → Monday 4/1/2027
        assertThat(deadlines.answerDue(SupervisionBody.COMMUNITY_INVESTMENT, LocalDate.of(2026, 12, 17)))
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theFrontsRecommendationIsAnsweredUnderTheConfigurableRule_RULEBOOK_16_item6() {
        assertThat(SupervisionBody.FRONT.answerRule()).isEqualTo("MTTQ-reply");
        assertThat(deadlines.answerDue(SupervisionBody.FRONT, LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }
}
