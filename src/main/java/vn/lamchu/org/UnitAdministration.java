package vn.lamchu.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgValidationException.Problem;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;

/**
 * Units as staff manage them: the tree of the actor's scope, search, a unit's full record (posts, renames,
 * reorganisations), creation and correction. Every read is limited to the actor's subtree; a unit outside it is
 * reported as missing. Every change is audited and guarded by the unit's version.
 */
@Service
@Transactional(readOnly = true)
public class UnitAdministration {

    private static final int SEARCH_LIMIT = 200;

    private final UnitStore units;
    private final PeopleStore people;
    private final ReorganisationStore reorganisations;
    private final Reorganisations reorganisationViews;
    private final OrgDirectory directory;
    private final UnitWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    UnitAdministration(UnitStore units, PeopleStore people, ReorganisationStore reorganisations,
                       Reorganisations reorganisationViews, OrgDirectory directory, UnitWriter writer, AuditLog audit,
                       Clock clock) {
        this.units = units;
        this.people = people;
        this.reorganisations = reorganisations;
        this.reorganisationViews = reorganisationViews;
        this.directory = directory;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit in the tree, with the units below it. */
    public record TreeNode(Unit unit, boolean existsToday, boolean ended, List<TreeNode> children) {
    }

    /** A unit found by a search, with the names of the units above it (within the actor's scope). */
    public record Found(Unit unit, boolean existsToday, boolean ended, List<String> path) {
    }

    /** A rename or a move, with the parents' names. */
    public record HistoryView(String change, LocalDate effectiveDate, String oldName, String newName,
                              String oldParent, String newParent) {
    }

    /** Everything the unit page shows, as of {@code today}. */
    public record UnitDetail(Unit unit, boolean existsToday, boolean ended, Jurisdiction jurisdiction,
                             List<Unit> ancestors, List<Unit> children, List<PostHolding> holdings,
                             List<HistoryView> history, List<Reorganisations.View> reorganisations,
                             List<Unit> successorsToday, LocalDate today) {

        public boolean endedOnToday(Unit other) {
            return UnitAdministration.ended(other, today);
        }
    }

    /** The tree of the actor's scope; ended units (and what lies below them) only when asked for. */
    public TreeNode tree(Actor actor, boolean includeEnded) {
        Scope scope = Scope.of(actor, units);
        LocalDate today = LegalTime.today(clock);
        Map<UnitId, List<Unit>> byParent = new HashMap<>();
        scope.units().values().forEach(u -> {
            if (u.parentId() != null) {
                byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        });
        Unit root = scope.units().get(scope.root());
        if (root == null) {
            throw new NotFoundException("unit", actor.unitId().toString());
        }
        return node(root, byParent, today, includeEnded, 0);
    }

    private TreeNode node(Unit unit, Map<UnitId, List<Unit>> byParent, LocalDate today, boolean includeEnded, int depth) {
        List<TreeNode> children = depth > 100 ? List.of() : byParent.getOrDefault(unit.id(), List.of()).stream()
                .filter(c -> includeEnded || !ended(c, today))
                .sorted(treeOrder(today))
                .map(c -> node(c, byParent, today, includeEnded, depth + 1))
                .toList();
        return new TreeNode(unit, unit.existsOn(today), ended(unit, today), children);
    }

    /** Units that exist first; within them the bodies in the order of {@link UnitKind}, areas last, then by name. */
    static Comparator<Unit> treeOrder(LocalDate today) {
        return Comparator.<Unit, Boolean>comparing(u -> ended(u, today))
                .thenComparing(u -> u.kind() == UnitKind.AREA)
                .thenComparing(u -> u.kind().ordinal())
                .thenComparing(u -> vn.lamchu.shared.VietnameseText.fold(u.name()))
                .thenComparing(Unit::code);
    }

    static boolean ended(Unit unit, LocalDate today) {
        return unit.validTo() != null && !today.isBefore(unit.validTo());
    }

    /** Units of the actor's scope whose name, short name or code contains the query, with or without diacritics. */
    public List<Found> search(Actor actor, String query, boolean includeEnded) {
        Scope scope = Scope.of(actor, units);
        LocalDate today = LegalTime.today(clock);
        String q = vn.lamchu.shared.VietnameseText.normalize(query);
        return units.search(actor.tenantId(), actor.unitId(), q, SEARCH_LIMIT).stream()
                .filter(u -> includeEnded || !ended(u, today))
                .map(u -> new Found(u, u.existsOn(today), ended(u, today), path(u, scope)))
                .toList();
    }

    private static List<String> path(Unit unit, Scope scope) {
        List<String> names = new ArrayList<>();
        Unit at = unit.parentId() == null ? null : scope.units().get(unit.parentId());
        while (at != null && names.size() < 100) {
            names.add(0, at.name());
            at = at.id().equals(scope.root()) || at.parentId() == null ? null : scope.units().get(at.parentId());
        }
        return names;
    }

    /** Every unit of the actor's scope, the ones that exist first (for pickers). */
    public List<Unit> unitsInScope(Actor actor) {
        LocalDate today = LegalTime.today(clock);
        return Scope.of(actor, units).units().values().stream().sorted(treeOrder(today)).toList();
    }

    /** The jurisdictions of the actor's tenant (names of places are public). */
    public List<Jurisdiction> jurisdictions(Actor actor) {
        return units.jurisdictions(actor.tenantId());
    }

    /**
     * @throws NotFoundException if the unit does not exist in the actor's tenant or lies outside their scope
     */
    public Unit unit(Actor actor, UnitId id) {
        if (!directory.isWithin(actor.tenantId(), id, actor.unitId())) {
            throw new NotFoundException("unit", id.toString());
        }
        return units.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("unit", id.toString()));
    }

    /** @throws NotFoundException as {@link #unit} */
    public Unit unitByCode(Actor actor, String code) {
        Unit unit = units.findByCode(actor.tenantId(), UnitDraft.normalizeCode(code))
                .orElseThrow(() -> new NotFoundException("unit", code));
        return unit(actor, unit.id());
    }

    /** @throws NotFoundException as {@link #unit} */
    public UnitDetail detail(Actor actor, UnitId id) {
        Unit unit = unit(actor, id);
        LocalDate today = LegalTime.today(clock);
        Scope scope = Scope.of(actor, units);
        Map<UnitId, String> names = new HashMap<>();
        scope.units().values().forEach(u -> names.put(u.id(), u.name()));
        List<Unit> ancestors = units.ancestors(actor.tenantId(), id);
        ancestors.forEach(u -> names.put(u.id(), u.name()));
        List<HistoryView> history = units.history(actor.tenantId(), id).stream()
                .map(h -> new HistoryView(h.change(), h.effectiveDate(), h.oldName(), h.newName(),
                        h.oldParentId() == null ? null : names.get(h.oldParentId()),
                        h.newParentId() == null ? null : names.get(h.newParentId())))
                .toList();
        List<Reorganisations.View> reorganisationList = reorganisations.involving(actor.tenantId(), id).stream()
                .map(h -> reorganisationViews.view(actor.tenantId(), h, scope)).toList();
        List<Unit> successors = ended(unit, today)
                ? directory.successorsOf(actor.tenantId(), id, today).stream().filter(scope::contains).toList()
                : List.of();
        return new UnitDetail(unit, unit.existsOn(today), ended(unit, today),
                units.jurisdiction(actor.tenantId(), unit.jurisdictionId()).orElse(null), ancestors,
                units.children(actor.tenantId(), id).stream().sorted(treeOrder(today)).toList(),
                people.holdingsInUnit(actor.tenantId(), id), history, reorganisationList, successors, today);
    }

    /**
     * Creates a unit under a parent in the actor's scope.
     *
     * @throws OrgValidationException with every problem found
     */
    @Transactional
    public Unit create(Actor actor, UnitDraft draft) {
        return writer.create(draft.normalized(), Scope.of(actor, units), "", null);
    }

    /**
     * Corrects a unit: code, names, kind, jurisdiction, validity. The parent changes only by a reorganisation (MOVE),
     * and a rename that should stay in the history is a reorganisation (RENAME).
     *
     * @throws NotFoundException                  if the unit is outside the actor's scope
     * @throws OptimisticLockingFailureException if someone changed the unit since {@code version}
     * @throws OrgValidationException            with every problem found
     */
    @Transactional
    public Unit update(Actor actor, UnitId id, UnitDraft draft, int version) {
        Unit existing = unit(actor, id);
        if (existing.version() != version) {
            throw new OptimisticLockingFailureException("org_unit " + id + " changed");
        }
        UnitDraft d = draft.normalized();
        Scope scope = Scope.of(actor, units);
        DatabaseTree tree = new DatabaseTree(units, scope);
        Unit parent = existing.parentId() == null ? null : units.find(actor.tenantId(), existing.parentId()).orElse(null);
        LocalDate parentSince = units.lastMove(actor.tenantId(), id).orElse(null);
        OrgValidationException.throwIfAny(UnitRules.checkUpdate(existing, parent, parentSince, d, tree,
                units.children(actor.tenantId(), id), people.holdingsInUnit(actor.tenantId(), id)));
        UUID jurisdiction = tree.jurisdictionByCode(d.jurisdictionCode()).map(Jurisdiction::id)
                .orElseThrow(() -> new OrgValidationException(List.of(
                        Problem.of("jurisdictionCode", "unit.jurisdiction.missing", d.jurisdictionCode()))));
        Unit changed = new Unit(existing.tenantId(), id, existing.parentId(), jurisdiction, d.kind(), d.code(), d.name(),
                d.shortName(), d.validFrom(), d.validTo(), version + 1);
        try {
            if (!units.update(changed, version)) {
                throw new OptimisticLockingFailureException("org_unit " + id + " changed");
            }
        } catch (DuplicateKeyException e) {
            throw new OrgValidationException(List.of(Problem.of("code", "unit.code.taken", d.code())));
        }
        audit.recordChange(actor.tenantId(), "org_unit", id.toString(), "update", null, changes(existing, changed));
        return changed;
    }

    private static Map<String, Object> changes(Unit before, Unit after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        put(changes, "code", before.code(), after.code());
        put(changes, "name", before.name(), after.name());
        put(changes, "shortName", before.shortName(), after.shortName());
        put(changes, "kind", before.kind(), after.kind());
        put(changes, "jurisdiction", before.jurisdictionId(), after.jurisdictionId());
        put(changes, "validFrom", before.validFrom(), after.validFrom());
        put(changes, "validTo", before.validTo(), after.validTo());
        return changes;
    }

    private static void put(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, String.valueOf(before) + " → " + after);
        }
    }

    /** For the demo seeding and tests: a tenant with its province and root unit. */
    @Transactional
    Unit createTenant(String tenantCode, String tenantName, String jurisdictionCode, String jurisdictionName,
                      String rootCode, String rootName, LocalDate validFrom) {
        var tenant = new vn.lamchu.shared.TenantId(Ids.newId(clock));
        var now = clock.instant();
        units.insertTenant(tenant, tenantCode, tenantName, now);
        Jurisdiction province = new Jurisdiction(tenant, Ids.newId(clock), null, JurisdictionLevel.PROVINCE,
                jurisdictionCode, jurisdictionName, validFrom, null, 0);
        units.insertJurisdictions(List.of(province));
        Unit root = new Unit(tenant, new UnitId(Ids.newId(clock)), null, province.id(), UnitKind.AREA, rootCode,
                rootName, null, validFrom, null, 0);
        units.insert(root, now);
        audit.recordChange(tenant, "tenant", tenant.toString(), "create", null,
                Map.of("code", tenantCode, "name", tenantName, "root", rootCode));
        return root;
    }
}
