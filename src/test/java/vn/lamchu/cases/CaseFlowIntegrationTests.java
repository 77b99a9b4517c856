package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The feedback procedure through the office REST API, as the demo commune's officer and leader do it. */
@IntegrationTest
class CaseFlowIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    DemoTokens tokens;
    String officer;
    String leader;

    @BeforeEach
    void signIn() {
        tokens = new DemoTokens(jdbc, apiTokens);
        officer = tokens.bearer("xuly.tp");
        leader = tokens.bearer("lanhdao.tp");
    }

    JsonNode call(String bearer, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request.header("Authorization", bearer)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    String receive(String title, String body) throws Exception {
        JsonNode receipt = call(officer, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"FEEDBACK","title":"%s","body":"%s","category":"HA_TANG",
                 "placeUnitId":"%s","senders":[{"name":"Nguyễn Văn An","address":"Thôn 1, xã Tân Phú","phone":"0912 345 678"}]}"""
                .formatted(title, body, tokens.unitId("TP")), 201);
        assertThat(receipt.get("receiptCode").asString()).startsWith("LC-");
        assertThat(receipt.get("firstAnswerDue").asString()).isNotBlank();
        return receipt.get("caseId").asString();
    }

    int version(String id) throws Exception {
        return call(officer, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
    }

    @Test
    void feedbackIsClassifiedTakenUpAnsweredAndApproved() throws Exception {
        String id = receive("Đèn đường thôn 1 bị hỏng " + UUID.randomUUID(), "Đèn đường ở thôn 1 đã hỏng hơn một tháng, buổi tối rất tối.");
        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}"""
                .formatted(version(id)), 200);
        JsonNode proposed = call(officer, "POST", "/api/v1/cases/" + id + "/propose", """
                {"version":%d,"kind":"ACCEPT","text":"Thuộc thẩm quyền UBND xã, đề nghị giao Phòng Kinh tế kiểm tra."}"""
                .formatted(version(id)), 200);
        assertThat(proposed.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        JsonNode accepted = call(leader, "POST", "/api/v1/cases/" + id + "/approve", "{\"version\":%d}".formatted(version(id)), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(accepted.get("dueRule").asString()).isEqualTo("PAKN-answer");
        call(officer, "POST", "/api/v1/cases/" + id + "/propose", """
                {"version":%d,"kind":"ANSWER","text":"UBND xã đã thay bóng đèn ngày 20/11/2026."}""".formatted(version(id)), 200);
        JsonNode answered = call(leader, "POST", "/api/v1/cases/" + id + "/approve", "{\"version\":%d}".formatted(version(id)), 200);
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        JsonNode detail = call(officer, "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(detail.get("documents").size()).isEqualTo(1);
        assertThat(detail.get("timeline").size()).isGreaterThanOrEqualTo(7);
        byte[] pdf = mvc.perform(get(detail.get("documents").get(0).get("pdf").asString()).header("Authorization", officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "V/v trả lời phản ánh",
                    "Ông/Bà Nguyễn Văn An", "UBND xã đã thay bóng đèn ngày 20/11/2026.", "Lê Văn Hùng");
        }
        mvc.perform(get(detail.get("documents").get(0).get("docx").asString()).header("Authorization", officer))
                .andExpect(status().isOk());
        mvc.perform(get(detail.get("documents").get(0).get("docx").asString())
                        .header("Authorization", tokens.bearer("xuly.bm")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsRefusedWithConflict() throws Exception {
        String id = receive("Rác thải tồn đọng " + UUID.randomUUID(), "Rác thải tồn đọng ở chợ xã nhiều ngày chưa được thu gom.");
        int v = version(id);
        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}"""
                .formatted(v), 200);
        mvc.perform(post("/api/v1/cases/" + id + "/classify").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}"""
                                .formatted(v)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void forwardingInsideTheProvinceMovesTheCaseAndTheLetterIsIssuedByTheForwardingBody() throws Exception {
        String id = receive("Chợ tạm lấn chiếm vỉa hè " + UUID.randomUUID(), "Chợ tạm ở phường Bình Minh lấn chiếm vỉa hè, gây ách tắc giao thông.");
        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"OUTSIDE","signatories":"ONE"}"""
                .formatted(version(id)), 200);
        JsonNode forwarded = call(leader, "POST", "/api/v1/cases/" + id + "/decide", """
                {"version":%d,"kind":"FORWARD","text":"Địa điểm thuộc phường Bình Minh.","targetUnitId":"%s"}"""
                .formatted(version(id), tokens.unitId("BM-VP")), 200);
        assertThat(forwarded.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(forwarded.get("handlingUnitName").asString()).isEqualTo("Văn phòng HĐND và UBND phường Bình Minh");
        // the commune still reads what it forwarded (and its letter), but only the ward acts on it now
        call(officer, "GET", "/api/v1/cases/" + id, null, 200);
        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}""", 404);
        assertThat(call(officer, "GET", "/api/v1/cases?list=ALL&q=" + forwarded.get("number").asString(), null, 200)
                .get("items").size()).isEqualTo(1);
        call(tokens.bearer("xuly.tp"), "GET", "/api/v1/cases?list=UNIT&q=" + forwarded.get("number").asString(), null, 200);
        String otherCommune = tokens.bearer("xuly.bm");
        JsonNode detail = call(otherCommune, "GET", "/api/v1/cases/" + id, null, 200);
        byte[] pdf = mvc.perform(get(detail.get("documents").get(0).get("pdf").asString()).header("Authorization", otherCommune))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("PHIẾU CHUYỂN ĐƠN", "XÃ TÂN PHÚ", "Tân Phú, ngày",
                    "Kính gửi: Văn phòng HĐND và UBND phường Bình Minh");
        }
    }

    /** Luật Tố cáo 2018, Điều 47 khoản 2 and Điều 56: a denouncer is named nowhere in the office or its documents. */
    @Test
    void aDenouncersIdentityIsShownNowhereAndNamedInNoDocument() throws Exception {
        String name = "Người Tố Cáo " + UUID.randomUUID().toString().substring(0, 8);
        String phone = "0988 " + (100000 + (int) (Math.random() * 899999));
        JsonNode receipt = call(officer, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"DENUNCIATION","title":"Tố cáo cán bộ địa chính %s","body":"Cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận.",
                 "senders":[{"name":"%s","address":"Thôn 9, xã Tân Phú","phone":"%s"}]}"""
                .formatted(UUID.randomUUID(), name, phone), 201);
        String id = receipt.get("caseId").asString();
        JsonNode detail = call(officer, "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(detail.get("identityWithheld").asBoolean()).isTrue();
        assertThat(detail.toString()).doesNotContain(name).doesNotContain(phone);
        String page = mvc.perform(get("/office/cases/" + id).session(vn.lamchu.support.DemoLogin.as(mvc, "lanhdao.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("identity-withheld").doesNotContain(name).doesNotContain(phone);

        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":%d,"kind":"DENUNCIATION","eligibility":"ELIGIBLE","competence":"OUTSIDE","signatories":"ONE"}"""
                .formatted(version(id)), 200);
        call(leader, "POST", "/api/v1/cases/" + id + "/decide", """
                {"version":%d,"kind":"FORWARD","text":"Thuộc thẩm quyền của Chủ tịch UBND tỉnh.","targetBody":"Ủy ban nhân dân tỉnh Hòa An"}"""
                .formatted(version(id)), 200);
        JsonNode forwarded = call(leader, "GET", "/api/v1/cases/" + id, null, 200);
        byte[] pdf = mvc.perform(get(forwarded.get("documents").get(0).get("pdf").asString()).header("Authorization", leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("người tố cáo").doesNotContain(name).doesNotContain(phone).doesNotContain("Thôn 9");
        }
    }
}
