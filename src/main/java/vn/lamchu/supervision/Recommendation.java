package vn.lamchu.supervision;

import java.time.LocalDate;
import java.util.UUID;

import vn.lamchu.shared.UnitId;

/**
 * A recommendation (kiến nghị) made after a supervision, an inspection or a community investment visit, tracked until
 * the addressed body answers it and the issuer assesses the answer.
 *
 * <p>"Answered" means the addressed body recorded its written answer ({@code answeredOn} set); the issuer then
 * assesses it as accepted, partly accepted or rejected with reasons. A recommendation still awaiting an answer after
 * its due date is <i>overdue</i>; on the first day after the due date it is escalated once.
 */
public record Recommendation(UUID id, int number, SupervisionBody source, UUID supervisionId, String supervisionTitle,
                             UnitId issuingUnitId, String issuingUnitName, UnitId addressedUnitId,
                             String addressedUnitName, String text, LocalDate sentOn, String ruleId, int ruleVersion,
                             LocalDate dueOn, Status status, String answer, LocalDate answeredOn, String answeredBy,
                             Assessment assessment, String assessmentReason, LocalDate assessedOn, String followUp,
                             UUID caseId, LocalDate remindedOn, LocalDate escalatedOn) {

    public enum Status { AWAITING, ANSWERED, ASSESSED }

    /** The issuer's assessment of an answer. Labels {@code supervision.assessment.NAME}. */
    public enum Assessment { ACCEPTED, PARTLY, REJECTED }

    /** "KN-12". */
    @com.fasterxml.jackson.annotation.JsonProperty("code")
    public String code() {
        return "KN-" + number;
    }

    public boolean overdue(LocalDate today) {
        return status == Status.AWAITING && today.isAfter(dueOn);
    }

    /** AWAITING, OVERDUE, ANSWERED or ASSESSED, for labels ({@code supervision.state.NAME}). */
    public String state(LocalDate today) {
        return overdue(today) ? "OVERDUE" : status.name();
    }

    /** Whether the answer came after the due date. */
    public boolean answeredLate() {
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }
}
