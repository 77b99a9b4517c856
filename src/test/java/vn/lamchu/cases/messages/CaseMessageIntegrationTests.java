package vn.lamchu.cases.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/** The office's side of the thread: who reads and answers, the notice a citizen's message leaves, the audit. */
@IntegrationTest
class CaseMessageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MessageSource messageSource;

    DemoTokens tokens;

    @BeforeEach
    void setUp() {
        tokens = new DemoTokens(jdbc, apiTokens);
    }

    /** A case of commune Tân Phú logged by its officer: its id and receipt code. */
    record Logged(String id, String code) {
    }

    Logged log(String kind, boolean anonymous) throws Exception {
        String senders = anonymous ? "[]" : "[{\"name\":\"Lê Thị Tên Thật\",\"phone\":\"0912 111 222\"}]";
        String out = mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"POST","kind":"%s","title":"Lấn chiếm đất công %s",
                                 "body":"Hộ ở thôn 4 xây tường lấn ra đất công cạnh nhà văn hóa.","category":"DAT_DAI",
                                 "placeUnitId":"%s","anonymous":%s,"senders":%s}"""
                                .formatted(kind, UUID.randomUUID(), tokens.unitId("TP"), anonymous, senders)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode receipt = json.readTree(out);
        return new Logged(receipt.get("caseId").asString(), receipt.get("receiptCode").asString());
    }

    void citizenWrites(String code, String text) throws Exception {
        mvc.perform(post("/api/v1/public/cases/{code}/messages", code).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("text", text)))).andExpect(status().isCreated());
    }

    ResultActions api(String user, String method, String id, String text) throws Exception {
        var request = "GET".equals(method) ? get("/api/v1/cases/{id}/messages", id)
                : post("/api/v1/cases/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", text)));
        return mvc.perform(request.header("Authorization", tokens.bearer(user)));
    }

    int unreadNotices(String user, String caseId) {
        return jdbc.sql("""
                        select count(*) from case_notice where case_id = ? and kind = 'MESSAGE' and account_id = ?
                          and read_at is null""")
                .params(UUID.fromString(caseId), tokens.accountId(user)).query(Integer.class).single();
    }

    static String html(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anotherCommunesOfficerGets404ForTheThreadAndTheReply() throws Exception {
        Logged c = log("FEEDBACK", false);
        citizenWrites(c.code(), "Xin hỏi đã kiểm tra chưa?");
        api("xuly.bm", "GET", c.id(), null).andExpect(status().isNotFound());
        api("xuly.bm", "POST", c.id(), "Chúng tôi đang xem.").andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_message where case_id = ?").param(UUID.fromString(c.id()))
                .query(Integer.class).single()).isEqualTo(1);
        api("xuly.tp", "GET", "not-a-uuid", null).andExpect(status().isBadRequest());
    }

    @Test
    void aCitizenMessageLeavesANoticeForTheUnitsOfficersAndReadingTheThreadClearsIt() throws Exception {
        Logged c = log("FEEDBACK", false);
        citizenWrites(c.code(), "Tôi bổ sung: tường xây từ tuần trước.");
        assertThat(unreadNotices("xuly.tp", c.id())).isEqualTo(1);
        assertThat(unreadNotices("xuly.bm", c.id())).isZero();

        // the dashboard lists notices by their kind's label (newest first; other tests leave later ones)
        assertThat(messageSource.getMessage("cases.notice.MESSAGE", new Object[] {"2026-000001"}, Locale.forLanguageTag("vi")))
                .isEqualTo("Hồ sơ 2026-000001: người gửi có tin nhắn mới");
        assertThat(messageSource.getMessage("cases.notice.MESSAGE", new Object[] {"2026-000001"}, Locale.ENGLISH))
                .isEqualTo("Case 2026-000001: a new message from the sender");

        JsonNode thread = json.readTree(api("xuly.tp", "GET", c.id(), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(thread.get("canReply").asBoolean()).isTrue();
        assertThat(thread.get("messages").get(0).get("side").asString()).isEqualTo("CITIZEN");
        // the answer shows what was new to this reading; the reading marks it read
        assertThat(thread.get("messages").get(0).get("readAt").isNull()).isTrue();
        JsonNode again = json.readTree(api("xuly.tp", "GET", c.id(), null).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.get("messages").get(0).get("readAt").isNull()).isFalse();
        assertThat(unreadNotices("xuly.tp", c.id())).isZero();

        // a later message brings the notice back as unread
        citizenWrites(c.code(), "Hôm nay họ xây thêm.");
        assertThat(unreadNotices("xuly.tp", c.id())).isEqualTo(1);
    }

    @Test
    void anAssignedCaseNotifiesOnlyTheAssignee() throws Exception {
        Logged c = log("FEEDBACK", false);
        int version = json.readTree(mvc.perform(get("/api/v1/cases/{id}", c.id()).header("Authorization", tokens.bearer("xuly.tp")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("theCase").get("version").asInt();
        mvc.perform(post("/api/v1/cases/{id}/assign", c.id()).header("Authorization", tokens.bearer("lanhdao.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version":%d,"accountId":"%s","reason":"Giao xử lý"}""".formatted(version, tokens.accountId("xuly.tp"))))
                .andExpect(status().isOk());
        citizenWrites(c.code(), "Xin hỏi tiến độ.");
        assertThat(jdbc.sql("select count(*) from case_notice where case_id = ? and kind = 'MESSAGE'")
                .param(UUID.fromString(c.id())).query(Integer.class).single()).isEqualTo(1);
        assertThat(unreadNotices("xuly.tp", c.id())).isEqualTo(1);
    }

    @Test
    void theOfficersReplyIsAuditedWithoutItsTextAndShownToTheCitizenWithoutTheirName() throws Exception {
        Logged c = log("DENUNCIATION", true);
        citizenWrites(c.code(), "Tôi có thêm chứng cứ.");
        api("xuly.tp", "POST", c.id(), "Bạn hãy gửi chứng cứ qua bưu điện, không cần ghi tên.")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.seq").value(2))
                .andExpect(jsonPath("$.side").value("OFFICE")).andExpect(jsonPath("$.staffName").isNotEmpty());
        api("xuly.tp", "GET", c.id(), null).andExpect(status().isOk());
        String details = jdbc.sql("""
                        select details from audit_entry where entity_type = 'case' and entity_id = ? and action = 'office_message'""")
                .param(c.id()).query(String.class).single();
        assertThat(details).doesNotContain("chứng cứ", "bưu điện");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where kind = 'READ' and entity_type = 'case_message' and entity_id = ?""")
                .param(c.id()).query(Integer.class).single()).isPositive();

        String citizen = mvc.perform(get("/api/v1/public/cases/{code}/messages", c.code()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String officerName = jdbc.sql("select display_name from account where username = 'xuly.tp'").query(String.class).single();
        assertThat(citizen).contains("Cơ quan xử lý").doesNotContain(officerName);

        api("xuly.tp", "POST", c.id(), " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void theCasePageLoadsTheSectionAndAnOfficerAnswersFromIt() throws Exception {
        Logged c = log("FEEDBACK", false);
        citizenWrites(c.code(), "Mong xã xử lý sớm.");
        MockHttpSession officer = DemoLogin.as(mvc, "xuly.tp");

        String page = html(mvc.perform(get("/office/cases/{id}", c.id()).session(officer)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("hx-get=\"/office/cases/" + c.id() + "/messages\"", "Trao đổi với người gửi");

        String section = html(mvc.perform(get("/office/cases/{id}/messages", c.id()).session(officer).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn());
        assertThat(section).startsWith("<section").contains("Mong xã xử lý sớm.", "id=\"message-text\"")
                .doesNotContain("<html");

        String refused = html(mvc.perform(post("/office/cases/{id}/messages", c.id()).session(officer).with(csrf())
                .header("HX-Request", "true").param("text", "  ")).andExpect(status().isOk()).andReturn());
        assertThat(refused).contains("is-invalid", "Hãy nhập nội dung tin nhắn.");

        String sent = html(mvc.perform(post("/office/cases/{id}/messages", c.id()).session(officer).with(csrf())
                .header("HX-Request", "true").param("text", "Xã sẽ kiểm tra ngày mai.")).andExpect(status().isOk()).andReturn());
        assertThat(sent).contains("id=\"message-sent\"", "Xã sẽ kiểm tra ngày mai.", "Người gửi chưa xem");

        mvc.perform(post("/office/cases/{id}/messages", c.id()).session(officer).with(csrf()).param("text", "Không có script."))
                .andExpect(redirectedUrl("/office/cases/" + c.id() + "#case-messages"));
        assertThat(html(mvc.perform(get("/office/cases/{id}/messages", c.id()).session(officer)).andExpect(status().isOk())
                .andReturn())).contains("<html", "Không có script.");

        MockHttpSession other = DemoLogin.as(mvc, "xuly.bm");
        mvc.perform(get("/office/cases/{id}/messages", c.id()).session(other).header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/cases/{id}/messages", c.id()).session(other).with(csrf()).param("text", "Thử"))
                .andExpect(status().isNotFound());
    }
}
