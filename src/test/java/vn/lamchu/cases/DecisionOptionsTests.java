package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** The office offers exactly the decisions the letter-handling policy accepts (Thông tư 07/2014/TT-TTCP, Điều 6–9, 28). */
class DecisionOptionsTests {

    static CitizenCase letter(String forwardedBy) {
        CitizenCase c = new CitizenCase(new TenantId(UUID.randomUUID()), new CaseId(UUID.randomUUID()), "2026-000001",
                forwardedBy == null ? Channel.POST : Channel.FORWARDED, forwardedBy, LocalDate.of(2026, 11, 2),
                Instant.parse("2026-11-02T02:00:00Z"), "Đèn đường hỏng", "Đèn đường ở thôn 1 hỏng đã lâu.", false,
                false, null);
        c.kind = ContentKind.FEEDBACK;
        c.handlingUnit = new UnitId(UUID.randomUUID());
        c.status = CaseStatus.RECEIVED;
        return c;
    }

    static CitizenCase classified(Eligibility eligibility, Competence competence, String forwardedBy) {
        CitizenCase c = letter(forwardedBy);
        c.status = CaseStatus.CLASSIFIED;
        c.eligibility = eligibility;
        c.competence = competence;
        return c;
    }

    @Test
    void aLetterNotYetClassifiedAdmitsNoDecision() {
        assertThat(DecisionOptions.open(letter(null))).isEmpty();
    }

    @Test
    void anEligibleLetterWithinCompetenceIsOnlyProposedForAcceptance() {
        assertThat(DecisionOptions.open(classified(Eligibility.ELIGIBLE, Competence.WITHIN, null)))
                .containsExactly(DecisionKind.ACCEPT);
    }

    @Test
    void anIneligibleLetterIsGuidedOrFiledButNeverAccepted() {
        CitizenCase c = classified(Eligibility.NOT_ELIGIBLE, Competence.WITHIN, null);
        assertThat(DecisionOptions.open(c)).containsExactlyInAnyOrder(DecisionKind.GUIDE, DecisionKind.FILE);
        assertThatThrownBy(() -> LetterHandlingPolicy.check(c, new Decision(DecisionKind.ACCEPT, "x", null, null)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aForwardedLetterOutsideCompetenceMayAlsoBeReturnedToTheBodyThatSentIt() {
        assertThat(DecisionOptions.open(classified(Eligibility.ELIGIBLE, Competence.OUTSIDE, "Ban Dân nguyện")))
                .containsExactlyInAnyOrder(DecisionKind.GUIDE, DecisionKind.FORWARD, DecisionKind.RETURN,
                        DecisionKind.CHASE);
        assertThat(DecisionOptions.open(classified(Eligibility.ELIGIBLE, Competence.OUTSIDE, null)))
                .doesNotContain(DecisionKind.RETURN);
    }

    @Test
    void aWriterGuidedOnceIsNotGuidedAgainAndTheLetterMayBeFiled() {
        CitizenCase c = classified(Eligibility.ELIGIBLE, Competence.OUTSIDE, null);
        c.guidedBefore = true;
        assertThat(DecisionOptions.open(c)).doesNotContain(DecisionKind.GUIDE).contains(DecisionKind.FILE);
    }

    @Test
    void feedbackTakenUpInHouseIsAnsweredOrForwardedAndNothingIsOpenWhileAwaitingApproval() {
        CitizenCase c = classified(Eligibility.ELIGIBLE, Competence.WITHIN, null);
        c.status = CaseStatus.IN_HANDLING;
        assertThat(DecisionOptions.open(c)).containsExactlyInAnyOrder(DecisionKind.ANSWER, DecisionKind.FORWARD);
        c.status = CaseStatus.AWAITING_APPROVAL;
        assertThat(DecisionOptions.open(c)).isEmpty();
    }
}
