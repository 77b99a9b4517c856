package vn.lamchu.cases.protection.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.Sender;
import vn.lamchu.cases.protection.IdentityReveals;
import vn.lamchu.cases.protection.ProtectionRequest;
import vn.lamchu.cases.protection.ProtectionRequests;
import vn.lamchu.shared.CurrentActor;

/**
 * REST: protection of the denouncer on a case. The identity is revealed only to a holder of the explicit permission,
 * with a reason, for that response only ({@code Cache-Control: no-store}); every reveal is audited and logged. Protection
 * requests follow Luật Tố cáo 2018, Điều 50–55.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Bảo vệ người tố cáo / Denouncer protection")
class ProtectionApi {

    private final IdentityReveals reveals;
    private final ProtectionRequests requests;
    private final CurrentActor currentActor;

    ProtectionApi(IdentityReveals reveals, ProtectionRequests requests, CurrentActor currentActor) {
        this.reveals = reveals;
        this.requests = requests;
        this.currentActor = currentActor;
    }

    record ReasonJson(String reason) {
    }

    record SenderJson(String name, String address, String idNumber, String phone, String email) {
        static SenderJson of(Sender s) {
            return new SenderJson(s.name(), s.address(), s.idNumber(), s.phone(), s.email());
        }
    }

    record RevealedJson(List<SenderJson> senders, Instant revealedAt, String reason) {
    }

    record RequestJson(ProtectionRequest.Initiative initiative, ProtectionRequest.Form form, LocalDate requestedOn,
                       List<ProtectionRequest.Person> persons, Set<ProtectionRequest.Measure> measures, String note) {
    }

    record EndJson(ProtectionRequest.EndReason reason, String note, Integer version) {
    }

    @PostMapping("/identity/reveal")
    @Operation(summary = "Xem danh tính người tố cáo (cần quyền được cấp riêng và lý do; mỗi lần xem được ghi nhật ký)")
    ResponseEntity<RevealedJson> reveal(@PathVariable String id, @RequestBody(required = false) ReasonJson in) {
        IdentityReveals.Revealed revealed = reveals.reveal(currentActor.require(), CaseId.of(id),
                in == null ? null : in.reason());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new RevealedJson(revealed.senders().stream().map(SenderJson::of).toList(),
                        revealed.reveal().at(), revealed.reveal().reason()));
    }

    @GetMapping("/identity/reveals")
    @Operation(summary = "Nhật ký xem danh tính người tố cáo của hồ sơ (lãnh đạo, kiểm toán)")
    List<IdentityReveals.Reveal> revealLog(@PathVariable String id) {
        return reveals.log(currentActor.require(), CaseId.of(id));
    }

    @PostMapping("/identity/attachments/{sha256:[0-9a-f]{64}}")
    @Operation(summary = "Tải tệp đính kèm được bảo vệ của đơn tố cáo (có thể có bút tích): cần quyền và lý do")
    ResponseEntity<InputStreamResource> attachment(@PathVariable String id, @PathVariable String sha256,
                                                   @RequestBody(required = false) ReasonJson in) {
        return ProtectedFiles.response(reveals, currentActor.require(), CaseId.of(id), sha256,
                in == null ? null : in.reason());
    }

    @GetMapping("/protection")
    @Operation(summary = "Các đề nghị, quyết định bảo vệ người tố cáo của hồ sơ (không có họ tên người được bảo vệ)")
    List<ProtectionRequests.View> protection(@PathVariable String id) {
        return requests.ofCase(currentActor.require(), CaseId.of(id));
    }

    @PostMapping("/protection")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận đề nghị áp dụng biện pháp bảo vệ (bằng văn bản hoặc trực tiếp/điện thoại khi khẩn cấp)")
    ProtectionRequests.View request(@PathVariable String id, @RequestBody RequestJson in) {
        return requests.request(currentActor.require(), CaseId.of(id), new ProtectionRequests.NewRequest(
                in.initiative(), in.form(), in.requestedOn(), in.persons(), in.measures(), in.note()));
    }

    @PostMapping("/protection/{requestId}/decide")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Lãnh đạo quyết định áp dụng (biện pháp, cơ quan thực hiện, thời điểm bắt đầu) hoặc từ chối, nêu lý do")
    ProtectionRequests.View decide(@PathVariable String id, @PathVariable UUID requestId,
                                   @RequestBody ProtectionRequests.DecisionInput in) {
        return requests.decide(currentActor.require(), CaseId.of(id), requestId, in);
    }

    @PostMapping("/protection/{requestId}/end")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Chấm dứt việc áp dụng biện pháp bảo vệ (Điều 54 khoản 2)")
    ProtectionRequests.View end(@PathVariable String id, @PathVariable UUID requestId, @RequestBody EndJson in) {
        return requests.end(currentActor.require(), CaseId.of(id), requestId, in.reason(), in.note(), in.version());
    }
}
