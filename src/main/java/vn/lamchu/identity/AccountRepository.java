package vn.lamchu.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** SQL for accounts. Every query but the login lookup is fenced by tenant. */
@Repository
class AccountRepository {

    static final String COLUMNS = """
            a.tenant_id, a.id, a.username, a.display_name, a.email, a.unit_id, a.enabled, a.failed_attempts,
            a.locked_until, a.totp_enabled, a.last_login_at, a.created_at, a.version,
            coalesce((select string_agg(r.role, ',') from account_role r
                      where r.tenant_id = a.tenant_id and r.account_id = a.id), '') as roles""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Login: the name is unique across tenants. */
    Optional<Credentials> credentialsByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + ", a.password_hash, a.totp_secret from account a where lower(a.username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash"), rs.getString("totp_secret")))
                .optional();
    }

    Optional<Credentials> credentials(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + ", a.password_hash, a.totp_secret from account a where a.tenant_id = ? and a.id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash"), rs.getString("totp_secret")))
                .optional();
    }

    Optional<Account> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.tenant_id = ? and a.id = ?")
                .params(tenant.value(), id).query(AccountRepository::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from account where lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    /** Accounts whose unit lies in the given set (an actor's scope), by name. */
    List<Account> inUnits(TenantId tenant, Set<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from account a where a.tenant_id = :tenant and a.unit_id = any(cast(:units as uuid[])) order by a.display_name")
                .param("tenant", tenant.value())
                .param("units", units.stream().map(UnitId::value).toArray(UUID[]::new))
                .query(AccountRepository::map).list();
    }

    void insert(Account account, String passwordHash, Instant now) {
        jdbc.sql("""
                        insert into account (tenant_id, id, username, display_name, email, password_hash, unit_id, enabled,
                                             password_changed_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account.tenantId().value(), account.id(), account.username(), account.displayName(),
                        account.email(), passwordHash, account.unitId().value(), account.enabled(), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        replaceRoles(account.tenantId(), account.id(), account.roles());
    }

    /** @return whether the row was at the expected version (optimistic lock) */
    boolean update(Account account, int expectedVersion) {
        int rows = jdbc.sql("""
                        update account set display_name = ?, email = ?, unit_id = ?, enabled = ?, version = version + 1
                        where tenant_id = ? and id = ? and version = ?""")
                .params(account.displayName(), account.email(), account.unitId().value(), account.enabled(),
                        account.tenantId().value(), account.id(), expectedVersion)
                .update();
        if (rows == 1) {
            replaceRoles(account.tenantId(), account.id(), account.roles());
        }
        return rows == 1;
    }

    void replaceRoles(TenantId tenant, UUID account, Set<Role> roles) {
        jdbc.sql("delete from account_role where tenant_id = ? and account_id = ?").params(tenant.value(), account).update();
        for (Role role : roles) {
            jdbc.sql("insert into account_role (tenant_id, account_id, role) values (?, ?, ?)")
                    .params(tenant.value(), account, role.name()).update();
        }
    }

    void recordFailure(TenantId tenant, UUID id, int maxAttempts, Instant lockUntil) {
        jdbc.sql("""
                        update account set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                        where tenant_id = ? and id = ?""")
                .params(maxAttempts, Timestamp.from(lockUntil), tenant.value(), id).update();
    }

    void recordSuccess(TenantId tenant, UUID id, Instant now) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = ? where tenant_id = ? and id = ?")
                .params(Timestamp.from(now), tenant.value(), id).update();
    }

    void unlock(TenantId tenant, UUID id) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, version = version + 1 where tenant_id = ? and id = ?")
                .params(tenant.value(), id).update();
    }

    void setPassword(TenantId tenant, UUID id, String hash, Instant now) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(hash, Timestamp.from(now), tenant.value(), id).update();
    }

    void setTotp(TenantId tenant, UUID id, String encryptedSecret, boolean enabled) {
        jdbc.sql("update account set totp_secret = ?, totp_enabled = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(encryptedSecret, enabled, tenant.value(), id).update();
    }

    static Account map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new Account(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class),
                rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                new UnitId(rs.getObject("unit_id", UUID.class)), roleSet, rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rs.getBoolean("totp_enabled"),
                lastLogin == null ? null : lastLogin.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    record Credentials(Account account, String passwordHash, String encryptedTotpSecret) {
    }
}
