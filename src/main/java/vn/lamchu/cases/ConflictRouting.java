package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Where a denunciation goes when the unit that would handle it lies in the subtree its accused leads: to the directly
 * superior body (Luật Tố cáo 2018, Điều 12 khoản 1, đoạn 2: the head of the directly superior body resolves a
 * denunciation about the head or a deputy head of a body; Điều 13). The superior of a body inside another body is that
 * body; the superior of a top body of an area (the commune's People's Committee) is the body of the same kind one area
 * up (the province's People's Committee; after 1/7/2025 the district level is gone, RULEBOOK §13.2). Inside the superior
 * body the case goes to the unit that handles denunciations there and has an officer who is not conflicted: the
 * inspectorate first, then the Party inspection committee, the citizen reception board, the office, the Party office,
 * then the body itself; if none has such an officer, one level further up.
 */
@Component
class ConflictRouting {

    /** Units inside a body that handle denunciations, in order of preference. */
    static final List<UnitKind> PREFERRED = List.of(UnitKind.INSPECTORATE, UnitKind.PARTY_INSPECTION_COMMITTEE,
            UnitKind.CITIZEN_RECEPTION_BOARD, UnitKind.COUNCIL_AND_COMMITTEE_OFFICE, UnitKind.PARTY_OFFICE);

    private final OrgDirectory org;
    private final StaffDirectory staff;

    ConflictRouting(OrgDirectory org, StaffDirectory staff) {
        this.org = org;
        this.staff = staff;
    }

    /**
     * The unit that should handle a case that would otherwise go to {@code unit}: {@code unit} itself if it is not
     * conflicted, else the nearest unit above the conflicted subtree with an officer who is not conflicted.
     *
     * @return empty if no unit of the tenant can handle it (the competent body is outside the system)
     */
    Optional<UnitId> awayFrom(TenantId tenant, UnitId unit, AccusedPerson.Conflicted conflicted, LocalDate today) {
        if (!conflicted.units().contains(unit)) {
            return Optional.of(unit);
        }
        Unit top = org.unit(tenant, unit).orElseThrow();
        List<Unit> up = new ArrayList<>(org.ancestors(tenant, unit));
        java.util.Collections.reverse(up);
        for (Unit above : up) {
            if (!conflicted.units().contains(above.id())) {
                break;
            }
            top = above;
        }
        Unit from = top;
        for (int guard = 0; guard < 32; guard++) {
            Optional<Unit> body = superior(tenant, from, conflicted, today);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Optional<UnitId> handler = handlerIn(tenant, body.get(), conflicted, today);
            if (handler.isPresent()) {
                return handler;
            }
            from = body.get();
        }
        return Optional.empty();
    }

    /** The directly superior body of a unit: its parent body, or the same kind of body one area up. */
    private Optional<Unit> superior(TenantId tenant, Unit unit, AccusedPerson.Conflicted conflicted, LocalDate today) {
        if (unit.parentId() == null) {
            return Optional.empty();
        }
        Unit parent = org.unit(tenant, unit.parentId()).orElseThrow();
        if (parent.kind() != UnitKind.AREA && unit.kind() != UnitKind.AREA) {
            return Optional.of(parent);
        }
        Unit area = unit.kind() == UnitKind.AREA ? unit : parent;
        List<Unit> areasUp = new ArrayList<>(org.ancestors(tenant, area.id()));
        java.util.Collections.reverse(areasUp);
        Optional<Unit> upperArea = areasUp.stream().filter(u -> u.kind() == UnitKind.AREA).findFirst();
        if (upperArea.isEmpty()) {
            return Optional.empty();
        }
        return org.children(tenant, upperArea.get().id()).stream()
                .filter(u -> u.kind() == unit.kind() && u.existsOn(today) && !conflicted.units().contains(u.id()))
                .findFirst().or(() -> upperArea);
    }

    /** The unit in a body (or an area's own bodies) that takes the case: see the class comment. */
    private Optional<UnitId> handlerIn(TenantId tenant, Unit body, AccusedPerson.Conflicted conflicted,
                                       LocalDate today) {
        List<Unit> candidates = new ArrayList<>();
        candidates.add(body);
        List<Unit> level = List.of(body);
        for (int depth = 0; depth < 2; depth++) {
            List<Unit> next = new ArrayList<>();
            for (Unit u : level) {
                org.children(tenant, u.id()).stream().filter(child -> child.kind() != UnitKind.AREA).forEach(next::add);
            }
            candidates.addAll(next);
            level = next;
        }
        return candidates.stream()
                .filter(u -> u.kind() != UnitKind.AREA && u.existsOn(today) && !conflicted.units().contains(u.id()))
                .filter(u -> u.equals(body) || PREFERRED.contains(u.kind()))
                .sorted(Comparator.comparingInt(u -> rank(u, body)))
                .filter(u -> staff.ofUnit(tenant, u.id(), Permission.CASE_HANDLE).stream()
                        .anyMatch(m -> !conflicted.accounts().contains(m.accountId())))
                .map(Unit::id).findFirst();
    }

    private static int rank(Unit unit, Unit body) {
        int preferred = PREFERRED.indexOf(unit.kind());
        return preferred >= 0 && !unit.equals(body) ? preferred : PREFERRED.size();
    }
}
