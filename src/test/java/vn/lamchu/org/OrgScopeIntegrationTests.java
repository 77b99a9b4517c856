package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/**
 * An account sees only its unit's subtree: a handling officer of Phường Bình Minh's office (BM-VP, like the demo
 * account {@code xuly.bm}) cannot read Xã Tân Phú's units or people, through pages or the API, nor anything of another
 * province; what it cannot see is reported as missing (404), not as forbidden.
 */
@IntegrationTest
class OrgScopeIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OrgDirectory org;
    @Autowired
    UnitAdministration units;

    private OrgTestAccounts accounts;
    private MockMvc mvc;
    private TenantId tenant;
    private MockHttpSession officerSession;
    private String officerToken;
    private Unit tanPhuOffice;
    private Unit binhMinhOffice;

    @BeforeEach
    void officerOfBinhMinh() throws Exception {
        accounts = new OrgTestAccounts(context);
        mvc = accounts.mvc();
        tenant = accounts.demoTenant();
        OrgTestAccounts.SignedIn officer = accounts.signIn("BM-VP", "HANDLING_OFFICER");
        officerSession = officer.session();
        officerToken = officer.token();
        tanPhuOffice = org.unitByCode(tenant, "TP-VP").orElseThrow();
        binhMinhOffice = org.unitByCode(tenant, "BM-VP").orElseThrow();
    }

    @Test
    void theUnitPageOfAnotherCommuneIsNotFound() throws Exception {
        mvc.perform(get("/admin/units/{id}", tanPhuOffice.id().value()).session(officerSession))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/{id}", binhMinhOffice.id().value()).session(officerSession))
                .andExpect(status().isOk());
    }

    @Test
    void theApiReportsAnotherCommunesUnitAsMissing() throws Exception {
        mvc.perform(get("/api/v1/org/units/{id}", tanPhuOffice.id().value()).header("Authorization", officerToken))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/org/units/{id}/successors", tanPhuOffice.id().value()).header("Authorization", officerToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListShowsOnlyTheOwnSubtree() throws Exception {
        String page = mvc.perform(get("/admin/units").session(officerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(binhMinhOffice.name()).doesNotContain("Tân Phú").doesNotContain("Tỉnh ủy");
        mvc.perform(get("/api/v1/org/units").header("Authorization", officerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].unit.code").value("BM-VP"));
        mvc.perform(get("/api/v1/org/units").param("q", "tan phu").header("Authorization", officerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void peopleOfAnotherCommuneAreNotFound() throws Exception {
        String tanPhuChair = org.holders(tenant, org.unitByCode(tenant, "TP-UBND").orElseThrow().id(), Post.CHAIR,
                LocalDate.of(2026, 1, 1)).get(0).personId().toString();
        mvc.perform(get("/admin/people/{id}", tanPhuChair).session(officerSession)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org/people/{id}", tanPhuChair).header("Authorization", officerToken))
                .andExpect(status().isNotFound());
        String people = mvc.perform(get("/admin/people").session(officerSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(people).contains("Tô Văn Hải").doesNotContain("Trần Thị Mai");
    }

    @Test
    void aUnitOfAnotherProvinceIsNotFound() throws Exception {
        String code = OrgTestAccounts.uniquePrefix("OT-");
        Unit foreign = units.createTenant(code, "Tỉnh Khác " + code, code, "Tỉnh Khác", code, "Tỉnh Khác",
                LocalDate.of(2000, 1, 1));
        OrgTestAccounts.SignedIn admin = accounts.signIn("HA", "ADMINISTRATOR");
        mvc.perform(get("/api/v1/org/units/{id}", foreign.id().value()).header("Authorization", admin.token()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/{id}", foreign.id().value()).session(admin.session()))
                .andExpect(status().isNotFound());
    }

    @Test
    void changesNeedTheManagePermission() throws Exception {
        mvc.perform(post("/api/v1/org/units").header("Authorization", officerToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"BM-VP-X\",\"name\":\"X\",\"kind\":\"OTHER\",\"parentCode\":\"BM-VP\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/units/new").session(officerSession)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/units").session(officerSession).with(csrf()).param("code", "BM-VP-X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").session(officerSession)).andExpect(status().isForbidden());
    }
}
