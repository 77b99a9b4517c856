package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.VietnameseText;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * The denouncer is named nowhere (Luật Tố cáo 2018, Điều 9 khoản 1 điểm b, Điều 47 khoản 2, Điều 56; RULEBOOK §15.3):
 * a denunciation is sent with unique identity strings — also written into the letter and into the office's own texts —
 * and taken through acceptance, notices, verification, conclusion, action and publication. Then every public page,
 * every public API answer, every document the case issued (PDF and DOCX, as printed for the other recipients), the
 * audit trail any export is built from, and the application log are searched for each string, with and without
 * diacritics. The identity is still there for whoever holds the grant and states a reason.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DenouncerIdentityLeakIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseExports exports;

    DemoTokens tokens;
    String name;
    String address;
    String phone;
    String idNumber;
    String email;

    @BeforeEach
    void identity() {
        tokens = new DemoTokens(jdbc, apiTokens);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = "Xquor" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + "vin";
        name = "Tôn Nữ " + token;
        address = "Ngõ 7 Yzelbrăk" + random.nextInt(100, 999) + ", thôn 3, xã Tân Phú";
        phone = "0971 " + random.nextInt(100, 999) + " " + random.nextInt(100, 999);
        idNumber = "0011" + random.nextLong(10_000_000L, 99_999_999L);
        email = token.toLowerCase(Locale.ROOT) + "@example.vn";
    }

    List<String> needles() {
        List<String> all = new ArrayList<>(List.of(name, address, phone, idNumber, email));
        all.add(VietnameseText.fold(name));
        all.add(name.substring(name.lastIndexOf(' ') + 1));
        all.add(phone.replace(" ", ""));
        all.add(address.substring(0, address.indexOf(',')));
        return all;
    }

    void assertNoIdentity(String where, String text) {
        String folded = VietnameseText.fold(text);
        for (String needle : needles()) {
            assertThat(text).as(where + " must not contain " + needle).doesNotContainIgnoringCase(needle);
            assertThat(folded).as(where + " (folded) must not contain " + needle)
                    .doesNotContainIgnoringCase(VietnameseText.fold(needle));
        }
    }

    JsonNode call(String user, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request.header("Authorization", tokens.bearer(user))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    void act(String user, String id, String body) throws Exception {
        int version = call(user, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
        call(user, "POST", "/api/v1/cases/" + id + "/proceeding/acts", "{\"version\":" + version + "," + body.substring(1), 200);
    }

    String publicText(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aDenouncersIdentityAppearsInNoPublicPageApiDocumentAuditOrLog(CapturedOutput log) throws Exception {
        String letter = "Tôi là " + name + ", ở " + address + ", CCCD " + idNumber + ", điện thoại " + phone
                + ", thư " + email + ". Tôi tố cáo cán bộ địa chính xã Tân Phú nhận tiền khi đo đạc.";
        JsonNode receipt = call("xuly.tp", "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"DENUNCIATION","title":"Tố cáo của %s về việc nhận tiền khi đo đạc",
                 "body":"%s","category":"DAT_DAI","placeUnitId":"%s",
                 "senders":[{"name":"%s","address":"%s","phone":"%s","email":"%s","idNumber":"%s"}]}"""
                .formatted(name, letter, tokens.unitId("TP"), name, address, phone, email, idNumber), 201);
        String id = receipt.get("caseId").asString();
        String code = receipt.get("receiptCode").asString();
        call("xuly.tp", "POST", "/api/v1/cases/" + id + "/classify",
                "{\"version\":0,\"kind\":\"DENUNCIATION\",\"eligibility\":\"ELIGIBLE\",\"competence\":\"WITHIN\",\"signatories\":\"ONE\"}", 200);
        call("lanhdao.tp", "POST", "/api/v1/cases/" + id + "/decide",
                "{\"version\":1,\"kind\":\"ACCEPT\",\"text\":\"Đề xuất thụ lý đơn của " + name + "\"}", 200);
        act("lanhdao.tp", id, "{\"kind\":\"TC_ACCEPT\",\"complex\":true,\"text\":\"Theo đơn của " + name + ".\"}");
        act("xuly.tp", id, "{\"kind\":\"NOTIFY\",\"text\":\"Đã báo cho " + name + " qua số " + phone + ".\"}");
        act("lanhdao.tp", id, "{\"kind\":\"EXTEND\",\"text\":\"Cần gặp lại " + name + ".\"}");
        act("xuly.tp", id, "{\"kind\":\"VERIFY\",\"text\":\"Làm việc với " + name + " tại " + address + ".\"}");
        act("lanhdao.tp", id, "{\"kind\":\"CONCLUDE\",\"result\":\"PARTLY_TRUE\",\"text\":\"Nội dung " + name
                + " (CCCD " + idNumber + ") tố cáo đúng một phần; kiểm điểm cán bộ.\"}");
        act("xuly.tp", id, "{\"kind\":\"SEND_DECISION\"}");
        act("lanhdao.tp", id, "{\"kind\":\"ACT_ON_CONCLUSION\",\"text\":\"Khiển trách.\"}");
        act("xuly.tp", id, "{\"kind\":\"PUBLISH_DECISION\",\"place\":\"Niêm yết tại trụ sở UBND xã\"}");

        // the public API
        assertNoIdentity("public case API", publicText("/api/v1/public/cases/" + code));
        assertNoIdentity("public decisions API", publicText("/api/v1/public/decisions?size=100"));
        assertNoIdentity("public answers API", publicText("/api/v1/public/answers?size=100"));
        assertNoIdentity("public messages API", publicText("/api/v1/public/cases/" + code + "/messages"));
        // the public pages
        assertNoIdentity("decisions page", publicText("/portal/decisions"));
        assertNoIdentity("answers page", publicText("/portal/answers"));
        assertNoIdentity("home page", publicText("/"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/portal/follow").session(session).with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection());
        String follow = mvc.perform(get("/portal/follow").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(follow).contains("Nội dung tố cáo là đúng một phần");
        assertNoIdentity("follow page", follow);

        // every document the case issued, as printed for its recipients
        JsonNode detail = call("lanhdao.tp", "GET", "/api/v1/cases/" + id, null, 200);
        assertThat(detail.get("documents").size()).isGreaterThanOrEqualTo(8);
        for (JsonNode d : detail.get("documents")) {
            byte[] pdf = mvc.perform(get(d.get("pdf").asString()).header("Authorization", tokens.bearer("lanhdao.tp")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertNoIdentity("PDF " + d.get("kind").asString(),
                        new org.apache.pdfbox.text.PDFTextStripper().getText(document));
            }
            byte[] docx = mvc.perform(get(d.get("docx").asString()).header("Authorization", tokens.bearer("lanhdao.tp")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                 var extractor = new XWPFWordExtractor(document)) {
                assertNoIdentity("DOCX " + d.get("kind").asString(), extractor.getText());
            }
        }
        // the office copy that verifiers and the rest of the office see
        assertNoIdentity("office detail", detail.get("theCase").get("body").asString()
                + detail.get("theCase").get("title").asString() + detail.get("senders").toString());
        // its line in the worklists and among similar letters carries the same masked title
        JsonNode worklist = call("xuly.tp", "GET", "/api/v1/cases?list=ALL&kind=DENUNCIATION&closed=true&size=100",
                null, 200);
        assertThat(worklist.toString()).contains(detail.get("theCase").get("number").asString());
        assertNoIdentity("worklist", worklist.toString());
        assertNoIdentity("similar letters", call("xuly.tp", "GET", "/api/v1/cases/" + id + "/similar", null, 200)
                .toString());

        // the worklist exported to a spreadsheet
        JsonNode export = json.readTree(mvc.perform(post("/api/v1/cases/exports")
                        .header("Authorization", tokens.bearer("lanhdao.tp"))
                        .param("list", "ALL").param("kind", "DENUNCIATION").param("closed", "true"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        java.util.UUID exportId = java.util.UUID.fromString(export.get("id").asString());
        assertThat(exports.awaitEnd(exportId, java.time.Duration.ofSeconds(60)).orElseThrow().ready()).isTrue();
        byte[] xlsx = mvc.perform(get("/api/v1/cases/exports/" + exportId + "/file")
                        .header("Authorization", tokens.bearer("lanhdao.tp")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String sheet = CaseExportIntegrationTests.sheet(xlsx).toString();
        assertThat(sheet).contains(detail.get("theCase").get("number").asString());
        assertNoIdentity("export", sheet);

        // the identity is kept: a leader holding the grant sees it after stating a reason
        JsonNode revealed = call("lanhdao.tp", "POST", "/api/v1/cases/" + id + "/identity/reveal",
                "{\"reason\":\"Gửi thông báo kết quả giải quyết qua bưu điện\"}", 200);
        assertThat(revealed.toString()).contains(name).contains(idNumber);

        // the audit trail (what any export of it shows) and the application log
        String audit = String.join("\n", jdbc.sql("""
                        select coalesce(reason, '') || ' ' || details from audit_entry
                        where entity_id like ? or details like ?""")
                .params("%" + id + "%", "%" + id + "%").query(String.class).list());
        assertThat(audit).isNotBlank();
        assertNoIdentity("audit trail", audit);
        assertNoIdentity("application log", log.getAll());
    }
}
