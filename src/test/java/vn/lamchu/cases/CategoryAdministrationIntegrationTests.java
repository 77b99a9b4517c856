package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * The subject categories as administrators keep them (issue #4 item 4; RULEBOOK §13.4, §5.3): names, the
 * "regulation feedback" mark, the category's own answer deadline, order, in use; optimistic locking; nothing in use
 * is deleted; only a province-wide administrator changes them.
 */
@IntegrationTest
class CategoryAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseCategories categories;

    DemoTokens tokens;
    AdminApiCalls api;
    String admin;
    String code;

    @BeforeEach
    void setUp() {
        tokens = new DemoTokens(jdbc, apiTokens);
        api = new AdminApiCalls(mvc, json);
        admin = tokens.bearer("quantri");
        code = AdminApiCalls.unique("C_");
    }

    TenantId tenant() {
        return new TenantId(jdbc.sql("select id from tenant where code = 'HOA-AN'").query(java.util.UUID.class).single());
    }

    @Test
    void aCategoryIsAddedChangedAndOfferedAsTheCoreReadsIt() throws Exception {
        JsonNode created = api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"  Cây xanh, công viên  ","answerDays":7}""".formatted(code.toLowerCase()), 201);
        assertThat(created.get("code").asString()).isEqualTo(code);
        assertThat(created.get("nameVi").asString()).isEqualTo("Cây xanh, công viên");
        assertThat(created.get("nameEn").asString()).isEqualTo("Cây xanh, công viên");
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(categories.find(tenant(), code)).get().extracting(CaseCategory::answerDays).isEqualTo(7);

        JsonNode changed = api.call(admin, "PUT", "/api/v1/admin/categories/" + code, """
                {"nameVi":"Cây xanh","nameEn":"Trees and parks","regulation":true,"answerDays":null,"sortOrder":5,
                 "active":false,"version":0}""", 200);
        assertThat(changed.get("version").asInt()).isEqualTo(1);
        CaseCategory read = categories.find(tenant(), code).orElseThrow();
        assertThat(read.regulation()).isTrue();
        assertThat(read.answerDays()).isNull();
        assertThat(read.active()).isFalse();
        assertThat(categories.active(tenant())).extracting(CaseCategory::code).doesNotContain(code);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'case_category' and entity_id = ?")
                .param(code).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void badInputIsListedFieldByFieldAndAStaleVersionIs409() throws Exception {
        JsonNode problem = api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"đất đai mới!","nameVi":" ","answerDays":121,"sortOrder":-1}""", 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("code", "nameVi", "answerDays", "sortOrder");
        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Thử"}""".formatted(code), 201);
        JsonNode taken = api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Thử lại"}""".formatted(code), 400);
        assertThat(taken.get("errors").get(0).get("message").asString()).isEqualTo("Đã có lĩnh vực mã " + code + ".");
        JsonNode stale = api.call(admin, "PUT", "/api/v1/admin/categories/" + code, """
                {"nameVi":"Thử","version":3}""", 409);
        assertThat(stale.get("detail").asString()).startsWith("Dữ liệu vừa được người khác thay đổi");
    }

    @Test
    void aCategoryInUseIsNotDeletedAndAnUnusedOneIsWithAReason() throws Exception {
        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Thử xóa"}""".formatted(code), 201);
        api.call(admin, "POST", "/api/v1/admin/routing", """
                {"categoryCode":"%s","placeUnitId":"%s","targetUnitId":"%s"}"""
                .formatted(code, tokens.unitId("TP"), tokens.unitId("TP-VP")), 201);
        JsonNode inUse = api.call(admin, "DELETE", "/api/v1/admin/categories/" + code + "?version=0&reason=thử",
                null, 409);
        assertThat(inUse.get("detail").asString()).contains("đang được dùng", "1 dòng phân công");

        String unused = AdminApiCalls.unique("C_");
        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Nhầm"}""".formatted(unused), 201);
        api.call(admin, "DELETE", "/api/v1/admin/categories/" + unused + "?version=0&reason=Tạo nhầm",
                null, 204);
        assertThat(categories.find(tenant(), unused)).isEmpty();
    }

    @Test
    void onlyAProvinceWideAdministratorChangesCategories() throws Exception {
        String communeAdmin = tokens.bearer("quantri.tp");
        assertThat(api.call(communeAdmin, "GET", "/api/v1/admin/categories", null, 200).size()).isGreaterThan(10);
        api.call(communeAdmin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Không được"}""".formatted(code), 403);
        api.call(tokens.bearer("xuly.tp"), "GET", "/api/v1/admin/categories", null, 403);
    }

    @Test
    void theCategoryPagesListEditAndShowProblemsNextToFields() throws Exception {
        MockHttpSession session = DemoLogin.as(mvc, "quantri");
        String list = mvc.perform(get("/admin/categories").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Lĩnh vực đơn thư", "Đất đai", "Quy định hành chính: công khai kết quả");

        String refused = mvc.perform(post("/admin/categories").session(session).with(csrf()).param("code", code)
                        .param("nameVi", "").param("answerDays", "mười"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"nameVi-error\"", "Hãy nhập tên lĩnh vực.", "id=\"answerDays-error\"",
                "Thời hạn trả lời phải là một số nguyên");

        mvc.perform(post("/admin/categories").session(session).with(csrf()).param("code", code)
                        .param("nameVi", "Chợ, trung tâm thương mại").param("answerDays", "10").param("_regulation", "on")
                        .param("active", "true").param("_active", "on"))
                .andExpect(status().is3xxRedirection());
        String form = mvc.perform(get("/admin/categories/" + code).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Chợ, trung tâm thương mại", "id=\"category-delete\"");
        String stale = mvc.perform(post("/admin/categories/" + code).session(session).with(csrf())
                        .param("nameVi", "Chợ").param("version", "4").param("_active", "on"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Dữ liệu vừa được người khác thay đổi");
        mvc.perform(post("/admin/categories/" + code).session(session).with(csrf())
                        .param("nameVi", "Chợ").param("version", "0").param("_active", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(categories.find(tenant(), code).orElseThrow().active()).isFalse();

        String communePage = mvc.perform(get("/admin/categories").session(DemoLogin.as(mvc, "quantri.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(communePage).contains("chỉ quản trị viên cấp tỉnh").doesNotContain("/admin/categories/new");
    }
}
