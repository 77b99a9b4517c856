package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseRouting.Route;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Administrators keep the routing table of their tenant (RULEBOOK §13.3: who handles what is data, not code): add,
 * change and delete rows, and try which unit {@link CaseRouting} gives a letter. An administrator sees and changes
 * the rows whose target and place lie in their scope; a row for every place ("anywhere") needs a tenant-wide scope.
 * Every change is audited and checks the version the administrator saw; a deletion says why.
 */
@Service
@Transactional
public class RoutingAdministration {

    public static final int NOTE_MAX = 500;
    public static final int PRIORITY_LIMIT = 1000;

    /** A row as an administrator fills it in; a null category, kind or place means "any". */
    public record RouteDraft(String categoryCode, ContentKind kind, UUID placeUnitId, UUID targetUnitId,
                             Integer priority, String note) {
    }

    /** A row with the names an administrator reads; {@code targetExists}: false once the target unit ended. */
    public record RouteRow(Route route, String categoryName, String placeName, String targetName,
                           boolean targetExists) {
    }

    /** What the "try it" box shows: the unit the table gives, and the row that matched (null: the fallback). */
    public record Trial(UnitId unit, String unitName, RouteRow matched) {

        public boolean fallback() {
            return matched == null;
        }
    }

    /** A unit to pick in a form, under the name of the area it belongs to. */
    public record UnitChoice(UUID id, String code, String name, String area) {
    }

