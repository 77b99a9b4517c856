package vn.lamchu.cases;

import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.VietnameseText;

/** Who may keep the cases' tables: administrators (ORG_MANAGE); tenant-wide rows need a tenant-wide scope. */
@Component
class TenantScope {

    static final int REASON_MAX = 500;

    private final OrgDirectory org;

    TenantScope(OrgDirectory org) {
        this.org = org;
    }

    /** @throws AccessDeniedException unless the actor is an administrator */
    void require(Actor actor) {
        if (!actor.can(Permission.ORG_MANAGE)) {
            throw new AccessDeniedException(Permission.ORG_MANAGE.name());
        }
    }

    /** Whether the actor's scope is the whole tenant: their unit is a top unit of the tree. */
    boolean tenantWide(Actor actor) {
        return org.unit(actor.tenantId(), actor.unitId()).map(u -> u.parentId() == null).orElse(false);
    }

    /**
     * The reason a deletion is recorded with.
     *
     * @throws AdminInputException if the reason or the version is missing, or the reason is too long
     */
    static String requireReason(String reason, Integer version) {
        AdminInputException.Collector problems = new AdminInputException.Collector();
        String why = VietnameseText.normalizeOrNull(reason);
        if (why == null) {
            problems.add("reason", "casesAdmin.reason.required");
        } else if (why.length() > REASON_MAX) {
            problems.add("reason", "casesAdmin.tooLong", REASON_MAX);
        }
        if (version == null) {
            problems.add("version", "casesAdmin.version.required");
        }
        problems.throwIfAny();
        return why;
    }
}
