package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.lamchu.cases.CaseStatus;

/** RULEBOOK §15.2 "Voter-meeting item": what counts as answered and as resolved. */
class OpinionProgressTests {

    @Test
    void anOpenCaseWithoutAnAnswerIsNeitherAnsweredNorResolved() {
        OpinionProgress p = OpinionProgress.of(CaseStatus.RECEIVED, false);
        assertThat(p).isEqualTo(OpinionProgress.IN_HANDLING);
        assertThat(p.answered()).isFalse();
        assertThat(p.resolved()).isFalse();
    }

    @Test
    void anAnswerGivenOnTheSpotIsAnsweredButNotResolvedUntilTheCaseIsAnswered() {
        OpinionProgress spot = OpinionProgress.of(CaseStatus.IN_HANDLING, true);
        assertThat(spot).isEqualTo(OpinionProgress.ANSWERED_AT_MEETING);
        assertThat(spot.answered()).isTrue();
        assertThat(spot.resolved()).isFalse();
        assertThat(OpinionProgress.of(CaseStatus.ANSWERED, true)).isEqualTo(OpinionProgress.ANSWERED);
    }

    @Test
    void aSignedAnswerIsAnsweredAndResolvedUnlessAPoorRatingSentItBack() {
        assertThat(OpinionProgress.of(CaseStatus.ANSWERED, false).resolved()).isTrue();
        OpinionProgress review = OpinionProgress.of(CaseStatus.REVIEW_REQUESTED, false);
        assertThat(review.answered()).isTrue();
        assertThat(review.resolved()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"GUIDED", "FORWARDED", "RETURNED", "FILED", "RESOLVED"})
    void aCaseClosedWithoutAnAnswerIsResolvedButNotAnswered(CaseStatus status) {
        OpinionProgress p = OpinionProgress.of(status, false);
        assertThat(p).isEqualTo(OpinionProgress.CLOSED);
        assertThat(p.answered()).isFalse();
        assertThat(p.resolved()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void resolvedMeansTheCaseIsFinal(CaseStatus status) {
        assertThat(OpinionProgress.of(status, false).resolved()).isEqualTo(status.isFinal());
    }
}
