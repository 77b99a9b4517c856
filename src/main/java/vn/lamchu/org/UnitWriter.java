package vn.lamchu.org;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgValidationException.Problem;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.UnitId;

/** Creates a unit (and the jurisdiction it brings, if any) after the rules accept it; audited. */
@Component
class UnitWriter {

    private final UnitStore units;
    private final AuditLog audit;
    private final Clock clock;

    UnitWriter(UnitStore units, AuditLog audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param draft a normalised draft
     * @param field a prefix for the problems' field names ({@code ""} for a unit form, {@code newUnits[0].} …)
     * @throws OrgValidationException if the rules refuse the draft
     */
    Unit create(UnitDraft draft, Scope scope, String field, String reason) {
        DatabaseTree tree = new DatabaseTree(units, scope);
        OrgValidationException.throwIfAny(prefixed(UnitRules.checkNew(draft, tree), field));
        Unit parent = tree.unitByCode(draft.parentCode()).orElseThrow();
        UUID jurisdiction = jurisdictionFor(draft, parent, tree);
        Unit unit = new Unit(scope.tenant(), new UnitId(Ids.newId(clock)), parent.id(), jurisdiction, draft.kind(),
                draft.code(), draft.name(), draft.shortName(), draft.validFrom(), draft.validTo(), 0);
        try {
            units.insert(unit, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new OrgValidationException(List.of(Problem.of(field + "code", "unit.code.taken", draft.code())));
        }
        audit.recordChange(scope.tenant(), "org_unit", unit.id().toString(), "create", reason, details(unit, parent));
        return unit;
    }

    /** The draft's jurisdiction: an existing one by code, a new one with that code, or the parent's. */
    private UUID jurisdictionFor(UnitDraft draft, Unit parent, DatabaseTree tree) {
        if (draft.jurisdictionCode() == null) {
            return parent.jurisdictionId();
        }
        return tree.jurisdictionByCode(draft.jurisdictionCode()).map(Jurisdiction::id).orElseGet(() -> {
            Jurisdiction created = new Jurisdiction(tree.scope().tenant(), Ids.newId(clock), parent.jurisdictionId(),
                    draft.newJurisdiction().level(), draft.jurisdictionCode(), draft.newJurisdiction().name(),
                    draft.validFrom(), draft.validTo(), 0);
            units.insertJurisdictions(List.of(created));
            audit.recordChange(tree.scope().tenant(), "jurisdiction", created.id().toString(), "create", null,
                    Map.of("code", created.code(), "name", created.name(), "level", created.level().name()));
            return created.id();
        });
    }

    static Map<String, Object> details(Unit unit, Unit parent) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", unit.code());
        details.put("name", unit.name());
        details.put("kind", unit.kind().name());
        details.put("parent", parent == null ? "" : parent.code());
        details.put("validFrom", String.valueOf(unit.validFrom()));
        details.put("validTo", String.valueOf(unit.validTo()));
        return details;
    }

    static List<Problem> prefixed(List<Problem> problems, String prefix) {
        if (prefix.isEmpty()) {
            return problems;
        }
        return problems.stream().map(p -> new Problem(prefix + p.field(), p.key(), p.args())).toList();
    }
}
