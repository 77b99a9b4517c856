package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoTokens;

/**
 * Letters sent through the public API and handled by the demo commune Tân Phú's office through the office API:
 * the officer {@code xuly.tp} and the leader {@code lanhdao.tp}.
 */
final class PortalFixtures {

    /** What the sender typed that must never appear in a public view. */
    static final String SENDER_NAME = "Nguyễn Thị Bí Mật";
    static final String SENDER_PHONE = "0987 654 321";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final DemoTokens tokens;
    private final String officer;
    private final String leader;

    PortalFixtures(MockMvc mvc, ObjectMapper json, JdbcClient jdbc, ApiTokens apiTokens) {
        this.mvc = mvc;
        this.json = json;
        this.tokens = new DemoTokens(jdbc, apiTokens);
        this.officer = tokens.bearer("xuly.tp");
        this.leader = tokens.bearer("lanhdao.tp");
    }

    UUID tanPhu() {
        return tokens.unitId("TP");
    }

    /** A named feedback about the commune Tân Phú, as JSON for {@code POST /api/v1/public/cases}. */
    String letter(String title, String body, boolean publishConsent) {
        return """
                {"kind":"FEEDBACK","category":"HA_TANG","placeUnitId":"%s","title":"%s","body":"%s",
                 "anonymous":false,"sender":{"name":"%s","phone":"%s","address":"Thôn 2, xã Tân Phú"},
                 "publishConsent":%s}""".formatted(tanPhu(), title, body, SENDER_NAME, SENDER_PHONE, publishConsent);
    }

    /** Sends a letter; returns the receipt. */
    JsonNode send(String letter) throws Exception {
        String out = mvc.perform(post("/api/v1/public/cases").contentType(MediaType.APPLICATION_JSON).content(letter)
                        .header("Idempotency-Key", "test-" + UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(out);
    }

    /** The case's id, found by the office by its number. */
    String caseId(String number) throws Exception {
        JsonNode page = office(officer, "GET", "/api/v1/cases?list=ALL&closed=true&q=" + number, null);
        assertThat(page.get("items").size()).isEqualTo(1);
        return page.get("items").get(0).get("id").asString();
    }

    /**
     * The office takes the letter up and answers it, with internal remarks on the way: the leader first sends the
     * draft back with {@code internalReason}, and the officer is assigned with a reason too.
     */
    void answer(String id, String answer, String internalReason) throws Exception {
        step(officer, id, "classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}""");
        step(officer, id, "assign", """
                {"version":%%d,"accountId":"%s","reason":"%s (phân công)"}""".formatted(tokens.accountId("xuly.tp"),
                internalReason));
        step(officer, id, "propose", """
                {"version":%d,"kind":"ACCEPT","text":"Đề xuất nội bộ: giao Phòng Kinh tế kiểm tra."}""");
        step(leader, id, "approve", "{\"version\":%d}");
        step(officer, id, "propose", """
                {"version":%%d,"kind":"ANSWER","text":"%s"}""".formatted(answer + " (bản nháp)"));
        step(leader, id, "send-back", """
                {"version":%%d,"reason":"%s"}""".formatted(internalReason));
        step(officer, id, "propose", """
                {"version":%%d,"kind":"ANSWER","text":"%s"}""".formatted(answer));
        step(leader, id, "approve", "{\"version\":%d}");
    }

    private void step(String bearer, String id, String action, String bodyWithVersion) throws Exception {
        int version = office(officer, "GET", "/api/v1/cases/" + id, null).get("theCase").get("version").asInt();
        office(bearer, "POST", "/api/v1/cases/" + id + "/" + action, bodyWithVersion.formatted(version));
    }

    private JsonNode office(String bearer, String method, String path, String body) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        var response = mvc.perform(request.header("Authorization", bearer)).andReturn().getResponse();
        String out = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(method + " " + path + ": " + out).isEqualTo(200);
        return json.readTree(out);
    }
}
