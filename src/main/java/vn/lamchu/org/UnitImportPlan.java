package vn.lamchu.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Turns a units CSV into the jurisdictions and units to insert, checking every row with {@link UnitRules} against
 * the existing tree plus the rows before it. Rows may name as parent (or as jurisdiction) a unit defined anywhere
 * in the file: rows are checked in dependency order, parents first, whatever their order in the file.
 */
final class UnitImportPlan {

    private UnitImportPlan() {
    }

    /** What exists: every unit and jurisdiction of the tenant. */
    record Snapshot(Map<String, Unit> unitsByCode, Map<String, Jurisdiction> jurisdictionsByCode,
                    Map<UUID, Jurisdiction> jurisdictionsById) {

        static Snapshot of(List<Unit> units, List<Jurisdiction> jurisdictions) {
            Map<String, Unit> byCode = new HashMap<>();
            units.forEach(u -> byCode.put(u.code(), u));
            Map<String, Jurisdiction> jByCode = new HashMap<>();
            Map<UUID, Jurisdiction> jById = new HashMap<>();
            jurisdictions.forEach(j -> {
                jByCode.put(j.code(), j);
                jById.put(j.id(), j);
            });
            return new Snapshot(byCode, jByCode, jById);
        }
    }

    /** The rows to insert, in an order the foreign keys accept, or the problems that stop the import. */
    record Plan(int rows, List<Jurisdiction> jurisdictions, List<Unit> units, List<ImportProblem> problems) {
    }

    private record Parsed(int line, UnitDraft draft) {
    }

