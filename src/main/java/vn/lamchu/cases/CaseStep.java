package vn.lamchu.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a case's timeline.
 *
 * @param reason     why, as staff recorded it: internal, never shown to the public
 * @param publicNote what the sender is told about this step (null: only the step's name)
 * @param visible    whether the step appears on the public timeline
 * @param dueOn      the case's deadline after the step
 */
public record CaseStep(int seq, Instant at, String actor, String actorName, CaseAction action, CaseStatus status,
                       String reason, String publicNote, boolean visible, LocalDate dueOn) {
}
