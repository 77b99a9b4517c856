package vn.lamchu.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Where an unanswered recommendation is escalated (Luật MTTQ art. 28(7): the Front asks the competent body to consider
 * the responsibility of those who do not answer): the addressed body's superior unit and the Party committee of its
 * level.
 * <ul>
 *   <li>Superior: the nearest ancestor that is a body (not an area). When the parent is the area itself — a commune
 *       People's Committee sits directly under "Xã Tân Phú" — the superior is the body of the same kind one area up
 *       (UBND xã → UBND tỉnh).</li>
 *   <li>Party committee: the PARTY_COMMITTEE unit directly under the nearest area (Đảng ủy xã Tân Phú).</li>
 * </ul>
 */
@Component
class SupervisionUnits {

    private final OrgDirectory org;

    SupervisionUnits(OrgDirectory org) {
        this.org = org;
    }

    Optional<Unit> superior(TenantId tenant, UnitId unitId) {
        Unit unit = org.unit(tenant, unitId).orElse(null);
        if (unit == null) {
            return Optional.empty();
        }
        List<Unit> ancestors = org.ancestors(tenant, unitId);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Unit ancestor = ancestors.get(i);
            if (ancestor.id().equals(unitId)) {
                continue;
            }
            if (ancestor.kind() != UnitKind.AREA) {
                return Optional.of(ancestor);
            }
            // the parent is an area: the same kind of body one area up
            for (int j = i - 1; j >= 0; j--) {
                if (ancestors.get(j).kind() == UnitKind.AREA) {
                    return childOfKind(tenant, ancestors.get(j).id(), unit.kind());
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    Optional<Unit> partyCommittee(TenantId tenant, UnitId unitId) {
        List<Unit> ancestors = org.ancestors(tenant, unitId);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i).kind() == UnitKind.AREA && !ancestors.get(i).id().equals(unitId)) {
                return childOfKind(tenant, ancestors.get(i).id(), UnitKind.PARTY_COMMITTEE);
            }
        }
        return Optional.empty();
    }

    /** The nearest area containing the unit (the commune): where its Front committee and boards are. */
    Optional<Unit> area(TenantId tenant, UnitId unitId) {
        List<Unit> ancestors = org.ancestors(tenant, unitId);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i).kind() == UnitKind.AREA) {
                return Optional.of(ancestors.get(i));
            }
        }
        return Optional.empty();
    }

    private Optional<Unit> childOfKind(TenantId tenant, UnitId parent, UnitKind kind) {
        return org.children(tenant, parent).stream().filter(u -> u.kind() == kind && u.validTo() == null).findFirst();
    }
}
