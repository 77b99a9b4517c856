package vn.lamchu.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import vn.lamchu.shared.TenantId;

/**
 * The result of walking audit chains and recomputing every hash: intact, or the first broken entry.
 *
 * @param tenant     the tenant whose chain was verified, or null when every chain was
 * @param verifiedAt when the verification ran (its snapshot of the log)
 * @param entries    how many entries were checked (up to the break)
 * @param chains     how many chains were walked
 * @param firstBreak the first broken entry, or null if every chain is intact
 * @param elapsed    how long the walk took
 */
public record AuditVerification(TenantId tenant, Instant verifiedAt, long entries, int chains, Break firstBreak,
                                Duration elapsed) {

    public boolean intact() {
        return firstBreak == null;
    }

    /** What is wrong at a broken entry, and what it means. */
    public enum Problem {
        /** The entry's recomputed hash differs from its stored hash: its content (or hash) was edited. */
        HASH_MISMATCH,
        /**
         * The entry's {@code prev_hash} is not the hash of the entry before it: an entry before it was removed or
         * inserted, or was edited and its hash recomputed.
         */
        PREV_HASH_MISMATCH,
        /** Sequence numbers jump: entries before this one were removed. */
        SEQ_GAP,
        /**
         * The chain's head (last sequence number and hash) does not match its last entry: entries were cut off the
         * end, or added after it without going through the log.
         */
        HEAD_MISMATCH
    }

    /**
     * The first broken entry of a chain.
     *
     * @param tenant        the chain (the nil UUID is the chain of events with no tenant)
     * @param seq           the broken entry's sequence number; for {@link Problem#HEAD_MISMATCH} the first entry that is
     *                      missing (or that should not be there)
     * @param occurredAt    when the broken entry says it happened; null when the entry is missing
     * @param problem       what is wrong
     * @param lastIntactSeq the last entry before the break that verified (0 if none)
     * @param expectedSeq   the sequence number that should have come next (for a gap), or the head's last sequence
     *                      number (for a head mismatch)
     */
    public record Break(UUID tenant, long seq, Instant occurredAt, Problem problem, long lastIntactSeq, long expectedSeq) {

        /** The key of the sentence that explains the break ({@code audit.problem.NAME} in the audit bundle). */
        public String messageKey() {
            return "audit.problem." + problem.name();
        }

        /**
         * The sentence's arguments: {0} seq, {1} the given time text, {2} last intact seq, {3} expected seq,
         * {4} tenant, {5} seq − 1.
         */
        public Object[] messageArguments(String time) {
            return new Object[]{seq, time, lastIntactSeq, expectedSeq, tenant.toString(), seq - 1};
        }

        /** The entry to show for this break: the broken one, or for a cut-off end the last one left. */
        public long entryToShow() {
            return problem == Problem.HEAD_MISMATCH ? lastIntactSeq : seq;
        }
    }
}