    static Plan plan(CsvTable table, Snapshot snapshot, Scope scope, Vocabulary vocabulary, Supplier<UUID> ids) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = ImportColumns.locate(table.header(), ImportColumns.UNITS, problems);
        if (!problems.isEmpty()) {
            return new Plan(table.rows().size(), List.of(), List.of(), problems);
        }
        List<Parsed> parsed = new ArrayList<>();
        Set<Integer> failed = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            ImportRow r = new ImportRow(row, columns, vocabulary);
            UnitDraft.JurisdictionDraft newJurisdiction = new UnitDraft.JurisdictionDraft(
                    r.word("cap_dia_ban", JurisdictionLevel.class), r.text("ten_dia_ban"));
            UnitDraft draft = new UnitDraft(r.text("ma_don_vi"), r.text("ten_don_vi"), r.text("ten_viet_tat"),
                    r.word("loai_don_vi", UnitKind.class), r.text("ma_don_vi_cha"), r.text("ma_dia_ban"),
                    newJurisdiction.isEmpty() ? null : newJurisdiction, r.date("hieu_luc_tu"), r.date("hieu_luc_den"))
                    .normalized();
            parsed.add(new Parsed(row.line(), draft));
            if (!r.problems().isEmpty()) {
                problems.addAll(r.problems());
                failed.add(row.line());
            }
        }

        // Which row defines each new code and each new jurisdiction
        Map<String, Parsed> byCode = new HashMap<>();
        Map<String, Parsed> jurisdictionDeclarer = new HashMap<>();
        for (Parsed p : parsed) {
            String code = p.draft().code();
            if (code != null && !snapshot.unitsByCode().containsKey(code)) {
                Parsed first = byCode.putIfAbsent(code, p);
                if (first != null) {
                    problems.add(ImportProblem.of(p.line(), "ma_don_vi", "import.unit.duplicate", code, first.line()));
                    failed.add(p.line());
                }
            }
            String jCode = p.draft().jurisdictionCode();
            if (jCode != null && p.draft().newJurisdiction() != null && !snapshot.jurisdictionsByCode().containsKey(jCode)) {
                Parsed first = jurisdictionDeclarer.putIfAbsent(jCode, p);
                if (first != null && !first.draft().newJurisdiction().equals(p.draft().newJurisdiction())) {
                    problems.add(ImportProblem.of(p.line(), "ma_dia_ban", "import.jurisdiction.conflict", jCode, first.line()));
                    failed.add(p.line());
                }
            }
        }

        // Dependencies: the row of the parent, the row that declares the jurisdiction
        Map<Integer, List<Parsed>> dependents = new HashMap<>();
        Map<Integer, Integer> pending = new HashMap<>();
        Map<Integer, List<Parsed>> dependsOn = new HashMap<>();
        for (Parsed p : parsed) {
            List<Parsed> deps = new ArrayList<>();
            Optional.ofNullable(p.draft().parentCode()).filter(c -> !snapshot.unitsByCode().containsKey(c))
                    .map(byCode::get).filter(d -> d != p).ifPresent(deps::add);
            Optional.ofNullable(p.draft().jurisdictionCode()).map(jurisdictionDeclarer::get)
                    .filter(d -> d != p && !deps.contains(d)).ifPresent(deps::add);
            dependsOn.put(p.line(), deps);
            pending.put(p.line(), deps.size());
            deps.forEach(d -> dependents.computeIfAbsent(d.line(), k -> new ArrayList<>()).add(p));
        }
        PriorityQueue<Parsed> ready = new PriorityQueue<>(Comparator.comparingInt(Parsed::line));
        parsed.stream().filter(p -> pending.get(p.line()) == 0).forEach(ready::add);

        MemoryTree tree = new MemoryTree(snapshot, scope);
        List<Jurisdiction> newJurisdictions = new ArrayList<>();
        List<Unit> newUnits = new ArrayList<>();
        Set<Integer> processed = new HashSet<>();
        TenantId tenant = scope.tenant();
        while (!ready.isEmpty()) {
            Parsed p = ready.poll();
            processed.add(p.line());
            dependents.getOrDefault(p.line(), List.of()).forEach(d -> {
                if (pending.merge(d.line(), -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            });
            if (failed.contains(p.line())) {
                continue;
            }
            Optional<Parsed> badDependency = dependsOn.get(p.line()).stream().filter(d -> failed.contains(d.line())).findFirst();
            if (badDependency.isPresent()) {
                problems.add(ImportProblem.of(p.line(), null, "import.unit.dependsOnBadRow",
                        badDependency.get().draft().code(), badDependency.get().line()));
                failed.add(p.line());
                continue;
            }
            UnitDraft draft = p.draft();
            Parsed declarer = draft.jurisdictionCode() == null ? null : jurisdictionDeclarer.get(draft.jurisdictionCode());
            if (declarer != null && declarer != p) {
                draft = new UnitDraft(draft.code(), draft.name(), draft.shortName(), draft.kind(), draft.parentCode(),
                        draft.jurisdictionCode(), null, draft.validFrom(), draft.validTo());
            }
            List<OrgValidationException.Problem> ruleProblems = UnitRules.checkNew(draft, tree);
            if (!ruleProblems.isEmpty()) {
                problems.addAll(ImportRow.of(p.line(), ruleProblems));
                failed.add(p.line());
                continue;
            }
            Unit parent = tree.unitByCode(draft.parentCode()).orElseThrow();
            UUID jurisdiction = parent.jurisdictionId();
            if (draft.jurisdictionCode() != null) {
                Optional<Jurisdiction> known = tree.jurisdictionByCode(draft.jurisdictionCode());
                if (known.isPresent()) {
                    jurisdiction = known.get().id();
                } else {
                    Jurisdiction created = new Jurisdiction(tenant, ids.get(), parent.jurisdictionId(),
                            draft.newJurisdiction().level(), draft.jurisdictionCode(), draft.newJurisdiction().name(),
                            draft.validFrom(), draft.validTo(), 0);
                    tree.add(created);
                    newJurisdictions.add(created);
                    jurisdiction = created.id();
                }
            }
            Unit unit = new Unit(tenant, new UnitId(ids.get()), parent.id(), jurisdiction, draft.kind(), draft.code(),
                    draft.name(), draft.shortName(), draft.validFrom(), draft.validTo(), 0);
            tree.add(unit);
            newUnits.add(unit);
        }
        for (Parsed p : parsed) {
            if (!processed.contains(p.line())) {
                problems.add(ImportProblem.of(p.line(), "ma_don_vi_cha", "import.unit.cycle", p.draft().code()));
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new Plan(parsed.size(), newJurisdictions, newUnits, problems);
    }

    /** The tree as the rules see it during an import: what exists, plus the rows accepted so far. */
    static final class MemoryTree implements UnitRules.Tree {

        private final Snapshot snapshot;
        private final Scope scope;
        private final Map<String, Unit> units = new HashMap<>();
        private final Set<UnitId> added = new HashSet<>();
        private final Map<String, Jurisdiction> jurisdictionsByCode = new HashMap<>();
        private final Map<UUID, Jurisdiction> jurisdictionsById = new HashMap<>();

        MemoryTree(Snapshot snapshot, Scope scope) {
            this.snapshot = snapshot;
            this.scope = scope;
        }

        void add(Unit unit) {
            units.put(unit.code(), unit);
            added.add(unit.id());
        }

        void add(Jurisdiction jurisdiction) {
            jurisdictionsByCode.put(jurisdiction.code(), jurisdiction);
            jurisdictionsById.put(jurisdiction.id(), jurisdiction);
        }

        @Override
        public Optional<Unit> unitByCode(String code) {
            Unit unit = units.get(code);
            return unit != null ? Optional.of(unit) : Optional.ofNullable(snapshot.unitsByCode().get(code));
        }

        @Override
        public Optional<Jurisdiction> jurisdictionByCode(String code) {
            Jurisdiction j = jurisdictionsByCode.get(code);
            return j != null ? Optional.of(j) : Optional.ofNullable(snapshot.jurisdictionsByCode().get(code));
        }

        @Override
        public Optional<Jurisdiction> jurisdiction(UUID id) {
            Jurisdiction j = jurisdictionsById.get(id);
            return j != null ? Optional.of(j) : Optional.ofNullable(snapshot.jurisdictionsById().get(id));
        }

        @Override
        public boolean inScope(Unit unit) {
            return added.contains(unit.id()) || scope.contains(unit);
        }
    }
}
