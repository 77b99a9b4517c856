package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/** The People's Council office sets up a term, its sessions, a constituency and its deputy from the office pages. */
@IntegrationTest
class VoterSetupPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/office/voters/setup").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTermWithASessionAConstituencyAndADeputyIsSetUpAndBadInputIsShownNextToItsForm() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        String council = jdbc.sql("select id from org_unit where code = 'TP-HDND'").query(UUID.class).single().toString();

        String refused = mvc.perform(post("/office/voters/setup/terms").session(deputy).with(csrf())
                        .param("councilUnitId", council).param("name", " ").param("startsOn", "2031-07-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"term-form\"", "is-invalid", "Nhập tên (3–200 ký tự)");

        mvc.perform(post("/office/voters/setup/terms").session(deputy).with(csrf()).param("councilUnitId", council)
                        .param("name", "Nhiệm kỳ 2031–2036 " + tag).param("startsOn", "2031-07-01").param("endsOn", "2036-06-30"))
                .andExpect(status().is3xxRedirection());
        UUID term = jdbc.sql("select id from voter_term where name = ?").param("Nhiệm kỳ 2031–2036 " + tag)
                .query(UUID.class).single();
        mvc.perform(post("/office/voters/setup/terms/" + term + "/sessions").session(deputy).with(csrf())
                        .param("number", "1").param("name", "Kỳ họp thứ nhất " + tag).param("kind", "REGULAR")
                        .param("opensOn", "2031-07-15"))
                .andExpect(status().is3xxRedirection());
        // the same number twice is refused next to the session form
        String twice = mvc.perform(post("/office/voters/setup/terms/" + term + "/sessions").session(deputy).with(csrf())
                        .param("number", "1").param("name", "Kỳ họp trùng số").param("kind", "REGULAR")
                        .param("opensOn", "2031-08-15"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("id=\"session-form-" + term + "\"", "invalid-feedback d-block");
        String village = jdbc.sql("select id from org_unit where code = 'TP'").query(UUID.class).single().toString();
        mvc.perform(post("/office/voters/setup/terms/" + term + "/constituencies").session(deputy).with(csrf())
                        .param("number", "1").param("name", "Đơn vị bầu cử số 1 " + tag).param("areaUnitIds", village))
                .andExpect(status().is3xxRedirection());
        UUID constituency = jdbc.sql("select id from voter_constituency where term_id = ?").param(term)
                .query(UUID.class).single();
        mvc.perform(post("/office/voters/setup/constituencies/" + constituency + "/deputies").session(deputy).with(csrf())
                        .param("fullName", "Đinh Thị Đại Biểu " + tag))
                .andExpect(status().is3xxRedirection());

        assertThat(page(deputy)).contains("Nhiệm kỳ 2031–2036 " + tag, "Kỳ họp thứ nhất " + tag,
                "Đơn vị bầu cử số 1 " + tag, "Xã Tân Phú", "Đinh Thị Đại Biểu " + tag);
        // the other commune neither sees it nor may add to it
        MockHttpSession other = DemoLogin.as(mvc, "xuly.bm");
        assertThat(page(other)).doesNotContain(tag);
        mvc.perform(post("/office/voters/setup/constituencies/" + constituency + "/deputies").session(other).with(csrf())
                        .param("fullName", "Người lạ"))
                .andExpect(status().isNotFound());
    }
}
