package vn.lamchu.cases.messages;

import java.time.Instant;
import java.time.LocalDate;

import vn.lamchu.cases.CaseStatus;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.VietnameseText;

/**
 * The rules of a case's message thread. These are the system's own policy, not law: a citizen may write without an
 * account, so what one receipt code may send is bounded.
 * <ul>
 *   <li>a message is 1 to {@value #TEXT_MAX} characters after NFC normalisation (lines kept, each trimmed);</li>
 *   <li>the citizen may send {@value #CITIZEN_PER_DAY} messages per case per calendar day (Vietnam time);</li>
 *   <li>after a case is closed, the citizen may still write for {@value #DAYS_AFTER_CLOSING} days (counting from the
 *       day after closing); the office may always answer.</li>
 * </ul>
 */
public final class MessageLimits {

    /** Characters of one message. */
    public static final int TEXT_MAX = 4000;
    /** Messages the holder of a receipt code may send on one case in one day. */
    public static final int CITIZEN_PER_DAY = 10;
    /** Days after closing during which the citizen may still write. */
    public static final int DAYS_AFTER_CLOSING = 30;

    private MessageLimits() {
    }

    /**
     * The text as stored: NFC-normalised and trimmed.
     *
     * @throws TextRejected {@code messages.error.empty} or {@code messages.error.tooLong}
     */
    public static String text(String raw) {
        String text = VietnameseText.normalizeLines(raw);
        if (text == null) {
            throw new TextRejected("messages.error.empty");
        }
        if (text.length() > TEXT_MAX) {
            throw new TextRejected("messages.error.tooLong", TEXT_MAX, text.length());
        }
        return text;
    }

    /** The last day the citizen may write on a case, or null while it is open (no end). */
    public static LocalDate writableUntil(CaseStatus status, LocalDate closedOn) {
        return status.isFinal() && closedOn != null ? closedOn.plusDays(DAYS_AFTER_CLOSING) : null;
    }

    /** Whether the citizen may write on a case today. */
    public static boolean citizenMayWrite(CaseStatus status, LocalDate closedOn, LocalDate today) {
        LocalDate until = writableUntil(status, closedOn);
        return until == null || !today.isAfter(until);
    }

    /** How many more messages the citizen may send today, having sent {@code sentToday}. */
    public static int remainingToday(int sentToday) {
        return Math.max(0, CITIZEN_PER_DAY - sentToday);
    }

    /** When the day that counts for {@link #CITIZEN_PER_DAY} began (midnight in Vietnam). */
    public static Instant startOfDay(LocalDate today) {
        return today.atStartOfDay(LegalTime.VIETNAM).toInstant();
    }

    /**
     * Checks that the citizen may send one more message now.
     *
     * @throws DomainException      (conflict) {@code messages.error.closed} if the case closed too long ago
     * @throws LimitReached         if the day's messages were sent
     */
    public static void checkCitizenMayPost(CaseStatus status, LocalDate closedOn, LocalDate today, int sentToday) {
        if (!citizenMayWrite(status, closedOn, today)) {
            throw DomainException.conflict("messages.error.closed", DAYS_AFTER_CLOSING);
        }
        if (remainingToday(sentToday) == 0) {
            throw new LimitReached();
        }
    }

    /** The text of a message is refused (empty, too long): bad input about the field {@code text}. */
    public static final class TextRejected extends DomainException {

        TextRejected(String key, Object... args) {
            super(Kind.INVALID, key, args);
        }
    }

    /** The citizen sent today's messages on this case; shown as 429 by the API. */
    public static final class LimitReached extends DomainException {

        LimitReached() {
            super(Kind.INVALID, "messages.error.limit", CITIZEN_PER_DAY);
        }
    }
}
