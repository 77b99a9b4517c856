package vn.lamchu.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.identity.PermissionGrants;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.Permission;

/** REST: explicit permission grants of an account (only permissions no role gives), each with a reason, audited. */
@RestController
@RequestMapping("/api/v1/admin/accounts/{id}/grants")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
@Tag(name = "Tài khoản / Accounts")
class AccountGrantApi {

    private final PermissionGrants grants;
    private final CurrentActor currentActor;

    AccountGrantApi(PermissionGrants grants, CurrentActor currentActor) {
        this.grants = grants;
        this.currentActor = currentActor;
    }

    record ReasonJson(String reason) {
    }

    @GetMapping
    @Operation(summary = "Các quyền được cấp riêng cho tài khoản (ngoài vai trò)")
    List<PermissionGrants.Grant> list(@PathVariable UUID id) {
        return grants.list(currentActor.require(), id);
    }

    @PutMapping("/{permission}")
    @Operation(summary = "Cấp riêng một quyền (chỉ quyền không vai trò nào có, ví dụ DENOUNCER_IDENTITY_REVEAL), ghi lý do")
    PermissionGrants.Grant grant(@PathVariable UUID id, @PathVariable Permission permission,
                                 @RequestBody(required = false) ReasonJson in) {
        return grants.grant(currentActor.require(), id, permission, in == null ? null : in.reason());
    }

    @DeleteMapping("/{permission}")
    @Operation(summary = "Thu hồi một quyền được cấp riêng, ghi lý do")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable Permission permission,
                                @RequestBody(required = false) ReasonJson in) {
        grants.revoke(currentActor.require(), id, permission, in == null ? null : in.reason());
        return ResponseEntity.noContent().build();
    }
}
