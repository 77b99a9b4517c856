package vn.lamchu.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import vn.lamchu.shared.UnitId;

/**
 * Turns a people CSV into the people and post holdings to insert. One row is one person and, optionally, one post;
 * rows with the same {@code ma_nguoi} are the same person with several posts, and a {@code ma_nguoi} that already
 * exists adds posts to that person. Every row is checked with {@link PeopleRules} against what exists plus the rows
 * before it (one holder at a time of a single-holder post, no overlapping holdings).
 */
final class PeopleImportPlan {

    private PeopleImportPlan() {
    }

    /** What exists: the tenant's units, people with a code, and holdings. */
    record Snapshot(Map<String, Unit> unitsByCode, Map<String, Person> peopleByCode,
                    Map<String, List<PostHolding>> holdingsByUnitAndPost, Set<UUID> peopleInScope) {

        static Snapshot of(List<Unit> units, List<Person> people, List<PostHolding> holdings, Scope scope) {
            Map<String, Unit> byCode = new HashMap<>();
            units.forEach(u -> byCode.put(u.code(), u));
            Map<String, Person> peopleByCode = new HashMap<>();
            Set<UUID> inScope = new HashSet<>();
            people.forEach(p -> {
                if (p.code() != null) {
                    peopleByCode.put(p.code(), p);
                }
                if (scope.contains(p.unitId())) {
                    inScope.add(p.id());
                }
            });
            Map<String, List<PostHolding>> byUnitAndPost = new HashMap<>();
            holdings.forEach(h -> {
                byUnitAndPost.computeIfAbsent(key(h.unitId(), h.post()), k -> new ArrayList<>()).add(h);
                if (scope.contains(h.unitId())) {
                    inScope.add(h.personId());
                }
            });
            return new Snapshot(byCode, peopleByCode, byUnitAndPost, inScope);
        }
    }

    record Plan(int rows, List<Person> people, List<PeopleStore.NewHolding> holdings, List<ImportProblem> problems) {
    }

    static String key(UnitId unit, Post post) {
        return unit.value() + "/" + post.name();
    }

    static Plan plan(CsvTable table, Snapshot snapshot, Scope scope, Vocabulary vocabulary, LocalDate today,
                     Supplier<UUID> ids) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = ImportColumns.locate(table.header(), ImportColumns.PEOPLE, problems);
        if (!problems.isEmpty()) {
            return new Plan(table.rows().size(), List.of(), List.of(), problems);
        }
        List<Person> newPeople = new ArrayList<>();
        Map<String, Person> newByCode = new HashMap<>();
        Map<String, Integer> newCodeLine = new HashMap<>();
        List<PeopleStore.NewHolding> newHoldings = new ArrayList<>();
        Map<String, List<PostHolding>> holdings = new HashMap<>();
        snapshot.holdingsByUnitAndPost().forEach((k, v) -> holdings.put(k, new ArrayList<>(v)));

        for (CsvTable.Row row : table.rows()) {
            ImportRow r = new ImportRow(row, columns, vocabulary);
            String postUnit = UnitDraft.normalizeCode(r.text("ma_don_vi"));
            String recordUnit = UnitDraft.normalizeCode(r.text("don_vi_quan_ly"));
            PersonDraft personDraft = new PersonDraft(r.text("ma_nguoi"), r.text("ho_ten"), r.date("ngay_sinh"),
                    r.word("gioi_tinh", Person.Gender.class), r.text("dien_thoai"), r.text("email"),
                    r.yesNo("dang_vien"), recordUnit != null ? recordUnit : postUnit).normalized();
            Post post = r.word("chuc_vu", Post.class);
            PostDraft postDraft = postUnit == null && post == null && r.text("chuc_vu") == null ? null
                    : new PostDraft(postUnit, post, r.text("chuc_danh"), r.date("tu_ngay"), r.date("den_ngay")).normalized();
            if (!r.problems().isEmpty()) {
                problems.addAll(r.problems());
                continue;
            }

            // Who: an existing person, a person of an earlier row, or a new person
            Person person = null;
            boolean created = false;
            String code = personDraft.code();
            if (code != null && snapshot.peopleByCode().containsKey(code)) {
                person = snapshot.peopleByCode().get(code);
                if (!snapshot.peopleInScope().contains(person.id())) {
                    problems.add(ImportProblem.of(row.line(), "ma_nguoi", "import.person.taken", code));
                    continue;
                }
            } else if (code != null && newByCode.containsKey(code)) {
                person = newByCode.get(code);
                if (personDraft.fullName() != null && !personDraft.fullName().equals(person.fullName())) {
                    problems.add(ImportProblem.of(row.line(), "ho_ten", "import.person.conflict", code,
                            newCodeLine.get(code), person.fullName()));
                    continue;
                }
            } else {
                Unit unit = inScope(snapshot, scope, personDraft.unitCode());
                List<OrgValidationException.Problem> personProblems = PeopleRules.checkPerson(personDraft, today, false, unit);
                if (!personProblems.isEmpty()) {
                    problems.addAll(ImportRow.of(row.line(), personProblems));
                    continue;
                }
                person = new Person(scope.tenant(), ids.get(), code, personDraft.fullName(), personDraft.birthDate(),
                        personDraft.gender(), personDraft.phone(), personDraft.email(), personDraft.partyMember(),
                        unit.id(), 0);
                created = true;
            }

            // What: the post, if the row gives one
            PeopleStore.NewHolding holding = null;
            if (postDraft != null) {
                Unit unit = inScope(snapshot, scope, postDraft.unitCode());
                List<PostHolding> samePost = unit == null || postDraft.post() == null ? List.of()
                        : holdings.getOrDefault(key(unit.id(), postDraft.post()), List.of());
                List<OrgValidationException.Problem> postProblems = PeopleRules.checkHolding(postDraft, unit, person.id(), samePost);
                if (!postProblems.isEmpty()) {
                    problems.addAll(ImportRow.of(row.line(), postProblems));
                    continue;
                }
                String title = postDraft.title() != null ? postDraft.title()
                        : PeopleAdministration.defaultTitle(postDraft.post(), unit);
                holding = new PeopleStore.NewHolding(ids.get(), person.id(), unit.id(), postDraft.post(), title,
                        postDraft.validFrom(), postDraft.validTo());
                holdings.computeIfAbsent(key(unit.id(), postDraft.post()), k -> new ArrayList<>())
                        .add(new PostHolding(holding.id(), person.id(), person.fullName(), unit.id(), unit.name(),
                                postDraft.post(), title, postDraft.validFrom(), postDraft.validTo(), 0));
            }
            if (created) {
                newPeople.add(person);
                if (code != null) {
                    newByCode.put(code, person);
                    newCodeLine.put(code, row.line());
                }
            }
            if (holding != null) {
                newHoldings.add(holding);
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new Plan(table.rows().size(), newPeople, newHoldings, problems);
    }

    private static Unit inScope(Snapshot snapshot, Scope scope, String code) {
        if (code == null) {
            return null;
        }
        Unit unit = snapshot.unitsByCode().get(code);
        return unit != null && scope.contains(unit) ? unit : null;
    }
}
