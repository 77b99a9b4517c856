package vn.lamchu.identity;

import static vn.lamchu.identity.Role.*;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.Permission;

/**
 * One demo account per role in the demo province, created on the first start of an embedded database with demo data
 * (after the organisation's demo units, which it finds by code). The README lists them.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "LamChu@2026";
    static final String TENANT_CODE = "HOA-AN";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Login name, person's name, unit code, roles. */
    record Spec(String username, String displayName, String unitCode, Set<Role> roles) {
    }

    static final List<Spec> ACCOUNTS = List.of(
            new Spec("quantri", "Quản trị hệ thống tỉnh", "HA", EnumSet.of(ADMINISTRATOR)),
            new Spec("kiemtoan", "Kiểm toán viên tỉnh", "HA", EnumSet.of(AUDITOR)),
            new Spec("tiepnhan.tp", "Nguyễn Thị Hoa", "TP-VP", EnumSet.of(RECEPTION_OFFICER)),
            new Spec("xuly.tp", "Trần Văn Minh", "TP-VP", EnumSet.of(HANDLING_OFFICER)),
            new Spec("lanhdao.tp", "Lê Văn Hùng", "TP-UBND", EnumSet.of(UNIT_LEADER)),
            new Spec("mattran.tp", "Phạm Thị Lan", "TP-MTTQ", EnumSet.of(FRONT_STAFF)),
            new Spec("bttnd.tp", "Hoàng Văn Tư", "TP-BTTND", EnumSet.of(INSPECTION_BOARD_MEMBER)),
            new Spec("tochuc.tp", "Vũ Thị Mai", "TP-BXDD", EnumSet.of(PARTY_ORGANISATION_STAFF)),
            new Spec("ubkt.tp", "Đỗ Văn Sơn", "TP-UBKT", EnumSet.of(INSPECTION_COMMITTEE_STAFF)),
            new Spec("daibieu.tp", "Bùi Thị Thu", "TP-HDND", EnumSet.of(DEPUTY)),
            new Spec("xuly.bm", "Ngô Văn Nam", "BM-VP", EnumSet.of(HANDLING_OFFICER)),
            new Spec("lanhdao.bm", "Đặng Thị Hương", "BM-UBND", EnumSet.of(UNIT_LEADER)),
            new Spec("quantri.tp", "Quản trị xã Tân Phú", "TP", EnumSet.of(ADMINISTRATOR)),
            new Spec("xuly.tinh", "Phan Văn Toàn", "HA-TT", EnumSet.of(HANDLING_OFFICER)),
            new Spec("lanhdao.tinh", "Trương Thị Ngọc", "HA-UBND", EnumSet.of(UNIT_LEADER)));

    /** Leaders who may see a denouncer's identity with a reason (an explicit grant, never a role: PermissionGrants). */
    static final List<String> IDENTITY_REVEAL_GRANTS = List.of("lanhdao.tp", "lanhdao.tinh");

    private final LamChuProperties properties;
    private final OrgDirectory org;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final PermissionGrants grants;
    private final Clock clock;

    DemoAccounts(LamChuProperties properties, OrgDirectory org, AccountRepository accounts, PasswordEncoder passwords,
                 JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit, PermissionGrants grants,
                 Clock clock) {
        this.properties = properties;
        this.org = org;
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || !properties.embedded()) {
            return;
        }
        Tenant tenant = org.tenants().stream().filter(t -> TENANT_CODE.equals(t.code())).findFirst().orElse(null);
        if (tenant == null || jdbc.sql("select count(*) from account").query(Integer.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            String hash = passwords.encode(PASSWORD);
            var now = clock.instant();
            for (Spec spec : ACCOUNTS) {
                var unit = org.unitByCode(tenant.id(), spec.unitCode());
                if (unit.isEmpty()) {
                    log.warn("Demo unit {} missing; demo account {} not created", spec.unitCode(), spec.username());
                    continue;
                }
                Account account = new Account(tenant.id(), Ids.newId(clock), spec.username(), spec.displayName(), null,
                        unit.get().id(), spec.roles(), true, 0, null, false, null, now, 0);
                accounts.insert(account, hash, now);
                audit.recordChange(tenant.id(), "account", account.id().toString(), "create", "demo data",
                        Map.of("username", spec.username(), "roles", spec.roles().toString()));
                if (IDENTITY_REVEAL_GRANTS.contains(spec.username())) {
                    grants.seed(tenant.id(), account.id(), spec.username(), Permission.DENOUNCER_IDENTITY_REVEAL,
                            "Dữ liệu mẫu");
                }
            }
        });
        log.info("Demo accounts created (password {}): {}", PASSWORD,
                ACCOUNTS.stream().map(Spec::username).toList());
    }
}
