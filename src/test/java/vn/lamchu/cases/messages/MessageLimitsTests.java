package vn.lamchu.cases.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.lamchu.cases.CaseStatus;
import vn.lamchu.shared.DomainException;

class MessageLimitsTests {

    static final LocalDate CLOSED = LocalDate.of(2026, 3, 1);

    @Test
    void theTextIsNfcNormalisedTrimmedAndKeepsItsLines() {
        String decomposed = "  Xin ho\u0302\u0300i  ke\u0302\u0301t qua\u0309 \r\n\r\n\r\n  kho\u0302ng?  ";
        assertThat(MessageLimits.text(decomposed)).isEqualTo("Xin h\u1ed3i k\u1ebft qu\u1ea3\n\nkh\u00f4ng?");
    }

    @Test
    void anEmptyOrBlankTextIsRefused() {
        for (String blank : new String[] {null, "", "   ", "\n \n"}) {
            assertThatThrownBy(() -> MessageLimits.text(blank)).isInstanceOf(MessageLimits.TextRejected.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("messages.error.empty");
        }
    }

    @Test
    void aTextOfFourThousandCharactersPassesAndOneMoreIsRefused() {
        assertThat(MessageLimits.text("ả".repeat(4000))).hasSize(4000);
        assertThatThrownBy(() -> MessageLimits.text("a".repeat(4001))).isInstanceOf(MessageLimits.TextRejected.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("messages.error.tooLong");
    }

    @Test
    void anOpenCaseCanAlwaysBeWrittenTo() {
        assertThat(MessageLimits.writableUntil(CaseStatus.IN_HANDLING, null)).isNull();
        assertThat(MessageLimits.citizenMayWrite(CaseStatus.IN_HANDLING, null, LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void aClosedCaseCanBeWrittenToForThirtyDaysAfterClosingAndNotAfter() {
        assertThat(MessageLimits.writableUntil(CaseStatus.ANSWERED, CLOSED)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(MessageLimits.citizenMayWrite(CaseStatus.ANSWERED, CLOSED, CLOSED)).isTrue();
        assertThat(MessageLimits.citizenMayWrite(CaseStatus.FILED, CLOSED, CLOSED.plusDays(30))).isTrue();
        assertThat(MessageLimits.citizenMayWrite(CaseStatus.FILED, CLOSED, CLOSED.plusDays(31))).isFalse();
        assertThatThrownBy(() -> MessageLimits.checkCitizenMayPost(CaseStatus.FILED, CLOSED, CLOSED.plusDays(31), 0))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void tenMessagesADayMayBeSentAndTheEleventhIsRefused() {
        assertThat(MessageLimits.remainingToday(0)).isEqualTo(10);
        assertThat(MessageLimits.remainingToday(9)).isEqualTo(1);
        assertThat(MessageLimits.remainingToday(12)).isZero();
        MessageLimits.checkCitizenMayPost(CaseStatus.RECEIVED, null, CLOSED, 9);
        assertThatThrownBy(() -> MessageLimits.checkCitizenMayPost(CaseStatus.RECEIVED, null, CLOSED, 10))
                .isInstanceOf(MessageLimits.LimitReached.class);
    }

    @Test
    void theDayStartsAtMidnightInVietnam() {
        assertThat(MessageLimits.startOfDay(CLOSED)).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
    }
}
