package vn.lamchu.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * Personal API tokens for REST clients: {@code lc_} followed by 32 random bytes in Base64url. Only the SHA-256 of a
 * token is stored; the token itself is shown once. A token acts as its account, with the account's current roles.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "lc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** A token's listing: never the token itself. */
    public record TokenInfo(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** The new token, to be shown once. */
    public record IssuedToken(UUID id, String token) {
    }

    @Transactional
    public IssuedToken issue(TenantId tenant, UUID account, String name, Instant expiresAt) {
        String cleanName = VietnameseText.normalizeOrNull(name);
        if (cleanName == null || cleanName.length() > 100) {
            throw DomainException.invalid("token.name.invalid");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw DomainException.invalid("token.expiry.past");
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into api_token (tenant_id, id, account_id, name, token_hash, prefix, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, account, cleanName, sha256(token), token.substring(0, 10),
                        Timestamp.from(now), expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
        audit.recordChange(tenant, "api_token", id.toString(), "create", null, Map.of("account", account.toString(), "name", cleanName));
        return new IssuedToken(id, token);
    }

    public List<TokenInfo> list(TenantId tenant, UUID account) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token
                        where tenant_id = ? and account_id = ? order by created_at desc""")
                .params(tenant.value(), account)
                .query((rs, n) -> new TokenInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    @Transactional
    public void revoke(TenantId tenant, UUID account, UUID token) {
        int rows = jdbc.sql("update api_token set revoked_at = ? where tenant_id = ? and account_id = ? and id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tenant.value(), account, token).update();
        if (rows == 1) {
            audit.recordChange(tenant, "api_token", token.toString(), "revoke", null, Map.of());
        }
    }

    /**
     * The principal a presented token acts as, if the token is known, unrevoked and unexpired and its account usable:
     * the account's roles and explicit grants, as for a session. One statement (token, account, roles and grants read
     * together, fresh on every request: a revocation or a changed role counts at once), and "last used" written at most
     * once a minute, so that a busy client does not turn every request into a write and a commit.
     */
    Optional<AccountPrincipal> principal(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Found(UUID tokenId, boolean stale, Account account, Set<Permission> granted) {
        }
        Optional<Found> found = jdbc.sql("select t.id as token_id, (t.last_used_at is null or t.last_used_at < :minuteAgo) as stale, "
                        + AccountRepository.COLUMNS + """
                        , coalesce((select string_agg(g.permission, ',') from account_permission_grant g
                                    where g.tenant_id = a.tenant_id and g.account_id = a.id), '') as granted
                        from api_token t join account a on a.tenant_id = t.tenant_id and a.id = t.account_id
                        where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)""")
                .param("minuteAgo", Timestamp.from(now.minus(Duration.ofMinutes(1))))
                .param("hash", sha256(token))
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Found(rs.getObject("token_id", UUID.class), rs.getBoolean("stale"),
                        AccountRepository.map(rs, n), permissions(rs.getString("granted"))))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get().account();
        if (found.get().stale()) {
            jdbc.sql("""
                            update api_token set last_used_at = ? where tenant_id = ? and id = ?
                            and (last_used_at is null or last_used_at < ?)""")
                    .params(Timestamp.from(now), account.tenantId().value(), found.get().tokenId(),
                            Timestamp.from(now.minus(Duration.ofMinutes(1)))).update();
        }
        if (!account.enabled() || account.lockedAt(now)) {
            return Optional.empty();
        }
        return Optional.of(AccountPrincipal.of(account, found.get().granted()));
    }

    private static Set<Permission> permissions(String joined) {
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (joined != null && !joined.isEmpty()) {
            for (String p : joined.split(",")) {
                out.add(Permission.valueOf(p));
            }
        }
        return out;
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
