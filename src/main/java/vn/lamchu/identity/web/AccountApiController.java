package vn.lamchu.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.lamchu.identity.Account;
import vn.lamchu.identity.AccountService;
import vn.lamchu.identity.Role;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.Permission;

/** REST: who am I, and account management within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản / Accounts", description = "Người dùng hiện tại và quản lý tài khoản trong phạm vi đơn vị")
class AccountApiController {

    private final AccountService service;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    AccountApiController(AccountService service, CurrentActor currentActor, java.time.Clock clock) {
        this.service = service;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record Me(UUID accountId, String username, String displayName, UUID tenantId, UUID unitId, Set<Permission> permissions) {
    }

    record AccountView(UUID id, String username, String displayName, String email, UUID unitId, Set<Role> roles,
                       boolean enabled, boolean locked, boolean totpEnabled, Instant lastLoginAt, int version) {
        static AccountView of(Account a, Instant now) {
            return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.unitId().value(), a.roles(),
                    a.enabled(), a.lockedAt(now), a.totpEnabled(), a.lastLoginAt(), a.version());
        }
    }

    record CreateAccount(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 200) String displayName,
                         @Size(max = 200) String email, @NotNull UUID unitId, @NotEmpty Set<Role> roles,
                         @NotBlank String password) {
    }

    record UpdateAccount(@NotBlank @Size(max = 200) String displayName, @Size(max = 200) String email,
                         @NotNull UUID unitId, @NotEmpty Set<Role> roles, boolean enabled, int version) {
    }

    @GetMapping("/me")
    Me me() {
        Actor a = currentActor.require();
        return new Me(a.accountId(), a.username(), a.displayName(), a.tenantId().value(), a.unitId().value(), a.permissions());
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    List<AccountView> list() {
        Instant now = clock.instant();
        return service.visibleTo(currentActor.require()).stream().map(a -> AccountView.of(a, now)).toList();
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    AccountView get(@PathVariable UUID id) {
        return AccountView.of(service.get(currentActor.require(), id), clock.instant());
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    AccountView create(@Valid @RequestBody CreateAccount body) {
        Account account = service.create(currentActor.require(), new AccountService.NewAccount(body.username(),
                body.displayName(), body.email(), body.unitId(), body.roles(), body.password()));
        return AccountView.of(account, clock.instant());
    }

    @PutMapping("/accounts/{id}")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    AccountView update(@PathVariable UUID id, @Valid @RequestBody UpdateAccount body) {
        Account account = service.update(currentActor.require(), id, new AccountService.AccountChange(body.displayName(),
                body.email(), body.unitId(), body.roles(), body.enabled(), body.version()));
        return AccountView.of(account, clock.instant());
    }
}
