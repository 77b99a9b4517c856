package vn.lamchu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.support.IntegrationTest;

/**
 * The admin pages of the rules: permission, list with unconfirmed rules marked, a new version with validity dates,
 * an in-place correction of an unconfirmed version, optimistic locking and the audit trail. Changes touch only
 * MC-late and KN-TC-archive, which no other test relies on.
 */
@IntegrationTest
class RulesAdminIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuleCatalog catalog;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/rules")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(authorities = "OFFICE_ACCESS")
    void refusesStaffWithoutTheRulesPermission() throws Exception {
        mvc.perform(get("/admin/rules")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void listsTheRulesAndMarksTheUnconfirmedOnes() throws Exception {
        mvc.perform(get("/admin/rules"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("KN-accept"), containsString("TC-res"), containsString("QĐ11-commune"),
                        containsString("Chưa xác nhận – có thể điều chỉnh"),
                        containsString("quy tắc có phiên bản chưa xác nhận"))));
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void showsARuleWithItsVersions() throws Exception {
        mvc.perform(get("/admin/rules/KN-accept"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Phiên bản 1"), containsString("Phiên bản 2"),
                        containsString("từ 01/07/2012 đến hết 30/06/2026"),
                        containsString("/admin/rules/KN-accept/versions/2/edit"))));
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void correctsAnUnconfirmedVersionInPlaceAuditsItAndRefusesAStaleForm() throws Exception {
        mvc.perform(get("/admin/rules/MC-late/versions/1/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điều chỉnh phiên bản 1 của quy tắc MC-late")));
        int lock = lock("MC-late", 1);

        mvc.perform(correction(lock, "2", "Đã đối chiếu Nghị định 118/2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/rules/MC-late"))
                .andExpect(flash().attribute("savedKey", "rules.admin.saved.update"));

        RuleVersion corrected = catalog.rule("MC-late").version(1).orElseThrow();
        assertThat(corrected.base().amount()).isEqualTo(2);
        assertThat(corrected.source()).isEqualTo("Nghị định 118/2025/NĐ-CP");
        List<Map<String, Object>> audit = jdbc.sql("""
                        select action, reason, details from audit_entry
                        where entity_type = 'legal_rule_version' and entity_id = 'MC-late/1'""").query().listOfRows();
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("update");
            assertThat(entry.get("reason")).isEqualTo("Đã đối chiếu Nghị định 118/2025");
            assertThat((String) entry.get("details")).contains("AT_LEAST_BEFORE 1 CALENDAR_DAYS → ")
                    .contains("AT_LEAST_BEFORE 2 CALENDAR_DAYS");
        });

        mvc.perform(correction(lock, "3", "Một người khác sửa cùng lúc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác thay đổi")));
        assertThat(catalog.rule("MC-late").version(1).orElseThrow().base().amount()).isEqualTo(2);
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void showsFieldMessagesForAnIncompleteCorrection() throws Exception {
        mvc.perform(post("/admin/rules/MC-late/versions/1").with(csrf())
                        .param("lock", "0").param("source", "").param("confidence", "M").param("reason", "")
                        .param("terms[0].variant", "").param("terms[0].kind", "AT_LEAST_BEFORE")
                        .param("terms[0].amount", "zero").param("terms[0].unit", "CALENDAR_DAYS")
                        .param("terms[0].extensionsAllowed", "0").param("terms[0].extensionAmount", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("is-invalid"),
                        containsString("Vui lòng ghi căn cứ pháp lý"),
                        containsString("Vui lòng ghi lý do thay đổi"),
                        containsString("Phải là số nguyên từ 1 đến 3660"))));
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void refusesToCorrectAVerifiedVersionInPlace() throws Exception {
        mvc.perform(get("/admin/rules/KN-1/versions/1/edit")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(authorities = "RULES_MANAGE")
    void addsAVersionThatClosesTheCurrentOneAndIsAudited() throws Exception {
        mvc.perform(get("/admin/rules/KN-TC-archive/versions/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm phiên bản cho quy tắc KN-TC-archive")));
        int lock = lock("KN-TC-archive", 1);

        mvc.perform(newVersion(lock, "2014-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiên bản mới phải bắt đầu sau")));

        mvc.perform(newVersion(lock, "2099-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/rules/KN-TC-archive"));

        Rule rule = catalog.rule("KN-TC-archive");
        assertThat(rule.versions()).hasSize(2);
        assertThat(rule.version(1).orElseThrow().validTo()).isEqualTo(LocalDate.of(2099, 1, 1));
        RuleVersion added = rule.version(2).orElseThrow();
        assertThat(added.validFrom()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(added.base().amount()).isEqualTo(2);
        assertThat(rule.versionOn(LocalDate.of(2098, 12, 31)).orElseThrow().number()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where entity_type = 'legal_rule_version' and entity_id = 'KN-TC-archive/2' and action = 'create'""")
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/admin/rules/KN-TC-archive"))
                .andExpect(content().string(containsString("từ 01/01/2099")));
    }

    private int lock(String ruleId, int number) {
        return jdbc.sql("select lock_version from legal_rule_version where rule_id = ? and version_no = ?")
                .params(ruleId, number).query(Integer.class).single();
    }

    private static MockHttpServletRequestBuilder correction(int lock, String amount, String reason) {
        return post("/admin/rules/MC-late/versions/1").with(csrf())
                .param("lock", Integer.toString(lock))
                .param("source", "Nghị định 118/2025/NĐ-CP")
                .param("confidence", "M").param("configurable", "true").param("note", "")
                .param("reason", reason)
                .param("terms[0].variant", "").param("terms[0].kind", "AT_LEAST_BEFORE")
                .param("terms[0].amount", amount).param("terms[0].unit", "CALENDAR_DAYS")
                .param("terms[0].extensionsAllowed", "0").param("terms[0].extensionAmount", "0");
    }

    private static MockHttpServletRequestBuilder newVersion(int lock, String validFrom) {
        return post("/admin/rules/KN-TC-archive/versions").with(csrf())
                .param("lock", Integer.toString(lock))
                .param("validFrom", validFrom).param("validTo", "")
                .param("source", "Thông tư 05/2021/TT-TTCP (giả định cho kiểm thử)")
                .param("confidence", "U").param("configurable", "true").param("note", "")
                .param("reason", "Kiểm thử: thêm phiên bản")
                .param("terms[0].variant", "").param("terms[0].kind", "WITHIN")
                .param("terms[0].amount", "2").param("terms[0].unit", "YEARS")
                .param("terms[0].extensionsAllowed", "0").param("terms[0].extensionAmount", "0");
    }
}
