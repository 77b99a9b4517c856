package vn.lamchu.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.ProceedingAct;
import vn.lamchu.cases.ProceedingActKind;

/**
 * The REST API of the complaint and denunciation procedures: one endpoint takes any step ({@link ProceedingActKind});
 * signed steps are proposed by officers ({@code propose: true}) and signed with {@code POST /api/v1/cases/{id}/approve},
 * or taken directly by a leader. The case's {@code proceeding} and {@code proceedingOptions} (in
 * {@code GET /api/v1/cases/{id}}) say where it stands and which steps the law opens now.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/proceeding")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Khiếu nại, tố cáo / Complaints and denunciations",
        description = "Thụ lý, xác minh, đối thoại, quyết định, kết luận, gia hạn, tạm đình chỉ, đình chỉ, công khai")
class ProceedingApi {

    private final CaseHandling handling;
    private final CaseApi cases;

    ProceedingApi(CaseHandling handling, CaseApi cases) {
        this.handling = handling;
        this.cases = cases;
    }

    /**
     * A step. {@code result}: UPHELD / PARTLY_UPHELD / REJECTED (complaint), TRUE / PARTLY_TRUE / UNTRUE (denunciation);
     * {@code ground}: a refusal, not-processed or termination ground; {@code date}: the dialogue's date, or the day the
     * complainant learned of the decision (acceptance); {@code place}: the dialogue's place or the form of publication.
     */
    record ActJson(Integer version, Boolean propose, ProceedingActKind kind, String text, String result, String ground,
                   LocalDate date, String place, UUID targetUnitId, Boolean complex, Boolean veryComplex,
                   Boolean remote, Boolean severalPlaces, Boolean discipline, Boolean dismissal,
                   Boolean matchesRequest, Boolean attended, Boolean managementCheck, String obstacle) {

        ProceedingAct toAct() {
            return new ProceedingAct(kind, text, result, ground, date, place, targetUnitId, complex, veryComplex,
                    remote, severalPlaces, discipline, dismissal, matchesRequest, attended, managementCheck, obstacle);
        }
    }

    @PostMapping("/acts")
    @Operation(summary = "Một bước của thủ tục khiếu nại, tố cáo; bước phải ký thì cán bộ trình (propose) và lãnh đạo duyệt")
    CaseApi.CaseJson act(@PathVariable String id, @RequestBody ActJson in) {
        ProceedingAct act = in.toAct();
        CaseId caseId = CaseId.of(id);
        return cases.json(Boolean.TRUE.equals(in.propose())
                ? handling.proposeAct(caseId, in.version(), act)
                : handling.act(caseId, in.version(), act));
    }
}
