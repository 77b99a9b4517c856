package vn.lamchu.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.lamchu.org.OrgValidationException.Problem;

/**
 * The rules for people and the posts they hold: a name, plausible contact data, a post in a unit that exists
 * throughout the holding, no person holding the same post twice at once, and at most one holder at a time of a
 * single-holder post (one Chủ tịch, one Bí thư) in a unit.
 */
final class PeopleRules {

    static final int NAME_MAX = 200;
    static final int TITLE_MAX = 300;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PeopleRules() {
    }

    /**
     * @param codeTaken whether another person already has the draft's code
     * @param unit      the record-keeping unit, if it exists and is in the actor's scope
     */
    static List<Problem> checkPerson(PersonDraft d, LocalDate today, boolean codeTaken, Unit unit) {
        List<Problem> problems = new ArrayList<>();
        if (d.code() != null && !UnitRules.CODE.matcher(d.code()).matches()) {
            problems.add(Problem.of("code", "unit.code.format", d.code()));
        } else if (codeTaken) {
            problems.add(Problem.of("code", "person.code.taken", d.code()));
        }
        if (d.fullName() == null) {
            problems.add(Problem.of("fullName", "person.fullName.required"));
        } else if (d.fullName().length() > NAME_MAX) {
            problems.add(Problem.of("fullName", "person.fullName.tooLong", NAME_MAX));
        }
        if (d.birthDate() != null && (d.birthDate().isAfter(today) || d.birthDate().isBefore(EARLIEST_BIRTH))) {
            problems.add(Problem.of("birthDate", "person.birthDate.implausible", Periods.show(d.birthDate())));
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            problems.add(Problem.of("phone", "person.phone.format", d.phone()));
        }
        if (d.email() != null && (!EMAIL.matcher(d.email()).matches() || d.email().length() > 200)) {
            problems.add(Problem.of("email", "person.email.format", d.email()));
        }
        if (d.unitCode() == null) {
            problems.add(Problem.of("unitCode", "person.unit.required"));
        } else if (unit == null) {
            problems.add(Problem.of("unitCode", "unit.missing", d.unitCode()));
        }
        return problems;
    }

    /**
     * @param unit       the unit, if it exists and is in the actor's scope
     * @param personId   the person who is to hold the post
     * @param samePost   the holdings of the same post in the same unit (any person, any time)
     */
    static List<Problem> checkHolding(PostDraft d, Unit unit, UUID personId, List<PostHolding> samePost) {
        List<Problem> problems = new ArrayList<>();
        if (d.post() == null) {
            problems.add(Problem.of("post", "post.post.required"));
        }
        if (d.title() != null && d.title().length() > TITLE_MAX) {
            problems.add(Problem.of("title", "post.title.tooLong", TITLE_MAX));
        }
        if (d.unitCode() == null) {
            problems.add(Problem.of("unitCode", "post.unit.required"));
        } else if (unit == null) {
            problems.add(Problem.of("unitCode", "unit.missing", d.unitCode()));
        }
        if (d.validFrom() == null) {
            problems.add(Problem.of("validFrom", "post.validFrom.required"));
            return problems;
        }
        if (d.validTo() != null && !d.validTo().isAfter(d.validFrom())) {
            problems.add(Problem.of("validTo", "unit.validTo.notAfterFrom", Periods.show(d.validTo()),
                    Periods.show(d.validFrom())));
            return problems;
        }
        if (unit == null || d.post() == null) {
            return problems;
        }
        if (!Periods.within(d.validFrom(), d.validTo(), unit.validFrom(), unit.validTo())) {
            problems.add(Problem.of("validFrom", "post.unit.notValid", unit.name(), Periods.show(unit.validFrom()),
                    Periods.show(unit.validTo())));
        }
        for (PostHolding other : samePost) {
            if (!Periods.overlap(d.validFrom(), d.validTo(), other.validFrom(), other.validTo())) {
                continue;
            }
            if (other.personId().equals(personId)) {
                problems.add(Problem.of("validFrom", "post.overlap", Periods.show(other.validFrom())));
                break;
            }
            if (d.post().singleHolder()) {
                problems.add(Problem.of("validFrom", "post.singleHolder", other.personName(), unit.name(),
                        Periods.show(other.validFrom()), Periods.show(other.validTo())));
                break;
            }
        }
        return problems;
    }
}
