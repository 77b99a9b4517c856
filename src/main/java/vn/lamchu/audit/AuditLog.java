package vn.lamchu.audit;

import java.util.Map;

import vn.lamchu.shared.TenantId;

/**
 * Records what happened, in the caller's transaction: a change is only in the log if it was committed, and a
 * failed audit write rolls the change back. The actor is the signed-in staff member ({@code system} for
 * background work, {@code public} for citizens).
 */
public interface AuditLog {

    /**
     * Records a change.
     *
     * @param tenant     the tenant the changed record belongs to
     * @param entityType what kind of record ({@code org_unit}, {@code account}, …)
     * @param entityId   which record
     * @param action     what was done ({@code create}, {@code update}, {@code import}, {@code login} …)
     * @param reason     why, when the user gave a reason; may be null
     * @param details    what changed (field → new value); never personal data of a denouncer
     */
    void recordChange(TenantId tenant, String entityType, String entityId, String action, String reason,
                      Map<String, ?> details);

    /**
     * Records a read of protected data (a denouncer's identity, an asset declaration). The reason is required.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    void recordRead(TenantId tenant, String entityType, String entityId, String reason);
}
