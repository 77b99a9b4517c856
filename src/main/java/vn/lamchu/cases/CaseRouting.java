package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Suggests the competent unit for a letter from the routing table (data, RULEBOOK §13.3): the matching row that names
 * the most of category, kind and place wins, then the higher priority. A row's place matches the letter's place or any
 * unit above it. Without a matching row the letter goes to the citizen reception board, else the People's Council and
 * Committee office, of the area where the matter is (the reception point, Luật Tiếp công dân 2013, Điều 13 khoản 4), or
 * of the province.
 */
@Service
@Transactional(readOnly = true)
public class CaseRouting {

    /** A row of the routing table. */
    public record Route(UUID id, String categoryCode, ContentKind kind, UUID placeUnitId, UUID targetUnitId,
                        int priority, String note, int version) {

        int specificity() {
            return (categoryCode != null ? 4 : 0) + (placeUnitId != null ? 2 : 0) + (kind != null ? 1 : 0);
        }
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    CaseRouting(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    public List<Route> routes(TenantId tenant) {
        return jdbc.sql("""
                        select id, category_code, content_kind, place_unit_id, target_unit_id, priority, note, version
                        from case_routing_rule where tenant_id = ? order by category_code nulls last, priority desc""")
                .param(tenant.value())
                .query((rs, i) -> new Route(rs.getObject("id", UUID.class), rs.getString("category_code"),
                        rs.getString("content_kind") == null ? null : ContentKind.valueOf(rs.getString("content_kind")),
                        rs.getObject("place_unit_id", UUID.class), rs.getObject("target_unit_id", UUID.class),
                        rs.getInt("priority"), rs.getString("note"), rs.getInt("version")))
                .list();
    }

    /** What {@link #explain} found: the unit, and the row that named it (null: no row matched, the fallback chose). */
    public record Suggestion(UnitId unit, Route matched) {
    }

    /** The unit that should handle a letter of this category, kind and place, as the table stands today. */
    public UnitId suggest(TenantId tenant, String categoryCode, ContentKind kind, UUID placeUnitId, LocalDate today) {
        return explain(tenant, categoryCode, kind, placeUnitId, today).unit();
    }

    /**
     * As {@link #suggest}, saying which row matched. Between rows naming as much, the higher priority wins, then the
     * row whose place is nearest to the letter's place (the commune's row before the province's), then the older row.
     */
    public Suggestion explain(TenantId tenant, String categoryCode, ContentKind kind, UUID placeUnitId,
                              LocalDate today) {
        List<UUID> places = new ArrayList<>();
        if (placeUnitId != null) {
            places.add(placeUnitId);
            List<Unit> up = new ArrayList<>(org.ancestors(tenant, new UnitId(placeUnitId)));
            java.util.Collections.reverse(up);
            up.forEach(u -> places.add(u.id().value()));
        }
        Optional<Route> best = routes(tenant).stream()
                .filter(r -> r.categoryCode() == null || r.categoryCode().equals(categoryCode))
                .filter(r -> r.kind() == null || r.kind() == kind)
                .filter(r -> r.placeUnitId() == null || places.contains(r.placeUnitId()))
                .filter(r -> org.unit(tenant, new UnitId(r.targetUnitId())).map(u -> u.existsOn(today)).orElse(false))
                .max(Comparator.comparingInt(Route::specificity).thenComparingInt(Route::priority)
                        .thenComparingInt(r -> r.placeUnitId() == null ? -places.size() : -places.indexOf(r.placeUnitId()))
                        .thenComparing(Route::id, Comparator.reverseOrder()));
        if (best.isPresent()) {
            return new Suggestion(new UnitId(best.get().targetUnitId()), best.get());
        }
        return new Suggestion(fallback(tenant, placeUnitId, today), null);
    }

    private UnitId fallback(TenantId tenant, UUID placeUnitId, LocalDate today) {
        Optional<Unit> area = Optional.empty();
        if (placeUnitId != null) {
            Optional<Unit> place = org.unit(tenant, new UnitId(placeUnitId));
            if (place.isPresent() && place.get().kind() == UnitKind.AREA) {
                area = place;
            } else {
                List<Unit> up = new ArrayList<>(org.ancestors(tenant, new UnitId(placeUnitId)));
                java.util.Collections.reverse(up);
                area = up.stream().filter(u -> u.kind() == UnitKind.AREA).findFirst();
            }
        }
        if (area.isEmpty()) {
            area = org.roots(tenant).stream().filter(u -> u.existsOn(today)).findFirst();
        }
        Unit chosen = area.orElseThrow(() -> new IllegalStateException("tenant without units: " + tenant));
        Optional<Unit> committee = org.children(tenant, chosen.id()).stream()
                .filter(u -> u.existsOn(today) && u.kind() == UnitKind.PEOPLES_COMMITTEE).findFirst();
        List<Unit> candidates = new ArrayList<>(org.children(tenant, chosen.id()));
        committee.ifPresent(c -> candidates.addAll(org.children(tenant, c.id())));
        return candidates.stream()
                .filter(u -> u.existsOn(today))
                .filter(u -> u.kind() == UnitKind.COUNCIL_AND_COMMITTEE_OFFICE || u.kind() == UnitKind.CITIZEN_RECEPTION_BOARD)
                .min(Comparator.comparing(u -> u.kind() == UnitKind.CITIZEN_RECEPTION_BOARD ? 0 : 1))
                .map(Unit::id)
                .or(() -> committee.map(Unit::id))
                .orElse(chosen.id());
    }
}
