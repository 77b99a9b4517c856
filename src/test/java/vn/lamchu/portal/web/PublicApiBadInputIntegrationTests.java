package vn.lamchu.portal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Every public endpoint answers bad input with a 4xx RFC 9457 problem whose {@code detail} says what is wrong, in
 * Vietnamese by default and in English on request; never a 500, never Spring's own "Failed to read request".
 */
@IntegrationTest
class PublicApiBadInputIntegrationTests {

    private static final String CASES = "/api/v1/public/cases";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    PortalFixtures fixtures;
    String place;
    String code;

    /** A bad request and a word its {@code detail} must contain (null: any explanation). */
    record Bad(String what, AbstractMockHttpServletRequestBuilder<?> request, String detailContains) {
    }

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new PortalFixtures(mvc, json, jdbc, apiTokens);
        place = fixtures.tanPhu().toString();
        code = fixtures.send(fixtures.letter("Thư để thử dữ liệu sai " + UUID.randomUUID().toString().substring(0, 6),
                "Nội dung để thử các yêu cầu sai.", false)).get("code").asString();
    }

    static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** A valid letter with one field replaced by raw JSON. */
    String letterWith(String field, String rawValue) {
        String base = """
                {"kind":"FEEDBACK","category":"HA_TANG","placeUnitId":"%s","title":"Tiêu đề hợp lệ","body":"Nội dung đủ dài để hợp lệ.",
                 "anonymous":false,"sender":{"name":"Lê Văn Thử","phone":"0912345678"},"publishConsent":false}"""
                .formatted(place);
        JsonNode node = json.readTree(base);
        ((tools.jackson.databind.node.ObjectNode) node).set(field, json.readTree(rawValue));
        return node.toString();
    }

    void expectProblems(List<Bad> battery) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Bad bad : battery) {
            for (String language : new String[] {"vi", "en"}) {
                AbstractMockHttpServletRequestBuilder<?> request = bad.request();
                if ("en".equals(language)) {
                    request.header("Accept-Language", "en");
                }
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                soft.assertThat(status).as(bad.what() + " [" + language + "] status; body " + body).isBetween(400, 499);
                soft.assertThat(result.getResponse().getContentType()).as(bad.what() + " content type")
                        .startsWith("application/problem+json");
                String detail = body.isEmpty() ? "" : json.readTree(body).path("detail").asString("");
                soft.assertThat(detail).as(bad.what() + " [" + language + "] detail").isNotBlank().doesNotContain("Content-Type '")
                        .doesNotContain("Failed to read request", "Exception");
                if ("vi".equals(language) && bad.detailContains() != null) {
                    soft.assertThat(detail).as(bad.what() + " detail").contains(bad.detailContains());
                }
                if ("en".equals(language)) {
                    soft.assertThat(detail).as(bad.what() + " in English").doesNotContain("Hãy", "không", "Không", "Content-Type '");
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void submittingALetterRefusesEveryKindOfBadInputWithAClearProblem() throws Exception {
        String tooLong = "x".repeat(20_001);
        List<String> sixFiles = new ArrayList<>(Collections.nCopies(6, "\"" + "a".repeat(64) + "\""));
        String notACommune = new DemoTokens(jdbc, apiTokens).unitId("TP-VP").toString();
        expectProblems(List.of(
                new Bad("no body", post(CASES).contentType(MediaType.APPLICATION_JSON), "Thiếu nội dung"),
                new Bad("not JSON", postJson(CASES, "Xin chào"), "không phải JSON"),
                new Bad("truncated JSON", postJson(CASES, "{\"title\":\"abc"), "không phải JSON"),
                new Bad("a list instead of an object", postJson(CASES, "[]"), "cấu trúc"),
                new Bad("JSON null", postJson(CASES, "null"), "Thiếu nội dung"),
                new Bad("form encoding", post(CASES).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=x"), "không được hỗ trợ"),
                new Bad("plain text", post(CASES).contentType(MediaType.TEXT_PLAIN).content("x"), "không được hỗ trợ"),
                new Bad("empty object", postJson(CASES, "{}"), "phản ánh hoặc kiến nghị"),
                new Bad("a complaint", postJson(CASES, letterWith("kind", "\"COMPLAINT\"")), "phản ánh hoặc kiến nghị"),
                new Bad("a denunciation", postJson(CASES, letterWith("kind", "\"DENUNCIATION\"")), "phản ánh hoặc kiến nghị"),
                new Bad("unknown kind", postJson(CASES, letterWith("kind", "\"GOSSIP\"")), "\"kind\""),
                new Bad("kind as object", postJson(CASES, letterWith("kind", "{}")), "\"kind\""),
                new Bad("anonymous as text", postJson(CASES, letterWith("anonymous", "\"có\"")), "\"anonymous\""),
                new Bad("consent as number", postJson(CASES, letterWith("publishConsent", "[1]")), "\"publishConsent\""),
                new Bad("place not a uuid", postJson(CASES, letterWith("placeUnitId", "\"Tân Phú\"")), "\"placeUnitId\""),
                new Bad("unknown place", postJson(CASES, letterWith("placeUnitId", "\"" + UUID.randomUUID() + "\"")), "xã, phường"),
                new Bad("a unit that is no commune", postJson(CASES, letterWith("placeUnitId", "\"" + notACommune + "\"")), "xã, phường"),
                new Bad("no place", postJson(CASES, letterWith("placeUnitId", "null")), "xã, phường"),
                new Bad("title as list", postJson(CASES, letterWith("title", "[\"a\"]")), "\"title\""),
                new Bad("title too short", postJson(CASES, letterWith("title", "\"Ồn\"")), "Tiêu đề"),
                new Bad("title too long", postJson(CASES, letterWith("title", "\"" + "a".repeat(201) + "\"")), "Tiêu đề"),
                new Bad("body too long", postJson(CASES, letterWith("body", "\"" + tooLong + "\"")), "Nội dung"),
                new Bad("no body text", postJson(CASES, letterWith("body", "null")), "Nội dung"),
                new Bad("unknown category", postJson(CASES, letterWith("category", "\"KHONG_CO\"")), "lĩnh vực"),
                new Bad("huge category", postJson(CASES, letterWith("category", "\"" + "C".repeat(5000) + "\"")), "lĩnh vực"),
                new Bad("no category", postJson(CASES, letterWith("category", "\"  \"")), "lĩnh vực"),
                new Bad("sender as text", postJson(CASES, letterWith("sender", "\"Nguyễn Văn A\"")), "\"sender\""),
                new Bad("no sender, not anonymous", postJson(CASES, letterWith("sender", "null")), "họ và tên"),
                new Bad("sender without contact", postJson(CASES, letterWith("sender", "{\"name\":\"Lê Thử\"}")), "liên hệ"),
                new Bad("bad phone", postJson(CASES, letterWith("sender", "{\"name\":\"Lê Thử\",\"phone\":\"gọi tôi\"}")), "điện thoại"),
                new Bad("bad e-mail", postJson(CASES, letterWith("sender", "{\"name\":\"Lê Thử\",\"email\":\"le@\"}")), "thư điện tử"),
                new Bad("name too long", postJson(CASES, letterWith("sender", "{\"name\":\"" + "A".repeat(301) + "\",\"phone\":\"0912345678\"}")), "300"),
                new Bad("phone as number list", postJson(CASES, letterWith("sender", "{\"name\":\"Lê\",\"phone\":[1]}")), "\"sender.phone\""),
                new Bad("attachments as text", postJson(CASES, letterWith("attachments", "\"abc\"")), "\"attachments\""),
                new Bad("attachment not a hash", postJson(CASES, letterWith("attachments", "[\"../../etc/passwd\"]")), "Tệp"),
                new Bad("attachment null", postJson(CASES, letterWith("attachments", "[null]")), "Tệp"),
                new Bad("unknown attachment", postJson(CASES, letterWith("attachments", "[\"" + "b".repeat(64) + "\"]")), "Tệp"),
                new Bad("six attachments", postJson(CASES, letterWith("attachments", sixFiles.toString())), "5 tệp"),
                new Bad("short idempotency key", postJson(CASES, letterWith("title", "\"Khóa quá ngắn\"")).header("Idempotency-Key", "abc"), "Khóa"),
                new Bad("idempotency key with spaces", postJson(CASES, letterWith("title", "\"Khóa có dấu cách\"")).header("Idempotency-Key", "khóa có dấu cách dài hơn"), "Khóa"),
                new Bad("unknown tenant", postJson(CASES + "?tenant=KHONG-CO", letterWith("title", "\"Tỉnh không có\"")), "tỉnh"),
                new Bad("huge tenant", postJson(CASES + "?tenant=" + "T".repeat(3000), letterWith("title", "\"Tỉnh rất dài\"")), "tỉnh")));
    }

    @Test
    void uploadingAFileRefusesBadInputWithAClearProblem() throws Exception {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        String files = "/api/v1/public/files";
        expectProblems(List.of(
                new Bad("no file part", multipart(files).param("x", "1").with(PublicCaseApiIntegrationTests.from("10.9.1.1")), "chọn một tệp"),
                new Bad("JSON instead of a file", postJson(files, "{\"file\":\"abc\"}"), "chọn một tệp"),
                new Bad("empty file", multipart(files).file(new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]))
                        .with(PublicCaseApiIntegrationTests.from("10.9.1.2")), "rỗng"),
                new Bad("an executable", multipart(files).file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", exe))
                        .with(PublicCaseApiIntegrationTests.from("10.9.1.3")), "Không nhận loại tệp"),
                new Bad("an HTML page", multipart(files).file(new MockMultipartFile("file", "don.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(PublicCaseApiIntegrationTests.from("10.9.1.4")), "Không nhận loại tệp"),
                new Bad("unknown tenant", multipart(files + "?tenant=KHONG-CO").file(new MockMultipartFile("file", "a.txt",
                        "text/plain", "abc".getBytes(StandardCharsets.UTF_8))), "tỉnh")));
    }

    @Test
    void followingAndRatingRefuseBadCodesAndBadRatingsWithAClearProblem() throws Exception {
        String unknown = ReceiptCode.random(new SecureRandom()).value();
        expectProblems(List.of(
                new Bad("short code", get(CASES + "/abc"), "Mã biên nhận"),
                new Bad("wrong check symbol", get(CASES + "/" + code.substring(0, code.length() - 1)
                        + (code.endsWith("0") ? "1" : "0")), "Mã biên nhận"),
                new Bad("letters outside the alphabet", get(CASES + "/LC-UUUU-UUUU-UUUU"), "Mã biên nhận"),
                new Bad("Vietnamese letters", get(CASES + "/{c}", "LC-ĐĐĐĐ-ĐĐĐĐ-ĐĐĐĐ"), "Mã biên nhận"),
                new Bad("very long code", get(CASES + "/" + "A".repeat(2000)), "Mã biên nhận"),
                new Bad("unknown code", get(CASES + "/" + unknown), "Không tìm thấy hồ sơ"),
                new Bad("rating: no body", post(CASES + "/" + code + "/rating").contentType(MediaType.APPLICATION_JSON), "Thiếu nội dung"),
                new Bad("rating: not JSON", postJson(CASES + "/" + code + "/rating", "năm sao"), "không phải JSON"),
                new Bad("rating: no stars", postJson(CASES + "/" + code + "/rating", "{}"), "1 đến 5"),
                new Bad("rating: zero stars", postJson(CASES + "/" + code + "/rating", "{\"stars\":0}"), "1 đến 5"),
                new Bad("rating: six stars", postJson(CASES + "/" + code + "/rating", "{\"stars\":6}"), "1 đến 5"),
                new Bad("rating: stars as words", postJson(CASES + "/" + code + "/rating", "{\"stars\":\"năm\"}"), "\"stars\""),
                new Bad("rating: stars overflow", postJson(CASES + "/" + code + "/rating", "{\"stars\":99999999999999}"), "\"stars\""),
                new Bad("rating: comment too long", postJson(CASES + "/" + code + "/rating",
                        "{\"stars\":3,\"comment\":\"" + "x".repeat(2001) + "\"}"), "2.000"),
                new Bad("rating: comment as object", postJson(CASES + "/" + code + "/rating", "{\"stars\":3,\"comment\":{}}"), "\"comment\""),
                new Bad("rating: nothing to rate yet", postJson(CASES + "/" + code + "/rating", "{\"stars\":3}"), "chưa có câu trả lời"),
                new Bad("rating: malformed code", postJson(CASES + "/xyz/rating", "{\"stars\":3}"), "Mã biên nhận"),
                new Bad("rating: unknown code", postJson(CASES + "/" + unknown + "/rating", "{\"stars\":3}"), "Không tìm thấy hồ sơ")));
    }

    @Test
    void listingsRefuseBadParametersWithAClearProblem() throws Exception {
        String answers = "/api/v1/public/answers";
        expectProblems(List.of(
                new Bad("negative page", get(answers).param("page", "-1"), "trang"),
                new Bad("page as words", get(answers).param("page", "một"), "\"page\""),
                new Bad("page beyond any list", get(answers).param("page", "2147483647"), "trang"),
                new Bad("page size zero", get(answers).param("size", "0"), "100"),
                new Bad("page size too big", get(answers).param("size", "100000"), "100"),
                new Bad("page size as words", get(answers).param("size", "nhiều"), "\"size\""),
                new Bad("query too long", get(answers).param("q", "đèn ".repeat(60)), "200"),
                new Bad("unknown category", get(answers).param("category", "KHONG_CO"), "lĩnh vực"),
                new Bad("unknown tenant", get(answers).param("tenant", "KHONG-CO"), "tỉnh"),
                new Bad("categories of an unknown tenant", get("/api/v1/public/categories").param("tenant", "KHONG-CO"), "tỉnh"),
                new Bad("places of an unknown tenant", get("/api/v1/public/places").param("tenant", "KHONG-CO"), "tỉnh")));
    }
}
