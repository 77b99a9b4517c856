package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * A complaint through both instances and a denunciation through extension, conclusion and publication, through the
 * office REST API as the commune's officer and leader and the province's officer and leader do it, with the deadlines
 * the seeded rules give (Luật Khiếu nại 2011; Luật Tố cáo 2018; rules KN-accept, KN-1, KN-2, KN-send1, KN-final,
 * TC-init, TC-notify, TC-res, TC-concl-send, TC-act, TC-publish).
 */
@IntegrationTest
class ProceedingFlowIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;
    @Autowired DeadlineWatch watch;

    DemoTokens tokens;

    @BeforeEach
    void signIn() {
        tokens = new DemoTokens(jdbc, apiTokens);
        on(LocalDate.of(2026, 11, 2));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void on(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(9, 0)).atZone(LegalTime.VIETNAM).toInstant());
    }

    JsonNode call(String user, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request.header("Authorization", tokens.bearer(user))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    JsonNode publicCall(String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(out);
    }

    JsonNode act(String user, String id, String body, int expected) throws Exception {
        int version = call(user, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
        return call(user, "POST", "/api/v1/cases/" + id + "/proceeding/acts",
                "{\"version\":" + version + "," + body.substring(1), expected);
    }

    JsonNode approve(String user, String id) throws Exception {
        int version = call(user, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
        return call(user, "POST", "/api/v1/cases/" + id + "/approve", "{\"version\":" + version + "}", 200);
    }

    /** Receives a letter of the kind, classifies it within competence and has the acceptance proposal signed. */
    JsonNode[] proposedForAcceptance(String kind, String title, boolean anonymous) throws Exception {
        String senders = anonymous ? "[]" : "[{\"name\":\"Phạm Văn Bình\",\"address\":\"Thôn 2, xã Tân Phú\"}]";
        JsonNode receipt = call("xuly.tp", "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"%s","title":"%s","body":"Nội dung đơn %s.","category":"DAT_DAI",
                 "placeUnitId":"%s","anonymous":%s,"senders":%s}"""
                .formatted(kind, title, title, tokens.unitId("TP"), anonymous, senders), 201);
        String id = receipt.get("caseId").asString();
        call("xuly.tp", "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":0,"kind":"%s","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"%s"}"""
                .formatted(kind, anonymous ? "ANONYMOUS" : "ONE"), 200);
        call("lanhdao.tp", "POST", "/api/v1/cases/" + id + "/decide",
                "{\"version\":1,\"kind\":\"ACCEPT\",\"text\":\"Đề xuất thụ lý\"}", 200);
        return new JsonNode[] {receipt, call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 200)};
    }

    static List<String> documentKinds(JsonNode detail) {
        List<String> kinds = new ArrayList<>();
        detail.get("documents").forEach(d -> kinds.add(d.get("kind").asString()));
        return kinds;
    }

    @Test
    void aComplaintGoesThroughBothInstancesWithItsDeadlinesAndDocuments() throws Exception {
        JsonNode[] start = proposedForAcceptance("COMPLAINT", "Khiếu nại quyết định thu hồi đất 2026-A", false);
        String id = start[1].get("theCase").get("id").asString();
        String code = start[0].get("receiptCode").asString();
        JsonNode c = start[1].get("theCase");
        assertThat(c.get("status").asString()).isEqualTo("ACCEPTANCE_PROPOSED");
        assertThat(c.get("proceeding").get("stage").asString()).isEqualTo("AWAITING_ACCEPTANCE");
        // KN-accept from 1/7/2026: 7 working days from the receipt on Monday 2/11/2026
        assertThat(c.get("dueRule").asString()).isEqualTo("KN-accept");
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-11-11");

        // the officer proposes acceptance; the leader signs it
        act("xuly.tp", id, "{\"propose\":true,\"kind\":\"KN_ACCEPT\",\"date\":\"2026-10-20\"}", 200);
        JsonNode accepted = approve("lanhdao.tp", id);
        assertThat(accepted.get("status").asString()).isEqualTo("IN_PROCEEDING");
        // a second complaint is not yet possible (Điều 33): the API offers what the page offers
        assertThat(accepted.get("proceedingOptions").toString()).contains("VERIFY").doesNotContain("APPEAL");
        // KN-1: 30 days from acceptance
        assertThat(accepted.get("dueRule").asString()).isEqualTo("KN-1");
        assertThat(accepted.get("dueOn").asString()).isEqualTo("2026-12-02");

        // an officer may not sign the decision himself
        act("xuly.tp", id, "{\"kind\":\"KN_DECIDE\",\"result\":\"REJECTED\",\"text\":\"x\"}", 403);
        // the findings differ from the request: the decision waits for the dialogue
        act("xuly.tp", id, "{\"kind\":\"VERIFY\",\"text\":\"Đo đạc lại: diện tích thu hồi đúng hồ sơ.\",\"matchesRequest\":false}", 200);
        act("lanhdao.tp", id, "{\"kind\":\"KN_DECIDE\",\"result\":\"REJECTED\",\"text\":\"x\"}", 409);
        act("xuly.tp", id, "{\"kind\":\"SCHEDULE_DIALOGUE\",\"date\":\"2026-11-05\",\"place\":\"UBND xã\"}", 409);
        act("xuly.tp", id, "{\"kind\":\"SCHEDULE_DIALOGUE\",\"date\":\"2026-11-09\",\"place\":\"Trụ sở UBND xã Tân Phú\"}", 200);
        on(LocalDate.of(2026, 11, 9));
        act("xuly.tp", id, "{\"kind\":\"HOLD_DIALOGUE\",\"text\":\"Người khiếu nại giữ yêu cầu.\",\"attended\":true}", 200);
        on(LocalDate.of(2026, 11, 10));
        JsonNode decided = act("lanhdao.tp", id, "{\"kind\":\"KN_DECIDE\",\"result\":\"REJECTED\",\"text\":\"Giữ nguyên Quyết định số 15/QĐ-UBND.\"}", 200);
        // KN-send1: 3 working days
        assertThat(decided.get("dueRule").asString()).isEqualTo("KN-send1");
        assertThat(decided.get("dueOn").asString()).isEqualTo("2026-11-13");
        JsonNode sent = act("xuly.tp", id, "{\"kind\":\"SEND_DECISION\"}", 200);
        assertThat(sent.get("dueRule").asString()).isEqualTo("KN-final");
        assertThat(sent.get("proceedingOptions").toString()).contains("APPEAL");
        assertThat(sent.get("dueOn").asString()).isEqualTo("2026-12-10");

        // the complainant sees the decision and appeals from the portal with the receipt code
        JsonNode view = publicCall("GET", "/api/v1/public/cases/" + code, null, 200);
        assertThat(view.get("legalStage").asString()).isEqualTo("SENT");
        assertThat(view.get("appealUntil").asString()).isEqualTo("2026-12-10");
        assertThat(view.toString()).contains("Khiếu nại là sai").doesNotContain("Đo đạc lại");
        on(LocalDate.of(2026, 11, 20));
        publicCall("POST", "/api/v1/public/cases/" + code + "/appeal", "{\"reason\":\"\"}", 400);
        JsonNode appealed = publicCall("POST", "/api/v1/public/cases/" + code + "/appeal",
                "{\"reason\":\"Tôi không đồng ý vì diện tích đo sai.\"}", 200);
        assertThat(appealed.get("instance").asInt()).isEqualTo(2);
        assertThat(appealed.get("unitName").asString()).isEqualTo("Thanh tra tỉnh Hòa An");
        publicCall("POST", "/api/v1/public/cases/" + code + "/appeal", "{\"reason\":\"Lần nữa\"}", 409);

        // the commune reads it still, the province handles it
        call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 200);
        act("xuly.tp", id, "{\"kind\":\"KN_ACCEPT\"}", 403);
        act("xuly.tinh", id, "{\"propose\":true,\"kind\":\"KN_ACCEPT\"}", 200);
        JsonNode second = approve("lanhdao.tinh", id);
        // KN-2: 45 days from acceptance
        assertThat(second.get("dueRule").asString()).isEqualTo("KN-2");
        assertThat(second.get("dueOn").asString()).isEqualTo("2027-01-04");
        // second instance: a dialogue even when the findings meet the request
        act("xuly.tinh", id, "{\"kind\":\"VERIFY\",\"text\":\"Đo lại: thiếu 12 m².\",\"matchesRequest\":true}", 200);
        assertThat(call("xuly.tinh", "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("proceeding")
                .get("stage").asString()).isEqualTo("DIALOGUE");
        act("xuly.tinh", id, "{\"kind\":\"SCHEDULE_DIALOGUE\",\"date\":\"2026-11-26\",\"place\":\"Thanh tra tỉnh\"}", 200);
        on(LocalDate.of(2026, 11, 26));
        act("xuly.tinh", id, "{\"kind\":\"HOLD_DIALOGUE\",\"text\":\"Thống nhất bồi thường bổ sung.\",\"attended\":true}", 200);
        act("lanhdao.tinh", id, "{\"kind\":\"KN_DECIDE\",\"result\":\"PARTLY_UPHELD\",\"text\":\"Sửa Quyết định số 15/QĐ-UBND: bồi thường thêm 12 m².\"}", 200);
        act("xuly.tinh", id, "{\"kind\":\"SEND_DECISION\"}", 200);
        act("xuly.tinh", id, "{\"kind\":\"PUBLISH_DECISION\",\"place\":\"Cổng thông tin điện tử tỉnh\"}", 200);
        // KN-final: 30 days from 26/11 end on Saturday 26/12, so on Monday 28/12; final from the next day
        on(LocalDate.of(2026, 12, 28));
        act("xuly.tinh", id, "{\"kind\":\"BECOME_FINAL\"}", 409);
        on(LocalDate.of(2026, 12, 29));
        act("xuly.tinh", id, "{\"kind\":\"BECOME_FINAL\"}", 200);
        JsonNode done = act("xuly.tinh", id, "{\"kind\":\"ENFORCE\",\"text\":\"Đã chi trả bồi thường bổ sung.\"}", 200);
        assertThat(done.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(done.get("proceeding").get("stage").asString()).isEqualTo("ENFORCED");

        JsonNode detail = call("xuly.tinh", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(documentKinds(detail)).contains("KN_ACCEPT", "VERIFY", "SCHEDULE_DIALOGUE", "HOLD_DIALOGUE",
                "KN_DECIDE", "PUBLISH_DECISION");
        JsonNode decisions = publicCall("GET", "/api/v1/public/decisions?size=50", null, 200);
        assertThat(decisions.toString()).contains("bồi thường thêm 12 m²");
    }

    /** Luật Khiếu nại 2011, Điều 44: a first decision nobody challenged becomes final the day after KN-final ends. */
    @Test
    void anUnchallengedDecisionBecomesFinalByTheDeadlineWatch() throws Exception {
        JsonNode[] start = proposedForAcceptance("COMPLAINT", "Khiếu nại không ai kháng nghị 2026-F", false);
        String id = start[1].get("theCase").get("id").asString();
        act("lanhdao.tp", id, "{\"kind\":\"KN_ACCEPT\"}", 200);
        act("xuly.tp", id, "{\"kind\":\"VERIFY\",\"text\":\"Đúng hồ sơ.\",\"matchesRequest\":true}", 200);
        act("lanhdao.tp", id, "{\"kind\":\"KN_DECIDE\",\"result\":\"UPHELD\",\"text\":\"Khiếu nại đúng.\"}", 200);
        JsonNode sent = act("xuly.tp", id, "{\"kind\":\"SEND_DECISION\"}", 200);
        assertThat(sent.get("dueRule").asString()).isEqualTo("KN-final");
        LocalDate lastDay = LocalDate.parse(sent.get("dueOn").asString());

        on(lastDay);
        watch.run();
        JsonNode waiting = call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(waiting.get("theCase").get("proceeding").get("stage").asString()).isEqualTo("SENT");

        on(lastDay.plusDays(1));
        watch.run();
        watch.run();
        JsonNode after = call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(after.get("theCase").get("proceeding").get("stage").asString()).isEqualTo("FINAL");
        assertThat(after.get("theCase").get("watch").asString()).isNotEqualTo("OVERDUE");
        List<String> finalSteps = new ArrayList<>();
        after.get("timeline").forEach(step -> {
            if ("BECOME_FINAL".equals(step.get("action").asString())) {
                finalSteps.add(step.get("actor").asString());
            }
        });
        assertThat(finalSteps).containsExactly("system");
    }

    @Test
    void aDenunciationGoesThroughExtensionConclusionAndPublication() throws Exception {
        JsonNode[] start = proposedForAcceptance("DENUNCIATION", "Tố cáo cán bộ địa chính nhận tiền 2026-B", false);
        String id = start[1].get("theCase").get("id").asString();
        JsonNode c = start[1].get("theCase");
        assertThat(c.get("proceeding").get("stage").asString()).isEqualTo("INITIAL_PROCESSING");
        // TC-init: 7 working days from the receipt
        assertThat(c.get("dueRule").asString()).isEqualTo("TC-init");
        assertThat(c.get("dueOn").asString()).isEqualTo("2026-11-11");

        JsonNode accepted = act("lanhdao.tp", id, "{\"kind\":\"TC_ACCEPT\",\"complex\":true}", 200);
        // the notices to both sides are due first (TC-notify, 5 working days), then the resolution (TC-res, 30 days)
        assertThat(accepted.get("dueRule").asString()).isEqualTo("TC-notify");
        assertThat(accepted.get("dueOn").asString()).isEqualTo("2026-11-09");
        JsonNode notified = act("xuly.tp", id, "{\"kind\":\"NOTIFY\"}", 200);
        assertThat(notified.get("dueRule").asString()).isEqualTo("TC-res");
        assertThat(notified.get("dueOn").asString()).isEqualTo("2026-12-02");

        // complex: one extension of 30 days, not two
        act("xuly.tp", id, "{\"propose\":true,\"kind\":\"EXTEND\",\"text\":\"Cần xác minh tại hai địa điểm.\"}", 200);
        JsonNode extended = approve("lanhdao.tp", id);
        // 30 + 30 days end on New Year's Day 2027, a holiday: the last day moves to Monday 4 January
        assertThat(extended.get("dueOn").asString()).isEqualTo("2027-01-04");
        act("lanhdao.tp", id, "{\"kind\":\"EXTEND\",\"text\":\"Lần nữa\"}", 409);

        // suspended for 10 days: the deadline moves by the days not counted
        act("lanhdao.tp", id, "{\"kind\":\"SUSPEND\",\"text\":\"Chờ kết quả giám định chữ ký.\"}", 200);
        on(LocalDate.of(2026, 11, 12));
        JsonNode resumed = act("lanhdao.tp", id, "{\"kind\":\"RESUME\",\"text\":\"Đã có kết quả giám định.\"}", 200);
        assertThat(LocalDate.parse(resumed.get("dueOn").asString())).isAfter(LocalDate.of(2027, 1, 4));

        act("xuly.tp", id, "{\"kind\":\"VERIFY\",\"text\":\"Có chứng từ nhận 5 triệu đồng.\"}", 200);
        JsonNode concluded = act("lanhdao.tp", id, "{\"kind\":\"CONCLUDE\",\"result\":\"PARTLY_TRUE\",\"text\":\"Kiến nghị kiểm điểm, thu hồi 5 triệu đồng.\"}", 200);
        assertThat(concluded.get("proceeding").get("stage").asString()).isEqualTo("CONCLUDED");
        // TC-concl-send, TC-act, TC-publish: the earliest open one
        assertThat(concluded.get("dueRule").asString()).isIn("TC-concl-send", "TC-act", "TC-publish");
        act("xuly.tp", id, "{\"kind\":\"SEND_DECISION\"}", 200);
        act("lanhdao.tp", id, "{\"kind\":\"ACT_ON_CONCLUSION\",\"text\":\"Khiển trách; thu hồi 5 triệu đồng.\"}", 200);
        JsonNode published = act("xuly.tp", id, "{\"kind\":\"PUBLISH_DECISION\",\"place\":\"Niêm yết tại trụ sở UBND xã\"}", 200);
        assertThat(published.get("status").asString()).isEqualTo("RESOLVED");

        JsonNode detail = call("xuly.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(documentKinds(detail)).contains("TC_ACCEPT", "NOTIFY_DENOUNCER", "NOTIFY_ACCUSED", "EXTEND",
                "SUSPEND", "RESUME", "CONCLUDE", "ACT_ON_CONCLUSION", "PUBLISH_DECISION");
        JsonNode view = publicCall("GET", "/api/v1/public/cases/" + start[0].get("receiptCode").asString(), null, 200);
        assertThat(view.toString()).contains("Nội dung tố cáo là đúng một phần").doesNotContain("Khiển trách");
        assertThat(publicCall("GET", "/api/v1/public/decisions?size=50", null, 200).toString())
                .contains("Kiến nghị kiểm điểm, thu hồi 5 triệu đồng.");
    }

    /** Luật Tố cáo 2018, Điều 25: an anonymous letter is not processed as a denunciation, and has no legal clock. */
    @Test
    void anAnonymousDenunciationIsNotProcessedOrCheckedForManagement() throws Exception {
        String id = proposedForAcceptance("DENUNCIATION", "Tố cáo nặc danh về trạm cân 2026-C", true)[1]
                .get("theCase").get("id").asString();
        JsonNode refused = act("lanhdao.tp", id, "{\"kind\":\"TC_ACCEPT\"}", 409);
        assertThat(refused.get("detail").asString()).contains("Điều 25");
        JsonNode checked = act("lanhdao.tp", id, "{\"kind\":\"NOT_PROCESS\",\"ground\":\"ANONYMOUS\",\"managementCheck\":true,\"text\":\"Có hóa đơn cụ thể.\"}", 200);
        assertThat(checked.get("proceeding").get("stage").asString()).isEqualTo("MANAGEMENT_CHECK");
        assertThat(checked.get("dueOn").isNull()).isTrue();
        JsonNode closed = act("xuly.tp", id, "{\"kind\":\"FINISH_CHECK\",\"text\":\"Đã kiểm tra, chấn chỉnh trạm cân.\"}", 200);
        assertThat(closed.get("status").asString()).isEqualTo("RESOLVED");
    }

    /** Luật Khiếu nại 2011, Điều 11: a refusal names its ground; bad input is a 400 problem, never a 500. */
    @Test
    void aRefusedComplaintNamesItsGroundAndBadStepsAreProblems() throws Exception {
        String id = proposedForAcceptance("COMPLAINT", "Khiếu nại không ký tên 2026-D", false)[1]
                .get("theCase").get("id").asString();
        JsonNode missing = act("lanhdao.tp", id, "{\"kind\":\"KN_REFUSE\"}", 400);
        assertThat(missing.get("detail").asString()).contains("Điều 11");
        act("lanhdao.tp", id, "{\"kind\":\"NO_SUCH\"}", 400);
        act("lanhdao.tp", id, "{\"kind\":\"KN_ACCEPT\",\"date\":\"yesterday\"}", 400);
        JsonNode refused = act("lanhdao.tp", id, "{\"kind\":\"KN_REFUSE\",\"ground\":\"UNSIGNED\"}", 200);
        assertThat(refused.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(refused.get("timeline") == null).isTrue();
        JsonNode detail = call("lanhdao.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(detail.get("timeline").toString()).contains("Điều 11 khoản 5");
        assertThat(documentKinds(detail)).contains("KN_REFUSE");
        // the document reads back from its PDF route
        String doc = detail.get("documents").get(0).get("pdf").asString();
        mvc.perform(get(doc).header("Authorization", tokens.bearer("lanhdao.tp"))).andExpect(status().isOk());
    }

    /** The case page's procedure panel: the stage, the open steps as forms, a refused step's reason next to its field. */
    @Test
    void theCasePageShowsTheStageAndTheOpenStepsAndARefusalNextToItsField() throws Exception {
        String id = proposedForAcceptance("COMPLAINT", "Khiếu nại trên trang hồ sơ 2026-E", false)[1]
                .get("theCase").get("id").asString();
        var leader = vn.lamchu.support.DemoLogin.as(mvc, "lanhdao.tp");
        String page = mvc.perform(get("/office/cases/" + id).session(leader)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"legal-stage\"", "Chờ quyết định thụ lý", "id=\"sign-KN_ACCEPT\"",
                "id=\"sign-KN_REFUSE\"").doesNotContain("??").doesNotContain("id=\"no-actions\"");
        String refused = mvc.perform(post("/office/cases/" + id + "/proceeding").session(leader)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("kind", "KN_REFUSE").param("mode", "direct"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("Hãy chọn căn cứ không thụ lý (Luật Khiếu nại 2011, Điều 11)").contains("is-invalid");
        // a tampered form value is a clear 400, not a 500
        mvc.perform(post("/office/cases/" + id + "/proceeding").session(leader)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("kind", "VERIFY").param("matchesRequest", "perhaps").param("mode", "direct"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/office/cases/" + id + "/proceeding").session(leader)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("kind", "KN_ACCEPT").param("date", "31/02/2026").param("targetUnitId", "not-a-uuid")
                        .param("mode", "direct"))
                .andExpect(status().is4xxClientError());
        var officer = vn.lamchu.support.DemoLogin.as(mvc, "xuly.tp");
        String officerPage = mvc.perform(get("/office/cases/" + id).session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(officerPage).contains("id=\"propose-KN_ACCEPT\"").doesNotContain("id=\"sign-KN_ACCEPT\"");
    }
}