    private final CaseRouting routing;
    private final CategoryAdministration categories;
    private final TenantScope scope;
    private final OrgDirectory org;
    private final UnitAdministration units;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RoutingAdministration(CaseRouting routing, CategoryAdministration categories, TenantScope scope, OrgDirectory org,
                          UnitAdministration units, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.routing = routing;
        this.categories = categories;
        this.scope = scope;
        this.org = org;
        this.units = units;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rows the actor may change, the most specific first. */
    @Transactional(readOnly = true)
    public List<RouteRow> list(Actor actor) {
        scope.require(actor);
        View view = view(actor);
        return routing.routes(actor.tenantId()).stream().filter(view::contains)
                .sorted(java.util.Comparator.comparingInt(Route::specificity).reversed()
                        .thenComparing(java.util.Comparator.comparingInt(Route::priority).reversed()))
                .map(view::row).toList();
    }

    /** @throws NotFoundException if there is no such row in the actor's scope */
    @Transactional(readOnly = true)
    public RouteRow get(Actor actor, UUID id) {
        scope.require(actor);
        View view = view(actor);
        return view.row(find(actor.tenantId(), id, view));
    }

    /** @throws AdminInputException with every problem of the input */
    public RouteRow create(Actor actor, RouteDraft draft) {
        scope.require(actor);
        View view = view(actor);
        Clean row = clean(actor, draft, null, null, view);
        UUID id = Ids.newId(clock);
        try {
            jdbc.sql("""
                            insert into case_routing_rule (tenant_id, id, category_code, content_kind, place_unit_id,
                                target_unit_id, priority, note, version, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(actor.tenantId().value(), id, row.categoryCode, row.kind, row.place, row.target,
                            row.priority, row.note, Timestamp.from(clock.instant()), actor.username())
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw new AdminInputException(List.of(AdminInputException.Problem.of("row", "casesAdmin.route.duplicate")));
        }
        RouteRow created = view.row(find(actor.tenantId(), id, view));
        audit.recordChange(actor.tenantId(), "case_routing_rule", id.toString(), "create", null, details(created.route()));
        return created;
    }

    /**
     * @throws AdminInputException with every problem of the input
     * @throws DomainException     (conflict, {@code casesAdmin.stale}) if the row changed since {@code version}
     */
    public RouteRow update(Actor actor, UUID id, Integer version, RouteDraft draft) {
        scope.require(actor);
        View view = view(actor);
        Route before = find(actor.tenantId(), id, view);
        Clean row = clean(actor, draft, id, version, view);
        int updated;
        try {
            updated = jdbc.sql("""
                            update case_routing_rule set category_code = ?, content_kind = ?, place_unit_id = ?,
                                target_unit_id = ?, priority = ?, note = ?, version = version + 1
                            where tenant_id = ? and id = ? and version = ?""")
                    .params(row.categoryCode, row.kind, row.place, row.target, row.priority, row.note,
                            actor.tenantId().value(), id, version)
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw new AdminInputException(List.of(AdminInputException.Problem.of("row", "casesAdmin.route.duplicate")));
        }
        if (updated != 1) {
            throw DomainException.conflict("casesAdmin.stale");
        }
        RouteRow after = view.row(find(actor.tenantId(), id, view));
        Map<String, Object> details = details(after.route());
        details.put("before", details(before));
        audit.recordChange(actor.tenantId(), "case_routing_rule", id.toString(), "update", null, details);
        return after;
    }

    /**
     * @throws AdminInputException without a reason or version
     * @throws DomainException     (conflict, {@code casesAdmin.stale}) if the row changed since {@code version}
     */
    public void delete(Actor actor, UUID id, Integer version, String reason) {
        scope.require(actor);
        String why = TenantScope.requireReason(reason, version);
        Route row = find(actor.tenantId(), id, view(actor));
        int deleted = jdbc.sql("delete from case_routing_rule where tenant_id = ? and id = ? and version = ?")
                .params(actor.tenantId().value(), id, version).update();
        if (deleted != 1) {
            throw DomainException.conflict("casesAdmin.stale");
        }
        audit.recordChange(actor.tenantId(), "case_routing_rule", id.toString(), "delete", why, details(row));
    }

    /**
     * Checks a row without saving it (a form that also has input of the wrong type shows every problem at once).
     *
     * @param id the row being changed, null for a new row
     * @throws AdminInputException with every problem of the input
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, UUID id, RouteDraft draft) {
        scope.require(actor);
        clean(actor, draft, id, id == null ? null : 0, view(actor));
    }

    /**
     * Which unit the table gives a letter of this category, kind and place today, and which row said so.
     *
     * @throws AdminInputException if the category or the place is unknown
     */
    @Transactional(readOnly = true)
    public Trial tryRoute(Actor actor, String categoryCode, ContentKind kind, UUID placeUnitId) {
        scope.require(actor);
        TenantId tenant = actor.tenantId();
        AdminInputException.Collector problems = new AdminInputException.Collector();
        String category = category(tenant, categoryCode, "categoryCode", problems);
        if (placeUnitId != null && org.unit(tenant, new UnitId(placeUnitId)).isEmpty()) {
            problems.add("placeUnitId", "casesAdmin.route.place.unknown");
        }
        problems.throwIfAny();
        CaseRouting.Suggestion suggestion = routing.explain(tenant, category, kind, placeUnitId,
                LegalTime.today(clock));
        String name = org.unit(tenant, suggestion.unit()).map(Unit::name).orElse(null);
        View view = view(actor);
        return new Trial(suggestion.unit(), name, suggestion.matched() == null ? null : view.row(suggestion.matched()));
    }

    /** The places a row may name: the areas (province, communes) of the actor's scope that exist today. */
    @Transactional(readOnly = true)
    public List<UnitChoice> places(Actor actor) {
        return view(actor).choices(u -> u.kind() == UnitKind.AREA);
    }

    /** The units a row may send letters to: the bodies of the actor's scope that exist today. */
    @Transactional(readOnly = true)
    public List<UnitChoice> targets(Actor actor) {
        return view(actor).choices(u -> u.kind() != UnitKind.AREA);
    }

    /** Whether the actor may write rows for every place. */
    @Transactional(readOnly = true)
    public boolean tenantWide(Actor actor) {
        return scope.tenantWide(actor);
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private record Clean(String categoryCode, String kind, UUID place, UUID target, int priority, String note) {
    }

    private Clean clean(Actor actor, RouteDraft draft, UUID id, Integer version, View view) {
        TenantId tenant = actor.tenantId();
        LocalDate today = LegalTime.today(clock);
        AdminInputException.Collector problems = new AdminInputException.Collector();
        if (id != null && version == null) {
            problems.add("version", "casesAdmin.version.required");
        }
        String category = category(tenant, draft.categoryCode(), "categoryCode", problems);
        if (draft.targetUnitId() == null) {
            problems.add("targetUnitId", "casesAdmin.route.target.required");
        } else {
            checkUnit(view, draft.targetUnitId(), "targetUnitId", "target", today, problems);
        }
        if (draft.placeUnitId() == null) {
            if (!view.tenantWide) {
                problems.add("placeUnitId", "casesAdmin.route.place.required");
            }
        } else {
            checkUnit(view, draft.placeUnitId(), "placeUnitId", "place", today, problems);
        }
        int priority = draft.priority() == null ? 0 : draft.priority();
        if (Math.abs(priority) > PRIORITY_LIMIT) {
            problems.add("priority", "casesAdmin.route.priority.range", -PRIORITY_LIMIT, PRIORITY_LIMIT);
        }
        String note = VietnameseText.normalizeOrNull(draft.note());
        if (note != null && note.length() > NOTE_MAX) {
            problems.add("note", "casesAdmin.tooLong", NOTE_MAX);
        }
        String kind = draft.kind() == null ? null : draft.kind().name();
        boolean duplicate = routing.routes(tenant).stream().anyMatch(r -> !r.id().equals(id)
                && Objects.equals(r.categoryCode(), category) && Objects.equals(r.kind(), draft.kind())
                && Objects.equals(r.placeUnitId(), draft.placeUnitId()));
        if (duplicate) {
            problems.add("row", "casesAdmin.route.duplicate");
        }
        problems.throwIfAny();
        return new Clean(category, kind, draft.placeUnitId(), draft.targetUnitId(), priority, note);
    }

    private String category(TenantId tenant, String code, String field, AdminInputException.Collector problems) {
        String clean = CategoryAdministration.normalizeCode(code);
        if (clean != null && jdbc.sql("select count(*) from case_category where tenant_id = ? and code = ?")
                .params(tenant.value(), clean).query(Integer.class).single() == 0) {
            problems.add(field, "casesAdmin.route.category.unknown", clean);
        }
        return clean;
    }

    private void checkUnit(View view, UUID id, String field, String what, LocalDate today,
                           AdminInputException.Collector problems) {
        Unit unit = view.units.get(new UnitId(id));
        if (unit == null) {
            problems.add(field, "casesAdmin.route." + what + ".unknown");
        } else if (!unit.existsOn(today)) {
            problems.add(field, "casesAdmin.route." + what + ".ended", unit.name());
        } else if (what.equals("place") != (unit.kind() == UnitKind.AREA)) {
            problems.add(field, "casesAdmin.route." + what + ".kind");
        }
    }

    private static Map<String, Object> details(Route r) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("category", r.categoryCode() == null ? "" : r.categoryCode());
        details.put("kind", r.kind() == null ? "" : r.kind().name());
        details.put("place", r.placeUnitId() == null ? "" : r.placeUnitId().toString());
        details.put("target", r.targetUnitId().toString());
        details.put("priority", r.priority());
        details.put("note", r.note() == null ? "" : r.note());
        return details;
    }

    private Route find(TenantId tenant, UUID id, View view) {
        return routing.routes(tenant).stream().filter(r -> r.id().equals(id)).filter(view::contains).findFirst()
                .orElseThrow(() -> new NotFoundException("case_routing_rule", String.valueOf(id)));
    }

    private View view(Actor actor) {
        Map<UnitId, Unit> inScope = units.unitsInScope(actor).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> names = categories.list(actor).stream().collect(Collectors.toMap(
                r -> r.category().code(), r -> r.category().nameVi()));
        return new View(actor.tenantId(), inScope, scope.tenantWide(actor), names, LegalTime.today(clock));
    }

    /** The actor's scope, loaded once per request: units by id, category names. */
    private final class View {

        final TenantId tenant;
        final Map<UnitId, Unit> units;
        final boolean tenantWide;
        final Map<String, String> categoryNames;
        final LocalDate today;

        View(TenantId tenant, Map<UnitId, Unit> units, boolean tenantWide, Map<String, String> categoryNames,
             LocalDate today) {
            this.tenant = tenant;
            this.units = units;
            this.tenantWide = tenantWide;
            this.categoryNames = categoryNames;
            this.today = today;
        }

        boolean contains(Route r) {
            return units.containsKey(new UnitId(r.targetUnitId()))
                    && (r.placeUnitId() == null ? tenantWide : units.containsKey(new UnitId(r.placeUnitId())));
        }

        RouteRow row(Route r) {
            Optional<Unit> target = unit(r.targetUnitId());
            return new RouteRow(r, r.categoryCode() == null ? null : categoryNames.get(r.categoryCode()),
                    r.placeUnitId() == null ? null : unit(r.placeUnitId()).map(Unit::name).orElse(null),
                    target.map(Unit::name).orElse(null), target.map(u -> u.existsOn(today)).orElse(false));
        }

        private Optional<Unit> unit(UUID id) {
            UnitId unitId = new UnitId(id);
            return Optional.ofNullable(units.get(unitId)).or(() -> org.unit(tenant, unitId));
        }

        List<UnitChoice> choices(java.util.function.Predicate<Unit> which) {
            return units.values().stream().filter(u -> u.existsOn(today)).filter(which)
                    .map(u -> new UnitChoice(u.id().value(), u.code(), u.name(), area(u))).toList();
        }

        /** The name of the area the unit works in; for an area, the area above it (a top area: its own name). */
        private String area(Unit unit) {
            Unit at = unit.kind() == UnitKind.AREA && unit.parentId() != null ? units.get(unit.parentId()) : unit;
            Set<UnitId> seen = new java.util.HashSet<>();
            while (at != null && seen.add(at.id())) {
                if (at.kind() == UnitKind.AREA) {
                    return at.name();
                }
                at = at.parentId() == null ? null : units.get(at.parentId());
            }
            return unit.name();
        }
    }
}
