package vn.lamchu.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.lamchu.org.OrgValidationException.Problem;

/**
 * The rules a unit must keep, whether it comes from a form, the API, a CSV file or a reorganisation: a name, a code
 * unique in the tenant, ordered dates, a parent that exists (and is in the actor's scope) on every day the unit
 * exists, and a jurisdiction that exists on those days. Jurisdictions created with a unit follow
 * {@link #checkNewJurisdiction}.
 */
final class UnitRules {

    /**
     * The first day of two-level local government: district-level units and townships no longer exist
     * (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15, in force 1/7/2025; RULEBOOK §0.2, §13.2).
     */
    static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

    static final int NAME_MAX = 300;
    static final int SHORT_NAME_MAX = 100;
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,49}");

    private UnitRules() {
    }

    /** What the rules need to know about the rest of the tenant's tree. */
    interface Tree {
        Optional<Unit> unitByCode(String code);

        Optional<Jurisdiction> jurisdictionByCode(String code);

        Optional<Jurisdiction> jurisdiction(UUID id);

        /** Whether the actor may use this unit (it lies in the actor's subtree). */
        boolean inScope(Unit unit);
    }

    /** The rules for a new unit (the draft normalised). */
    static List<Problem> checkNew(UnitDraft d, Tree tree) {
        List<Problem> problems = new ArrayList<>();
        checkCode(d.code(), null, tree, problems);
        checkTexts(d, problems);
        boolean datesOk = checkDates(d.validFrom(), d.validTo(), problems);
        Optional<Unit> parent = Optional.empty();
        if (d.parentCode() == null) {
            problems.add(Problem.of("parentCode", "unit.parent.required"));
        } else {
            parent = tree.unitByCode(d.parentCode()).filter(tree::inScope);
            if (parent.isEmpty()) {
                problems.add(Problem.of("parentCode", "unit.parent.missing", d.parentCode()));
            } else if (datesOk) {
                checkCoveredBy(parent.get(), d.validFrom(), d.validTo(), problems);
            }
        }
        checkJurisdiction(d, parent, datesOk, tree, problems);
        return problems;
    }

    /**
     * The rules for a change of an existing unit. Its parent changes only by a MOVE; the parent must cover the
     * unit's days since {@code parentSince} (the last move, or the unit's first day).
     */
    static List<Problem> checkUpdate(Unit existing, Unit parent, LocalDate parentSince, UnitDraft d, Tree tree,
                                     List<Unit> children, List<PostHolding> holdings) {
        List<Problem> problems = new ArrayList<>();
        checkCode(d.code(), existing.id(), tree, problems);
        checkTexts(d, problems);
        boolean datesOk = checkDates(d.validFrom(), d.validTo(), problems);
        if (datesOk && parent != null) {
            checkCoveredBy(parent, Periods.later(d.validFrom(), parentSince), d.validTo(), problems);
        }
        if (d.jurisdictionCode() == null) {
            problems.add(Problem.of("jurisdictionCode", "unit.jurisdiction.required"));
        } else {
            checkJurisdiction(d, Optional.ofNullable(parent), datesOk, tree, problems);
        }
        if (datesOk) {
            for (Unit child : children) {
                if (!Periods.within(child.validFrom(), child.validTo(), d.validFrom(), d.validTo())) {
                    problems.add(Problem.of("validTo", "unit.validity.childOutside", child.code(),
                            Periods.show(child.validFrom()), Periods.show(child.validTo())));
                    break;
                }
            }
            for (PostHolding holding : holdings) {
                if (!Periods.within(holding.validFrom(), holding.validTo(), d.validFrom(), d.validTo())) {
                    problems.add(Problem.of("validTo", "unit.validity.postOutside", holding.personName(),
                            Periods.show(holding.validFrom()), Periods.show(holding.validTo())));
                    break;
                }
            }
        }
        return problems;
    }

    static void checkCode(String code, vn.lamchu.shared.UnitId self, Tree tree, List<Problem> problems) {
        if (code == null) {
            problems.add(Problem.of("code", "unit.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "unit.code.format", code));
        } else if (tree.unitByCode(code).filter(u -> !u.id().equals(self)).isPresent()) {
            problems.add(Problem.of("code", "unit.code.taken", code));
        }
    }

    private static void checkTexts(UnitDraft d, List<Problem> problems) {
        if (d.name() == null) {
            problems.add(Problem.of("name", "unit.name.required"));
        } else if (d.name().length() > NAME_MAX) {
            problems.add(Problem.of("name", "unit.name.tooLong", NAME_MAX));
        }
        if (d.shortName() != null && d.shortName().length() > SHORT_NAME_MAX) {
            problems.add(Problem.of("shortName", "unit.shortName.tooLong", SHORT_NAME_MAX));
        }
        if (d.kind() == null) {
            problems.add(Problem.of("kind", "unit.kind.required"));
        }
    }

    /** @return whether the dates are usable for the rules that depend on them */
    static boolean checkDates(LocalDate from, LocalDate to, List<Problem> problems) {
        if (from == null) {
            problems.add(Problem.of("validFrom", "unit.validFrom.required"));
            return false;
        }
        if (to != null && !to.isAfter(from)) {
            problems.add(Problem.of("validTo", "unit.validTo.notAfterFrom", Periods.show(to), Periods.show(from)));
            return false;
        }
        return true;
    }

    /** The parent must exist on every day of [from, to). */
    static void checkCoveredBy(Unit parent, LocalDate from, LocalDate to, List<Problem> problems) {
        if (from.isBefore(parent.validFrom())) {
            problems.add(Problem.of("validFrom", "unit.parent.notYet", parent.code(), Periods.show(parent.validFrom())));
        }
        if (parent.validTo() != null && (to == null || to.isAfter(parent.validTo()))) {
            problems.add(Problem.of("validTo", "unit.parent.ended", parent.code(), Periods.show(parent.validTo())));
        }
    }

    private static void checkJurisdiction(UnitDraft d, Optional<Unit> parent, boolean datesOk, Tree tree,
                                          List<Problem> problems) {
        Optional<Jurisdiction> parentJurisdiction = parent.flatMap(p -> tree.jurisdiction(p.jurisdictionId()));
        if (d.jurisdictionCode() == null) {
            if (parent.isPresent() && datesOk) {
                parentJurisdiction.ifPresent(j -> checkJurisdictionCovers(j, d.validFrom(), d.validTo(), problems));
            }
            return;
        }
        Optional<Jurisdiction> existing = tree.jurisdictionByCode(d.jurisdictionCode());
        if (existing.isPresent()) {
            if (datesOk) {
                checkJurisdictionCovers(existing.get(), d.validFrom(), d.validTo(), problems);
            }
        } else if (d.newJurisdiction() != null && !d.newJurisdiction().isEmpty()) {
            problems.addAll(checkNewJurisdiction(d.jurisdictionCode(), d.newJurisdiction(),
                    parentJurisdiction.orElse(null), datesOk ? d.validFrom() : null, d.validTo()));
        } else {
            problems.add(Problem.of("jurisdictionCode", "unit.jurisdiction.missing", d.jurisdictionCode()));
        }
    }

    private static void checkJurisdictionCovers(Jurisdiction j, LocalDate from, LocalDate to, List<Problem> problems) {
        if (!Periods.within(from, to, j.validFrom(), j.validTo())) {
            problems.add(Problem.of("jurisdictionCode", "unit.jurisdiction.notValid", j.name(),
                    Periods.show(j.validFrom()), Periods.show(j.validTo())));
        }
    }

    /**
     * A new jurisdiction: a code, a name and a level that fits under the parent's level; and no district or township
     * on or after 1/7/2025, when local government became two levels, province and commune
     * (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15; RULEBOOK §0.2).
     *
     * @param parent the parent unit's jurisdiction; null when unknown (another problem is reported then)
     * @param from   the first day; null when the dates are unusable (reported elsewhere)
     */
    static List<Problem> checkNewJurisdiction(String code, UnitDraft.JurisdictionDraft draft, Jurisdiction parent,
                                              LocalDate from, LocalDate to) {
        List<Problem> problems = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("jurisdictionCode", "unit.code.format", code));
        }
        if (draft.name() == null) {
            problems.add(Problem.of("newJurisdiction.name", "jurisdiction.name.required"));
        }
        if (draft.level() == null) {
            problems.add(Problem.of("newJurisdiction.level", "jurisdiction.level.required"));
            return problems;
        }
        if (parent != null && !canBeUnder(draft.level(), parent.level())) {
            problems.add(Problem.of("newJurisdiction.level", "jurisdiction.level.parent", parent.name()));
        }
        if (from != null) {
            if (draft.level().legacy() && (!from.isBefore(TWO_LEVEL_GOVERNMENT) || to == null
                    || to.isAfter(TWO_LEVEL_GOVERNMENT))) {
                problems.add(Problem.of("validTo", "jurisdiction.legacy", Periods.show(TWO_LEVEL_GOVERNMENT)));
            }
            if (parent != null && !Periods.within(from, to, parent.validFrom(), parent.validTo())) {
                problems.add(Problem.of("validFrom", "jurisdiction.parent.notValid", parent.name(),
                        Periods.show(parent.validFrom()), Periods.show(parent.validTo())));
            }
        }
        return problems;
    }

    /** Which level may lie directly under which (RULEBOOK §13.1–13.2). */
    static boolean canBeUnder(JurisdictionLevel child, JurisdictionLevel parent) {
        return switch (child) {
            case PROVINCE -> false;
            case DISTRICT -> parent == JurisdictionLevel.PROVINCE;
            case COMMUNE, WARD, SPECIAL_ZONE -> parent == JurisdictionLevel.PROVINCE || parent == JurisdictionLevel.DISTRICT;
            case TOWNSHIP -> parent == JurisdictionLevel.DISTRICT;
            case VILLAGE, RESIDENTIAL_GROUP -> parent.communeLevel() || parent == JurisdictionLevel.TOWNSHIP;
        };
    }
}
