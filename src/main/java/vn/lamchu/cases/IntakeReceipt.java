package vn.lamchu.cases;

import java.time.LocalDate;

/**
 * The acknowledgement given to the sender.
 *
 * @param receiptCode the code to follow the case by; shown once (it is stored only as a keyed hash), and again to a
 *                    client retrying with the same idempotency key
 * @param firstAnswerDue when the sender will be told how the letter is handled, with the rule and its legal source
 * @param replay      true when this answers a retry and no new case was created
 */
public record IntakeReceipt(CaseId caseId, String number, String receiptCode, LocalDate receivedOn,
                            LocalDate firstAnswerDue, String dueRule, String dueSource, String handlingUnitName,
                            boolean replay) {
}
