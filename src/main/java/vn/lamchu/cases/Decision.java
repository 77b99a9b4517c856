package vn.lamchu.cases;

import java.util.UUID;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.VietnameseText;

/**
 * A handling decision as the officer proposes it and the leader signs it.
 *
 * @param kind         what is decided
 * @param text         the reason, guidance, or answer, as the document states it
 * @param targetUnitId the unit in this system the letter goes to (forwarding inside the province, chasing a lower body)
 * @param targetBody   the body named in the decision when it is outside this system (guidance, forwarding, return)
 */
public record Decision(DecisionKind kind, String text, UUID targetUnitId, String targetBody) {

    public static final int MAX_TEXT = 20_000;

    public Decision {
        if (kind == null) {
            throw DomainException.invalid("cases.error.decisionKind");
        }
        text = VietnameseText.normalizeLines(text);
        targetBody = VietnameseText.normalize(targetBody);
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("cases.error.decisionText");
        }
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalid("cases.error.tooLong", MAX_TEXT);
        }
        boolean needsTarget = kind == DecisionKind.GUIDE || kind == DecisionKind.FORWARD || kind == DecisionKind.CHASE
                || kind == DecisionKind.RETURN;
        if (needsTarget && targetUnitId == null && (targetBody == null || targetBody.isBlank())) {
            throw DomainException.invalid("cases.error.decisionTarget");
        }
    }
}
