package vn.lamchu.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * Permissions granted to one named account, on top of its roles. Only a permission that no role carries may be granted
 * this way ({@link #EXPLICIT_ONLY}): seeing a denouncer's identity is need-to-know (RULEBOOK §15.3; Luật Tố cáo 2018,
 * Điều 47 khoản 2, Điều 56 khoản 1), so it is given to a person, with a reason, never to everybody holding a role.
 * An account's effective permissions are its roles' permissions and its grants, for a session and for an API token
 * alike. Administrators grant and revoke inside their scope; both are audited.
 */
@Service
public class PermissionGrants {

    /** The permissions that only an explicit grant gives. */
    public static final Set<Permission> EXPLICIT_ONLY = Set.copyOf(EnumSet.of(Permission.DENOUNCER_IDENTITY_REVEAL));

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    /** A grant as listed on the account page. */
    public record Grant(UUID accountId, Permission permission, String grantedBy, Instant grantedAt, String reason) {
    }

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    PermissionGrants(JdbcClient jdbc, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The permissions granted to the account explicitly (fresh from the database: a revocation counts at once). */
    @Transactional(readOnly = true)
    public Set<Permission> of(TenantId tenant, UUID account) {
        EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
        jdbc.sql("select permission from account_permission_grant where tenant_id = ? and account_id = ?")
                .params(tenant.value(), account).query(String.class).list()
                .forEach(p -> out.add(Permission.valueOf(p)));
        return out;
    }

    /** Whether the account holds this explicit-only permission right now. */
    @Transactional(readOnly = true)
    public boolean holds(TenantId tenant, UUID account, Permission permission) {
        return jdbc.sql("select count(*) from account_permission_grant where tenant_id = ? and account_id = ? and permission = ?")
                .params(tenant.value(), account, permission.name()).query(Integer.class).single() > 0;
    }

    /** The grants of an account the actor may manage. */
    @Transactional(readOnly = true)
    public List<Grant> list(Actor actor, UUID account) {
        accounts.get(actor, account);
        return jdbc.sql("""
                        select account_id, permission, granted_by, granted_at, reason from account_permission_grant
                        where tenant_id = ? and account_id = ? order by permission""")
                .params(actor.tenantId().value(), account)
                .query((rs, i) -> new Grant(rs.getObject(1, UUID.class), Permission.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /**
     * Grants an explicit-only permission to an account in the actor's scope; granting it again changes nothing.
     *
     * @throws DomainException (invalid) {@code grant.notGrantable} for a permission a role gives, {@code grant.reason}
     *                         without a reason of {@value #REASON_MIN}–{@value #REASON_MAX} characters
     */
    @Transactional
    public Grant grant(Actor actor, UUID account, Permission permission, String reason) {
        Account target = accounts.get(actor, account);
        checkGrantable(permission);
        String why = checkReason(reason);
        Instant now = clock.instant();
        int rows = jdbc.sql("""
                        insert into account_permission_grant (tenant_id, account_id, permission, granted_by, granted_at, reason)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(actor.tenantId().value(), target.id(), permission.name(), actor.username(), Timestamp.from(now),
                        why)
                .update();
        if (rows == 1) {
            audit.recordChange(actor.tenantId(), "account", target.id().toString(), "grant_permission", why,
                    Map.of("permission", permission.name(), "username", target.username()));
        }
        return list(actor, account).stream().filter(g -> g.permission() == permission).findFirst().orElseThrow();
    }

    /**
     * Revokes an explicit grant; revoking one that is not there changes nothing.
     *
     * @return whether a grant was removed
     */
    @Transactional
    public boolean revoke(Actor actor, UUID account, Permission permission, String reason) {
        Account target = accounts.get(actor, account);
        checkGrantable(permission);
        String why = checkReason(reason);
        int rows = jdbc.sql("delete from account_permission_grant where tenant_id = ? and account_id = ? and permission = ?")
                .params(actor.tenantId().value(), target.id(), permission.name()).update();
        if (rows == 1) {
            audit.recordChange(actor.tenantId(), "account", target.id().toString(), "revoke_permission", why,
                    Map.of("permission", permission.name(), "username", target.username()));
        }
        return rows == 1;
    }

    /** Demo data: grants without an actor (the audit entry's actor is "system"). */
    void seed(TenantId tenant, UUID account, String username, Permission permission, String reason) {
        jdbc.sql("""
                        insert into account_permission_grant (tenant_id, account_id, permission, granted_by, granted_at, reason)
                        values (?, ?, ?, 'system', ?, ?) on conflict do nothing""")
                .params(tenant.value(), account, permission.name(), Timestamp.from(clock.instant()), reason).update();
        audit.recordChange(tenant, "account", account.toString(), "grant_permission", reason,
                Map.of("permission", permission.name(), "username", username));
    }

    static void checkGrantable(Permission permission) {
        if (permission == null || !EXPLICIT_ONLY.contains(permission)) {
            throw DomainException.invalid("grant.notGrantable");
        }
    }

    static String checkReason(String reason) {
        String why = VietnameseText.normalizeOrNull(reason);
        if (why == null || why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw DomainException.invalid("grant.reason", REASON_MIN, REASON_MAX);
        }
        return why;
    }
}
