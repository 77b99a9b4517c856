package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.org.OrgFixtures.REFORM;
import static vn.lamchu.org.OrgFixtures.jurisdiction;
import static vn.lamchu.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lamchu.org.OrgValidationException.Problem;

class PeopleRulesTests {

    private final Jurisdiction commune = jurisdiction("TP", JurisdictionLevel.COMMUNE, null, REFORM, null);
    private final Unit committee = unit("TP-UBND", null, commune, REFORM, null);
    private final UUID mai = UUID.randomUUID();
    private final UUID tam = UUID.randomUUID();

    private PostHolding holding(UUID person, String name, Post post, LocalDate from, LocalDate to) {
        return new PostHolding(UUID.randomUUID(), person, name, committee.id(), committee.name(), post, post.name(),
                from, to, 0);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @Test
    void allowsOnlyOneChairAtATime() {
        var chair = List.of(holding(mai, "Trần Thị Mai", Post.CHAIR, REFORM, null));
        var second = new PostDraft("TP-UBND", Post.CHAIR, null, REFORM.plusMonths(3), null);
        assertThat(keys(PeopleRules.checkHolding(second, committee, tam, chair))).containsExactly("post.singleHolder");
        var afterTheFirst = List.of(holding(mai, "Trần Thị Mai", Post.CHAIR, REFORM, REFORM.plusMonths(3)));
        assertThat(PeopleRules.checkHolding(second, committee, tam, afterTheFirst)).isEmpty();
    }

    @Test
    void allowsSeveralDeputiesAndOfficersAtOnce() {
        var deputies = List.of(holding(mai, "Trần Thị Mai", Post.VICE_CHAIR, REFORM, null));
        var another = new PostDraft("TP-UBND", Post.VICE_CHAIR, null, REFORM, null);
        assertThat(PeopleRules.checkHolding(another, committee, tam, deputies)).isEmpty();
    }

    @Test
    void refusesTheSamePostTwiceForOnePersonAtOnce() {
        var held = List.of(holding(mai, "Trần Thị Mai", Post.OFFICER, REFORM, null));
        var again = new PostDraft("TP-UBND", Post.OFFICER, null, REFORM.plusDays(1), null);
        assertThat(keys(PeopleRules.checkHolding(again, committee, mai, held))).containsExactly("post.overlap");
    }

    @Test
    void refusesAPostOutsideTheUnitsDays() {
        var before = new PostDraft("TP-UBND", Post.OFFICER, null, REFORM.minusDays(1), null);
        assertThat(keys(PeopleRules.checkHolding(before, committee, mai, List.of()))).containsExactly("post.unit.notValid");
    }

    @Test
    void reportsAMissingUnitByItsCode() {
        var nowhere = new PostDraft("TP-XYZ", Post.OFFICER, null, REFORM, null);
        assertThat(PeopleRules.checkHolding(nowhere, null, mai, List.of()))
                .containsExactly(Problem.of("unitCode", "unit.missing", "TP-XYZ"));
    }

    @Test
    void checksNameContactDataAndBirthDate() {
        var draft = new PersonDraft(null, " ", LocalDate.of(2090, 1, 1), null, "abc", "not-an-address", false, "TP-UBND")
                .normalized();
        assertThat(keys(PeopleRules.checkPerson(draft, LocalDate.of(2026, 1, 1), false, committee)))
                .containsExactly("person.fullName.required", "person.birthDate.implausible", "person.phone.format",
                        "person.email.format");
        var good = new PersonDraft("TP-001", "Nguyễn Văn Hùng", LocalDate.of(1973, 5, 10), Person.Gender.MALE,
                "0912 345 678", "hung@tanphu.example", true, "TP-UBND").normalized();
        assertThat(PeopleRules.checkPerson(good, LocalDate.of(2026, 1, 1), false, committee)).isEmpty();
    }
}
