package vn.lamchu.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Where a second complaint or a further denunciation goes: the direct superior of the body that resolved it (Luật
 * Khiếu nại 2011, Điều 7 khoản 1, Điều 21; Luật Tố cáo 2018, Điều 37). In the two-level model (RULEBOOK §3.2, §13.2) the
 * superior of a commune's People's Committee is the province's People's Committee, whose inspectorate verifies for it;
 * a province-level body has no superior here.
 */
@Component
class SuperiorBodies {

    private final OrgDirectory org;

    SuperiorBodies(OrgDirectory org) {
        this.org = org;
    }

    /** The unit that handles the case at the superior level: its inspectorate, or its People's Committee. */
    Optional<Unit> of(TenantId tenant, UnitId handling) {
        List<Unit> up = new ArrayList<>(org.ancestors(tenant, handling));
        org.unit(tenant, handling).ifPresent(up::add);
        Collections.reverse(up);
        List<Unit> areas = up.stream().filter(u -> u.kind() == UnitKind.AREA).toList();
        if (areas.size() < 2) {
            return Optional.empty();
        }
        Unit superiorArea = areas.get(1);
        Optional<Unit> committee = org.children(tenant, superiorArea.id()).stream()
                .filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE && u.validTo() == null).findFirst();
        if (committee.isEmpty()) {
            return Optional.empty();
        }
        return org.children(tenant, committee.get().id()).stream()
                .filter(u -> u.kind() == UnitKind.INSPECTORATE && u.validTo() == null)
                .findFirst().or(() -> committee);
    }
}
