package vn.lamchu.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.TenantId;

/**
 * Real accounts for the organisation's integration tests: rows in {@code account} with a role, signed in through the
 * real login form (pages) or a real personal API token (REST), so that the real {@code CurrentActor} and scope checks
 * run. Once identity seeds the demo accounts ({@code quantri}, {@code xuly.bm} …, password {@code LamChu@2026}),
 * {@link #login} and {@link #token} can take those names instead of accounts made here.
 */
final class OrgTestAccounts {

    static final String PASSWORD = "Org-Test@2026";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final MockMvc mvc;
    private final String passwordHash;

    /** A test account: its name and where it sits. */
    record Account(TenantId tenant, UUID id, String username) {
    }

    /** An account signed in both ways: a page session and an API token. */
    record SignedIn(Account account, MockHttpSession session, String token) {
    }

    OrgTestAccounts(WebApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.passwords = context.getBean(PasswordEncoder.class);
        this.tokens = context.getBean(ApiTokens.class);
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.passwordHash = passwords.encode(PASSWORD);
    }

    MockMvc mvc() {
        return mvc;
    }

    /** The demo province, Tỉnh Hòa An. */
    TenantId demoTenant() {
        return new TenantId(jdbc.sql("select id from tenant where code = 'HOA-AN'").query(UUID.class).single());
    }

    /** A new account of the demo province with {@code role} at {@code unitCode}, signed in. */
    SignedIn signIn(String unitCode, String role) throws Exception {
        Account account = create(demoTenant(), unitCode, role);
        return new SignedIn(account, login(account), token(account));
    }

    /** A prefix for the codes a test creates, so that tests sharing the database do not collide. */
    static String uniquePrefix(String letter) {
        return letter + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** A new account with {@code role} (an identity Role name) at the unit with {@code unitCode} of {@code tenant}. */
    Account create(TenantId tenant, String unitCode, String role) {
        UUID id = UUID.randomUUID();
        String username = "org-" + role.toLowerCase().replace('_', '-') + "-" + id.toString().substring(0, 8);
        UUID unit = jdbc.sql("select id from org_unit where tenant_id = ? and code = ?")
                .params(tenant.value(), unitCode).query(UUID.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into account (tenant_id, id, username, display_name, password_hash, unit_id,
                                             password_changed_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, username, "Cán bộ thử " + unitCode, passwordHash, unit, now, now).update();
        jdbc.sql("insert into account_role (tenant_id, account_id, role) values (?, ?, ?)")
                .params(tenant.value(), id, role).update();
        return new Account(tenant, id, username);
    }

    /** Signs in through the login form; the session carries the account to the pages. */
    MockHttpSession login(Account account) throws Exception {
        var result = mvc.perform(formLogin("/login").user(account.username()).password(PASSWORD)).andReturn();
        if (result.getResponse().getRedirectedUrl() == null || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException("login failed for " + account.username());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A personal API token of the account, for {@code Authorization: Bearer …}. */
    String token(Account account) {
        return "Bearer " + tokens.issue(account.tenant(), account.id(), "org tests", null).token();
    }
}
