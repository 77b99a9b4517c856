package vn.lamchu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and a canonical text of every field, so that
 * changing, inserting or removing any entry breaks every hash after it.
 * <p>
 * The canonical text gives each field as {@code length:value} (or {@code -} for null), each followed by U+001F,
 * so that no two different entries have the same text: moving characters from one field into the next changes
 * the lengths, whatever the fields contain.
 */
final class AuditChain {

    /** The hash that the first entry of a chain follows. */
    static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds; hash what is stored. */
    static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] hash(byte[] previousHash, UUID tenant, long seq, Instant occurredAt, String kind, String actor,
                       UUID actorAccountId, String action, String entityType, String entityId, String reason,
                       String details) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, tenant.toString());
        field(canonical, Long.toString(seq));
        field(canonical, storedPrecision(occurredAt).toString());
        field(canonical, kind);
        field(canonical, actor);
        field(canonical, actorAccountId == null ? null : actorAccountId.toString());
        field(canonical, action);
        field(canonical, entityType);
        field(canonical, entityId);
        field(canonical, reason);
        field(canonical, details);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash);
            digest.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\u001f');
    }
}
