package vn.lamchu.cases.protection;

import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.lamchu.cases.CaseAction;
import vn.lamchu.cases.CaseEvents.CaseStepTaken;
import vn.lamchu.cases.protection.ProtectionRequest.EndReason;

/**
 * Protection ends with the proceeding: "Người giải quyết tố cáo đã ra kết luận nội dung tố cáo hoặc quyết định đình chỉ
 * việc giải quyết tố cáo" (Luật Tố cáo 2018, Điều 54 khoản 2 điểm a). Listens to the steps of cases: a signed
 * conclusion ({@code CONCLUDE}) or a termination ({@code TERMINATE}) ends every open request and protection of the case.
 */
@Component
class ProtectionEndings {

    private final ProtectionRequests requests;

    ProtectionEndings(ProtectionRequests requests) {
        this.requests = requests;
    }

    @ApplicationModuleListener
    void on(CaseStepTaken step) {
        reasonFor(step.action()).ifPresent(reason -> requests.endWithProceeding(step.tenant(), step.caseId(), reason));
    }

    /** By name: the proceeding's actions are added to {@link CaseAction} by the procedures of issue #5. */
    static Optional<EndReason> reasonFor(CaseAction action) {
        return switch (action.name()) {
            case "CONCLUDE" -> Optional.of(EndReason.CONCLUDED);
            case "TERMINATE" -> Optional.of(EndReason.TERMINATED);
            default -> Optional.empty();
        };
    }
}
