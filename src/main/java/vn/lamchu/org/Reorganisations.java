package vn.lamchu.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgValidationException.Problem;
import vn.lamchu.org.ReorganisationStore.Link;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Records reorganisations — merge, split, rename, abolish, establish, move — on an effective date with their legal
 * basis, keeping history: a unit that ends keeps its record with {@code valid_to} set to the effective date, and the
 * links say which unit succeeds which, so that {@link OrgDirectory#successorsOf} can re-route its work.
 * <p>
 * <b>A unit that ends takes its still-existing descendants with it</b> (they end on the same date, their posts end,
 * and they are linked to the same successors). This is how the 2025 reform happened — the district level ended with
 * all its bodies at once (RULEBOOK §0.2, §13.1) — and it needs no dozen separate steps. Sub-units that carry on (a
 * village moving to the merged commune) are moved first with a MOVE; then they are no longer below the ending unit.
 * An area unit that ends also ends its jurisdiction when no other unit still uses it.
 * <p>
 * Every recorded reorganisation is published as {@link UnitsReorganised}, so that work held by a unit that ended
 * moves on to its successors.
 */
@Service
@Transactional(readOnly = true)
public class Reorganisations {

    static final int TEXT_MAX = 2000;

    private final UnitStore units;
    private final PeopleStore people;
    private final ReorganisationStore store;
    private final UnitWriter writer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reorganisations(UnitStore units, PeopleStore people, ReorganisationStore store, UnitWriter writer, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.people = people;
        this.store = store;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A reorganisation to record.
     *
     * @param unitCodes      the units concerned: merged, split, renamed, abolished or moved
     * @param successorCodes existing units that succeed them (merge: one; split: several; abolish: any number)
     * @param newUnits       units that begin on the effective date (merge: the merged unit; split; establish)
     * @param newName        the new name (rename); {@code newShortName} null keeps the short name
     * @param newParentCode  the new parent (move)
     * @param version        optionally, the version of the first unit as the user saw it (optimistic locking)
     */
    public record Command(ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note,
                          List<String> unitCodes, List<String> successorCodes, List<UnitDraft> newUnits,
                          String newName, String newShortName, String newParentCode, Integer version) {

        Command normalized() {
            return new Command(kind, effectiveDate, VietnameseText.normalizeOrNull(legalBasis),
                    VietnameseText.normalizeOrNull(note), codes(unitCodes), codes(successorCodes),
                    newUnits == null ? List.of() : newUnits.stream().map(UnitDraft::normalized).toList(),
                    VietnameseText.normalizeOrNull(newName), VietnameseText.normalizeOrNull(newShortName),
                    UnitDraft.normalizeCode(newParentCode), version);
        }

        private static List<String> codes(List<String> codes) {
            return codes == null ? List.of() : codes.stream().map(UnitDraft::normalizeCode)
                    .filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /** A unit named in a reorganisation; outside the reader's scope only the fact that there is one is shown. */
    public record UnitRef(UnitId id, String code, String name, boolean visible) {
    }

    /** Predecessor → successor; either may be null (a unit that begins, a unit that ends without successor). */
    public record LinkView(UnitRef predecessor, UnitRef successor) {
    }

    public record View(UUID id, ReorganisationKind kind, LocalDate effectiveDate, String legalBasis, String note,
                       Instant recordedAt, String recordedBy, List<LinkView> links) {
    }

    /** @throws NotFoundException if the reorganisation is unknown in the tenant or concerns no unit in scope */
    public View get(Actor actor, UUID id) {
        Scope scope = Scope.of(actor, units);
        View view = store.find(actor.tenantId(), id).map(h -> view(actor.tenantId(), h, scope))
                .orElseThrow(() -> new NotFoundException("reorganisation", id.toString()));
        boolean any = view.links().stream().anyMatch(l -> (l.predecessor() != null && l.predecessor().visible())
                || (l.successor() != null && l.successor().visible()));
        if (!any) {
            throw new NotFoundException("reorganisation", id.toString());
        }
        return view;
    }

    View view(TenantId tenant, ReorganisationStore.Header h, Scope scope) {
        List<LinkView> links = store.links(tenant, h.id()).stream()
                .filter(l -> l.subject().equals(ReorganisationStore.UNIT))
                .map(l -> new LinkView(ref(tenant, l.predecessor(), scope), ref(tenant, l.successor(), scope)))
                .toList();
        return new View(h.id(), h.kind(), h.effectiveDate(), h.legalBasis(), h.note(), h.recordedAt(),
                h.recordedBy(), links);
    }

    private UnitRef ref(TenantId tenant, UUID id, Scope scope) {
        if (id == null) {
            return null;
        }
        UnitId unit = new UnitId(id);
        Unit known = scope.units().get(unit);
        return known != null ? new UnitRef(unit, known.code(), known.name(), true) : new UnitRef(null, null, null, false);
    }

    /**
     * Records a reorganisation and applies it to the units.
     *
     * @throws OrgValidationException            with every problem found
     * @throws OptimisticLockingFailureException if the first unit changed since {@code command.version()}
     */
    @Transactional
    public View record(Actor actor, Command command) {
        Scope scope = Scope.of(actor, units);
        Command c = command.normalized();
        List<Problem> problems = new ArrayList<>();
        List<Unit> subjects = resolve(c.unitCodes(), "unitCodes", scope, problems);
        List<Unit> successors = resolve(c.successorCodes(), "successorCodes", scope, problems);
        checkCommon(c, problems);
        if (c.kind() != null) {
            checkShape(c, subjects, successors, problems);
        }
        if (problems.isEmpty() && c.effectiveDate() != null) {
            checkDates(actor.tenantId(), c, subjects, successors, scope, problems);
        }
        OrgValidationException.throwIfAny(problems);
        if (c.version() != null && !subjects.isEmpty() && subjects.get(0).version() != c.version()) {
            throw new OptimisticLockingFailureException("org_unit " + subjects.get(0).id() + " changed");
        }
        subjects.forEach(u -> units.findForUpdate(actor.tenantId(), u.id()));

        UUID id = Ids.newId(clock);
        Instant now = clock.instant();
        TenantId tenant = actor.tenantId();
        store.insert(tenant, new ReorganisationStore.Header(id, c.kind(), c.effectiveDate(), c.legalBasis(), c.note(),
                now, actor.username()));
        List<Unit> created = new ArrayList<>();
        for (int i = 0; i < c.newUnits().size(); i++) {
            UnitDraft draft = withStart(c.newUnits().get(i), c.effectiveDate());
            created.add(writer.create(draft, scope, "newUnits[" + i + "].", c.legalBasis()));
        }
        List<Unit> allSuccessors = new ArrayList<>(successors);
        allSuccessors.addAll(created);
        List<Link> links = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        switch (c.kind()) {
            case MERGE, SPLIT, ABOLISH -> {
                Set<UnitId> done = new HashSet<>();
                for (Unit subject : subjects) {
                    ended.addAll(endWithSubtree(tenant, subject, c.effectiveDate(), allSuccessors, links, done));
                }
            }
            case ESTABLISH -> created.forEach(u -> links.add(new Link(ReorganisationStore.UNIT, null, u.id().value())));
            case RENAME -> rename(tenant, subjects.get(0), c, id, now, links);
            case MOVE -> {
                Unit parent = units.findByCode(tenant, c.newParentCode()).orElseThrow();
                subjects.forEach(u -> move(tenant, u, parent, c.effectiveDate(), id, now, links));
            }
        }
        store.insertLinks(tenant, id, links);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", c.kind().name());
        details.put("effectiveDate", c.effectiveDate().toString());
        details.put("units", subjects.stream().map(Unit::code).toList());
        details.put("successors", allSuccessors.stream().map(Unit::code).toList());
        details.put("ended", ended);
        if (c.newName() != null) {
            details.put("newName", c.newName());
        }
        if (c.newParentCode() != null) {
            details.put("newParent", c.newParentCode());
        }
        audit.recordChange(tenant, "reorganisation", id.toString(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                c.legalBasis(), details);
        events.publishEvent(new UnitsReorganised(tenant, id, c.kind(), c.effectiveDate(), links.stream()
                .filter(l -> ReorganisationStore.UNIT.equals(l.subject()))
                .map(l -> new UnitsReorganised.Link(l.predecessor() == null ? null : new UnitId(l.predecessor()),
                        l.successor() == null ? null : new UnitId(l.successor())))
                .toList()));
        return view(tenant, store.find(tenant, id).orElseThrow(), Scope.of(actor, units));
    }

    private static UnitDraft withStart(UnitDraft d, LocalDate date) {
        return new UnitDraft(d.code(), d.name(), d.shortName(), d.kind(), d.parentCode(), d.jurisdictionCode(),
                d.newJurisdiction(), date, d.validTo());
    }

    private List<Unit> resolve(List<String> codes, String field, Scope scope, List<Problem> problems) {
        List<Unit> found = new ArrayList<>();
        for (String code : codes) {
            Optional<Unit> unit = units.findByCode(scope.tenant(), code).filter(scope::contains);
            if (unit.isEmpty()) {
                problems.add(Problem.of(field, "unit.missing", code));
            } else {
                found.add(unit.get());
            }
        }
        return found;
    }

    private static void checkCommon(Command c, List<Problem> problems) {
        if (c.kind() == null) {
            problems.add(Problem.of("kind", "reorg.kind.required"));
        }
        if (c.effectiveDate() == null) {
            problems.add(Problem.of("effectiveDate", "reorg.effectiveDate.required"));
        }
        if (c.legalBasis() == null) {
            problems.add(Problem.of("legalBasis", "reorg.legalBasis.required"));
        } else if (c.legalBasis().length() > TEXT_MAX) {
            problems.add(Problem.of("legalBasis", "reorg.text.tooLong", TEXT_MAX));
        }
        if (c.note() != null && c.note().length() > TEXT_MAX) {
            problems.add(Problem.of("note", "reorg.text.tooLong", TEXT_MAX));
        }
    }

    /** How many units of each role each kind needs. */
    static void checkShape(Command c, List<Unit> subjects, List<Unit> successors, List<Problem> problems) {
        int units = c.unitCodes().size();
        int successorCount = c.successorCodes().size() + c.newUnits().size();
        switch (c.kind()) {
            case MERGE -> {
                if (successorCount != 1) {
                    problems.add(Problem.of("successorCodes", "reorg.merge.oneSuccessor"));
                } else if (units < 2 && c.successorCodes().isEmpty()) {
                    problems.add(Problem.of("unitCodes", "reorg.merge.twoUnits"));
                } else if (units < 1) {
                    problems.add(Problem.of("unitCodes", "reorg.unit.required"));
                }
            }
            case SPLIT -> {
                if (units != 1) {
                    problems.add(Problem.of("unitCodes", "reorg.oneUnit"));
                }
                if (successorCount < 2) {
                    problems.add(Problem.of("successorCodes", "reorg.split.twoSuccessors"));
                }
            }
            case RENAME -> {
                if (units != 1) {
                    problems.add(Problem.of("unitCodes", "reorg.oneUnit"));
                }
                if (c.newName() == null) {
                    problems.add(Problem.of("newName", "unit.name.required"));
                } else if (c.newName().length() > UnitRules.NAME_MAX) {
                    problems.add(Problem.of("newName", "unit.name.tooLong", UnitRules.NAME_MAX));
                } else if (subjects.size() == 1 && c.newName().equals(subjects.get(0).name())
                        && (c.newShortName() == null || c.newShortName().equals(subjects.get(0).shortName()))) {
                    problems.add(Problem.of("newName", "reorg.rename.same"));
                }
            }
            case ABOLISH -> {
                if (units < 1) {
                    problems.add(Problem.of("unitCodes", "reorg.unit.required"));
                }
                if (!c.newUnits().isEmpty()) {
                    problems.add(Problem.of("newUnits", "reorg.abolish.noNewUnits"));
                }
            }
            case ESTABLISH -> {
                if (units > 0 || !c.successorCodes().isEmpty()) {
                    problems.add(Problem.of("unitCodes", "reorg.establish.onlyNew"));
                }
                if (c.newUnits().isEmpty()) {
                    problems.add(Problem.of("newUnits", "reorg.establish.newUnit"));
                }
            }
            case MOVE -> {
                if (units < 1) {
                    problems.add(Problem.of("unitCodes", "reorg.unit.required"));
                }
                if (c.newParentCode() == null) {
                    problems.add(Problem.of("newParentCode", "unit.parent.required"));
                }
            }
        }
        if (c.kind() != ReorganisationKind.RENAME && c.newName() != null) {
            problems.add(Problem.of("newName", "reorg.field.notFor"));
        }
    }

    private void checkDates(TenantId tenant, Command c, List<Unit> subjects, List<Unit> successors, Scope scope,
                            List<Problem> problems) {
        LocalDate date = c.effectiveDate();
        boolean ending = c.kind() == ReorganisationKind.MERGE || c.kind() == ReorganisationKind.SPLIT
                || c.kind() == ReorganisationKind.ABOLISH;
        Set<UnitId> endingUnits = new HashSet<>();
        if (ending) {
            for (Unit subject : subjects) {
                if (!endable(subject, date)) {
                    problems.add(Problem.of("unitCodes", "reorg.unit.notValidOn", subject.code(), Periods.show(date)));
                }
                for (Unit below : units.subtreeUnits(tenant, subject.id())) {
                    endingUnits.add(below.id());
                    if (!below.id().equals(subject.id()) && !below.validFrom().isBefore(date)) {
                        problems.add(Problem.of("unitCodes", "reorg.unit.laterChild", subject.code(), below.code()));
                    }
                }
                people.holdingsInUnit(tenant, subject.id()).stream().filter(h -> !h.validFrom().isBefore(date))
                        .findFirst().ifPresent(h -> problems.add(Problem.of("unitCodes", "reorg.unit.laterPost",
                                subject.code(), h.personName())));
            }
        }
        for (Unit successor : successors) {
            if (!successor.existsOn(date)) {
                problems.add(Problem.of("successorCodes", "reorg.successor.notValidOn", successor.code(), Periods.show(date)));
            } else if (endingUnits.contains(successor.id())) {
                problems.add(Problem.of("successorCodes", "reorg.successor.ending", successor.code()));
            }
        }
        for (int i = 0; i < c.newUnits().size(); i++) {
            UnitDraft draft = c.newUnits().get(i);
            Optional<Unit> parent = draft.parentCode() == null ? Optional.empty()
                    : units.findByCode(tenant, draft.parentCode());
            if (parent.isPresent() && endingUnits.contains(parent.get().id())) {
                problems.add(Problem.of("newUnits[" + i + "].parentCode", "reorg.newUnit.parentEnding", parent.get().code()));
            }
            for (int j = 0; j < i; j++) {
                if (draft.code() != null && draft.code().equals(c.newUnits().get(j).code())) {
                    problems.add(Problem.of("newUnits[" + i + "].code", "unit.code.taken", draft.code()));
                }
            }
            problems.addAll(UnitWriter.prefixed(UnitRules.checkNew(withStart(draft, date), new DatabaseTree(units, scope)),
                    "newUnits[" + i + "]."));
        }
        boolean keepsIdentity = c.kind() == ReorganisationKind.RENAME || c.kind() == ReorganisationKind.MOVE;
        if (keepsIdentity && date.isAfter(vn.lamchu.shared.LegalTime.today(clock))) {
            problems.add(Problem.of("effectiveDate", "reorg.notFuture"));
        }
        if (c.kind() == ReorganisationKind.RENAME && subjects.size() == 1) {
            Unit unit = subjects.get(0);
            LocalDate after = units.lastRename(tenant, unit.id()).orElse(unit.validFrom());
            if (!date.isAfter(after) || (unit.validTo() != null && !date.isBefore(unit.validTo()))) {
                problems.add(Problem.of("effectiveDate", "reorg.rename.date", Periods.show(after),
                        Periods.show(unit.validTo())));
            }
        }
        if (c.kind() == ReorganisationKind.MOVE) {
            checkMove(tenant, c, subjects, scope, problems);
        }
    }

    private void checkMove(TenantId tenant, Command c, List<Unit> subjects, Scope scope, List<Problem> problems) {
        LocalDate date = c.effectiveDate();
        Optional<Unit> parent = units.findByCode(tenant, c.newParentCode()).filter(scope::contains);
        if (parent.isEmpty()) {
            problems.add(Problem.of("newParentCode", "unit.parent.missing", c.newParentCode()));
            return;
        }
        for (Unit unit : subjects) {
            if (!unit.existsOn(date)) {
                problems.add(Problem.of("effectiveDate", "reorg.unit.notValidOn", unit.code(), Periods.show(date)));
                continue;
            }
            if (parent.get().id().equals(unit.parentId())) {
                problems.add(Problem.of("newParentCode", "reorg.move.sameParent", unit.code()));
            }
            boolean cycle = units.subtreeUnits(tenant, unit.id()).stream().anyMatch(u -> u.id().equals(parent.get().id()));
            if (cycle) {
                problems.add(Problem.of("newParentCode", "unit.parent.cycle", unit.code(), parent.get().code()));
                continue;
            }
            List<Problem> cover = new ArrayList<>();
            UnitRules.checkCoveredBy(parent.get(), date, unit.validTo(), cover);
            cover.forEach(p -> problems.add(new Problem("newParentCode", p.key(), p.args())));
        }
    }

    /** A unit can end on {@code date} if it existed the day before and has not ended earlier. */
    static boolean endable(Unit unit, LocalDate date) {
        return unit.validFrom().isBefore(date) && (unit.validTo() == null || !unit.validTo().isBefore(date));
    }

    /** Ends the unit and its descendants that still exist, their posts, and an area's jurisdiction; links them. */
    private List<String> endWithSubtree(TenantId tenant, Unit subject, LocalDate date, List<Unit> successors,
                                        List<Link> links, Set<UnitId> done) {
        List<String> ended = new ArrayList<>();
        for (Unit unit : units.subtreeUnits(tenant, subject.id())) {
            if (!done.add(unit.id()) || (unit.validTo() != null && unit.validTo().isBefore(date))) {
                continue;
            }
            boolean subjectItself = unit.id().equals(subject.id());
            if (!subjectItself && date.equals(unit.validTo()) && store.endedBy(tenant, unit.id(), date)) {
                continue; // an earlier reorganisation of that day already ended it, with its own successors
            }
            if (unit.validTo() == null || unit.validTo().isAfter(date)) {
                units.end(tenant, unit.id(), date);
            }
            people.endHoldingsOfUnit(tenant, unit.id(), date);
            ended.add(unit.code());
            if (successors.isEmpty()) {
                links.add(new Link(ReorganisationStore.UNIT, unit.id().value(), null));
            }
            successors.forEach(s -> links.add(new Link(ReorganisationStore.UNIT, unit.id().value(), s.id().value())));
            if (unit.kind() == UnitKind.AREA) {
                endJurisdiction(tenant, unit, date, successors, links);
            }
        }
        return ended;
    }

    private void endJurisdiction(TenantId tenant, Unit area, LocalDate date, List<Unit> successors, List<Link> links) {
        Jurisdiction jurisdiction = units.jurisdiction(tenant, area.jurisdictionId()).orElseThrow();
        if (units.jurisdictionUsedAfter(tenant, jurisdiction.id(), date, List.of())) {
            return;
        }
        if (jurisdiction.validTo() == null || jurisdiction.validTo().isAfter(date)) {
            units.endJurisdiction(tenant, jurisdiction.id(), date);
        }
        successors.stream().filter(s -> s.kind() == UnitKind.AREA).map(Unit::jurisdictionId).distinct()
                .filter(j -> !j.equals(jurisdiction.id()))
                .forEach(j -> links.add(new Link(ReorganisationStore.JURISDICTION, jurisdiction.id(), j)));
    }

    private void rename(TenantId tenant, Unit unit, Command c, UUID reorganisation, Instant now, List<Link> links) {
        String shortName = c.newShortName() != null ? c.newShortName() : unit.shortName();
        units.insertHistory(tenant, new UnitStore.HistoryEntry(Ids.newId(clock), unit.id(), "RENAME", c.effectiveDate(),
                unit.name(), unit.shortName(), c.newName(), shortName, null, null, reorganisation), now);
        units.rename(tenant, unit.id(), c.newName(), shortName);
        links.add(new Link(ReorganisationStore.UNIT, unit.id().value(), unit.id().value()));
    }

    private void move(TenantId tenant, Unit unit, Unit parent, LocalDate date, UUID reorganisation, Instant now,
                      List<Link> links) {
        units.insertHistory(tenant, new UnitStore.HistoryEntry(Ids.newId(clock), unit.id(), "MOVE", date, null, null,
                null, null, unit.parentId(), parent.id(), reorganisation), now);
        units.move(tenant, unit.id(), parent.id());
        links.add(new Link(ReorganisationStore.UNIT, unit.id().value(), unit.id().value()));
    }
}
