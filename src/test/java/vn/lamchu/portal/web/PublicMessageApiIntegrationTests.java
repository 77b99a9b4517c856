package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/** The citizen's side of a case's message thread through the public API, by receipt code only. */
@IntegrationTest
class PublicMessageApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;

    PortalFixtures fixtures;
    DemoTokens tokens;

    @BeforeEach
    void setUp() {
        fixtures = new PortalFixtures(mvc, json, jdbc, apiTokens);
        tokens = new DemoTokens(jdbc, apiTokens);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode letter() throws Exception {
        return fixtures.send(fixtures.letter("Cống thoát nước bị tắc " + unique(),
                "Cống thoát nước đầu thôn 3 bị tắc, mưa là ngập đường.", false));
    }

    ResultActions send(String code, String text) throws Exception {
        return mvc.perform(post("/api/v1/public/cases/{code}/messages", code).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(java.util.Map.of("text", text))));
    }

    JsonNode thread(String code) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/public/cases/{code}/messages", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String officeReply(String caseId, String text) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/messages", caseId).header("Authorization", tokens.bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("text", text))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCitizenWritesAndReadsTheOfficesAnswerUnderTheHandlingOfficesNameOnly() throws Exception {
        JsonNode receipt = letter();
        String code = receipt.get("code").asString();
        assertThat(thread(code).get("messages").size()).isZero();

        send(code, "  Tôi xin bổ sung: cống tắc từ tháng trước.  ").andExpect(status().isCreated())
                .andExpect(jsonPath("$.seq").value(1)).andExpect(jsonPath("$.side").value("CITIZEN"))
                .andExpect(jsonPath("$.text").value("Tôi xin bổ sung: cống tắc từ tháng trước."));
        String caseId = fixtures.caseId(receipt.get("number").asString());
        officeReply(caseId, "Cảm ơn, xã sẽ kiểm tra trong tuần này.");

        JsonNode thread = thread(code);
        assertThat(thread.get("messages").size()).isEqualTo(2);
        JsonNode office = thread.get("messages").get(1);
        assertThat(office.get("side").asString()).isEqualTo("OFFICE");
        assertThat(office.get("from").asString()).isEqualTo("Cơ quan xử lý");
        assertThat(office.get("text").asString()).isEqualTo("Cảm ơn, xã sẽ kiểm tra trong tuần này.");
        assertThat(office.has("staffName")).isFalse();
        assertThat(thread.toString()).doesNotContain("Trần", "xuly");
        assertThat(thread.get("canWrite").asBoolean()).isTrue();
        assertThat(thread.get("remainingToday").asInt()).isEqualTo(9);
        // the citizen has read it: the office sees that
        Boolean seen = jdbc.sql("select read_at is not null from case_message where case_id = ? and side = 'OFFICE'")
                .param(UUID.fromString(caseId)).query(Boolean.class).single();
        assertThat(seen).isTrue();
    }

    @Test
    void nothingAboutTheCitizenIsStoredWithTheirMessage() throws Exception {
        String code = letter().get("code").asString();
        mvc.perform(post("/api/v1/public/cases/{code}/messages", code).contentType(MediaType.APPLICATION_JSON)
                        .header("User-Agent", "Agent-" + code).with(r -> { r.setRemoteAddr("203.0.113.77"); return r; })
                        .content("{\"text\":\"Xin hỏi tiến độ.\"}"))
                .andExpect(status().isCreated());
        String row = jdbc.sql("""
                        select m::text from case_message m join citizen_case c on c.tenant_id = m.tenant_id and c.id = m.case_id
                        where c.receipt_hash is not null and m.body = 'Xin hỏi tiến độ.' order by m.at desc limit 1""")
                .query(String.class).single();
        assertThat(row).doesNotContain("203.0.113.77", "Agent-");
        assertThat(jdbc.sql("select count(*) from audit_entry where details like '%203.0.113.77%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anEmptyOrTooLongMessageIsA400NamingTheField() throws Exception {
        String code = letter().get("code").asString();
        send(code, "   ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://lamchu.vn/problems/messages.error.empty"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.detail").value("Hãy nhập nội dung tin nhắn."));
        send(code, "a".repeat(4001)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.detail").value("Tin nhắn dài tối đa 4.000 ký tự (bạn đã nhập 4.001 ký tự)."));
        mvc.perform(post("/api/v1/public/cases/{code}/messages", code).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(thread(code).get("messages").size()).isZero();
    }

    @Test
    void aMalformedCodeIsA400AndAnUnknownOneA404() throws Exception {
        send("LC-12", "Xin chào").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/cases/{code}/messages", "LC-12")).andExpect(status().isBadRequest());
        String unknown = ReceiptCode.random(new SecureRandom()).value();
        send(unknown, "Xin chào").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy biên nhận."));
        mvc.perform(get("/api/v1/public/cases/{code}/messages", unknown)).andExpect(status().isNotFound());
    }

    @Test
    void tenMessagesADayThenA429UntilTheNextDay() throws Exception {
        LocalDate today = LegalTime.today(clock);
        clock.setInstant(today.atTime(LocalTime.of(22, 0)).atZone(LegalTime.VIETNAM).toInstant());
        String code = letter().get("code").asString();
        for (int i = 1; i <= 10; i++) {
            send(code, "Tin số " + i).andExpect(status().isCreated());
        }
        send(code, "Tin số 11").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "7200"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("10 tin")));
        assertThat(thread(code).get("remainingToday").asInt()).isZero();

        clock.advance(Duration.ofHours(2));
        send(code, "Tin số 11").andExpect(status().isCreated());
        assertThat(thread(code).get("messages").size()).isEqualTo(11);
    }

    @Test
    void aClosedCaseTakesMessagesForThirtyDaysThenAnswers409() throws Exception {
        JsonNode receipt = letter();
        String code = receipt.get("code").asString();
        String caseId = fixtures.caseId(receipt.get("number").asString());
        fixtures.answer(caseId, "Xã đã nạo vét cống thôn 3.", "Nội bộ: cần ảnh hiện trường");

        clock.advance(Duration.ofDays(30));
        JsonNode open = thread(code);
        assertThat(open.get("canWrite").asBoolean()).isTrue();
        assertThat(open.get("writableUntil").asString()).isNotBlank();
        send(code, "Cống lại tắc rồi.").andExpect(status().isCreated());

        clock.advance(Duration.ofDays(1));
        assertThat(thread(code).get("canWrite").asBoolean()).isFalse();
        send(code, "Còn ai đọc không?").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("30 ngày")));
        // the office may still answer
        officeReply(caseId, "Xã đã nhận được, sẽ kiểm tra lại.");
        assertThat(thread(code).get("messages").size()).isEqualTo(2);
    }

    @Test
    void anAnonymousDenunciationThatWasNotHandledAsOneHasAThreadByItsCode() throws Exception {
        String receipt = mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"POST","kind":"DENUNCIATION","title":"Tố cáo không ký tên %s",
                                 "body":"Cán bộ địa chính xã nhận tiền khi làm thủ tục cấp sổ đỏ.","category":"DAT_DAI",
                                 "placeUnitId":"%s","anonymous":true,"senders":[]}""".formatted(unique(), fixtures.tanPhu())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = json.readTree(receipt).get("receiptCode").asString();
        send(code, "Tôi có thêm ảnh chụp biên lai, gửi thế nào?").andExpect(status().isCreated());
        assertThat(thread(code).get("messages").get(0).get("from").asString()).isEqualTo("Bạn");
    }
}
