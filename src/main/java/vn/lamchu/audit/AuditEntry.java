package vn.lamchu.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One entry of a tenant's audit chain, as stored.
 *
 * @param kind      {@code CHANGE} or {@code READ} (of protected data)
 * @param details   what changed, as a JSON object
 * @param prevHash  the hash of the entry before it, hexadecimal
 * @param hash      this entry's hash, hexadecimal
 */
public record AuditEntry(UUID tenantId, long seq, Instant occurredAt, String kind, String actor, UUID actorAccountId,
                         String action, String entityType, String entityId, String reason, String details,
                         String prevHash, String hash) {

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
