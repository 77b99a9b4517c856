package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/** The thread on the follow page: the code comes from the session, never from the address. */
@IntegrationTest
class FollowMessagePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PortalFixtures(mvc, json, jdbc, apiTokens);
    }

    static String html(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String page(MockHttpSession session) throws Exception {
        return html(mvc.perform(get("/portal/follow").session(session)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theFollowerWritesUnderTheTimelineAndReadsTheOfficeAsTheHandlingOffice() throws Exception {
        JsonNode receipt = fixtures.send(fixtures.letter("Trạm bơm hỏng " + UUID.randomUUID().toString().substring(0, 8),
                "Trạm bơm thôn 5 hỏng, ruộng không có nước.", false));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/portal/follow").with(csrf()).session(session).param("code", receipt.get("code").asString()))
                .andExpect(redirectedUrl("/portal/follow"));

        String before = page(session);
        assertThat(before).contains("Trao đổi với cơ quan xử lý", "Chưa có tin nhắn nào.",
                "đừng ghi họ tên, số điện thoại", "action=\"/portal/follow/messages\"", "còn gửi được 10 tin");
        assertThat(before.indexOf("id=\"case-timeline\"")).isLessThan(before.indexOf("id=\"messages\""));

        mvc.perform(post("/portal/follow/messages").with(csrf()).session(session).param("text", "Khi nào sửa xong ạ?"))
                .andExpect(redirectedUrl("/portal/follow#messages"));
        String after = html(mvc.perform(get("/portal/follow").session(session)
                .flashAttr("messageSent", true)).andReturn());
        assertThat(after).contains("Khi nào sửa xong ạ?", "Đã gửi tin nhắn", "còn gửi được 9 tin");

        String caseId = fixtures.caseId(receipt.get("number").asString());
        mvc.perform(post("/api/v1/cases/{id}/messages", caseId)
                        .header("Authorization", new DemoTokens(jdbc, apiTokens).bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Tuần sau xã sửa xong.\"}"))
                .andExpect(status().isCreated());
        String answered = page(session);
        String officer = jdbc.sql("select display_name from account where username = 'xuly.tp'").query(String.class).single();
        assertThat(answered).contains("Tuần sau xã sửa xong.", "Cơ quan xử lý").doesNotContain(officer);
    }

    @Test
    void aRefusedMessageComesBackNextToItsField() throws Exception {
        JsonNode receipt = fixtures.send(fixtures.letter("Chó thả rông " + UUID.randomUUID().toString().substring(0, 8),
                "Nhiều chó thả rông ở chợ xã, trẻ em sợ.", false));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/portal/follow").with(csrf()).session(session).param("code", receipt.get("code").asString()));
        MvcResult refused = mvc.perform(post("/portal/follow/messages").with(csrf()).session(session)
                .param("text", "x".repeat(4001))).andExpect(redirectedUrl("/portal/follow#messages")).andReturn();
        String shown = html(mvc.perform(get("/portal/follow").session(session)
                .flashAttrs(refused.getFlashMap())).andReturn());
        assertThat(shown).contains("is-invalid", "Tin nhắn dài tối đa 4.000 ký tự (bạn đã nhập 4.001 ký tự).",
                "x".repeat(4001));
        assertThat(shown).contains("Chưa có tin nhắn nào.");
    }

    @Test
    void aSignedInStaffMemberWritesAsACitizenAndTheirAccountIsNotRecorded() throws Exception {
        JsonNode receipt = fixtures.send(fixtures.letter("Đèn tín hiệu hỏng " + UUID.randomUUID().toString().substring(0, 8),
                "Đèn tín hiệu ngã tư chợ xã hỏng hai ngày nay.", false));
        MockHttpSession session = vn.lamchu.support.DemoLogin.as(mvc, "xuly.bm");
        mvc.perform(post("/portal/follow").with(csrf()).session(session).param("code", receipt.get("code").asString()));
        mvc.perform(post("/portal/follow/messages").with(csrf()).session(session).param("text", "Tôi là người dân."))
                .andExpect(redirectedUrl("/portal/follow#messages"));
        String caseId = fixtures.caseId(receipt.get("number").asString());
        assertThat(jdbc.sql("""
                        select actor from audit_entry where entity_type = 'case' and entity_id = ? and action = 'citizen_message'""")
                .param(caseId).query(String.class).single()).isNotEqualTo("xuly.bm");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_id = ? and action = 'citizen_message' and actor_account_id is not null""")
                .param(caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void withoutACodeInTheSessionNothingIsSent() throws Exception {
        mvc.perform(post("/portal/follow/messages").with(csrf()).session(new MockHttpSession()).param("text", "Xin chào"))
                .andExpect(redirectedUrl("/portal/follow"));
        mvc.perform(post("/portal/follow/messages").session(new MockHttpSession()).param("text", "Xin chào"))
                .andExpect(status().isForbidden());
    }
}
