package vn.lamchu.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.platform.SecretBox;

/**
 * Checks name, password and (when the account has it) the one-time code; counts failures and locks the account
 * for a while after too many. Every outcome is audited. The error never says which part was wrong.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String TOTP_PURPOSE = "account.totp";

    /** Hashing a dummy password for unknown names keeps the answer time the same as for known ones. */
    private static final String DUMMY_PASSWORD = "không-có-tài-khoản-này";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final LoginPolicy policy;
    private final Clock clock;
    private final AuditLog audit;
    private final SecretBox secrets;
    private final PermissionGrants grants;
    private final String dummyHash;

    AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwords, LoginPolicy policy, Clock clock,
                                  AuditLog audit, SecretBox secrets, PermissionGrants grants) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
        this.secrets = secrets;
        this.grants = grants;
        this.dummyHash = passwords.encode(DUMMY_PASSWORD);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName()).strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String code = authentication.getDetails() instanceof LoginDetails details ? details.code() : null;
        Instant now = clock.instant();

        var found = accounts.credentialsByUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            audit.recordChange(null, "account", username, "login_failed", null, Map.of("cause", "unknown_user"));
            throw new BadCredentialsException("bad credentials");
        }
        var credentials = found.get();
        Account account = credentials.account();
        if (!account.enabled()) {
            audit.recordChange(account.tenantId(), "account", account.id().toString(), "login_failed", null, Map.of("cause", "disabled", "username", account.username()));
            throw new DisabledException("disabled");
        }
        if (account.lockedAt(now)) {
            audit.recordChange(account.tenantId(), "account", account.id().toString(), "login_failed", null, Map.of("cause", "locked", "username", account.username()));
            throw new LockedException("locked");
        }
        boolean passwordOk = passwords.matches(password, credentials.passwordHash());
        boolean codeOk = !account.totpEnabled() || (credentials.encryptedTotpSecret() != null
                && Totp.verify(secrets.decrypt(credentials.encryptedTotpSecret(), TOTP_PURPOSE), code, now));
        if (!passwordOk || !codeOk) {
            accounts.recordFailure(account.tenantId(), account.id(), policy.maxFailedLogins(), now.plus(policy.lockout()));
            boolean nowLocked = account.failedAttempts() + 1 >= policy.maxFailedLogins();
            audit.recordChange(account.tenantId(), "account", account.id().toString(), nowLocked ? "locked" : "login_failed",
                    null, Map.of("cause", passwordOk ? "code" : "password", "attempt", account.failedAttempts() + 1,
                            "username", account.username()));
            if (nowLocked) {
                throw new LockedException("locked");
            }
            if (passwordOk && account.totpEnabled()) {
                throw new CodeRequiredException();
            }
            throw new BadCredentialsException("bad credentials");
        }
        accounts.recordSuccess(account.tenantId(), account.id(), now);
        AccountPrincipal principal = AccountPrincipal.of(account, grants.of(account.tenantId(), account.id()));
        // The security context is not set yet, so the entry's actor is "system": the details say who signed in.
        audit.recordChange(account.tenantId(), "account", account.id().toString(), "login", null,
                Map.of("username", account.username()));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Password right, one-time code missing or wrong. */
    static class CodeRequiredException extends BadCredentialsException {
        CodeRequiredException() {
            super("one-time code required");
        }
    }
}
