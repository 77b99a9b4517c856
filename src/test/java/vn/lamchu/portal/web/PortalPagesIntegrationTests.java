package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/** The citizen's pages: the feedback form and its messages, the receipt, following a case and rating it, the answers. */
@IntegrationTest
class PortalPagesIntegrationTests {

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

    /** The page with character references resolved (Thymeleaf writes á as &aacute;). */
    static String html(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The text of the element with this id (its first line of text, tags removed). */
    static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : null;
    }

    /** The opening tag of the element with this id. */
    static String tagOf(String html, String id) {
        Matcher m = Pattern.compile("<[^<>]*id=\"" + Pattern.quote(id) + "\"[^<>]*>").matcher(html);
        return m.find() ? m.group() : null;
    }

    MockHttpServletRequestBuilder form(String key, String title, String body) {
        return post("/portal/feedback").with(csrf()).param("idempotencyKey", key).param("kind", "RECOMMENDATION")
                .param("category", "HA_TANG").param("placeUnitId", fixtures.tanPhu().toString())
                .param("title", title).param("body", body).param("anonymous", "false")
                .param("name", "Phạm Văn Gửi").param("phone", "0912 000 111");
    }

    int cases(String title) {
        return jdbc.sql("select count(*) from citizen_case where title = ?").param(title).query(Integer.class).single();
    }

    @Test
    void theFormOffersBothKindsTheCategoriesTheCommunesAndAFreshIdempotencyKey() throws Exception {
        String first = html(mvc.perform(get("/portal/feedback")).andExpect(status().isOk()).andReturn());
        String second = html(mvc.perform(get("/portal/feedback")).andReturn());
        assertThat(first).contains("value=\"FEEDBACK\"", "value=\"RECOMMENDATION\"", "Giao thông, hạ tầng, điện, nước",
                "Xã Tân Phú", "Phường Bình Minh", "Gửi không ghi tên", "enctype=\"multipart/form-data\"", "/js/portal.js");
        assertThat(tagOf(first, "idempotencyKey")).isNotEqualTo(tagOf(second, "idempotencyKey"))
                .contains("value=\"portal-");
        assertThat(first).doesNotContain("style=", "onclick=");
    }

    @Test
    void aFormWithMistakesShowsEachMessageNextToItsFieldInVietnameseAndKeepsWhatWasTyped() throws Exception {
        String title = "Ồn";
        String page = html(mvc.perform(post("/portal/feedback").with(csrf()).param("idempotencyKey", "portal-" + UUID.randomUUID())
                        .param("title", title).param("body", "Quá ngắn").param("anonymous", "false")
                        .param("phone", "gọi tôi").param("email", "khong-phai-thu").param("address", "Thôn 3"))
                .andExpect(status().isOk()).andReturn());

        assertThat(textOf(page, "title-error")).isEqualTo("Tiêu đề phải dài từ 5 đến 200 ký tự.");
        assertThat(tagOf(page, "title")).contains("is-invalid").contains("value=\"Ồn\"");
        assertThat(textOf(page, "body-error")).isEqualTo("Nội dung phải dài từ 10 đến 20.000 ký tự.");
        assertThat(page).contains(">Quá ngắn</textarea>");
        assertThat(textOf(page, "category-error")).isEqualTo("Hãy chọn lĩnh vực.");
        assertThat(textOf(page, "placeUnitId-error")).isEqualTo("Hãy chọn xã, phường nơi xảy ra sự việc.");
        assertThat(textOf(page, "name-error")).isEqualTo("Hãy ghi họ và tên, hoặc chọn gửi không ghi tên.");
        assertThat(textOf(page, "phone-error")).startsWith("Số điện thoại không hợp lệ");
        assertThat(tagOf(page, "phone")).contains("is-invalid").contains("value=\"gọi tôi\"");
        assertThat(textOf(page, "email-error")).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(tagOf(page, "address")).doesNotContain("is-invalid").contains("value=\"Thôn 3\"");
        assertThat(page).contains("Hãy chọn phản ánh hoặc kiến nghị.", "id=\"error-summary\"", "href=\"#title\"");
        assertThat(cases(title)).isZero();
    }

    @Test
    void aTamperedFormGetsMessagesNotAnError() throws Exception {
        String page = html(mvc.perform(post("/portal/feedback").with(csrf()).param("idempotencyKey", "portal-" + UUID.randomUUID())
                        .param("kind", "COMPLAINT").param("placeUnitId", "không phải mã").param("category", "C".repeat(5000))
                        .param("anonymous", "có lẽ").param("attachments[9999]", "x").param("attachments", "../../etc/passwd")
                        .param("title", "Tiêu đề hợp lệ").param("body", "Nội dung hợp lệ đủ dài."))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Hãy chọn phản ánh hoặc kiến nghị.", "Hãy chọn xã, phường nơi xảy ra sự việc.",
                "Không có lĩnh vực", "Giá trị không hợp lệ");
    }

