package vn.lamchu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

@IntegrationTest
class IdentityIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired ApiTokens tokens;
    @Autowired OrgDirectory org;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void demoAccountSignsInAndSeesItsUnitsDashboard() throws Exception {
        var session = DemoLogin.as(mvc, "xuly.tp");
        mvc.perform(get("/office").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Văn phòng HĐND và UBND")));
    }

    @Test
    void officeNeedsSignInAndRedirectsToTheLoginPage() throws Exception {
        mvc.perform(get("/office")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "xuly.tp").param("password", DemoLogin.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilTheLockoutEnds() throws Exception {
        Actor admin = adminOf("TP");
        String username = "lockout." + shortId();
        accounts.create(admin, new AccountService.NewAccount(username, "Người thử khóa", null,
                org.unitByCode(admin.tenantId(), "TP-VP").orElseThrow().id().value(), EnumSet.of(Role.HANDLING_OFFICER),
                "mat khau dung 2026"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "sai mat khau").with(csrf()))
                    .andExpect(redirectedUrl(i < 4 ? "/login?error=bad" : "/login?error=locked"));
        }
        // even the right password is refused while locked
        mvc.perform(post("/login").param("username", username).param("password", "mat khau dung 2026").with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post("/login").param("username", username).param("password", "mat khau dung 2026").with(csrf()))
                .andExpect(redirectedUrl("/office"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'locked' and entity_type = 'account'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void secondFactorIsRequiredOnceEnabled() throws Exception {
        Actor admin = adminOf("TP");
        String username = "totp." + shortId();
        Account account = accounts.create(admin, new AccountService.NewAccount(username, "Người thử mã", null,
                org.unitByCode(admin.tenantId(), "TP-VP").orElseThrow().id().value(), EnumSet.of(Role.HANDLING_OFFICER),
                "mat khau dung 2026"));
        Actor self = new Actor(account.id(), username, "Người thử mã", admin.tenantId(), account.unitId(),
                Role.permissionsOf(account.roles()));
        var enrolment = accounts.startTotp(self);
        accounts.confirmTotp(self, Totp.code(enrolment.secret(), clock.instant()));

        mvc.perform(post("/login").param("username", username).param("password", "mat khau dung 2026").with(csrf()))
                .andExpect(redirectedUrl("/login?error=code"));
        mvc.perform(post("/login").param("username", username).param("password", "mat khau dung 2026")
                        .param("code", Totp.code(enrolment.secret(), clock.instant())).with(csrf()))
                .andExpect(redirectedUrl("/office"));
    }

    @Test
    void personalTokenAuthenticatesTheApiAndRevocationEndsIt() throws Exception {
        Actor admin = adminOf("HA");
        var issued = tokens.issue(admin.tenantId(), admin.accountId(), "kiểm thử", null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("quantri"));
        tokens.revoke(admin.tenantId(), admin.accountId(), issued.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void apiValidationErrorsAreProblemDetailsWithFieldMessages() throws Exception {
        Actor admin = adminOf("HA");
        var issued = tokens.issue(admin.tenantId(), admin.accountId(), "kiểm thử lỗi", null);
        mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + issued.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')]").exists());
        mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + issued.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").isNotEmpty());
        mvc.perform(get("/api/v1/accounts/not-a-uuid").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorCannotSeeOrPlaceAccountsOutsideTheirUnit() throws Exception {
        Actor communeAdmin = adminOf("TP");
        UUID otherCommuneAccount = jdbc.sql("select id from account where username = 'xuly.bm'").query(UUID.class).single();
        var issued = tokens.issue(communeAdmin.tenantId(), communeAdmin.accountId(), "phạm vi", null);
        mvc.perform(get("/api/v1/accounts/" + otherCommuneAccount).header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'xuly.bm')]").doesNotExist())
                .andExpect(jsonPath("$[?(@.username == 'xuly.tp')]").exists());
        var session = DemoLogin.as(mvc, "quantri.tp");
        mvc.perform(get("/admin/accounts/" + otherCommuneAccount).session(session)).andExpect(status().isNotFound());
        String body = mvc.perform(get("/admin/accounts").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("xuly.tp").doesNotContain("xuly.bm");
    }

    @Test
    void aMalformedAccountFormIsAnsweredWithVietnameseMessagesNextToTheFields() throws Exception {
        var session = DemoLogin.as(mvc, "quantri");
        String page = mvc.perform(post("/admin/accounts/new").session(session).with(csrf())
                        .param("username", "x").param("displayName", "Người thử").param("unitId", "khong-phai-uuid")
                        .param("roles", "KHONG_CO_VAI_TRO").param("password", "mat khau dung 2026"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vai trò không hợp lệ").doesNotContain("Failed to convert");
        String typed = mvc.perform(post("/admin/accounts/new").session(session).with(csrf())
                        .param("username", "hop.le." + shortId()).param("displayName", "Người thử")
                        .param("unitId", "khong-phai-uuid").param("roles", "HANDLING_OFFICER")
                        .param("password", "mat khau dung 2026"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(typed).contains("Đơn vị không hợp lệ").doesNotContain("Failed to convert")
                .doesNotContain("Vui lòng chọn đơn vị.");
    }

    @Test
    void aStaffMemberWithoutAccountPermissionIsRefused() throws Exception {
        var session = DemoLogin.as(mvc, "xuly.tp");
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
    }

    private Actor adminOf(String unitCode) {
        String username = unitCode.equals("HA") ? "quantri" : "quantri." + unitCode.toLowerCase();
        UUID id = jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
        var tenant = org.tenants().stream().filter(t -> t.code().equals("HOA-AN")).findFirst().orElseThrow();
        Account account = accounts.own(new Actor(id, username, username, tenant.id(),
                org.unitByCode(tenant.id(), unitCode).orElseThrow().id(), EnumSet.allOf(Permission.class)));
        return new Actor(account.id(), account.username(), account.displayName(), account.tenantId(), account.unitId(),
                Role.permissionsOf(account.roles()));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
