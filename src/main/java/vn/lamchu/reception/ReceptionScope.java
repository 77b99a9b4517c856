package vn.lamchu.reception;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** What reception records an actor may list, and the area (commune, province) a unit belongs to. */
@Component
class ReceptionScope {

    private final OrgDirectory org;
    private final CurrentActor currentActor;

    ReceptionScope(OrgDirectory org, CurrentActor currentActor) {
        this.org = org;
        this.currentActor = currentActor;
    }

    /**
     * The subtree of {@code unit} (the actor's unit when null).
     *
     * @throws vn.lamchu.shared.NotFoundException if the unit is outside the actor's scope
     */
    Set<UnitId> subtree(Actor actor, UUID unit) {
        UnitId root = unit == null ? actor.unitId() : new UnitId(unit);
        currentActor.checkCanSee(actor.tenantId(), root);
        return org.subtree(actor.tenantId(), root);
    }

    /** The area a unit belongs to: its nearest ancestor of kind AREA, or itself if it is one (else itself). */
    UnitId areaOf(TenantId tenant, UnitId unit) {
        Unit self = org.unit(tenant, unit).orElse(null);
        if (self != null && self.kind() == UnitKind.AREA) {
            return self.id();
        }
        return org.ancestors(tenant, unit).stream().filter(u -> u.kind() == UnitKind.AREA).reduce((a, b) -> b)
                .map(Unit::id).orElse(unit);
    }

    static UUID[] ids(Set<UnitId> units) {
        return units.stream().map(UnitId::value).toArray(UUID[]::new);
    }
}
