package vn.lamchu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * The rest of issue #7 through the API and the pages: the inspection board's notice rule and its recommendation to the
 * commune committee on the tracker, social critique with a late draft, board members, documents as PDF and DOCX, the
 * portal's JSON, errors next to the field on a page, and the intake's permission for opening a case.
 */
@IntegrationTest
class SupervisionWorkIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode call(MockHttpServletRequestBuilder request, String user, String body, int expected) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String out = mvc.perform(request.header("Authorization", new DemoTokens(jdbc, apiTokens).bearer(user)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    byte[] download(String path, String user) throws Exception {
        return mvc.perform(get(path).header("Authorization", new DemoTokens(jdbc, apiTokens).bearer(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theInspectionBoardGivesFiveWorkingDaysNoticeAndItsRecommendationGetsFifteenDays() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        LocalDate today = LegalTime.today(clock);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonNode plan = call(post("/api/v1/supervision/plans"), "bttnd.tp", """
                {"body":"INSPECTION_BOARD","year":%d,"title":"Kế hoạch Ban TTND %s","adoptedOn":"%s","published":true}"""
                .formatted(today.getYear(), tag, today), 201);
        assertThat(plan.get("ownerUnitName").asString()).isEqualTo("Ban Thanh tra nhân dân xã Tân Phú");
        String planId = plan.get("id").asString();
        JsonNode soon = call(post("/api/v1/supervision/plans/" + planId + "/supervisions"), "bttnd.tp", """
                {"title":"Kiểm tra sớm %s","topic":"Thu chi quỹ","subjectUnitId":"%s","sessionOn":"%s"}"""
                .formatted(tag, tokens.unitId("TP-UBND"), today.plusDays(3)), 201);
        assertThat(soon.get("supervision").get("form").asString()).isEqualTo("INSPECTION");
        JsonNode refused = call(post("/api/v1/supervision/" + soon.get("supervision").get("id").asString() + "/steps"),
                "bttnd.tp", "{\"step\":\"NOTIFY\"}", 400);
        assertThat(refused.toString()).contains("BTTND-plan");

        JsonNode ok = call(post("/api/v1/supervision/plans/" + planId + "/supervisions"), "bttnd.tp", """
                {"title":"Kiểm tra đúng hạn %s","topic":"Thu chi quỹ","subjectUnitId":"%s","sessionOn":"%s"}"""
                .formatted(tag, tokens.unitId("TP-UBND"), today.plusDays(14)), 201);
        String id = ok.get("supervision").get("id").asString();
        call(post("/api/v1/supervision/" + id + "/steps"), "bttnd.tp", "{\"step\":\"NOTIFY\"}", 200);
        call(post("/api/v1/supervision/" + id + "/steps"), "bttnd.tp", "{\"step\":\"HOLD\"}", 200);
        call(post("/api/v1/supervision/" + id + "/steps"), "bttnd.tp", "{\"step\":\"CONCLUDE\"}", 400);
        call(post("/api/v1/supervision/" + id + "/steps"), "bttnd.tp",
                "{\"step\":\"CONCLUDE\",\"text\":\"Thu chi đúng quy định, chưa công khai.\"}", 200);
        JsonNode rec = call(post("/api/v1/supervision/" + id + "/recommendations"), "bttnd.tp", """
                {"text":"Công khai thu chi quỹ %s"}""".formatted(tag), 201);
        assertThat(rec.get("ruleId").asString()).isEqualTo("BTTND-reply");
        assertThat(rec.get("addressedUnitName").asString()).isEqualTo("Ủy ban nhân dân xã Tân Phú");
        assertThat(rec.get("source").asString()).isEqualTo("INSPECTION_BOARD");

        // the board's report to the commune Front names it
        byte[] report = download("/api/v1/supervision/board/report.pdf", "bttnd.tp");
        assertThat(text(report)).contains("Công khai thu chi quỹ " + tag, "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú");
        // the Front does not act as the board, the board not as the Front
        call(post("/api/v1/supervision/" + id + "/recommendations"), "mattran.tp", "{\"text\":\"x\"}", 403);
    }

    @Test
    void aDraftReceivedLessThanFifteenDaysBeforeSubmissionIsShownLateAndTheReplyFollowsTheCritique() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        LocalDate today = LegalTime.today(clock);
        JsonNode late = call(post("/api/v1/supervision/critiques"), "mattran.tp", """
                {"draftingUnitId":"%s","draftTitle":"Dự thảo kế hoạch sử dụng đất","submissionOn":"%s","form":"MEETING"}"""
                .formatted(tokens.unitId("TP-UBND"), today.plusDays(10)), 201);
        assertThat(late.get("receivedLate").asBoolean()).isTrue();
        JsonNode onTime = call(post("/api/v1/supervision/critiques"), "mattran.tp", """
                {"draftingUnitId":"%s","draftTitle":"Dự thảo đề án chợ","submissionOn":"%s"}"""
                .formatted(tokens.unitId("TP-UBND"), today.plusDays(20)), 201);
        assertThat(onTime.get("receivedLate").asBoolean()).isFalse();
        String id = onTime.get("id").asString();
        call(post("/api/v1/supervision/critiques/" + id + "/reply"), "mattran.tp", "{\"text\":\"Tiếp thu\"}", 409);
        call(post("/api/v1/supervision/critiques/" + id + "/opinion"), "mattran.tp",
                "{\"text\":\"Đề nghị bố trí chỗ cho người bán hàng rong.\"}", 200);
        JsonNode replied = call(post("/api/v1/supervision/critiques/" + id + "/reply"), "mattran.tp",
                "{\"text\":\"Tiếp thu, bổ sung khu bán hàng tạm.\"}", 200);
        assertThat(replied.get("replyOn").asString()).isEqualTo(today.toString());
        assertThat(text(download("/api/v1/supervision/critiques/" + id + "/document.pdf", "mattran.tp")))
                .contains("bố trí chỗ cho người bán hàng rong", "Điều 36");
        call(post("/api/v1/supervision/critiques"), "mattran.tp", "{\"draftTitle\":\"Thiếu\"}", 400);
    }

    @Test
    void everySupervisionDocumentComesAsPdfAndDocxInTheOfficialLayout() throws Exception {
        String id = demoConcluded();
        for (String kind : new String[] {"notice", "team_decision", "report", "recommendation"}) {
            byte[] pdf = download("/api/v1/supervision/" + id + "/documents/" + kind + ".pdf", "mattran.tp");
            assertThat(text(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân xã Tân Phú");
            Path target = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(target.resolve("supervision-" + kind + ".pdf"), pdf);
            byte[] docx = download("/api/v1/supervision/" + id + "/documents/" + kind + ".docx", "mattran.tp");
            assertThat(docx).startsWith((byte) 'P', (byte) 'K');
        }
        assertThat(text(download("/api/v1/supervision/" + id + "/documents/recommendation.pdf", "mattran.tp")))
                .contains("Rà soát 7 hồ sơ");
        call(get("/api/v1/supervision/" + id + "/documents/other.pdf"), "mattran.tp", null, 404);
        call(get("/api/v1/supervision/" + id + "/documents/notice.odt"), "mattran.tp", null, 400);
        call(get("/api/v1/supervision/" + id), "xuly.bm", null, 403);
    }

    @Test
    void aPageShowsTheErrorNextToTheFieldAndTheIntakeKeepsItsPermission() throws Exception {
        String id = demoConcluded();
        MockHttpSession session = DemoLogin.as(mvc, "mattran.tp");
        String page = mvc.perform(post("/office/supervision/" + id + "/recommendations").session(session).with(csrf())
                        .param("text", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("is-invalid", "Nhập nội dung kiến nghị.");
        String recommendation = jdbc.sql("select id from sv_recommendation where supervision_id = ? order by number limit 1")
                .param(UUID.fromString(id)).query(UUID.class).single().toString();
        // a finding about a person's conduct becomes a case through the intake, forwarded by the Front, once
        JsonNode opened = call(post("/api/v1/supervision/recommendations/" + recommendation + "/case"), "mattran.tp",
                "{\"title\":\"Cán bộ địa chính chậm trả hồ sơ\",\"body\":\"Chậm trả hồ sơ của 7 hộ quá hạn.\"}", 201);
        String caseId = opened.get("caseId").asString();
        assertThat(jdbc.sql("select channel || ' ' || forwarded_by from citizen_case where id = ?")
                .param(UUID.fromString(caseId)).query(String.class).single()).startsWith("FORWARDED Ủy ban Mặt trận Tổ quốc");
        call(post("/api/v1/supervision/recommendations/" + recommendation + "/case"), "mattran.tp",
                "{\"title\":\"Lần nữa cùng phát hiện\",\"body\":\"Chậm trả hồ sơ của 7 hộ quá hạn.\"}", 409);
        for (String path : new String[] {"/office/supervision", "/office/supervision/board", "/office/supervision/critiques",
                "/office/supervision/" + id, "/office/supervision/recommendations/" + recommendation}) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
        }
        // a year reads as a year, not as a number with a thousands separator
        assertThat(mvc.perform(get("/office/supervision/" + id).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).containsPattern("Kế hoạch năm 20\\d\\d<").doesNotContain("năm 2.0");
        mvc.perform(get("/office/supervision/recommendations/" + recommendation).session(DemoLogin.as(mvc, "lanhdao.tp")))
                .andExpect(status().isOk());
    }

    @Test
    void thePortalShowsPublishedPlansAndAnswersWithoutStaffNamesOrCases() throws Exception {
        String out = mvc.perform(get("/api/v1/public/supervision")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(out).contains("Chương trình giám sát năm", "Ban Thanh tra nhân dân xã Tân Phú", "Rà soát 7 hồ sơ")
                .doesNotContain("caseId", "answeredBy");
        mvc.perform(get("/portal/supervision")).andExpect(status().isOk());
        JsonNode members = call(get("/api/v1/supervision/board/members"), "bttnd.tp", null, 200);
        assertThat(members.size()).isGreaterThanOrEqualTo(5);
        call(post("/api/v1/supervision/board/members"), "bttnd.tp", "{\"fullName\":\" \",\"termFrom\":\"2025-07-01\"}", 400);
    }

    String demoConcluded() {
        return jdbc.sql("""
                        select s.id from sv_supervision s join org_unit u on u.tenant_id = s.tenant_id and u.id = s.owner_unit_id
                        where u.code = 'TP-MTTQ' and s.created_by = 'demo' and s.status = 'CONCLUDED' limit 1""")
                .query(UUID.class).single().toString();
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
