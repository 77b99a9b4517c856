package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * The office search through the search index ({@link CaseSearchIndex}): what was just saved is found, with and without
 * diacritics, the same diacritics rank first, the number finds its letter, and the scope and filters hold.
 */
@IntegrationTest
class CaseSearchIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseSearchIndex index;

    DemoTokens tokens;
    String officer;
    /** A made-up word, so that only this test's letters match it. */
    String marker;

    @BeforeEach
    void setUp() throws InterruptedException {
        tokens = new DemoTokens(jdbc, apiTokens);
        officer = tokens.bearer("xuly.tp");
        marker = "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(index.awaitReady(Duration.ofMinutes(2))).as("the search index opens").isTrue();
    }

    JsonNode call(String bearer, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request.header("Authorization", bearer)).andExpect(status().is2xxSuccessful())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(out);
    }

    JsonNode receive(String title, String body) throws Exception {
        return call(officer, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"FEEDBACK","title":"%s","body":"%s","category":"HA_TANG",
                 "placeUnitId":"%s","senders":[{"name":"Trần Thị Bình","address":"Thôn 2, xã Tân Phú"}]}"""
                .formatted(title, body, tokens.unitId("TP")));
    }

    List<String> titles(String bearer, String query) throws Exception {
        String out = mvc.perform(get("/api/v1/cases?list=ALL&closed=true&q={q}", query).header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode page = json.readTree(out);
        List<String> titles = new ArrayList<>();
        page.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    void aLetterJustSavedIsFoundWithAndWithoutDiacritics() throws Exception {
        receive("Cống thoát nước bị tắc " + marker, "Cống thoát nước ở ngõ 5 bị tắc, nước tràn vào nhà dân.");

        assertThat(index.ready()).isTrue();
        assertThat(titles(officer, "cống tắc " + marker)).containsExactly("Cống thoát nước bị tắc " + marker);
        assertThat(titles(officer, "cong thoat nuoc bi tac " + marker)).containsExactly("Cống thoát nước bị tắc " + marker);
        assertThat(titles(officer, "cống điện " + marker)).as("every word must occur").isEmpty();
    }

    @Test
    void theSameDiacriticsRankFirstAndTheNumberFindsItsLetter() throws Exception {
        receive("Hồ sơ bị tu chối " + marker, "Gõ thiếu dấu.");
        JsonNode exact = receive("Hồ sơ bị từ chối " + marker, "Hồ sơ cấp phép bị từ chối mà không nêu lý do.");

        assertThat(titles(officer, "từ chối " + marker)).first().isEqualTo("Hồ sơ bị từ chối " + marker);
        String number = call(officer, "GET", "/api/v1/cases/" + exact.get("caseId").asString(), null)
                .get("theCase").get("number").asString();
        assertThat(titles(officer, number)).first().isEqualTo("Hồ sơ bị từ chối " + marker);
    }

    @Test
    void anotherCommuneFindsNothingAndFiltersHold() throws Exception {
        receive("Rác thải chưa được thu gom " + marker, "Rác thải ở chợ chưa được thu gom ba ngày.");

        assertThat(titles(tokens.bearer("xuly.bm"), "rác " + marker)).isEmpty();
        JsonNode complaints = call(officer, "GET", "/api/v1/cases?list=ALL&closed=true&kind=COMPLAINT&q=" + marker, null);
        assertThat(complaints.get("items")).isEmpty();
        JsonNode feedback = call(officer, "GET", "/api/v1/cases?list=ALL&closed=true&kind=FEEDBACK&q=" + marker, null);
        assertThat(feedback.get("items")).hasSize(1);
    }

    @Test
    void aChangeByAnotherTransactionIsSeenByTheNextSearch() throws Exception {
        JsonNode receipt = receive("Biển báo giao thông bị đổ " + marker, "Biển báo ở ngã ba bị đổ sau cơn bão.");
        String id = receipt.get("caseId").asString();
        assertThat(titles(officer, "biển báo " + marker)).hasSize(1);

        // the letter is retitled outside the application's services: the index reads the row again
        jdbc.sql("update citizen_case set search_text = lamchu_fold('Cột điện nghiêng " + marker + "'),"
                + " title = 'Cột điện nghiêng " + marker + "' where id = cast(? as uuid)").param(id).update();

        assertThat(titles(officer, "biển báo " + marker)).isEmpty();
        assertThat(titles(officer, "cot dien " + marker)).containsExactly("Cột điện nghiêng " + marker);
    }
}
