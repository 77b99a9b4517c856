package vn.lamchu.audit;

import java.time.LocalDate;

import vn.lamchu.shared.VietnameseText;

/**
 * Which entries of the audit log to list; every criterion is optional and they combine with "and". Dates are legal
 * dates in Vietnam's time zone, both inclusive.
 */
public record AuditFilter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        entityType = VietnameseText.normalizeOrNull(entityType);
        entityId = VietnameseText.normalizeOrNull(entityId);
        actor = VietnameseText.normalizeOrNull(actor);
        action = VietnameseText.normalizeOrNull(action);
    }

    public boolean isEmpty() {
        return entityType == null && entityId == null && actor == null && action == null && from == null && to == null;
    }
}
