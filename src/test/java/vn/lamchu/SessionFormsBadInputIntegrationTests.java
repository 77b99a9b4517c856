package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Malformed values sent to the export, voter set-up and follow-up forms and endpoints get a clear 4xx (a problem
 * document in the API, a page in the office), never a 500.
 */
@IntegrationTest
class SessionFormsBadInputIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    static void assertClientError(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isBetween(400, 499);
    }

    @Test
    void theApiAnswersMalformedValuesWithProblemDetails() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        MvcResult badList = mvc.perform(post("/api/v1/cases/exports").header("Authorization", bearer)
                .param("list", "EVERYTHING")).andReturn();
        assertClientError(badList);
        assertThat(badList.getResponse().getContentType()).contains("problem+json");
        assertClientError(mvc.perform(post("/api/v1/cases/exports").header("Authorization", bearer)
                .param("from", "31/02/2026")).andReturn());
        assertClientError(mvc.perform(get("/api/v1/cases/exports/not-a-uuid").header("Authorization", bearer)).andReturn());
        assertClientError(mvc.perform(get("/api/v1/cases/exports/" + UUID.randomUUID()).header("Authorization", bearer))
                .andReturn());
        MvcResult badDate = mvc.perform(post("/api/v1/supervision/recommendations/" + UUID.randomUUID() + "/follow-up")
                .header("Authorization", new DemoTokens(jdbc, apiTokens).bearer("mattran.tp"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"sessionOn\":\"ngày mai\"}")).andReturn();
        assertClientError(badDate);
        assertThat(badDate.getResponse().getContentType()).contains("problem+json");
    }

    @Test
    void officePagesAnswerMalformedValuesWithoutAnError500() throws Exception {
        MockHttpSession officer = DemoLogin.as(mvc, "xuly.tp");
        assertClientError(mvc.perform(get("/office/cases/exports/not-a-uuid").session(officer)).andReturn());
        assertClientError(mvc.perform(get("/office/cases/exports/" + UUID.randomUUID()).session(officer)).andReturn());

        MockHttpSession deputy = DemoLogin.as(mvc, "daibieu.tp");
        UUID term = jdbc.sql("select t.id from voter_term t join org_unit u on u.id = t.council_unit_id where u.code = 'TP-HDND' limit 1")
                .query(UUID.class).single();
        MvcResult badNumber = mvc.perform(post("/office/voters/setup/terms/" + term + "/constituencies").session(deputy)
                .with(csrf()).param("number", "một").param("name", "Đơn vị bầu cử chữ")).andReturn();
        assertClientError(badNumber);
        assertThat(badNumber.getResponse().getContentAsString()).contains("invalid-feedback d-block");
        assertClientError(mvc.perform(post("/office/voters/setup/terms/" + term + "/constituencies").session(deputy)
                .with(csrf()).param("number", "9").param("name", "Đơn vị bầu cử lạ").param("areaUnitIds", "x"))
                .andReturn());
        assertClientError(mvc.perform(post("/office/voters/setup/terms").session(deputy).with(csrf())
                .param("councilUnitId", "x").param("name", "Nhiệm kỳ lạ").param("startsOn", "hôm nay")).andReturn());

        MockHttpSession front = DemoLogin.as(mvc, "mattran.tp");
        assertClientError(mvc.perform(post("/office/supervision/recommendations/" + UUID.randomUUID() + "/follow-up")
                .session(front).with(csrf()).param("sessionOn", "ngày mai")).andReturn());
    }
}
