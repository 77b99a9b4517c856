package vn.lamchu.cases;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** What other modules may react to: past-tense events published after each step of a case. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A letter was received by any channel. */
    public record CaseReceived(TenantId tenant, CaseId caseId, Channel channel, ContentKind kind, UnitId handlingUnit) {
    }

    /** A step was taken on a case. */
    public record CaseStepTaken(TenantId tenant, CaseId caseId, CaseAction action, CaseStatus status,
                                UnitId handlingUnit) {
    }
}
