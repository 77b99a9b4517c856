package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.DomainException;

/**
 * RULEBOOK §6 (Nghị quyết liên tịch 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN): meetings before and after a session, holding,
 * opinions only at a held meeting, the report of answers at a later meeting.
 */
class VoterMeetingRulesTests {

    static final LocalDate OPENS = LocalDate.of(2026, 12, 10);

    @Test
    void aMeetingBeforeASessionMustBeBeforeItsOpening() {
        assertThatCode(() -> VoterMeetingRules.checkTiming(MeetingTiming.BEFORE_SESSION, OPENS.minusDays(1), OPENS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkTiming(MeetingTiming.BEFORE_SESSION, OPENS, OPENS))
                .isInstanceOf(DomainException.class).hasMessageContaining("voters.error.beforeSession");
    }

    @Test
    void aMeetingAfterASessionMayBeOnItsOpeningDayOrLater() {
        assertThatCode(() -> VoterMeetingRules.checkTiming(MeetingTiming.AFTER_SESSION, OPENS, OPENS))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkTiming(MeetingTiming.AFTER_SESSION, OPENS.minusDays(1), OPENS))
                .isInstanceOf(DomainException.class).hasMessageContaining("voters.error.afterSession");
    }

    @Test
    void aSessionMeetingNeedsItsSessionAThematicOneDoesNot() {
        assertThatThrownBy(() -> VoterMeetingRules.checkTiming(MeetingTiming.BEFORE_SESSION, OPENS, null))
                .hasMessageContaining("voters.error.sessionRequired");
        assertThatCode(() -> VoterMeetingRules.checkTiming(MeetingTiming.THEMATIC, OPENS, null)).doesNotThrowAnyException();
    }

    @Test
    void aMeetingIsHeldOnlyOnceItsDayHasComeAndWithAPlausibleAttendance() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertThatCode(() -> VoterMeetingRules.checkHold(MeetingStatus.PLANNED, day, day, 85, day))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkHold(MeetingStatus.PLANNED, day, day.plusDays(1), 85, day))
                .hasMessageContaining("voters.error.heldOnFuture");
        assertThatThrownBy(() -> VoterMeetingRules.checkHold(MeetingStatus.PLANNED, day, day.minusDays(1), 85, day))
                .hasMessageContaining("voters.error.heldBeforePlanned");
        assertThatThrownBy(() -> VoterMeetingRules.checkHold(MeetingStatus.PLANNED, day, day, -1, day))
                .hasMessageContaining("voters.error.attendance");
        DomainException twice = (DomainException) org.assertj.core.api.Assertions.catchThrowable(
                () -> VoterMeetingRules.checkHold(MeetingStatus.HELD, day, day, 85, day));
        assertThat(twice.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void opinionsAreRecordedOnlyForAHeldMeeting() {
        assertThatCode(() -> VoterMeetingRules.checkOpinion(MeetingStatus.HELD)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkOpinion(MeetingStatus.PLANNED)).hasMessageContaining("voters.error.notHeld");
        assertThatThrownBy(() -> VoterMeetingRules.checkCancel(MeetingStatus.CANCELLED)).hasMessageContaining("voters.error.notPlanned");
    }

    @Test
    void theReportOfAnswersGoesToALaterMeetingOfTheSameCouncilAfterSending() {
        LocalDate sent = LocalDate.of(2026, 12, 1);
        assertThatCode(() -> VoterMeetingRules.checkReportBack(sent, sent.plusDays(20), true, MeetingStatus.PLANNED))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkReportBack(null, sent, true, MeetingStatus.PLANNED))
                .hasMessageContaining("voters.error.notSent");
        assertThatThrownBy(() -> VoterMeetingRules.checkReportBack(sent, sent.plusDays(3), false, MeetingStatus.PLANNED))
                .hasMessageContaining("voters.error.reportMeeting");
        assertThatThrownBy(() -> VoterMeetingRules.checkReportBack(sent, sent.minusDays(1), true, MeetingStatus.HELD))
                .hasMessageContaining("voters.error.reportMeetingEarly");
        assertThatThrownBy(() -> VoterMeetingRules.checkReportBack(sent, sent.plusDays(3), true, MeetingStatus.CANCELLED))
                .hasMessageContaining("voters.error.reportMeetingEarly");
    }

    @Test
    void opinionsAreCompiledForASessionThatHasNotYetOpened() {
        assertThatCode(() -> VoterMeetingRules.checkCompile(OPENS, OPENS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VoterMeetingRules.checkCompile(OPENS, OPENS.plusDays(1)))
                .hasMessageContaining("voters.error.sessionOpened");
    }

    @Test
    void aCaseTitleIsTheOpinionsFirstWordsWithinTheIntakesLimit() {
        assertThat(VoterMeetings.title("Đề nghị sửa đường")).isEqualTo("Cử tri: Đề nghị sửa đường");
        String longText = "Đề nghị ".repeat(60);
        String title = VoterMeetings.title(longText);
        assertThat(title).hasSizeLessThanOrEqualTo(vn.lamchu.cases.CaseIntake.TITLE_MAX).endsWith("…");
    }
}
