package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/** The office pages of voter meetings and the portal page, with the demo data of Tân Phú. */
@IntegrationTest
class VoterPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    String page(MockHttpSession session, String path, int expected) throws Exception {
        var request = get(path);
        if (session != null) {
            request = request.session(session);
        }
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    UUID unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(UUID.class).single();
    }

    @Test
    void theDeputySeesTheDemoMeetingsAndTheFigures() throws Exception {
        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        String index = page(deputy, "/office/voters", 200);
        assertThat(index).contains("Tiếp xúc cử tri", "Nhà văn hóa Thôn 1, xã Tân Phú", "Hội trường UBND xã Tân Phú",
                "Đơn vị bầu cử số 1", "Đặng Thị Hoa", "id=\"fig-meetingsHeld\"");
        String office = page(deputy, "/office", 200);
        assertThat(office).contains("href=\"/office/voters\"");
        String figures = page(deputy, "/office/voters/figures", 200);
        assertThat(figures).contains("id=\"f-meetings\"", "Lượt cử tri tham dự");
        // another commune's officer sees none of Tân Phú's meetings
        assertThat(page(DemoLogin.as(mvc, "xuly.bm"), "/office/voters", 200)).doesNotContain("Nhà văn hóa Thôn 1");
    }

    @Test
    void aRefusedPlanShowsTheMessageNextToTheField() throws Exception {
        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        assertThat(page(deputy, "/office/voters/meetings/new", 200)).contains("id=\"plan-form\"");
        String refused = mvc.perform(post("/office/voters/meetings").session(deputy).with(csrf())
                        .param("councilUnitId", unit("TP-HDND").toString()).param("timing", "THEMATIC")
                        .param("placeUnitId", unit("TP").toString()).param("venue", "")
                        .param("startsAt", LegalTime.today(clock).plusDays(3) + "T08:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"venue-error\"", "Nhập địa điểm (3–300 ký tự)", "is-invalid");
        String early = mvc.perform(post("/office/voters/meetings").session(deputy).with(csrf())
                        .param("councilUnitId", unit("TP-HDND").toString()).param("timing", "BEFORE_SESSION")
                        .param("placeUnitId", unit("TP").toString()).param("venue", "Nhà văn hóa Thôn 2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(early).contains("id=\"startsAt-error\"");
    }

    @Test
    void aMeetingIsHeldAndItsOpinionsBecomeCasesFromThePages() throws Exception {
        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LegalTime.today(clock);
        String location = mvc.perform(post("/office/voters/meetings").session(deputy).with(csrf())
                        .param("councilUnitId", unit("TP-HDND").toString()).param("timing", "THEMATIC")
                        .param("topic", "Chuyên đề " + tag).param("placeUnitId", unit("TP").toString())
                        .param("venue", "Sân văn hóa Thôn 2").param("startsAt", today + "T07:30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/voters/meetings/");
        String planned = page(deputy, location, 200);
        assertThat(planned).contains("id=\"held-form\"", "Chuyên đề " + tag);
        String heldRefused = mvc.perform(post(location + "/held").session(deputy).with(csrf()).param("version", "0")
                        .param("heldOn", today.toString()).param("votersAttending", "-3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(heldRefused).contains("id=\"votersAttending-error\"", "Số cử tri tham dự phải từ 0 đến 100.000");
        mvc.perform(post(location + "/held").session(deputy).with(csrf()).param("version", "0")
                .param("heldOn", today.toString()).param("votersAttending", "64")).andExpect(status().is3xxRedirection());
        String shortOpinion = mvc.perform(post(location + "/opinions").session(deputy).with(csrf())
                        .param("kind", "FEEDBACK").param("text", "Ngắn"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shortOpinion).contains("id=\"text-error\"", "Nội dung ý kiến phải từ 10 đến 4.000 ký tự");
        mvc.perform(post(location + "/opinions").session(deputy).with(csrf()).param("kind", "RECOMMENDATION")
                        .param("text", "Đề nghị làm mái che điểm đón xe buýt " + tag).param("voterName", "")
                        .param("spotAnswer", "Xã sẽ làm trong năm nay.").param("spotAnswerer", "Phó Chủ tịch UBND xã"))
                .andExpect(status().is3xxRedirection());
        String held = page(deputy, location, 200);
        assertThat(held).contains("Đề nghị làm mái che điểm đón xe buýt " + tag, "Đã trả lời tại hội nghị",
                "Văn phòng HĐND và UBND xã Tân Phú", "64 cử tri tham dự");

        // the commune's leader confirms the answer on the case from the meeting page
        MockHttpSession leader = DemoLogin.as(mvc, "lanhdao.tp");
        String seen = page(leader, location, 200);
        assertThat(seen).contains("id=\"confirm-1\"");
        UUID opinion = jdbc.sql("select id from voter_opinion where text like ?").param("%" + tag).query(UUID.class).single();
        UUID caseId = jdbc.sql("select case_id from voter_opinion where id = ?").param(opinion).query(UUID.class).single();
        assertThat(page(leader, "/office/cases/" + caseId, 200)).contains("id=\"voter-opinion-lazy\"");
        assertThat(page(leader, "/office/voters/cases/" + caseId, 200)).contains("Ý kiến cử tri", "Sân văn hóa Thôn 2",
                "Xã sẽ làm trong năm nay.", "id=\"voter-confirm\"");
        page(DemoLogin.as(mvc, "xuly.bm"), "/office/voters/cases/" + caseId, 404);
        mvc.perform(post(location + "/opinions/" + opinion + "/confirm").session(leader).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(leader, location, 200)).contains("Trả lời của Văn phòng HĐND và UBND xã Tân Phú:",
                "Xã sẽ làm trong năm nay.");
    }

    @Test
    void thePortalShowsTheComingMeetingAndTheAnswersWithoutNames() throws Exception {
        String portal = page(null, "/portal/voters", 200);
        assertThat(portal).contains("Hội trường UBND xã Tân Phú", "Xã Tân Phú",
                "UBND xã đã bố trí thêm điểm tập kết rác", "Trả lời của Văn phòng HĐND và UBND xã Tân Phú:",
                "Bà Trần Thị Mai, Chủ tịch UBND xã").doesNotContain("Nguyễn Văn Ba");
        assertThat(page(null, "/", 200)).contains("href=\"/portal/voters\"");
    }

    @Test
    void theCompilationPageOffersItsDocuments() throws Exception {
        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        UUID compilation = jdbc.sql("select id from voter_compilation limit 1").query(UUID.class).optional().orElse(null);
        if (compilation == null) {
            UUID session = jdbc.sql("select id from voter_session where number = 2 and name = 'Kỳ họp thứ hai'")
                    .query(UUID.class).single();
            String location = mvc.perform(post("/office/voters/compilations").session(deputy).with(csrf())
                            .param("sessionId", session.toString()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            compilation = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        }
        String view = page(deputy, "/office/voters/compilations/" + compilation, 200);
        assertThat(view).contains("id=\"compilation-counts\"", "tong-hop.docx", "bao-cao.pdf");
        String sentRefused = mvc.perform(post("/office/voters/compilations/" + compilation + "/sent").session(deputy)
                        .with(csrf()).param("sentOn", "2000-01-01").param("sentTo", "Thường trực HĐND"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sentRefused).containsAnyOf("id=\"sentOn-error\"", "Bản tổng hợp đã được gửi");
        byte[] pdf = mvc.perform(get("/office/voters/compilations/" + compilation + "/tong-hop.pdf").session(deputy))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
