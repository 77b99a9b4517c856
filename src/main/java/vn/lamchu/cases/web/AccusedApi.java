package vn.lamchu.cases.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.AccusedPerson;
import vn.lamchu.cases.AccusedPersons;
import vn.lamchu.cases.CaseId;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.UnitId;

/**
 * REST: who is denounced on a case ({@link AccusedPersons}). The accused and, if they lead a unit, its staff get 404 on
 * the case from then on, like on every other {@code /api/v1/cases/{id}/…} (Luật Tố cáo 2018, Điều 12 khoản 1).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/accused")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Hồ sơ đơn thư / Cases")
class AccusedApi {

    private final AccusedPersons accused;
    private final CurrentActor currentActor;

    AccusedApi(AccusedPersons accused, CurrentActor currentActor) {
        this.accused = accused;
        this.currentActor = currentActor;
    }

    record AccusedJson(UUID accountId, String name, String position) {
    }

    record AccusedView(UUID accountId, String accountName, String name, String position, boolean leading,
                       List<UUID> conflictedAccountIds, List<UUID> conflictedUnitIds) {
        static AccusedView of(AccusedPerson a) {
            return new AccusedView(a.accountId(), a.accountName(), a.name(), a.position(), a.leading(),
                    List.copyOf(a.conflicted().accounts()),
                    a.conflicted().units().stream().map(UnitId::value).toList());
        }
    }

    record RecordedView(AccusedView accused, UUID handlingUnitId, String handlingUnitName, boolean moved,
                        boolean stillReadable) {
    }

    @GetMapping
    @Operation(summary = "Người bị tố cáo đã ghi trên hồ sơ (204 nếu chưa ghi)")
    ResponseEntity<AccusedView> get(@PathVariable String id) {
        return accused.find(currentActor.require(), CaseId.of(id)).map(AccusedView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping
    @PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_HANDLE')")
    @Operation(summary = "Ghi người bị tố cáo (tài khoản cán bộ và/hoặc họ tên, chức vụ). Người bị tố cáo và cấp dưới "
            + "của họ không còn thấy hồ sơ; hồ sơ đang ở đơn vị do người bị tố cáo lãnh đạo được chuyển lên cấp trên.")
    RecordedView put(@PathVariable String id, @RequestBody AccusedJson in) {
        AccusedPersons.Outcome out = accused.record(CaseId.of(id),
                new AccusedPersons.Command(in.accountId(), in.name(), in.position()));
        return new RecordedView(AccusedView.of(out.accused()), out.handlingUnit().value(), out.handlingUnitName(),
                out.moved(), out.stillReadable());
    }
}
