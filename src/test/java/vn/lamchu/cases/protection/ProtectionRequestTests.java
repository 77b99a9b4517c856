package vn.lamchu.cases.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.lamchu.cases.CaseAction;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.protection.ProtectionRequest.EndReason;
import vn.lamchu.cases.protection.ProtectionRequest.Measure;
import vn.lamchu.cases.protection.ProtectionRequest.Person;
import vn.lamchu.cases.protection.ProtectionRequest.Relationship;
import vn.lamchu.cases.protection.ProtectionRequest.Status;
import vn.lamchu.shared.DomainException;

/** The protection sub-workflow (Luật Tố cáo 2018, Điều 50–54; RULEBOOK §15.2). */
class ProtectionRequestTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static ProtectionRequest request() {
        return new ProtectionRequest(UUID.randomUUID(), new CaseId(UUID.randomUUID()),
                ProtectionRequest.Initiative.DENOUNCER, ProtectionRequest.Form.ORAL, DAY,
                List.of(new Person(Relationship.DENOUNCER, null, null), new Person(Relationship.SPOUSE, "Lê Thị C", null)),
                Set.of(Measure.LIFE_HEALTH), "Bị đe dọa qua điện thoại");
    }

    @Test
    void aGrantedProtectionIsActiveFromItsStartDate() {
        ProtectionRequest r = request();
        r.grant(Set.of(Measure.LIFE_HEALTH, Measure.CONFIDENTIALITY), "Công an xã Tân Phú", DAY.plusDays(2),
                "Có căn cứ bị đe dọa");
        assertThat(r.statusOn(DAY)).isEqualTo(Status.DECIDED);
        assertThat(r.statusOn(DAY.plusDays(2))).isEqualTo(Status.ACTIVE);
        r.end(EndReason.GROUND_ENDED, null, Instant.EPOCH);
        assertThat(r.statusOn(DAY.plusDays(3))).isEqualTo(Status.ENDED);
    }

    @Test
    void aDecisionIsTakenOnlyOnceAndARefusalCannotBeEnded() {
        ProtectionRequest r = request();
        r.refuse("Không có căn cứ xâm hại");
        assertThatThrownBy(() -> r.grant(Set.of(Measure.JOB), "Công an", DAY, "Lý do đủ dài"))
                .isInstanceOf(DomainException.class).extracting("kind").isEqualTo(DomainException.Kind.CONFLICT);
        assertThatThrownBy(() -> r.end(EndReason.GROUND_ENDED, null, Instant.EPOCH))
                .isInstanceOf(DomainException.class).extracting("kind").isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(r.endWithProceeding(EndReason.CONCLUDED, Instant.EPOCH)).isFalse();
    }

    @Test
    void aRequestNotYetDecidedCannotBeEndedByHandButEndsWithTheProceeding() {
        ProtectionRequest r = request();
        assertThatThrownBy(() -> r.end(EndReason.GROUND_ENDED, null, Instant.EPOCH)).isInstanceOf(DomainException.class);
        assertThat(r.endWithProceeding(EndReason.CONCLUDED, Instant.EPOCH)).isTrue();
        assertThat(r.statusOn(DAY)).isEqualTo(Status.ENDED);
    }

    @Test
    void aGrantNamesMeasuresBodiesAndAStartNotBeforeTheRequest() {
        assertThatThrownBy(() -> request().grant(Set.of(), "Công an", DAY, "Lý do đủ dài"))
                .hasMessageContaining("protection.error.measures");
        assertThatThrownBy(() -> request().grant(Set.of(Measure.JOB), " ", DAY, "Lý do đủ dài"))
                .hasMessageContaining("protection.error.text");
        assertThatThrownBy(() -> request().grant(Set.of(Measure.JOB), "Công an", DAY.minusDays(1), "Lý do đủ dài"))
                .hasMessageContaining("protection.error.startOn");
    }

    @Test
    void aRelativeIsRecordedWithANameButTheDocumentNamesOnlyRelationships() {
        assertThatThrownBy(() -> new Person(Relationship.CHILD, null, null)).hasMessageContaining("personName");
        assertThat(ProtectionDecisions.persons(request().persons()))
                .isEqualTo("người tố cáo, vợ hoặc chồng của người tố cáo").doesNotContain("Lê Thị C");
    }

    @Test
    void onlyAConclusionOrATerminationEndsProtection() {
        assertThat(ProtectionEndings.reasonFor(CaseAction.ANSWER)).isEmpty();
        assertThat(ProtectionEndings.reasonFor(CaseAction.RECEIVE)).isEmpty();
    }
}
