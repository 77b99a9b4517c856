package vn.lamchu.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.identity.Role;
import vn.lamchu.shared.TenantId;

/**
 * Audit chains to test on, each in a tenant of its own so that tests do not disturb each other; hand edits of the
 * append-only table (as a superuser, with its trigger switched off for one transaction, as an intruder would), and
 * staff who may read or verify the log.
 */
final class AuditFixtures {

    static final String PASSWORD = "Kiem-Toan@2026";

    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final Clock clock;

    /** The fixtures on the application's beans. */
    static AuditFixtures of(ApplicationContext context) {
        return new AuditFixtures(context.getBean(AuditLog.class), context.getBean(JdbcTemplate.class),
                context.getBean(TransactionTemplate.class), context.getBean(PasswordEncoder.class),
                context.getBean(ApiTokens.class), context.getBean(Clock.class));
    }

    private AuditFixtures(AuditLog auditLog, JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords,
                          ApiTokens tokens, Clock clock) {
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A tenant id with a chain of {@code entries} entries (no tenant row: the chain needs none). */
    TenantId chainOf(int entries) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        append(tenant, entries);
        return tenant;
    }

    void append(TenantId tenant, int entries) {
        for (int i = 1; i <= entries; i++) {
            int n = i;
            transactions.executeWithoutResult(status -> auditLog.recordChange(tenant, "test_record", "r-" + n, "update",
                    n % 3 == 0 ? "lý do " + n : null, Map.of("field", "giá trị " + n)));
        }
    }

    /** Runs statements on audit_entry with its append-only trigger off, in one transaction, as an intruder could. */
    void tamper(String... statements) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update");
            for (String statement : statements) {
                jdbc.execute(statement);
            }
            jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update");
        });
    }

    Map<String, Object> row(TenantId tenant, long seq) {
        return jdbc.queryForMap("select * from audit_entry where tenant_id = ? and seq = ?", tenant.value(), seq);
    }

    /** Puts back rows saved with {@link #row} after a test removed them, so that the shared database stays intact. */
    void reinsert(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            jdbc.update("""
                            insert into audit_entry (tenant_id, seq, occurred_at, kind, actor, actor_account_id, action,
                                                     entity_type, entity_id, reason, details, prev_hash, hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("tenant_id"), row.get("seq"), row.get("occurred_at"), row.get("kind"), row.get("actor"),
                    row.get("actor_account_id"), row.get("action"), row.get("entity_type"), row.get("entity_id"),
                    row.get("reason"), row.get("details"), row.get("prev_hash"), row.get("hash"));
        }
    }

    /** A tenant with a root unit, and staff at it. */
    record Staff(TenantId tenant, UUID unit, String auditor, String auditorToken, String officer, String officerToken) {
    }

    /**
     * A new tenant with an auditor (AUDITOR: may read and verify the log) and a handling officer (may do neither),
     * each with an API token.
     */
    Staff staff() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = new TenantId(UUID.randomUUID());
        UUID jurisdiction = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into tenant (id, code, name, created_at) values (?, ?, ?, ?)",
                tenant.value(), "KT-" + suffix, "Tỉnh Kiểm Thử " + suffix, now);
        jdbc.update("insert into jurisdiction (tenant_id, id, level, code, name, valid_from) values (?, ?, 'PROVINCE', ?, ?, ?)",
                tenant.value(), jurisdiction, "KT-" + suffix, "Tỉnh Kiểm Thử " + suffix, LocalDate.of(2025, 7, 1));
        jdbc.update("""
                        insert into org_unit (tenant_id, id, jurisdiction_id, kind, code, name, valid_from, created_at)
                        values (?, ?, ?, 'AREA', ?, ?, ?, ?)""",
                tenant.value(), unit, jurisdiction, "KT-" + suffix, "Tỉnh Kiểm Thử " + suffix, LocalDate.of(2025, 7, 1), now);
        String auditor = "kiemtoan." + suffix;
        String officer = "xuly." + suffix;
        UUID auditorId = account(tenant, unit, auditor, Set.of(Role.AUDITOR), now);
        UUID officerId = account(tenant, unit, officer, Set.of(Role.HANDLING_OFFICER), now);
        return new Staff(tenant, unit, auditor, tokens.issue(tenant, auditorId, "kiểm thử", null).token(),
                officer, tokens.issue(tenant, officerId, "kiểm thử", null).token());
    }

    private UUID account(TenantId tenant, UUID unit, String username, Set<Role> roles, Timestamp now) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                        insert into account (tenant_id, id, username, display_name, password_hash, unit_id,
                                             password_changed_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                tenant.value(), id, username, "Cán bộ " + username, passwords.encode(PASSWORD), unit, now, now);
        for (Role role : roles) {
            jdbc.update("insert into account_role (tenant_id, account_id, role) values (?, ?, ?)", tenant.value(), id, role.name());
        }
        return id;
    }
}
