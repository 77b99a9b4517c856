package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
 * Conflict of interest through the API and the pages: a denunciation about the commune's leader goes to the province
 * and disappears for the commune (Luật Tố cáo 2018, Điều 12 khoản 1); one about an officer is hidden from him only.
 */
@IntegrationTest
class ConflictOfInterestIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    DemoTokens tokens;

    @BeforeEach
    void signIn() {
        tokens = new DemoTokens(jdbc, apiTokens);
    }

    JsonNode call(String user, String method, String path, String body, int expected) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        };
        String out = mvc.perform(request.header("Authorization", tokens.bearer(user)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    /** A denunciation about something in commune Tân Phú, received at its office; returns its id and number. */
    String[] denunciation(String receiver, String about) throws Exception {
        String title = "Tố cáo " + about + " " + UUID.randomUUID();
        JsonNode receipt = call(receiver, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"DENUNCIATION","title":"%s","body":"Tố cáo %s nhận tiền khi giải quyết hồ sơ đất đai.",
                 "placeUnitId":"%s","senders":[{"name":"Nguyễn Văn Bình","address":"Thôn 2, xã Tân Phú"}]}"""
                .formatted(title, about, tokens.unitId("TP")), 201);
        String id = receipt.get("caseId").asString();
        JsonNode detail = call(receiver.equals("tiepnhan.tp") ? "lanhdao.tp" : receiver, "GET", "/api/v1/cases/" + id,
                null, 200);
        assertThat(detail.get("theCase").get("handlingUnitName").asString()).isEqualTo("Văn phòng HĐND và UBND xã Tân Phú");
        return new String[] {id, detail.get("theCase").get("number").asString()};
    }

    String accused(String user) {
        return "{\"accountId\":\"%s\"}".formatted(tokens.accountId(user));
    }

    int found(String user, String list, String number) throws Exception {
        return call(user, "GET", "/api/v1/cases?list=" + list + "&closed=true&q=" + number, null, 200).get("items").size();
    }

    int openCount(String user) throws Exception {
        return call(user, "GET", "/api/v1/cases/counts", null, 200).get("ALL").asInt();
    }

    int version(String user, String id) throws Exception {
        return call(user, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
    }

    boolean noticed(String user, String id) throws Exception {
        for (JsonNode n : call(user, "GET", "/api/v1/cases/notices", null, 200)) {
            if (n.get("caseId").asString().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aDenunciationAboutTheCommuneLeaderGoesToTheProvinceInspectorateAndVanishesForTheCommune() throws Exception {
        String[] c = denunciation("xuly.tp", "Chủ tịch UBND xã");
        String id = c[0];

        JsonNode recorded = call("xuly.tp", "PUT", "/api/v1/cases/" + id + "/accused", accused("lanhdao.tp"), 200);

        assertThat(recorded.get("moved").asBoolean()).isTrue();
        assertThat(recorded.get("stillReadable").asBoolean()).isFalse();
        assertThat(recorded.get("handlingUnitName").asString()).isEqualTo("Thanh tra tỉnh Hòa An");
        assertThat(recorded.get("accused").get("leading").asBoolean()).isTrue();
        assertThat(recorded.get("accused").get("conflictedUnitIds").toString()).contains(tokens.unitId("TP-UBND").toString(),
                tokens.unitId("TP-VP").toString());
        for (String conflicted : new String[] {"lanhdao.tp", "xuly.tp", "tiepnhan.tp"}) {
            for (String path : new String[] {"", "/similar", "/accused"}) {
                call(conflicted, "GET", "/api/v1/cases/" + id + path, null, 404);
            }
            assertThat(found(conflicted, "ALL", c[1])).isZero();
            assertThat(noticed(conflicted, id)).isFalse();
        }
        call("xuly.tp", "POST", "/api/v1/cases/" + id + "/classify", """
                {"kind":"DENUNCIATION","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}""", 404);
        // the province handles it: its inspector sees, takes and classifies it, its leader signs
        assertThat(found("xuly.tinh", "UNIT", c[1])).isEqualTo(1);
        assertThat(found("lanhdao.tinh", "ALL", c[1])).isEqualTo(1);
        assertThat(noticed("lanhdao.tinh", id)).isTrue();
        JsonNode taken = call("xuly.tinh", "POST", "/api/v1/cases/" + id + "/assign",
                "{\"accountId\":\"%s\"}".formatted(tokens.accountId("xuly.tinh")), 200);
        assertThat(taken.get("assigneeName").asString()).isEqualTo("Phan Văn Toàn");
        call("xuly.tinh", "POST", "/api/v1/cases/" + id + "/classify", """
                {"kind":"DENUNCIATION","eligibility":"ELIGIBLE","competence":"OUTSIDE","signatories":"ONE"}""", 200);
        // never back to the accused or his staff
        call("lanhdao.tinh", "POST", "/api/v1/cases/" + id + "/assign",
                "{\"accountId\":\"%s\"}".formatted(tokens.accountId("xuly.tp")), 409);
        JsonNode refused = call("lanhdao.tinh", "POST", "/api/v1/cases/" + id + "/decide", """
                {"version":%d,"kind":"FORWARD","text":"Chuyển về xã.","targetUnitId":"%s"}"""
                .formatted(version("xuly.tinh", id), tokens.unitId("TP-VP")), 409);
        assertThat(refused.get("detail").asString()).contains("người bị tố cáo lãnh đạo đơn vị đó");
        assertThat(call("xuly.tinh", "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("handlingUnitName")
                .asString()).isEqualTo("Thanh tra tỉnh Hòa An");
    }

    @Test
    void aDenunciationAboutAnOfficerIsHiddenFromHimButNotFromHisLeader() throws Exception {
        String[] c = denunciation("tiepnhan.tp", "cán bộ văn phòng");
        String id = c[0];
        call("xuly.tp", "POST", "/api/v1/cases/" + id + "/assign",
                "{\"accountId\":\"%s\"}".formatted(tokens.accountId("xuly.tp")), 200);
        int before = openCount("xuly.tp");
        assertThat(found("xuly.tp", "MINE", c[1])).isEqualTo(1);

        JsonNode recorded = call("tiepnhan.tp", "PUT", "/api/v1/cases/" + id + "/accused", """
                {"accountId":"%s","position":"Công chức Văn phòng"}""".formatted(tokens.accountId("xuly.tp")), 200);

        assertThat(recorded.get("moved").asBoolean()).isFalse();
        assertThat(recorded.get("accused").get("conflictedUnitIds").size()).isZero();
        call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 404);
        assertThat(found("xuly.tp", "ALL", c[1])).isZero();
        assertThat(found("xuly.tp", "MINE", c[1])).isZero();
        assertThat(openCount("xuly.tp")).isEqualTo(before - 1);
        // his leader reads it, finds it, and cannot give it back to him; it went back to the pool
        JsonNode seen = call("lanhdao.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(seen.get("theCase").get("assigneeId").isNull()).isTrue();
        assertThat(found("lanhdao.tp", "ALL", c[1])).isEqualTo(1);
        assertThat(call("lanhdao.tp", "GET", "/api/v1/cases/" + id + "/accused", null, 200).get("accountName").asString())
                .isEqualTo("Trần Văn Minh");
        call("lanhdao.tp", "POST", "/api/v1/cases/" + id + "/assign",
                "{\"accountId\":\"%s\"}".formatted(tokens.accountId("xuly.tp")), 409);
    }

    @Test
    void onlyDenunciationsNameSomeoneAndSomeoneMustBeNamed() throws Exception {
        String[] c = denunciation("xuly.tp", "trưởng thôn");
        call("xuly.tp", "PUT", "/api/v1/cases/" + c[0] + "/accused", "{}", 400);
        call("xuly.tp", "PUT", "/api/v1/cases/" + c[0] + "/accused", "{\"accountId\":\"%s\"}".formatted(UUID.randomUUID()), 400);
        JsonNode named = call("xuly.tp", "PUT", "/api/v1/cases/" + c[0] + "/accused",
                "{\"name\":\"Nguyễn Văn Tư\",\"position\":\"Trưởng thôn 2\"}", 200);
        assertThat(named.get("stillReadable").asBoolean()).isTrue();
        call("xuly.tp", "GET", "/api/v1/cases/" + c[0], null, 200);
        call("xuly.bm", "PUT", "/api/v1/cases/" + c[0] + "/accused", "{\"name\":\"Ai đó\"}", 404);
    }

    @Test
    void thePagesHideTheCaseFromTheAccusedAndShowItToTheProvince() throws Exception {
        String[] c = denunciation("xuly.tp", "Chủ tịch xã qua trang");
        String id = c[0];
        MockHttpSession officer = DemoLogin.as(mvc, "xuly.tp");
        String section = mvc.perform(get("/office/cases/" + id + "/accused").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("accused-form", "Lê Văn Hùng (lanhdao.tp)");
        assertThat(mvc.perform(get("/office/cases/" + id).session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("accused-lazy");
        // a refusal stands next to the form
        assertThat(mvc.perform(post("/office/cases/" + id + "/accused").session(officer).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("Hãy chọn tài khoản cán bộ hoặc ghi họ tên người bị tố cáo", "is-invalid");

        mvc.perform(post("/office/cases/" + id + "/accused").session(officer).with(csrf())
                        .param("accountId", tokens.accountId("lanhdao.tp").toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/office/cases/accused-recorded"));

        for (String user : new String[] {"xuly.tp", "lanhdao.tp"}) {
            MockHttpSession session = DemoLogin.as(mvc, user);
            mvc.perform(get("/office/cases/" + id).session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/office/cases/" + id + "/accused").session(session)).andExpect(status().isNotFound());
            assertThat(mvc.perform(get("/office/cases?list=ALL&closed=true&q=" + c[1]).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .doesNotContain("/office/cases/" + id + "\""); // the search box still shows the number typed
        }
        MockHttpSession province = DemoLogin.as(mvc, "xuly.tinh");
        assertThat(mvc.perform(get("/office/cases?list=UNIT&q=" + c[1]).session(province)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/office/cases/" + id + "\"");
        assertThat(mvc.perform(get("/office/cases/" + id + "/accused").session(province)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Lê Văn Hùng", "accused-current");
    }
}
