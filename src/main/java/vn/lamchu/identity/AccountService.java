package vn.lamchu.identity;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Managing accounts: administrators create and change accounts inside their own scope; everyone changes their own
 * password and second factor. Every change is audited; passwords and secrets never appear in the log.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy policy;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final SecretBox secrets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, LoginPolicy policy, OrgDirectory org,
                   AuditLog audit, SecretBox secrets, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.org = org;
        this.audit = audit;
        this.secrets = secrets;
        this.events = events;
        this.clock = clock;
    }

    /** What an administrator fills in to create an account. */
    public record NewAccount(String username, String displayName, String email, UUID unitId, Set<Role> roles,
                             String password) {
    }

    /** What an administrator may change on an account. */
    public record AccountChange(String displayName, String email, UUID unitId, Set<Role> roles, boolean enabled,
                                int version) {
    }

    /** Accounts the actor may see: those of units in the actor's subtree. */
    @Transactional(readOnly = true)
    public List<Account> visibleTo(Actor actor) {
        return accounts.inUnits(actor.tenantId(), org.subtree(actor.tenantId(), actor.unitId()));
    }

    /** @throws NotFoundException if the account does not exist or lies outside the actor's scope */
    @Transactional(readOnly = true)
    public Account get(Actor actor, UUID id) {
        Account account = accounts.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("account", id.toString()));
        if (!org.isWithin(actor.tenantId(), account.unitId(), actor.unitId())) {
            throw new NotFoundException("account", id.toString());
        }
        return account;
    }

    /** Units the actor may place accounts in, by name: existing units of the actor's subtree. */
    @Transactional(readOnly = true)
    public Map<UUID, String> assignableUnits(Actor actor) {
        Set<UnitId> scope = org.subtree(actor.tenantId(), actor.unitId());
        Map<UUID, String> result = new LinkedHashMap<>();
        org.names(actor.tenantId(), scope).entrySet().stream()
                .filter(e -> org.unit(actor.tenantId(), e.getKey()).map(u -> u.validTo() == null).orElse(false))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(VietnameseText::fold)))
                .forEach(e -> result.put(e.getKey().value(), e.getValue()));
        return result;
    }

    @Transactional
    public Account create(Actor actor, NewAccount input) {
        String username = VietnameseText.normalizeOrNull(input.username());
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,50}")) {
            throw DomainException.invalid("account.username.invalid");
        }
        if (accounts.usernameTaken(username)) {
            throw DomainException.invalid("account.username.taken", username);
        }
        String displayName = requireName(input.displayName());
        UnitId unit = checkUnit(actor, input.unitId());
        Set<Role> roles = checkRoles(input.roles());
        PasswordPolicy.problem(input.password(), username, policy.minPasswordLength()).ifPresent(problem -> {
            throw DomainException.invalid(problem, policy.minPasswordLength());
        });
        var now = clock.instant();
        Account account = new Account(actor.tenantId(), Ids.newId(clock), username, displayName,
                VietnameseText.normalizeOrNull(input.email()), unit, roles, true, 0, null, false, null, now, 0);
        accounts.insert(account, passwords.encode(input.password()), now);
        audit.recordChange(actor.tenantId(), "account", account.id().toString(), "create", null, Map.of(
                "username", username, "displayName", displayName, "unit", unit.toString(), "roles", roles.toString()));
        return account;
    }

    /** Changes an account; disabling it or moving it to another unit publishes {@link StaffLeftUnit}. */
    @Transactional
    public Account update(Actor actor, UUID id, AccountChange change) {
        Account current = get(actor, id);
        if (current.version() != change.version()) {
            throw new OptimisticLockingFailureException("account " + id + " changed");
        }
        if (current.id().equals(actor.accountId()) && !change.enabled()) {
            throw DomainException.invalid("account.cannotDisableSelf");
        }
        Account changed = new Account(current.tenantId(), current.id(), current.username(), requireName(change.displayName()),
                VietnameseText.normalizeOrNull(change.email()), checkUnit(actor, change.unitId()), checkRoles(change.roles()),
                change.enabled(), current.failedAttempts(), current.lockedUntil(), current.totpEnabled(),
                current.lastLoginAt(), current.createdAt(), current.version());
        if (!accounts.update(changed, change.version())) {
            throw new OptimisticLockingFailureException("account " + id + " changed");
        }
        audit.recordChange(actor.tenantId(), "account", id.toString(), "update", null, Map.of(
                "displayName", changed.displayName(), "unit", changed.unitId().toString(),
                "roles", changed.roles().toString(), "enabled", changed.enabled()));
        if (current.enabled() && !changed.enabled() || !changed.unitId().equals(current.unitId())) {
            events.publishEvent(new StaffLeftUnit(actor.tenantId(), id, current.unitId()));
        }
        return accounts.find(actor.tenantId(), id).orElseThrow();
    }

    @Transactional
    public void unlock(Actor actor, UUID id) {
        get(actor, id);
        accounts.unlock(actor.tenantId(), id);
        audit.recordChange(actor.tenantId(), "account", id.toString(), "unlock", null, Map.of());
    }

    /** An administrator sets a new password (e.g. for a user who forgot theirs). */
    @Transactional
    public void resetPassword(Actor actor, UUID id, String newPassword) {
        Account account = get(actor, id);
        PasswordPolicy.problem(newPassword, account.username(), policy.minPasswordLength()).ifPresent(problem -> {
            throw DomainException.invalid(problem, policy.minPasswordLength());
        });
        accounts.setPassword(actor.tenantId(), id, passwords.encode(newPassword), clock.instant());
        accounts.unlock(actor.tenantId(), id);
        audit.recordChange(actor.tenantId(), "account", id.toString(), "reset_password", null, Map.of());
    }

    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        var credentials = accounts.credentials(actor.tenantId(), actor.accountId())
                .orElseThrow(() -> new NotFoundException("account", actor.accountId().toString()));
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, credentials.passwordHash())) {
            throw DomainException.invalid("password.currentWrong");
        }
        PasswordPolicy.problem(newPassword, actor.username(), policy.minPasswordLength()).ifPresent(problem -> {
            throw DomainException.invalid(problem, policy.minPasswordLength());
        });
        accounts.setPassword(actor.tenantId(), actor.accountId(), passwords.encode(newPassword), clock.instant());
        audit.recordChange(actor.tenantId(), "account", actor.accountId().toString(), "change_password", null, Map.of());
    }

    /** Starts enrolment in the second factor: a new secret, not yet required at login until confirmed. */
    @Transactional
    public TotpEnrolment startTotp(Actor actor) {
        String secret = Totp.newSecret();
        accounts.setTotp(actor.tenantId(), actor.accountId(), secrets.encrypt(secret, AccountAuthenticationProvider.TOTP_PURPOSE), false);
        return new TotpEnrolment(secret, Totp.provisioningUri("Làm Chủ", actor.username(), secret));
    }

    /** Confirms enrolment with a code from the app; from now on login needs a code. */
    @Transactional
    public void confirmTotp(Actor actor, String code) {
        var credentials = accounts.credentials(actor.tenantId(), actor.accountId()).orElseThrow();
        if (credentials.encryptedTotpSecret() == null) {
            throw DomainException.invalid("totp.notStarted");
        }
        String secret = secrets.decrypt(credentials.encryptedTotpSecret(), AccountAuthenticationProvider.TOTP_PURPOSE);
        if (!Totp.verify(secret, code, clock.instant())) {
            throw DomainException.invalid("totp.codeWrong");
        }
        accounts.setTotp(actor.tenantId(), actor.accountId(), credentials.encryptedTotpSecret(), true);
        audit.recordChange(actor.tenantId(), "account", actor.accountId().toString(), "enable_totp", null, Map.of());
    }

    /** Switches the second factor off; needs the password. */
    @Transactional
    public void disableTotp(Actor actor, String currentPassword) {
        var credentials = accounts.credentials(actor.tenantId(), actor.accountId()).orElseThrow();
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, credentials.passwordHash())) {
            throw DomainException.invalid("password.currentWrong");
        }
        accounts.setTotp(actor.tenantId(), actor.accountId(), null, false);
        audit.recordChange(actor.tenantId(), "account", actor.accountId().toString(), "disable_totp", null, Map.of());
    }

    @Transactional(readOnly = true)
    public Account own(Actor actor) {
        return accounts.find(actor.tenantId(), actor.accountId())
                .orElseThrow(() -> new NotFoundException("account", actor.accountId().toString()));
    }

    /** The secret to type into an authenticator app, and the URI a QR code would carry. */
    public record TotpEnrolment(String secret, String uri) {
    }

    private String requireName(String name) {
        String clean = VietnameseText.normalizeOrNull(name);
        if (clean == null || clean.length() > 200) {
            throw DomainException.invalid("account.displayName.invalid");
        }
        return clean;
    }

    private UnitId checkUnit(Actor actor, UUID unitId) {
        if (unitId == null) {
            throw DomainException.invalid("account.unit.required");
        }
        UnitId unit = new UnitId(unitId);
        Unit found = org.unit(actor.tenantId(), unit).orElseThrow(() -> DomainException.invalid("account.unit.outOfScope"));
        if (!org.isWithin(actor.tenantId(), unit, actor.unitId()) || found.validTo() != null) {
            throw DomainException.invalid("account.unit.outOfScope");
        }
        return unit;
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("account.roles.required");
        }
        return EnumSet.copyOf(roles);
    }
}
