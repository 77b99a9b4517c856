package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.IntegrationTest;

/** The public REST API as a citizen's app uses it: send, follow, rate, read the published answers. */
@IntegrationTest
class PublicCaseApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PortalFixtures(mvc, json, jdbc, apiTokens);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode follow(String code) throws Exception {
        return read(mvc.perform(get("/api/v1/public/cases/{code}", code)).andExpect(status().isOk()).andReturn());
    }

    /** A code with a right check symbol that no case has (55 random bits). */
    static String unknownCode() {
        return ReceiptCode.random(new SecureRandom()).value();
    }

    @Test
    void aLetterIsAcknowledgedWithACodeADateAndItsLegalSourceAndCanBeFollowedByThatCode() throws Exception {
        String title = "Ổ gà đường liên thôn " + unique();
        JsonNode receipt = fixtures.send(fixtures.letter(title, "Đường liên thôn 1 – thôn 2 có nhiều ổ gà sâu, xe máy dễ ngã.", false));

        assertThat(receipt.get("code").asString()).matches("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipt.get("number").asString()).isNotBlank();
        assertThat(receipt.get("firstAnswerDue").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(receipt.get("dueRule").asString()).isNotBlank();
        assertThat(receipt.get("dueSource").asString()).contains("Thông tư");
        assertThat(receipt.get("unitName").asString()).contains("Tân Phú");
        assertThat(receipt.has("caseId")).isFalse();

        // typed as people do: lower case, no dashes, spaces
        String typed = receipt.get("code").asString().toLowerCase(Locale.ROOT).replace("-", " ");
        JsonNode view = follow(typed);
        assertThat(view.get("title").asString()).isEqualTo(title);
        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("statusText").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(view.get("timeline").get(0).get("actionText").asString()).isEqualTo("Tiếp nhận đơn");
        assertThat(view.get("canRate").asBoolean()).isFalse();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameReceiptAndOtherContentWithTheKeyIsAConflict() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        String title = "Nước sinh hoạt đục " + unique();
        String letter = fixtures.letter(title, "Nước máy ở thôn 2 đục và có mùi từ tuần trước.", false);
        JsonNode first = read(mvc.perform(post("/api/v1/public/cases").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).content(letter)).andExpect(status().isCreated()).andReturn());
        JsonNode again = read(mvc.perform(post("/api/v1/public/cases").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).content(letter)).andExpect(status().isOk()).andReturn());

        assertThat(again.get("code").asString()).isEqualTo(first.get("code").asString());
        assertThat(again.get("number").asString()).isEqualTo(first.get("number").asString());
        assertThat(jdbc.sql("select count(*) from citizen_case where title = ?").param(title).query(Integer.class).single())
                .isEqualTo(1);
        mvc.perform(post("/api/v1/public/cases").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                        .content(fixtures.letter(title + " khác", "Một nội dung hoàn toàn khác cho cùng khóa.", false)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("đã được dùng")));
    }

    @Test
    void anUnknownCodeIs404WithOneMessageAndAMalformedCodeIs400() throws Exception {
        JsonNode receipt = fixtures.send(fixtures.letter("Cây đổ chắn đường " + unique(), "Cây to đổ chắn ngang đường thôn 1 từ đêm qua.", false));
        String code = receipt.get("code").asString();
        String unknown1 = unknownCode();
        String unknown2 = unknownCode();

        String detail1 = read(mvc.perform(get("/api/v1/public/cases/" + unknown1)).andExpect(status().isNotFound())
                .andReturn()).get("detail").asString();
        String detail2 = read(mvc.perform(get("/api/v1/public/cases/" + unknown2)).andExpect(status().isNotFound())
                .andReturn()).get("detail").asString();
        String rateUnknown = read(mvc.perform(post("/api/v1/public/cases/" + unknown1 + "/rating")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stars\":5}")).andExpect(status().isNotFound())
                .andReturn()).get("detail").asString();
        assertThat(detail1).isEqualTo(detail2).isEqualTo(rateUnknown).contains("Không tìm thấy hồ sơ");

        // one symbol mistyped: the check symbol catches it
        String typo = code.substring(0, 3) + (code.charAt(3) == '7' ? '8' : '7') + code.substring(4);
        mvc.perform(get("/api/v1/public/cases/" + typo)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Mã biên nhận không đúng")));
        mvc.perform(get("/api/v1/public/cases/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Mã biên nhận không đúng")));
        mvc.perform(get("/api/v1/public/cases/abc").header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.startsWith("Mã"))));
        mvc.perform(get("/api/v1/public/cases/" + code + "?tenant=KHONG-CO")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/public/cases/" + code).param("tenant", "HOA-AN")).andExpect(status().isOk());
    }

    @Test
    void thePublicViewNeverShowsInternalReasonsStaffOrSenderEvenAfterTheOfficeHandledTheCase() throws Exception {
        String title = "Đèn đường xóm Bến " + unique();
        JsonNode receipt = fixtures.send(fixtures.letter(title, "Ba bóng đèn đường ở xóm Bến tắt đã hai tuần.", true));
        String code = receipt.get("code").asString();
        String id = fixtures.caseId(receipt.get("number").asString());
        String secret = "GHI CHÚ NỘI BỘ " + unique();
        fixtures.answer(id, "UBND xã đã thay ba bóng đèn ngày 20/11/2026.", secret);

        String body = mvc.perform(get("/api/v1/public/cases/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("UBND xã đã thay ba bóng đèn ngày 20/11/2026.")
                .doesNotContain(secret, "bản nháp", "Đề xuất nội bộ", PortalFixtures.SENDER_NAME, PortalFixtures.SENDER_PHONE,
                        "Thôn 2, xã Tân Phú", "xuly.tp", "lanhdao.tp", "Trần Văn Minh", "\"reason\"", "actorName",
                        "assignee");
        JsonNode view = json.readTree(body);
        assertThat(view.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(view.get("canRate").asBoolean()).isTrue();
        // an open state the office keeps to itself shows as the state before it
        assertThat(body).doesNotContain("AWAITING_APPROVAL", "REVIEW_REQUESTED");

        // a poor rating goes back to the leader; the citizen sees the case being handled again
        JsonNode rated = read(mvc.perform(post("/api/v1/public/cases/" + code + "/rating")
                .contentType(MediaType.APPLICATION_JSON).content("{\"stars\":2,\"comment\":\"Mới thay một bóng.\"}"))
                .andExpect(status().isOk()).andReturn());
        assertThat(rated.get("rating").asInt()).isEqualTo(2);
        assertThat(rated.get("canRate").asBoolean()).isFalse();
        assertThat(rated.get("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(jdbc.sql("select status from citizen_case where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("REVIEW_REQUESTED");
        String after = mvc.perform(get("/api/v1/public/cases/" + code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain(secret, PortalFixtures.SENDER_NAME, "Trần Văn Minh", "xuly.tp");
        mvc.perform(post("/api/v1/public/cases/" + code + "/rating").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stars\":5}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(Matchers.containsString("đánh giá")));
    }

    @Test
    void aCaseWithoutAnswerCannotBeRated() throws Exception {
        JsonNode receipt = fixtures.send(fixtures.letter("Rác ở bãi sông " + unique(), "Bãi sông có nhiều rác thải đổ trộm.", false));
        mvc.perform(post("/api/v1/public/cases/" + receipt.get("code").asString() + "/rating")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stars\":4}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void publishedAnswersAreFoundWithOrWithoutDiacriticsAndByCategory() throws Exception {
        String word = "kx" + unique().replaceAll("[^a-z]", "q");
        String title = "Đèn đường ngõ Chợ " + word;
        JsonNode receipt = fixtures.send(fixtures.letter(title, "Đèn đường ngõ Chợ không sáng, buổi tối rất nguy hiểm.", true));
        String id = fixtures.caseId(receipt.get("number").asString());
        // the sender consented: the answer is published when it is signed
        fixtures.answer(id, "Đã sửa đèn đường ngõ Chợ.", "nội bộ");
        String withoutConsent = "Đèn đường ngõ Chợ không đồng ý " + word;
        JsonNode other = fixtures.send(fixtures.letter(withoutConsent, "Đèn đường ngõ Chợ vẫn chưa sáng hẳn.", false));
        fixtures.answer(fixtures.caseId(other.get("number").asString()), "Đã kiểm tra đèn ngõ Chợ.", "nội bộ");

        for (String q : new String[] {"den duong " + word, "Đèn đường " + word, "DEN DUONG NGO CHO " + word}) {
            JsonNode page = read(mvc.perform(get("/api/v1/public/answers").param("q", q)).andExpect(status().isOk()).andReturn());
            assertThat(page.get("items").size()).as(q + ": the answer without consent is not published").isEqualTo(1);
            assertThat(page.get("items").get(0).get("title").asString()).isEqualTo(title);
            assertThat(page.get("items").get(0).get("answer").asString()).isEqualTo("Đã sửa đèn đường ngõ Chợ.");
            assertThat(page.get("items").get(0).toString()).doesNotContain(PortalFixtures.SENDER_NAME, "nội bộ");
        }
        JsonNode otherCategory = read(mvc.perform(get("/api/v1/public/answers").param("q", "den duong " + word)
                .param("category", "DAT_DAI")).andExpect(status().isOk()).andReturn());
        assertThat(otherCategory.get("items").size()).isZero();
        JsonNode sameCategory = read(mvc.perform(get("/api/v1/public/answers").param("q", word)
                .param("category", "HA_TANG")).andExpect(status().isOk()).andReturn());
        assertThat(sameCategory.get("items").size()).isEqualTo(1);
    }

    @Test
    void categoriesAndTheCommunesThatExistTodayAreListed() throws Exception {
        JsonNode categories = read(mvc.perform(get("/api/v1/public/categories")).andExpect(status().isOk()).andReturn());
        assertThat(categories.toString()).contains("HA_TANG", "Giao thông, hạ tầng, điện, nước");
        JsonNode english = read(mvc.perform(get("/api/v1/public/categories").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn());
        assertThat(english.toString()).contains("Roads, infrastructure, power and water");

        JsonNode places = read(mvc.perform(get("/api/v1/public/places")).andExpect(status().isOk()).andReturn());
        assertThat(places.findValuesAsString("name")).contains("Xã Tân Phú", "Phường Bình Minh")
                .noneMatch(name -> name.startsWith("Tỉnh") || name.startsWith("Thôn") || name.startsWith("Huyện"));
        assertThat(places.findValuesAsString("id")).contains(fixtures.tanPhu().toString());
    }

    @Test
    void anAttachmentUploadedWithoutAccountCanBeSentWithTheLetter() throws Exception {
        byte[] text = ("Biên bản ghi nhận hiện trạng " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        JsonNode file = read(mvc.perform(multipart("/api/v1/public/files")
                        .file(new MockMultipartFile("file", "biên bản.txt", "text/plain", text))
                        .with(from("10.9.0.1")))
                .andExpect(status().isCreated()).andReturn());
        String sha = file.get("sha256").asString();
        assertThat(file.get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(file.has("createdBy")).isFalse();

        String letter = fixtures.letter("Có biên bản kèm theo " + unique(), "Gửi kèm biên bản ghi nhận hiện trạng.", false)
                .replace("\"publishConsent\":false", "\"publishConsent\":false,\"attachments\":[\"" + sha + "\"]");
        JsonNode receipt = fixtures.send(letter);
        String id = fixtures.caseId(receipt.get("number").asString());
        assertThat(jdbc.sql("select count(*) from case_attachment where case_id = ? and sha256 = ?")
                .params(UUID.fromString(id), sha).query(Integer.class).single()).isEqualTo(1);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
