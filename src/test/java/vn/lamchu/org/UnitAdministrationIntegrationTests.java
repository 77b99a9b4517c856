package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/** Units, reorganisations and posts through the API and the pages, by an administrator of the province. */
@IntegrationTest
class UnitAdministrationIntegrationTests {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @Autowired
    WebApplicationContext context;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;
    private TenantId tenant;
    private String token;
    private MockHttpSession session;
    private String prefix;

    @BeforeEach
    void administrator() throws Exception {
        OrgTestAccounts accounts = new OrgTestAccounts(context);
        mvc = accounts.mvc();
        tenant = accounts.demoTenant();
        OrgTestAccounts.SignedIn admin = accounts.signIn("HA", "ADMINISTRATOR");
        token = admin.token();
        session = admin.session();
        prefix = OrgTestAccounts.uniquePrefix("U");
    }

    private String createUnit(String code, String parent, String kind) throws Exception {
        String body = """
                {"code":"%s","name":"Đơn vị %s","kind":"%s","parentCode":"%s","validFrom":"%s"}"""
                .formatted(code, code, kind, parent, START);
        String json = mvc.perform(post("/api/v1/org/units").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private Unit unit(String code) {
        return org.unitByCode(tenant, code).orElseThrow();
    }

    private int auditEntries(String entityType, String entityId) {
        return jdbc.sql("select count(*) from audit_entry where tenant_id = ? and entity_type = ? and entity_id = ?")
                .params(tenant.value(), entityType, entityId).query(Integer.class).single();
    }

    @Test
    void createsAUnitAndAuditsIt() throws Exception {
        String id = createUnit(prefix, "TP", "SPECIALISED_OFFICE");
        assertThat(unit(prefix).parentId()).isEqualTo(unit("TP").id());
        assertThat(unit(prefix).jurisdictionId()).isEqualTo(unit("TP").jurisdictionId());
        assertThat(auditEntries("org_unit", id)).isEqualTo(1);
        mvc.perform(get("/api/v1/org/units/{id}", id).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value(prefix))
                .andExpect(jsonPath("$.ancestors[0].code").value("HA"));
    }

    @Test
    void refusesBadInputWithEveryProblemInVietnamese() throws Exception {
        mvc.perform(post("/api/v1/org/units").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + prefix + "\",\"name\":\" \",\"kind\":\"OTHER\",\"parentCode\":\"TP-XYZ\","
                                + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Cần nhập tên."))
                .andExpect(jsonPath("$.errors[?(@.field == 'parentCode')].message")
                        .value("Mã đơn vị cha 'TP-XYZ' không tồn tại."))
                .andExpect(jsonPath("$.errors[?(@.field == 'validTo')]").exists());
    }

    @Test
    void refusesAChangeBasedOnAnOldVersion() throws Exception {
        String id = createUnit(prefix, "TP", "OTHER");
        String change = """
                {"code":"%s","name":"Tên mới","kind":"OTHER","jurisdictionCode":"TP","validFrom":"%s","version":%d}""";
        mvc.perform(put("/api/v1/org/units/{id}", id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(prefix, START, 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/org/units/{id}", id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted(prefix, START, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("người khác thay đổi")));
    }

    @Test
    void mergingEndsBothUnitsWithTheirPostsAndLinksTheNewUnit() throws Exception {
        createUnit(prefix + "-A", "TP", "OTHER");
        createUnit(prefix + "-B", "TP", "OTHER");
        createUnit(prefix + "-A1", prefix + "-A", "OTHER");
        String person = mvc.perform(post("/api/v1/org/people").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Người Thử " + prefix + "\",\"unitCode\":\"" + prefix + "-A\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/org/people/{id}/posts", person).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + prefix + "-A\",\"post\":\"HEAD\",\"validFrom\":\"" + START + "\"}"))
                .andExpect(status().isCreated());
        LocalDate date = LocalDate.of(2026, 1, 1);
        mvc.perform(post("/api/v1/org/reorganisations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"MERGE","effectiveDate":"%s","legalBasis":"Quyết định số 1/QĐ-UBND","units":["%s-A","%s-B"],
                                 "newUnits":[{"code":"%s-M","name":"Đơn vị hợp nhất","kind":"OTHER","parentCode":"TP"}]}"""
                                .formatted(date, prefix, prefix, prefix)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links.length()").value(3));
        assertThat(List.of("-A", "-B", "-A1")).allSatisfy(s -> assertThat(unit(prefix + s).validTo()).isEqualTo(date));
        assertThat(unit(prefix + "-M").validFrom()).isEqualTo(date);
        assertThat(org.successorsOf(tenant, unit(prefix + "-A1").id(), date)).extracting(Unit::code).containsExactly(prefix + "-M");
        assertThat(org.holdings(tenant, unit(prefix + "-A").id())).singleElement()
                .satisfies(h -> assertThat(h.validTo()).isEqualTo(date));
    }

    @Test
    void renamingKeepsTheUnitAndItsOldName() throws Exception {
        String id = createUnit(prefix, "BM", "OTHER");
        mvc.perform(post("/api/v1/org/reorganisations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"RENAME","effectiveDate":"2025-12-01","legalBasis":"Quyết định số 2/QĐ-UBND",
                                 "units":["%s"],"newName":"Tên đã đổi"}""".formatted(prefix)))
                .andExpect(status().isCreated());
        assertThat(unit(prefix).id().value().toString()).isEqualTo(id);
        mvc.perform(get("/api/v1/org/units/{id}", id).header("Authorization", token))
                .andExpect(jsonPath("$.unit.name").value("Tên đã đổi"))
                .andExpect(jsonPath("$.history[0].oldName").value("Đơn vị " + prefix))
                .andExpect(jsonPath("$.reorganisations[0].kind").value("RENAME"));
    }

    @Test
    void refusesToMoveAUnitUnderItsOwnChild() throws Exception {
        createUnit(prefix, "BM", "OTHER");
        createUnit(prefix + "-C", prefix, "OTHER");
        mvc.perform(post("/api/v1/org/reorganisations").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"MOVE","effectiveDate":"2025-12-01","legalBasis":"Quyết định số 3",
                                 "units":["%s"],"newParentCode":"%s-C"}""".formatted(prefix, prefix)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unit.parent.cycle"));
    }

    @Test
    void theTreePageFiltersWithoutDiacriticsAndHidesEndedUnits() throws Exception {
        String tree = mvc.perform(get("/admin/units").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("Xã Tân Phú", "Tỉnh ủy Hòa An").doesNotContain("Huyện Sông Cầu");
        assertThat(mvc.perform(get("/admin/units").param("ended", "true").session(session))
                .andReturn().getResponse().getContentAsString()).contains("Huyện Sông Cầu");
        String found = mvc.perform(get("/admin/units").param("q", "van phong hdnd").header("HX-Request", "true").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("Văn phòng HĐND và UBND xã Tân Phú", "Văn phòng HĐND và UBND phường Bình Minh")
                .doesNotContain("<html");
    }

    @Test
    void theUnitPageShowsPostsAndTheReorganisationThatEndedIt() throws Exception {
        String legacy = mvc.perform(get("/admin/units/{id}", unit("SC-PA").id().value()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(legacy).contains("Hợp nhất, sáp nhập", "Nghị quyết của Ủy ban Thường vụ Quốc hội", "Xã Tân Phú",
                "Đã kết thúc");
        String committee = mvc.perform(get("/admin/units/{id}", unit("TP-UBND").id().value()).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(committee).contains("Trần Thị Mai", "Chủ tịch UBND xã Tân Phú");
    }

    @Test
    void theCreateFormShowsEachProblemNextToItsField() throws Exception {
        String page = mvc.perform(post("/admin/units").session(session).with(csrf())
                        .param("code", "TP").param("name", "").param("parentCode", "TP").param("validFrom", "2026-13-40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is-invalid", "Ngày không hợp lệ.");
        String second = mvc.perform(post("/admin/units").session(session).with(csrf())
                        .param("code", "TP").param("name", "").param("parentCode", "TP").param("validFrom", "2026-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Mã đơn vị &#39;TP&#39; đã được dùng.", "Cần nhập tên.", "Cần chọn loại đơn vị.");
        mvc.perform(post("/admin/units").session(session).with(csrf()).param("code", prefix).param("name", "Tổ công tác")
                        .param("kind", "OTHER").param("parentCode", "TP").param("validFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/admin/units/*"));
        assertThat(unit(prefix).name()).isEqualTo("Tổ công tác");
    }

    @Test
    void theEditFormSaysSomeoneChangedTheUnit() throws Exception {
        String id = createUnit(prefix, "TP", "OTHER");
        var edit = post("/admin/units/{id}", id).session(session).with(csrf()).param("code", prefix).param("name", "Sửa lần một")
                .param("kind", "OTHER").param("jurisdictionCode", "TP").param("validFrom", START.toString()).param("version", "0");
        mvc.perform(edit).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/admin/units/{id}", id).session(session).with(csrf()).param("code", prefix)
                        .param("name", "Sửa lần hai").param("kind", "OTHER").param("jurisdictionCode", "TP")
                        .param("validFrom", START.toString()).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hồ sơ vừa được người khác thay đổi", "Tải lại trang");
        assertThat(unit(prefix).name()).isEqualTo("Sửa lần một");
    }

    @Test
    void thePeoplePagesFindNamesWithoutDiacriticsAndAssignPosts() throws Exception {
        assertThat(mvc.perform(get("/admin/people").param("q", "tran thi mai").session(session))
                .andReturn().getResponse().getContentAsString()).contains("Trần Thị Mai");
        String location = mvc.perform(post("/admin/people").session(session).with(csrf()).param("fullName", "Lê Thử " + prefix)
                        .param("unitCode", "TP-VP"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String person = location.substring(location.lastIndexOf('/') + 1);
        String refused = mvc.perform(post("/admin/people/{id}/posts", person).session(session).with(csrf())
                        .param("unitCode", "TP-UBND").param("post", "CHAIR").param("validFrom", "2026-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Trần Thị Mai đang giữ chức vụ đó");
        mvc.perform(post("/admin/people/{id}/posts", person).session(session).with(csrf())
                        .param("unitCode", "TP-VP").param("post", "OFFICER").param("validFrom", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/admin/people/{id}", person).session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Công chức — Văn phòng HĐND và UBND xã Tân Phú");
    }
}