    @Test
    void aSentLetterLeadsToItsReceiptOnceAndTheCodeIsNeverInAnAddress() throws Exception {
        String title = "Xin làm đường ra đồng " + unique();
        String key = "portal-" + UUID.randomUUID();
        MvcResult sent = mvc.perform(form(key, title, "Đề nghị xã bê tông hóa đường ra cánh đồng thôn 2."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/feedback/receipt")).andReturn();
        FeedbackPages.ReceiptView receipt = (FeedbackPages.ReceiptView) sent.getFlashMap().get(FeedbackPages.RECEIPT);
        assertThat(receipt.code()).matches("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        // a double click or a resubmission: the same key, the same receipt, one case
        MvcResult again = mvc.perform(form(key, title, "Đề nghị xã bê tông hóa đường ra cánh đồng thôn 2."))
                .andExpect(status().isFound()).andReturn();
        assertThat(((FeedbackPages.ReceiptView) again.getFlashMap().get(FeedbackPages.RECEIPT)).code()).isEqualTo(receipt.code());
        assertThat(cases(title)).isEqualTo(1);

        String page = html(mvc.perform(get("/portal/feedback/receipt").flashAttr(FeedbackPages.RECEIPT, receipt))
                .andExpect(status().isOk()).andReturn());
        String[] groups = receipt.code().split("-");
        assertThat(page).contains("<span class=\"receipt-group\">" + groups[1] + "</span>",
                "<span class=\"receipt-group\">" + groups[3] + "</span>", "<svg", "js-print",
                "/portal/follow", "Hãy giữ mã này cẩn thận", "Văn phòng HĐND và UBND xã Tân Phú");
        assertThat(textOf(page, "receipt-number")).isEqualTo(receipt.number());
        assertThat(textOf(page, "receipt-due")).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(page).contains(receipt.dueSource());

        mvc.perform(get("/portal/feedback/receipt")).andExpect(status().isFound()).andExpect(redirectedUrl("/portal/follow"));
    }

    @Test
    void aFormFromAnEnglishVisitorIsAnsweredInEnglish() throws Exception {
        String page = html(mvc.perform(post("/portal/feedback").with(csrf()).param("lang", "en")
                        .param("idempotencyKey", "portal-" + UUID.randomUUID()).param("title", "x"))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Please choose feedback or recommendation.", "Please choose a subject.");
    }

    @Test
    void aSignedInStaffMemberWithoutIntakeRightsSendsThroughThePortalAsACitizen() throws Exception {
        MockHttpSession auditor = DemoLogin.as(mvc, "kiemtoan");
        String title = "Cán bộ gửi như người dân " + unique();
        mvc.perform(form("portal-" + UUID.randomUUID(), title, "Đề nghị mở thêm giờ tiếp dân buổi tối.").session(auditor))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/feedback/receipt"));
        assertThat(jdbc.sql("""
                        select s.actor from case_step s join citizen_case c on c.tenant_id = s.tenant_id and c.id = s.case_id
                        where c.title = ? and s.action = 'RECEIVE'""").param(title).query(String.class).single())
                .isEqualTo("public");
    }

    @Test
    void filesChosenOnAFormWithMistakesAreKeptAndSentWithTheLetter() throws Exception {
        byte[] text = ("Danh sách hộ bị ảnh hưởng " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String key = "portal-" + UUID.randomUUID();
        String page = html(mvc.perform(multipart("/portal/feedback")
                        .file(new MockMultipartFile("files", "danh sách.txt", "text/plain", text))
                        .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                        .with(csrf()).with(PublicCaseApiIntegrationTests.from("10.9.2.1"))
                        .param("idempotencyKey", key).param("title", "Ngắn"))
                .andExpect(status().isOk()).andReturn());
        Matcher kept = Pattern.compile("name=\"attachments\" value=\"([0-9a-f]{64})\"").matcher(page);
        assertThat(kept.find()).as("kept file on the form").isTrue();
        String sha = kept.group(1);
        assertThat(page).contains("danh sách.txt");

        String title = "Có danh sách kèm theo " + unique();
        mvc.perform(form(key, title, "Gửi kèm danh sách các hộ bị ảnh hưởng.").param("attachments", sha))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("""
                        select count(*) from case_attachment a join citizen_case c on c.tenant_id = a.tenant_id and c.id = a.case_id
                        where c.title = ? and a.sha256 = ?""").params(title, sha).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusedFileIsNamedNextToTheFileField() throws Exception {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        String page = html(mvc.perform(multipart("/portal/feedback")
                        .file(new MockMultipartFile("files", "ảnh.jpg", "image/jpeg", exe))
                        .with(csrf()).with(PublicCaseApiIntegrationTests.from("10.9.2.2"))
                        .param("idempotencyKey", "portal-" + UUID.randomUUID()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(page, "files-error")).startsWith("Tệp \"ảnh.jpg\": Không nhận loại tệp này");
        assertThat(tagOf(page, "files")).contains("is-invalid");
    }

    @Test
    void followingByCodeShowsTheTimelineAndTheAnswerAndTakesARating() throws Exception {
        String title = "Mương thoát nước bị tắc " + unique();
        JsonNode receipt = fixtures.send(fixtures.letter(title, "Mương thoát nước trước chợ bị tắc, nước tràn lên đường.", false));
        String secret = "LÝ DO NỘI BỘ " + unique();
        fixtures.answer(fixtures.caseId(receipt.get("number").asString()), "Xã đã nạo vét mương ngày 21/11/2026.", secret);

        MockHttpSession session = new MockHttpSession();
        String typed = receipt.get("code").asString().toLowerCase(Locale.ROOT).replace("-", "");
        mvc.perform(post("/portal/follow").with(csrf()).session(session).param("code", typed))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/follow"));
        String page = html(mvc.perform(get("/portal/follow").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains(title, "Đã trả lời", "Xã đã nạo vét mương ngày 21/11/2026.", "Tiếp nhận đơn",
                "name=\"stars\"", "5 sao: rất hài lòng");
        assertThat(page).doesNotContain(secret, "bản nháp", PortalFixtures.SENDER_NAME, PortalFixtures.SENDER_PHONE,
                "Trần Văn Minh", receipt.get("code").asString());

        String missing = html(mvc.perform(post("/portal/follow/rating").with(csrf()).session(session).param("comment", "Tốt"))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(missing, "stars-error")).isEqualTo("Mức đánh giá từ 1 đến 5 sao.");
        assertThat(missing).contains(">Tốt</textarea>");

        MvcResult rated = mvc.perform(post("/portal/follow/rating").with(csrf()).session(session).param("stars", "5"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/follow")).andReturn();
        String after = html(mvc.perform(get("/portal/follow").session(session)
                .flashAttr("rated", rated.getFlashMap().get("rated"))).andReturn());
        assertThat(after).contains("Cảm ơn bạn đã đánh giá.", "Bạn đã đánh giá câu trả lời: 5/5 sao.")
                .doesNotContain("name=\"stars\"");

        mvc.perform(post("/portal/follow/close").with(csrf()).session(session)).andExpect(status().isFound());
        assertThat(html(mvc.perform(get("/portal/follow").session(session)).andReturn())).doesNotContain(title)
                .contains("id=\"code\"");
    }

    @Test
    void aWrongOrUnknownCodeIsExplainedNextToTheField() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String malformed = html(mvc.perform(post("/portal/follow").with(csrf()).session(session).param("code", "LC-12"))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(malformed, "code-error")).startsWith("Mã biên nhận không đúng");
        assertThat(tagOf(malformed, "code")).contains("is-invalid").contains("value=\"LC-12\"");

        String unknown = html(mvc.perform(post("/portal/follow").with(csrf()).session(session)
                        .param("code", ReceiptCode.random(new SecureRandom()).value()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(unknown, "code-error")).isEqualTo("Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy biên nhận.");
        assertThat(session.getAttribute(FollowPages.SESSION_KEY)).isNull();
        // rating without having looked a case up leads back to the look-up
        mvc.perform(post("/portal/follow/rating").with(csrf()).session(session).param("stars", "5"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/portal/follow"));
    }

    @Test
    void publishedAnswersAreFoundWithoutDiacriticsOnThePage() throws Exception {
        String word = "pz" + unique().replaceAll("[^a-z]", "w");
        String title = "Đèn đường cầu Đá " + word;
        JsonNode receipt = fixtures.send(fixtures.letter(title, "Đèn đường ở đầu cầu Đá hỏng đã lâu.", true));
        String id = fixtures.caseId(receipt.get("number").asString());
        fixtures.answer(id, "Đã thay đèn đường ở cầu Đá.", "nội bộ");

        String page = html(mvc.perform(get("/portal/answers").param("q", "den duong cau da " + word))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains(title, "Đã thay đèn đường ở cầu Đá.", "Giao thông, hạ tầng, điện, nước")
                .doesNotContain(PortalFixtures.SENDER_NAME);
        String none = html(mvc.perform(get("/portal/answers").param("q", "khong co gi nhu the " + word)).andReturn());
        assertThat(none).doesNotContain(title).contains("Không tìm thấy câu trả lời nào");
        String bad = html(mvc.perform(get("/portal/answers").param("category", "KHONG_CO").param("page", "abc"))
                .andExpect(status().isOk()).andReturn());
        assertThat(bad).contains("Không có lĩnh vực");
    }

    @Test
    void theHomePageAndTheMenuLeadToTheCitizensServices() throws Exception {
        String home = html(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
        assertThat(home).contains("href=\"/portal/feedback\"", "href=\"/portal/follow\"", "href=\"/portal/answers\"",
                "Câu trả lời đã công khai");
    }
}
