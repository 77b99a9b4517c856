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
        String canonical = String.join("\u001f",
                tenant.toString(), Long.toString(seq), storedPrecision(occurredAt).toString(), kind, actor,
                actorAccountId == null ? "" : actorAccountId.toString(), action, entityType, entityId,
                reason == null ? "\u0000" : reason, details);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash);
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
