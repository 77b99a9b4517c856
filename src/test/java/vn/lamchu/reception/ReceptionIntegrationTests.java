package vn.lamchu.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * Issue #6 (citizen reception) through the REST API and the pages, on the demo province: schedules checked against
 * the frequency rules and posted under TCD-24 (Luật Tiếp công dân 2013, Điều 24), sessions whose matters become cases
 * with the TCD-28 notice date (Điều 28), the book and the conclusion notice as documents, figures computed from the
 * records with a case taken to its answer, dialogues and the yearly rule (Luật Thực hiện dân chủ ở cơ sở 2022, Điều 32).
 */
@IntegrationTest
class ReceptionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;

    DemoTokens tokens;
    String receptionist;

    @BeforeEach
    void setUp() {
        tokens = new DemoTokens(jdbc, apiTokens);
        receptionist = tokens.bearer("tiepnhan.tp");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode call(String bearer, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body);
        String out = mvc.perform(request.header("Authorization", bearer)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    String schedule(String postUnit, String post, String pattern) {
        return """
                {"keepingUnitId":"%s","postUnitId":"%s","post":"%s",%s,"place":"Trụ sở UBND xã Tân Phú","hours":"07:30–11:00"}"""
                .formatted(tokens.unitId("TP-VP"), tokens.unitId(postUnit), post, pattern);
    }

    @Test
    void aMonthlyScheduleIsRefusedForTheChairWhoMustReceiveWeeklyAndAWeeklyOneIsGeneratedAndPosted() throws Exception {
        clock.setInstant(Instant.parse("2026-11-24T02:00:00Z"));
        JsonNode refused = call(receptionist, "POST", "/api/v1/reception/schedules",
                schedule("TP-UBND", "CHAIR", "\"patternKind\":\"MONTH_DAYS\",\"monthDays\":[16]"), 400);
        assertThat(refused.get("detail").asString()).contains("TCD-chair-commune", "tháng 11/2026 cần 4 ngày tiếp, lịch chỉ có 1");

        JsonNode created = call(receptionist, "POST", "/api/v1/reception/schedules",
                schedule("TP-UBND", "CHAIR", "\"patternKind\":\"WEEKDAY\",\"weekday\":\"THURSDAY\""), 201);
        assertThat(created.get("ruleId").asString()).isEqualTo("TCD-chair-commune");
        assertThat(created.get("holderName").asString()).isEqualTo("Trần Thị Mai");
        String id = created.get("id").asString();

        JsonNode december = call(receptionist, "POST", "/api/v1/reception/schedules/" + id + "/months/2026-12", null, 200);
        assertThat(december).hasSize(5);
        assertThat(december.get(0).get("date").asString()).isEqualTo("2026-12-03");
        JsonNode posted = call(receptionist, "POST", "/api/v1/reception/schedules/" + id + "/months/2026-12/publish", null, 200);
        // 03/12 must be posted by 26/11 (five working days before: 27, 30/11, 1, 2, 3/12)
        assertThat(posted.get(0).get("publishLatest").asString()).isEqualTo("2026-11-26");
        assertThat(posted.findValues("publishedLate")).allMatch(v -> !v.asBoolean());
    }

    @Test
    void aScheduleTooLateToPostIsPostedButFlaggedUnderTcd24() throws Exception {
        JsonNode refused = call(receptionist, "POST", "/api/v1/reception/schedules",
                schedule("TP-DU", "SECRETARY", "\"patternKind\":\"MONTH_DAYS\",\"monthDays\":[16]"), 400);
        assertThat(refused.get("detail").asString()).contains("QĐ11-commune", "cần 2 ngày");
        String id = call(receptionist, "POST", "/api/v1/reception/schedules",
                schedule("TP-DU", "SECRETARY", "\"patternKind\":\"MONTH_DAYS\",\"monthDays\":[2, 20]"), 201)
                .get("id").asString();
        clock.setInstant(Instant.parse("2026-11-30T02:00:00Z"));
        JsonNode posted = call(receptionist, "POST", "/api/v1/reception/schedules/" + id + "/months/2026-12", null, 200);
        assertThat(posted.findValues("date")).extracting(JsonNode::asString).containsExactly("2026-12-02", "2026-12-21");
        posted = call(receptionist, "POST", "/api/v1/reception/schedules/" + id + "/months/2026-12/publish", null, 200);
        assertThat(posted.get(0).get("publishedLate").asBoolean()).isTrue();
        assertThat(posted.get(0).get("publishLatest").asString()).isEqualTo("2026-11-25");
        assertThat(posted.get(1).get("publishedLate").asBoolean()).isFalse();
    }

    String openSession(String title) throws Exception {
        return call(receptionist, "POST", "/api/v1/reception/sessions", """
                {"keepingUnitId":"%s","date":"%s","receiverTitle":"%s","receiverName":"Trần Thị Mai","place":"Trụ sở UBND xã"}"""
                .formatted(tokens.unitId("TP-VP"), LegalTime.today(clock), title), 201).get("id").asString();
    }

    JsonNode figures() throws Exception {
        LocalDate today = LegalTime.today(clock);
        return call(receptionist, "GET", "/api/v1/reception/figures?from=" + today + "&to=" + today, null, 200);
    }

    int delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asInt() - before.get(field).asInt();
    }

    @Test
    void twoMattersRaisedBecomeTwoReceptionCasesWithTheirNoticeDateAndTheSessionIsConcludedAndPrinted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonNode before = figures();
        String session = openSession("Chủ tịch UBND xã Tân Phú");
        JsonNode visit = call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits", """
                {"name":"Lê Thị Bình %1$s","address":"Thôn 2, xã Tân Phú","idNumber":"001190012345","persons":1,
                 "matters":[
                  {"kind":"FEEDBACK","title":"Cống thoát nước thôn 2 bị tắc %1$s","content":"Cống thoát nước đầu thôn 2 bị tắc, nước tràn vào nhà dân."},
                  {"kind":"COMPLAINT","title":"Khiếu nại quyết định thu hồi đất %1$s","content":"Tôi khiếu nại quyết định thu hồi đất số 12 vì bồi thường thấp.",
                   "request":"Xem xét lại giá bồi thường","spotAnswer":"Lãnh đạo xã hướng dẫn nộp đơn khiếu nại lần đầu."}]}"""
                .formatted(tag), 201);
        assertThat(visit.get("matters")).hasSize(2);
        assertThat(visit.get("matters").findValues("noticeRule")).extracting(JsonNode::asString).containsOnly("TCD-28");
        String feedbackCase = visit.get("matters").get(0).get("caseId").asString();
        String complaintCase = visit.get("matters").get(1).get("caseId").asString();

        String officer = tokens.bearer("xuly.tp");
        JsonNode complaint = call(officer, "GET", "/api/v1/cases/" + complaintCase, null, 200).get("theCase");
        assertThat(complaint.get("channel").asString()).isEqualTo("RECEPTION");
        assertThat(complaint.get("kind").asString()).isEqualTo("COMPLAINT");
        call(tokens.bearer("xuly.bm"), "GET", "/api/v1/reception/sessions/" + session, null, 404);

        JsonNode after = figures();
        assertThat(delta(before, after, "sessionsHeld")).isEqualTo(1);
        assertThat(delta(before, after, "attendances")).isEqualTo(1);
        assertThat(delta(before, after, "matters")).isEqualTo(2);
        assertThat(delta(before, after, "answered")).isEqualTo(1);
        assertThat(delta(before, after, "resolved")).isZero();

        // the feedback case taken to its answer through the case handling: answered and resolved
        String leader = tokens.bearer("lanhdao.tp");
        call(officer, "POST", "/api/v1/cases/" + feedbackCase + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}"""
                .formatted(version(officer, feedbackCase)), 200);
        call(officer, "POST", "/api/v1/cases/" + feedbackCase + "/propose", """
                {"version":%d,"kind":"ACCEPT","text":"Thuộc thẩm quyền UBND xã, giao Phòng Kinh tế xử lý."}"""
                .formatted(version(officer, feedbackCase)), 200);
        call(leader, "POST", "/api/v1/cases/" + feedbackCase + "/approve",
                "{\"version\":%d}".formatted(version(officer, feedbackCase)), 200);
        call(officer, "POST", "/api/v1/cases/" + feedbackCase + "/propose", """
                {"version":%d,"kind":"ANSWER","text":"UBND xã đã nạo vét cống thoát nước thôn 2."}"""
                .formatted(version(officer, feedbackCase)), 200);
        call(leader, "POST", "/api/v1/cases/" + feedbackCase + "/approve",
                "{\"version\":%d}".formatted(version(officer, feedbackCase)), 200);
        JsonNode answered = figures();
        assertThat(delta(before, answered, "answered")).isEqualTo(2);
        assertThat(delta(before, answered, "resolved")).isEqualTo(1);

        JsonNode concluded = call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/conclusion",
                "{\"conclusion\":\"Giao Phòng Kinh tế kiểm tra hiện trạng cống và báo cáo trước ngày 15.\"}", 200);
        assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
        call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits", """
                {"name":"Người đến sau","address":"Thôn 1","matters":[{"kind":"FEEDBACK","title":"Đến sau kết luận","content":"Nội dung đến sau kết luận."}]}""", 409);

        byte[] pdf = mvc.perform(get("/api/v1/reception/sessions/" + session + "/conclusion.pdf")
                        .header("Authorization", receptionist))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("THÔNG BÁO", "Lê Thị Bình " + tag, "Giao Phòng Kinh tế kiểm tra",
                visit.get("matters").get(1).get("caseNumber").asString());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "reception-conclusion.pdf"), pdf);

        LocalDate today = LegalTime.today(clock);
        JsonNode book = call(receptionist, "GET", "/api/v1/reception/book?from=" + today + "&to=" + today, null, 200);
        assertThat(book.get("lines").findValues("content")).extracting(JsonNode::asString)
                .contains("Cống thoát nước thôn 2 bị tắc " + tag, "Khiếu nại quyết định thu hồi đất " + tag);
        byte[] bookPdf = mvc.perform(get("/api/v1/reception/book.pdf?from=" + today + "&to=" + today)
                        .header("Authorization", receptionist))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(bookPdf).replaceAll("\\s+", " ")).contains("SỔ TIẾP CÔNG DÂN", "Nội dung vụ việc", "Khiếu nại / 1", tag);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "reception-book.pdf"), bookPdf);
        mvc.perform(get("/api/v1/reception/book.docx?from=" + today + "&to=" + today).header("Authorization", receptionist))
                .andExpect(status().isOk());
    }

    int version(String bearer, String id) throws Exception {
        return call(bearer, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void aDelegationOfSevenSendsAtMostTwoRepresentativesAndCountsSevenAttendances() throws Exception {
        JsonNode before = figures();
        String session = openSession("Bí thư Đảng ủy xã Tân Phú");
        String visit = """
                {"name":"Phạm Văn Đại diện","address":"Thôn 1, xã Tân Phú","persons":7,"representatives":%s,
                 "matters":[{"kind":"RECOMMENDATION","title":"Kiến nghị làm đường liên thôn","content":"Đường liên thôn 1 – thôn 2 xuống cấp, đề nghị sửa chữa."}]}""";
        JsonNode refused = call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits",
                visit.formatted("[\"Người thứ hai\",\"Người thứ ba\"]"), 400);
        assertThat(refused.get("detail").asString()).contains("tối đa 2 người đại diện");
        JsonNode recorded = call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits",
                visit.formatted("[\"Người thứ hai\"]"), 201);
        assertThat(recorded.get("delegation").asBoolean()).isTrue();
        JsonNode after = figures();
        assertThat(delta(before, after, "attendances")).isEqualTo(7);
        assertThat(delta(before, after, "delegations")).isEqualTo(1);
    }

    @Test
    void aVisitWithoutNameOrWithAShortSummaryIsRefusedNextToTheFieldsInVietnamese() throws Exception {
        MockHttpSession login = DemoLogin.as(mvc, "tiepnhan.tp");
        String location = mvc.perform(post("/office/reception/sessions").session(login).with(csrf())
                        .param("date", LegalTime.today(clock).toString())
                        .param("receiverTitle", "Chủ tịch UBND xã Tân Phú").param("place", "Trụ sở UBND xã"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(post(location + "/visits").session(login).with(csrf())
                        .param("name", "").param("address", "Thôn 3")
                        .param("matters[0].kind", "FEEDBACK").param("matters[0].title", "Ồn")
                        .param("matters[0].content", "Quán karaoke hát khuya quá ồn ào."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("is-invalid", "matters0-title-error");
        page = mvc.perform(post(location + "/visits").session(login).with(csrf())
                        .param("name", "").param("address", "Thôn 3")
                        .param("matters[0].kind", "FEEDBACK").param("matters[0].title", "Karaoke hát khuya")
                        .param("matters[0].content", "Quán karaoke hát khuya quá ồn ào."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"name-error\"", "Nhập họ tên");

        String schedule = mvc.perform(post("/office/reception/schedules").session(login).with(csrf())
                        .param("postKey", tokens.unitId("TP-UBND") + "|CHAIR").param("patternKind", "MONTH_DAYS")
                        .param("monthDays", "16").param("place", "Trụ sở UBND xã").param("hours", "07:30–11:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(schedule).contains("id=\"monthDays-error\"", "TCD-chair-commune");
    }

    @Test
    void theLeaderSeesComplianceAndFiguresAndTheOfficePagesRender() throws Exception {
        MockHttpSession leader = DemoLogin.as(mvc, "lanhdao.tp");
        String compliance = mvc.perform(get("/office/reception/compliance").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(compliance).contains("TCD-chair-commune", "QĐ11-commune", "Trần Thị Mai");
        mvc.perform(get("/office/reception/figures").session(leader)).andExpect(status().isOk());
        String refused = mvc.perform(get("/office/reception/figures?from=2026-12-01&to=2026-01-01").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Khoảng thời gian không hợp lệ");
        String index = mvc.perform(get("/office/reception").session(DemoLogin.as(mvc, "tiepnhan.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(index).contains("schedule-form", "open-form", "Chủ tịch UBND xã Tân Phú");
        mvc.perform(get("/office/reception").session(DemoLogin.as(mvc, "ubkt.tp"))).andExpect(status().isForbidden());
    }

    @Test
    void citizensSeeThePostedReceptionDaysOfBothDemoCommunesWithoutAnAccount() throws Exception {
        String page = mvc.perform(get("/portal/reception")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chủ tịch UBND xã Tân Phú", "Bình Minh");
        String out = mvc.perform(get("/api/v1/public/reception/schedule")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode days = json.readTree(out);
        assertThat(days.size()).isGreaterThan(4);
        assertThat(days.findValues("unitName")).extracting(JsonNode::asString).anyMatch(n -> n.contains("Bình Minh"));
        mvc.perform(get("/api/v1/reception/sessions?from=2026-01-01&to=2026-01-02")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDialogueQuestionBecomesADialogueCaseAndTheYearlyRuleShowsCommunesWithout() throws Exception {
        String today = LegalTime.today(clock).toString();
        JsonNode dialogue = call(receptionist, "POST", "/api/v1/reception/dialogues", """
                {"unitId":"%s","heldOn":"%s","chairName":"Trần Thị Mai","chairTitle":"Chủ tịch UBND xã Tân Phú",
                 "topic":"Tình hình kinh tế – xã hội năm 2026","place":"Hội trường UBND xã",
                 "participants":"UBND xã, Ủy ban MTTQ xã, Ban TTND, Nhân dân các thôn","attendance":120}"""
                .formatted(tokens.unitId("TP-VP"), today), 201);
        String id = dialogue.get("id").asString();
        JsonNode question = call(receptionist, "POST", "/api/v1/reception/dialogues/" + id + "/questions", """
                {"asker":"Hoàng Văn Nông","address":"Thôn 2","kind":"RECOMMENDATION",
                 "question":"Đề nghị xã hỗ trợ giống lúa cho vụ đông xuân.","answer":"Xã sẽ hỗ trợ 50% giá giống."}""", 201);
        JsonNode theCase = call(tokens.bearer("xuly.tp"), "GET", "/api/v1/cases/" + question.get("caseId").asString(),
                null, 200).get("theCase");
        assertThat(theCase.get("channel").asString()).isEqualTo("DIALOGUE");
        call(receptionist, "GET", "/api/v1/reception/dialogues/" + id + "/minutes.pdf", null, 409);
        call(receptionist, "POST", "/api/v1/reception/dialogues/" + id + "/minutes",
                "{\"minutes\":\"Hội nghị thống nhất các kiến nghị và giao UBND xã trả lời bằng văn bản.\"}", 200);
        byte[] pdf = mvc.perform(get("/api/v1/reception/dialogues/" + id + "/minutes.pdf").header("Authorization", receptionist))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("BIÊN BẢN", "Hoàng Văn Nông", "Xã sẽ hỗ trợ 50% giá giống.");

        JsonNode yearly = call(tokens.bearer("quantri"), "GET", "/api/v1/reception/dialogues/yearly?year="
                + LegalTime.today(clock).getYear(), null, 200);
        JsonNode tanPhu = null;
        JsonNode binhMinh = null;
        for (JsonNode row : yearly) {
            if (row.get("communeName").asString().contains("Tân Phú")) {
                tanPhu = row;
            }
            if (row.get("communeName").asString().contains("Bình Minh")) {
                binhMinh = row;
            }
        }
        assertThat(tanPhu).isNotNull();
        assertThat(tanPhu.get("met").asBoolean()).isTrue();
        assertThat(binhMinh).isNotNull();
        assertThat(binhMinh.get("met").asBoolean()).isFalse();
        assertThat(binhMinh.get("required").asInt()).isEqualTo(1);
    }

    @Test
    void aDialogueIsRecordedWithAQuestionAndMinutesInTheOfficePages() throws Exception {
        MockHttpSession login = DemoLogin.as(mvc, "tiepnhan.tp");
        String today = LegalTime.today(clock).toString();
        String refused = mvc.perform(post("/office/reception/dialogues").session(login).with(csrf())
                        .param("heldOn", today).param("chairTitle", "Chủ tịch UBND xã Tân Phú").param("chairName", "Trần Thị Mai")
                        .param("topic", "").param("place", "Hội trường").param("participants", "Nhân dân").param("attendance", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"topic-error\"", "Nhập nội dung đối thoại");
        String location = mvc.perform(post("/office/reception/dialogues").session(login).with(csrf())
                        .param("heldOn", today).param("chairTitle", "Chủ tịch UBND xã Tân Phú").param("chairName", "Trần Thị Mai")
                        .param("topic", "Giải phóng mặt bằng đường liên xã").param("place", "Hội trường UBND xã")
                        .param("participants", "UBND xã, Ủy ban MTTQ xã, Nhân dân thôn 1").param("attendance", "40"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/questions").session(login).with(csrf())
                        .param("asker", "Đinh Văn Hỏi").param("address", "Thôn 1").param("kind", "RECOMMENDATION")
                        .param("question", "Khi nào chi trả tiền bồi thường cho các hộ thôn 1?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/minutes").session(login).with(csrf())
                        .param("minutes", "UBND xã cam kết chi trả trong quý I năm sau."))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).session(login)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đinh Văn Hỏi", "Khi nào chi trả tiền bồi thường", "UBND xã cam kết chi trả",
                "minutes.pdf");
        String list = mvc.perform(get("/office/reception/dialogues").session(login)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Xã Tân Phú", "Giải phóng mặt bằng đường liên xã");
    }

    @Test
    void aMatterWhoseCitizenIsNotToldWithinTenWorkingDaysIsWatchedAsOverdue() throws Exception {
        LocalDate day = LegalTime.today(clock);
        String session = openSession("Chủ tịch UBND xã Tân Phú");
        JsonNode visit = call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits", """
                {"name":"Mai Văn Chờ","address":"Thôn 1, xã Tân Phú","matters":[{"kind":"FEEDBACK",
                 "title":"Rác thải tồn đọng ở chợ %s","content":"Rác thải ở chợ xã tồn đọng nhiều ngày chưa thu gom."}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6)), 201);
        String number = visit.get("matters").get(0).get("caseNumber").asString();
        LocalDate due = LocalDate.parse(visit.get("matters").get(0).get("noticeDue").asString());
        assertThat(call(receptionist, "GET", "/api/v1/reception/notices/overdue", null, 200).findValues("caseNumber"))
                .extracting(JsonNode::asString).doesNotContain(number);

        clock.setInstant(due.plusDays(1).atTime(9, 0).atZone(LegalTime.VIETNAM).toInstant());
        assertThat(call(receptionist, "GET", "/api/v1/reception/notices/overdue", null, 200).findValues("caseNumber"))
                .extracting(JsonNode::asString).contains(number);
        JsonNode figures = call(receptionist, "GET", "/api/v1/reception/figures?from=" + day + "&to=" + day, null, 200);
        assertThat(figures.get("noticesOverdue").asInt()).isPositive();
        String page = mvc.perform(get("/office/reception").session(DemoLogin.as(mvc, "tiepnhan.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"overdue\"", number);
    }

    @Test
    void aVisitorWhoDenouncesIsShownAndPrintedWithoutIdentity() throws Exception {
        String name = "Tố Giác Viên " + UUID.randomUUID().toString().substring(0, 6);
        String session = openSession("Bí thư Đảng ủy xã Tân Phú");
        call(receptionist, "POST", "/api/v1/reception/sessions/" + session + "/visits", """
                {"name":"%s","address":"Số 9 đường Chợ, xã Tân Phú","idNumber":"001190099999","matters":[
                 {"kind":"FEEDBACK","title":"Đường vào chợ hư hỏng","content":"Đường vào chợ xã bị hư hỏng nặng sau mưa."},
                 {"kind":"DENUNCIATION","title":"Tố cáo cán bộ thu tiền chợ","content":"Cán bộ thu tiền chợ thu cao hơn giá niêm yết."}]}"""
                .formatted(name), 201);
        String detail = mvc.perform(get("/api/v1/reception/sessions/" + session).header("Authorization", receptionist))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).doesNotContain(name, "Số 9 đường Chợ", "001190099999").contains("Giữ bí mật");
        String page = mvc.perform(get("/office/reception/sessions/" + session).session(DemoLogin.as(mvc, "lanhdao.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(name, "Số 9 đường Chợ").contains("Tố cáo cán bộ thu tiền chợ");
        LocalDate today = LegalTime.today(clock);
        String book = mvc.perform(get("/api/v1/reception/book?from=" + today + "&to=" + today)
                        .header("Authorization", receptionist))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(book).doesNotContain(name, "001190099999").contains("Tố cáo cán bộ thu tiền chợ");
    }
}
