package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * The routing table as administrators keep it (issue #4 item 2): REST and pages, the "try it" box, optimistic
 * locking, reasons for deletions, scope, and which row wins when several match (RULEBOOK §13.3).
 */
@IntegrationTest
class RoutingAdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    DemoTokens tokens;
    AdminApiCalls api;
    String admin;
    String category;

    @BeforeEach
    void setUp() throws Exception {
        tokens = new DemoTokens(jdbc, apiTokens);
        api = new AdminApiCalls(mvc, json);
        admin = tokens.bearer("quantri");
        category = AdminApiCalls.unique("R_");
        api.call(admin, "POST", "/api/v1/admin/categories", """
                {"code":"%s","nameVi":"Thử phân công %s"}""".formatted(category, category), 201);
    }

    JsonNode addRow(String place, String target, int priority, int expected) throws Exception {
        return api.call(admin, "POST", "/api/v1/admin/routing", """
                {"categoryCode":"%s","placeUnitId":%s,"targetUnitId":"%s","priority":%d,"note":"Thử nghiệm"}"""
                .formatted(category, place == null ? "null" : "\"" + tokens.unitId(place) + "\"", tokens.unitId(target),
                        priority), expected);
    }

    JsonNode tryIt(String place) throws Exception {
        return api.call(admin, "GET", "/api/v1/admin/routing/try?category=%s&kind=FEEDBACK&place=%s"
                .formatted(category, tokens.unitId(place)), null, 200);
    }

    @Test
    void aRowIsAddedListedWithNamesAndUsedForNewLetters() throws Exception {
        JsonNode row = addRow("TP", "TP-PKT", 0, 201);
        assertThat(row.get("categoryName").asString()).isEqualTo("Thử phân công " + category);
        assertThat(row.get("placeName").asString()).isEqualTo("Xã Tân Phú");
        assertThat(row.get("targetName").asString()).isEqualTo("Phòng Kinh tế xã Tân Phú");
        JsonNode list = api.call(admin, "GET", "/api/v1/admin/routing", null, 200);
        assertThat(list.valueStream().map(r -> r.get("id").asString())).contains(row.get("id").asString());

        JsonNode trial = tryIt("TP");
        assertThat(trial.get("unitName").asString()).isEqualTo("Phòng Kinh tế xã Tân Phú");
        assertThat(trial.get("fallback").asBoolean()).isFalse();
        assertThat(trial.get("matched").get("id").asString()).isEqualTo(row.get("id").asString());
        assertThat(trial.get("unitId").asString()).isEqualTo(tokens.unitId("TP-PKT").toString());
    }

    @Test
    void withoutAMatchingRowTheTryBoxSaysTheFallbackChose() throws Exception {
        JsonNode trial = tryIt("BM");
        assertThat(trial.get("fallback").asBoolean()).isTrue();
        assertThat(trial.get("matched").isNull()).isTrue();
        assertThat(trial.get("unitName").asString()).isEqualTo("Văn phòng HĐND và UBND phường Bình Minh");
    }

    /** Regression: rows for the province and for the commune tied, and the first in table order won. */
    @Test
    void theCommunesRowWinsOverTheProvincesWhenBothMatchEqually() throws Exception {
        addRow("HA", "HA-BTCD", 0, 201);
        JsonNode commune = addRow("TP", "TP-VPDU", 0, 201);
        assertThat(tryIt("TP").get("matched").get("id").asString()).isEqualTo(commune.get("id").asString());
        assertThat(tryIt("BM").get("unitName").asString()).isEqualTo("Ban Tiếp công dân tỉnh Hòa An");
    }

    @Test
    void aHigherPriorityWinsBetweenEquallySpecificRows() throws Exception {
        addRow("TP", "TP-VPDU", 0, 201);
        JsonNode province = addRow("HA", "HA-BTCD", 5, 201);
        assertThat(tryIt("TP").get("matched").get("id").asString()).isEqualTo(province.get("id").asString());
    }

    @Test
    void aSecondRowForTheSameCategoryKindAndPlaceIsRefused() throws Exception {
        addRow("TP", "TP-VPDU", 0, 201);
        JsonNode problem = addRow("TP", "TP-PKT", 3, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("row");
        assertThat(problem.get("detail").asString()).contains("Đã có một dòng");
    }

    @Test
    void badInputIsListedFieldByFieldInVietnamese() throws Exception {
        JsonNode problem = api.call(admin, "POST", "/api/v1/admin/routing", """
                {"categoryCode":"KHONG_CO_%s","placeUnitId":"%s","targetUnitId":"%s","priority":5000}"""
                .formatted(category, tokens.unitId("TP-VP"), tokens.unitId("TP")), 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("categoryCode", "targetUnitId", "placeUnitId", "priority");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("Mức ưu tiên từ -1000 đến 1000.");
    }

    @Test
    void aStaleVersionIsRefusedWithAVietnamese409AndADeletionNeedsAReason() throws Exception {
        JsonNode row = addRow("TP", "TP-VPDU", 0, 201);
        String id = row.get("id").asString();
        String body = """
                {"categoryCode":"%s","placeUnitId":"%s","targetUnitId":"%s","priority":1,"version":%d}""";
        JsonNode updated = api.call(admin, "PUT", "/api/v1/admin/routing/" + id, body.formatted(category,
                tokens.unitId("TP"), tokens.unitId("TP-PKT"), 0), 200);
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        JsonNode stale = api.call(admin, "PUT", "/api/v1/admin/routing/" + id, body.formatted(category,
                tokens.unitId("TP"), tokens.unitId("TP-VP"), 0), 409);
        assertThat(stale.get("detail").asString()).startsWith("Dữ liệu vừa được người khác thay đổi");

        JsonNode noReason = api.call(admin, "DELETE", "/api/v1/admin/routing/" + id + "?version=1", null, 400);
        assertThat(noReason.get("errors").get(0).get("field").asString()).isEqualTo("reason");
        api.call(admin, "DELETE", "/api/v1/admin/routing/" + id + "?version=1&reason=Phân công lại theo quyết định mới",
                null, 204);
        api.call(admin, "GET", "/api/v1/admin/routing/" + id, null, 404);
        String reason = jdbc.sql("select reason from audit_entry where entity_type = 'case_routing_rule' and entity_id = ? and action = 'delete'")
                .param(id).query(String.class).single();
        assertThat(reason).isEqualTo("Phân công lại theo quyết định mới");
    }

    @Test
    void aCommuneAdministratorSeesOnlyTheCommunesRowsAndMustNameAPlace() throws Exception {
        JsonNode provinceRow = addRow("HA", "HA-BTCD", 0, 201);
        JsonNode communeRow = addRow("TP", "TP-VPDU", 0, 201);
        String communeAdmin = tokens.bearer("quantri.tp");
        JsonNode list = api.call(communeAdmin, "GET", "/api/v1/admin/routing", null, 200);
        assertThat(list.valueStream().map(r -> r.get("id").asString()))
                .contains(communeRow.get("id").asString()).doesNotContain(provinceRow.get("id").asString());
        api.call(communeAdmin, "GET", "/api/v1/admin/routing/" + provinceRow.get("id").asString(), null, 404);
        JsonNode anywhere = api.call(communeAdmin, "POST", "/api/v1/admin/routing", """
                {"categoryCode":"%s","kind":"COMPLAINT","targetUnitId":"%s"}""".formatted(category, tokens.unitId("TP-VP")), 400);
        assertThat(anywhere.get("errors").get(0).get("field").asString()).isEqualTo("placeUnitId");
        api.call(tokens.bearer("xuly.tp"), "GET", "/api/v1/admin/routing", null, 403);
    }

    @Test
    void theRoutingPageListsRowsAndTheTryBoxNamesTheUnitAndTheRow() throws Exception {
        JsonNode row = addRow("TP", "TP-PKT", 0, 201);
        MockHttpSession session = DemoLogin.as(mvc, "quantri");
        String page = mvc.perform(get("/admin/routing").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bảng phân công xử lý đơn", "Thử phân công " + category, "Phòng Kinh tế xã Tân Phú");
        String tried = mvc.perform(get("/admin/routing").session(session).param("try", "1")
                        .param("tryCategory", category).param("tryKind", "FEEDBACK")
                        .param("tryPlace", tokens.unitId("TP").toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tried).contains("id=\"trial-unit\">Phòng Kinh tế xã Tân Phú<", "/admin/routing/" + row.get("id").asString());
        String fallback = mvc.perform(get("/admin/routing").session(session).param("try", "1")
                        .param("tryCategory", category).param("tryKind", "FEEDBACK")
                        .param("tryPlace", tokens.unitId("BM").toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fallback).contains("id=\"trial-fallback\"", "Văn phòng HĐND và UBND phường Bình Minh");
        String menu = mvc.perform(get("/office").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(menu).contains("href=\"/admin/routing\"", "href=\"/admin/categories\"");
    }

    @Test
    void theFormShowsEachProblemNextToItsFieldAndAStaleSaveIs409() throws Exception {
        MockHttpSession session = DemoLogin.as(mvc, "quantri");
        String refused = mvc.perform(post("/admin/routing").session(session).with(csrf())
                        .param("categoryCode", category).param("placeUnitId", tokens.unitId("TP").toString())
                        .param("targetUnitId", "").param("priority", "abc"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"targetUnitId-error\"", "Hãy chọn đơn vị xử lý.",
                "id=\"priority-error\"", "Mức ưu tiên phải là một số nguyên.");

        mvc.perform(post("/admin/routing").session(session).with(csrf()).param("categoryCode", category)
                        .param("placeUnitId", tokens.unitId("TP").toString())
                        .param("targetUnitId", tokens.unitId("TP-VPDU").toString()).param("priority", "0"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from case_routing_rule where category_code = ?").param(category)
                .query(UUID.class).single();
        String stale = mvc.perform(post("/admin/routing/" + id).session(session).with(csrf())
                        .param("categoryCode", category).param("placeUnitId", tokens.unitId("TP").toString())
                        .param("targetUnitId", tokens.unitId("TP-PKT").toString()).param("priority", "0")
                        .param("version", "7"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Dữ liệu vừa được người khác thay đổi", "href=\"/admin/routing/" + id + "\"");

        String noReason = mvc.perform(post("/admin/routing/" + id + "/delete").session(session).with(csrf())
                        .param("version", "0").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("id=\"reason-error\"", "Hãy ghi lý do.");
        mvc.perform(post("/admin/routing/" + id + "/delete").session(session).with(csrf())
                        .param("version", "0").param("reason", "Không cần nữa"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from case_routing_rule where id = ?").param(id).query(Integer.class)
                .single()).isZero();
    }
}
