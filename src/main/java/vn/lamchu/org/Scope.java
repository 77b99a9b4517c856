package vn.lamchu.org;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.lamchu.shared.Actor;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * What an actor may see: the subtree of their unit in their tenant (ended units included, so that their history
 * stays readable), loaded once per request.
 */
record Scope(TenantId tenant, UnitId root, Map<UnitId, Unit> units) {

    static Scope of(Actor actor, UnitStore store) {
        return new Scope(actor.tenantId(), actor.unitId(), store.subtreeUnits(actor.tenantId(), actor.unitId())
                .stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity())));
    }

    boolean contains(UnitId unit) {
        return units.containsKey(unit);
    }

    boolean contains(Unit unit) {
        return unit.tenantId().equals(tenant) && units.containsKey(unit.id());
    }
}
