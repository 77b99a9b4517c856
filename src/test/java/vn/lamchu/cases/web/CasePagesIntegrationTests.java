package vn.lamchu.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/**
 * The office's letter pages as the demo commune's reception officer, handling officer and leader use them, and as the
 * other commune's officer who must never see them.
 */
@IntegrationTest
class CasePagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseHandling handling;

    MockHttpSession reception;
    MockHttpSession officer;
    MockHttpSession leader;

    @BeforeEach
    void signIn() throws Exception {
        reception = DemoLogin.as(mvc, "tiepnhan.tp");
        officer = DemoLogin.as(mvc, "xuly.tp");
        leader = DemoLogin.as(mvc, "lanhdao.tp");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    UUID unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(UUID.class).single();
    }

    UUID account(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    int version(UUID id) {
        return jdbc.sql("select version from citizen_case where id = ?").param(id).query(Integer.class).single();
    }

    String number(UUID id) {
        return jdbc.sql("select number from citizen_case where id = ?").param(id).query(String.class).single();
    }

    String statusOf(UUID id) {
        return jdbc.sql("select status from citizen_case where id = ?").param(id).query(String.class).single();
    }

    MockMultipartHttpServletRequestBuilder letter(String title, String body) {
        return letter(title, body, "POST", "0912 345 678");
    }

    MockMultipartHttpServletRequestBuilder letter(String title, String body, String channel, String phone) {
        return letter(title, body, channel, phone, UUID.randomUUID().toString());
    }

    MockMultipartHttpServletRequestBuilder letter(String title, String body, String channel, String phone, String key) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/office/cases")
                .param("idempotencyKey", key).param("channel", channel).param("receivedOn", "").param("kind", "FEEDBACK")
                .param("categoryCode", "HA_TANG").param("placeUnitId", unit("TP").toString())
                .param("title", title).param("body", body)
                .param("senders[0].name", "Nguyễn Văn An").param("senders[0].address", "Thôn 1, xã Tân Phú")
                .param("senders[0].phone", phone);
    }

    /** Logs a letter through the intake form; returns the new case's id. */
    UUID receive(MockHttpSession session, String title) throws Exception {
        return receive(session, title,
                "Đèn đường ở thôn 1 đã hỏng hơn một tháng, buổi tối rất tối, người dân đi lại khó khăn.");
    }

    UUID receive(MockHttpSession session, String title, String body) throws Exception {
        MvcResult result = mvc.perform(letter(title + " " + UUID.randomUUID(), body).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/cases/");
        return UUID.fromString(location.substring("/office/cases/".length()));
    }

    String page(MockHttpSession session, UUID id) throws Exception {
        return mvc.perform(get("/office/cases/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    MvcResult step(MockHttpSession session, UUID id, String action, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/office/cases/" + id + "/" + action).session(session).with(csrf())
                .param("version", Integer.toString(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    void stepDone(MockHttpSession session, UUID id, String action, String... params) throws Exception {
        MvcResult result = step(session, id, action, params);
        assertThat(result.getResponse().getStatus())
                .as("%s refused: %s", action, result.getResponse().getContentAsString().replaceAll("(?s).*role=\"alert\"[^>]*>([^<]*)<.*", "$1"))
                .isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/office/cases/" + id);
    }

    void classify(MockHttpSession session, UUID id, String eligibility, String competence) throws Exception {
        stepDone(session, id, "classify", "kind", "FEEDBACK", "eligibility", eligibility, "ineligibleReason",
                "NOT_ELIGIBLE".equals(eligibility) ? "Đơn không ký tên, không ghi ngày" : "", "competence", competence,
                "signatories", "ONE", "categoryCode", "HA_TANG");
    }

    // ---- scope -----------------------------------------------------------------------------------------------------

    @Test
    void anOfficerOfAnotherCommuneNeverSeesTanPhusCasesNotInListsNorByAddress() throws Exception {
        UUID id = receive(reception, "Cống thoát nước tắc");
        String number = number(id);
        MockHttpSession other = DemoLogin.as(mvc, "xuly.bm");

        String mine = mvc.perform(get("/office/cases").param("list", "ALL").param("q", number).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("id=\"row-" + number + "\"");
        assertThat(mine).contains("id=\"bulk-assign\"").contains("class=\"form-check-input row-select\"");
        String atReception = mvc.perform(get("/office/cases").param("list", "ALL").param("q", number).session(reception))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(atReception).contains("id=\"row-" + number + "\"").doesNotContain("row-select")
                .doesNotContain("id=\"bulk-assign\"");
        for (String list : List.of("ALL", "UNIT", "MINE", "DUE_SOON", "OVERDUE")) {
            String theirs = mvc.perform(get("/office/cases").param("list", list).param("q", number).session(other))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(theirs).doesNotContain("id=\"row-" + number).contains("id=\"no-cases\"");
        }
        mvc.perform(get("/office/cases/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(post("/office/cases/" + id + "/take").param("version", "0").session(other).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
    }

    @Test
    void theWorklistFindsALetterTypedWithoutDiacriticsKeepsItsFiltersAndShowsABadDateBesideItsField() throws Exception {
        String marker = "Kênh mương nội đồng Xóm Đình " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = receive(reception, marker);
        String number = number(id);

        String found = mvc.perform(get("/office/cases").session(officer).param("list", "ALL")
                        .param("q", "kenh muong noi dong xom dinh").param("status", "RECEIVED").param("kind", "FEEDBACK"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("id=\"row-" + number + "\"")
                .containsPattern("<option value=\"RECEIVED\" selected=\"selected\">")
                .contains("href=\"/office/cases?list=MINE&amp;q=kenh%20muong%20noi%20dong%20xom%20dinh&amp;status=RECEIVED&amp;kind=FEEDBACK\"");
        String other = mvc.perform(get("/office/cases").session(officer).param("list", "ALL")
                        .param("q", "kenh muong noi dong xom dinh").param("status", "FILED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("id=\"row-" + number + "\"");

        String bad = mvc.perform(get("/office/cases").session(officer).param("from", "2026-13-01")
                        .param("to", "khong phai ngay").param("page", "-3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"f-from\"").contains("Ngày không hợp lệ (dạng ngày/tháng/năm).")
                .containsPattern("id=\"f-to\"[^>]*is-invalid|is-invalid[^>]*id=\"f-to\"");
    }

    // ---- actions offered ---------------------------------------------------------------------------------------------

    @Test
    void theCasePageOffersOnlyTheStepsThatAreLegalNowAndAllowedToTheActor() throws Exception {
        UUID id = receive(reception, "Rác thải tồn đọng ở chợ");

        String received = page(officer, id);
        assertThat(received).contains("id=\"classify\"").contains("id=\"take\"")
                .doesNotContain("id=\"approve\"").doesNotContain("id=\"decision-ACCEPT\"")
                .doesNotContain("id=\"assign-form\"");
        assertThat(page(reception, id)).contains("id=\"no-actions\"").doesNotContain("id=\"classify\"");

        classify(officer, id, "NOT_ELIGIBLE", "WITHIN");
        String ineligible = page(officer, id);
        assertThat(ineligible).contains("id=\"decision-GUIDE\"").contains("id=\"decision-FILE\"")
                .doesNotContain("id=\"decision-ACCEPT\"").doesNotContain("id=\"decision-ANSWER\"")
                .contains("/propose").doesNotContain("/decide\"").doesNotContain("id=\"approve\"");
        String asLeader = page(leader, id);
        assertThat(asLeader).contains("id=\"decision-FILE\"").contains("/decide\"").doesNotContain("/propose\"")
                .contains("id=\"assign-form\"").doesNotContain("id=\"take\"");
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedNextToTheFormNotWithAnErrorPage() throws Exception {
        UUID id = receive(reception, "Xin cấp giấy phép xây dựng");
        classify(officer, id, "NOT_ELIGIBLE", "WITHIN");

        MvcResult refused = step(officer, id, "propose", "kind", "ACCEPT", "text", "Đề xuất thụ lý");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Chỉ đề xuất thụ lý đơn đủ điều kiện xử lý").contains("id=\"classify\"");
        MvcResult noText = step(officer, id, "propose", "kind", "FILE", "text", " ");
        assertThat(noText.getResponse().getStatus()).isEqualTo(400);
        assertThat(noText.getResponse().getContentAsString()).contains("invalid-feedback d-block")
                .contains("Hãy ghi nội dung");
        assertThat(statusOf(id)).isEqualTo("CLASSIFIED");
    }

    // ---- the whole path ----------------------------------------------------------------------------------------------

    @Test
    void aFeedbackGoesThroughThePagesFromIntakeToAnApprovedAnswer() throws Exception {
        String title = "Đèn đường thôn 1 bị hỏng " + UUID.randomUUID();
        MvcResult logged = mvc.perform(letter(title, "Đèn đường ở thôn 1 đã hỏng hơn một tháng, buổi tối rất tối.")
                        .file(new MockMultipartFile("files", "thu-phan-anh.txt", "text/plain",
                                "Đèn đường thôn 1 hỏng".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(csrf()).session(reception))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = logged.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/office/cases/".length()));
        // the session holds the flash attributes of the redirect, as a browser's would
        String withReceipt = mvc.perform(get(location).session(reception))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(withReceipt).contains("id=\"receipt-code\"").containsPattern("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
                .contains("thu-phan-anh.txt");
        assertThat(page(reception, id)).doesNotContain("id=\"receipt-code\"");

        stepDone(officer, id, "take");
        classify(officer, id, "ELIGIBLE", "WITHIN");
        stepDone(officer, id, "propose", "kind", "ACCEPT", "text", "Thuộc thẩm quyền UBND xã, đề nghị giao Phòng Kinh tế.");
        assertThat(statusOf(id)).isEqualTo("AWAITING_APPROVAL");
        String awaiting = page(leader, id);
        assertThat(awaiting).contains("id=\"pending\"").contains("Thuộc thẩm quyền UBND xã, đề nghị giao Phòng Kinh tế.")
                .contains("id=\"approve\"");
        assertThat(page(officer, id)).doesNotContain("id=\"approve\"");

        stepDone(leader, id, "approve");
        assertThat(statusOf(id)).isEqualTo("IN_HANDLING");
        stepDone(officer, id, "propose", "kind", "ANSWER", "text", "UBND xã đã thay bóng đèn ngày 20/11/2026.");
        stepDone(leader, id, "approve");
        assertThat(statusOf(id)).isEqualTo("ANSWERED");

        String answered = page(officer, id);
        assertThat(answered).contains("id=\"case-answer\"").contains("UBND xã đã thay bóng đèn ngày 20/11/2026.")
                .containsPattern("/office/cases/" + id + "/documents/[0-9a-f-]{36}\\.docx")
                .containsPattern("/office/cases/" + id + "/documents/[0-9a-f-]{36}\\.pdf")
                .contains("Lãnh đạo duyệt").contains("id=\"no-actions\"");
        String file = jdbc.sql("select sha256 from case_attachment where case_id = ?").param(id).query(String.class).single();
        String download = mvc.perform(get("/office/cases/" + id + "/attachments/" + file).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(download).isEqualTo("Đèn đường thôn 1 hỏng");
        mvc.perform(get("/office/cases/" + id + "/attachments/" + "0".repeat(64)).session(officer))
                .andExpect(status().isNotFound());
    }

    @Test
    void afterAPoorRatingTheLeaderIsOfferedToStandByTheAnswerOrHaveItAnsweredAnew() throws Exception {
        String title = "Chợ tạm lấn chiếm lòng đường " + UUID.randomUUID();
        MvcResult logged = mvc.perform(letter(title, "Chợ tạm họp trên lòng đường liên xã, gây ùn tắc buổi sáng.")
                        .param("publishConsent", "true").with(csrf()).session(reception))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(logged.getResponse().getRedirectedUrl().substring("/office/cases/".length()));
        String code = ((vn.lamchu.cases.IntakeReceipt) logged.getFlashMap().get("receipt")).receiptCode();
        classify(officer, id, "ELIGIBLE", "WITHIN");
        stepDone(leader, id, "decide", "kind", "ACCEPT", "text", "Giao Phòng Kinh tế.");
        stepDone(leader, id, "decide", "kind", "ANSWER", "text", "UBND xã đã dời chợ tạm vào khu đất trống.");
        assertThat(statusOf(id)).isEqualTo("ANSWERED");
        TenantId tenant = new TenantId(jdbc.sql("select tenant_id from citizen_case where id = ?").param(id)
                .query(UUID.class).single());
        handling.rate(tenant, ReceiptCode.of(code), 1, "Chợ vẫn họp trên đường");
        assertThat(statusOf(id)).isEqualTo("REVIEW_REQUESTED");

        assertThat(page(officer, id)).doesNotContain("id=\"review-form\"");
        assertThat(page(leader, id)).contains("id=\"review-form\"").contains("id=\"confirm-answer\"")
                .contains("id=\"reopen\"").contains("Chợ vẫn họp trên đường");
        MvcResult noReason = step(leader, id, "review", "outcome", "REOPEN", "reason", "");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(noReason.getResponse().getContentAsString()).contains("Hãy ghi lý do.");
        stepDone(leader, id, "review", "outcome", "REOPEN", "reason", "Kiểm tra lại thực tế, chợ vẫn họp.");
        assertThat(statusOf(id)).isEqualTo("IN_HANDLING");
        // the published answer is answered anew and signed again
        stepDone(leader, id, "decide", "kind", "ANSWER", "text", "UBND xã đã cắm biển cấm và bố trí lực lượng giữ trật tự.");
        assertThat(statusOf(id)).isEqualTo("ANSWERED");
    }

    // ---- concurrency -------------------------------------------------------------------------------------------------

    @Test
    void aFormShownBeforeSomeoneElseChangedTheCaseSaysSoAndChangesNothing() throws Exception {
        UUID id = receive(reception, "Ô nhiễm tiếng ồn");
        int seen = version(id);
        stepDone(officer, id, "take");

        MvcResult stale = mvc.perform(post("/office/cases/" + id + "/classify").session(officer).with(csrf())
                        .param("version", Integer.toString(seen)).param("kind", "FEEDBACK")
                        .param("eligibility", "ELIGIBLE").param("competence", "WITHIN").param("signatories", "ONE"))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("id=\"stale\"")
                .contains("Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang");
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
    }

    // ---- bulk --------------------------------------------------------------------------------------------------------

    @Test
    void bulkAssignReportsPerRowWhatWasDoneAndWhatWasRefusedAndWhy() throws Exception {
        UUID open = receive(reception, "Đường liên thôn xuống cấp");
        UUID filed = receive(reception, "Đơn không rõ nội dung");
        classify(officer, filed, "NOT_ELIGIBLE", "WITHIN");
        stepDone(leader, filed, "decide", "kind", "FILE", "text", "Đơn không đủ điều kiện xử lý, xếp lưu.");
        assertThat(statusOf(filed)).isEqualTo("FILED");

        MvcResult result = mvc.perform(post("/office/cases/bulk").session(leader).with(csrf())
                        .param("action", "ASSIGN").param("assignee", account("xuly.tp").toString())
                        .param("selected", open + ":" + version(open) + ":" + number(open))
                        .param("selected", filed + ":" + version(filed) + ":" + number(filed))
                        .param("back", "/office/cases?list=ALL"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/office/cases?list=ALL");

        // the flash attributes wait for the exact address of the redirect, query string included
        String report = mvc.perform(get("/office/cases?list=ALL").session(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("id=\"bulk-report\"").contains("Kết quả: 1 hồ sơ đã làm, 1 hồ sơ không làm được");
        assertThat(report).containsPattern("data-outcome=\"done\">\\s*<span>Đã làm —</span>\\s*<strong>" + number(open));
        assertThat(report).containsPattern("data-outcome=\"refused\">\\s*<span>Không làm được —</span>\\s*<strong>"
                + number(filed) + "</strong>: <span>Không thể thực hiện bước Giao xử lý khi hồ sơ đang ở trạng thái Đã xếp lưu");
        assertThat(jdbc.sql("select assignee_name from citizen_case where id = ?").param(open).query(String.class).single())
                .isEqualTo("Trần Văn Minh");
    }

    // ---- intake ------------------------------------------------------------------------------------------------------

    @Test
    void theIntakeFormShowsWhatIsMissingNextToTheFieldAndLogsNothing() throws Exception {
        String title = "Thư do Ban Dân nguyện chuyển " + UUID.randomUUID();
        String html = mvc.perform(letter(title, "Nội dung đơn do Ban Dân nguyện chuyển đến, cần xử lý.", "FORWARDED", "abc")
                        .with(csrf()).session(reception))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"intake-errors\"").contains("Số điện thoại không hợp lệ");
        html = mvc.perform(letter(title, "Nội dung đơn do Ban Dân nguyện chuyển đến, cần xử lý.", "FORWARDED", "0912 345 678")
                        .with(csrf()).session(reception))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"forwardedBy-error\"")
                .contains("Đơn do cơ quan khác chuyển đến: hãy ghi tên cơ quan, tổ chức đã chuyển.");
        assertThat(jdbc.sql("select count(*) from citizen_case where title = ?").param(title).query(Integer.class).single())
                .isZero();
        mvc.perform(get("/office/cases/new").session(leader)).andExpect(status().isForbidden());
    }

    /** Regression: a form with its idempotency key failed with a 500 (the key's hash was read as an int). */
    @Test
    void theSameFormSentTwiceLogsTheLetterOnceAndShowsTheSameReceiptCode() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "Cây xanh đổ chắn đường " + UUID.randomUUID();
        MvcResult first = mvc.perform(letter(title, "Cây xanh trước trường tiểu học đổ sau bão, chắn lối đi.", "POST", "0912 345 678", key)
                .with(csrf()).session(reception)).andReturn();
        MvcResult again = mvc.perform(letter(title, "Cây xanh trước trường tiểu học đổ sau bão, chắn lối đi.", "POST", "0912 345 678", key)
                .with(csrf()).session(reception)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        var receipt = (vn.lamchu.cases.IntakeReceipt) again.getFlashMap().get("receipt");
        assertThat(receipt.replay()).isTrue();
        assertThat(receipt.receiptCode())
                .isEqualTo(((vn.lamchu.cases.IntakeReceipt) first.getFlashMap().get("receipt")).receiptCode());
        assertThat(jdbc.sql("select count(*) from citizen_case where title = ?").param(title).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void whileTheOfficerTypesALetterAlreadyLoggedIsShownAsSimilar() throws Exception {
        String body = "Trạm bơm thủy lợi ở cánh đồng Bàu Sen hỏng từ đầu vụ, ruộng của " + UUID.randomUUID()
                + " hộ dân thiếu nước tưới, lúa đang trổ bông.";
        UUID id = receive(reception, "Trạm bơm thủy lợi hỏng", body);
        String html = mvc.perform(post("/office/cases/new/similar").session(reception).with(csrf())
                        .header("HX-Request", "true")
                        .param("title", "Trạm bơm thủy lợi hỏng")
                        .param("body", body.replace("lúa đang trổ bông", "lua dang tro bong"))
                        .param("placeUnitId", unit("TP").toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<div id=\"similar\"").contains("similar-" + id).contains("target=\"_blank\"");
    }

    // ---- dashboard -----------------------------------------------------------------------------------------------------

    @Test
    void theLeadersDeskCountsTheWorklistsAndShowsTheUnreadNoticeUntilTheCaseIsOpened() throws Exception {
        UUID id = receive(reception, "Hệ thống nước sạch yếu");
        classify(officer, id, "ELIGIBLE", "WITHIN");
        stepDone(officer, id, "propose", "kind", "ACCEPT", "text", "Đề nghị giao Phòng Kinh tế kiểm tra.");
        String notice = "Hồ sơ " + number(id) + " chờ lãnh đạo duyệt";

        String desk = mvc.perform(get("/office").session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(desk).contains("id=\"worklist-AWAITING_APPROVAL\"").contains(notice)
                .contains("href=\"/office/cases?list=AWAITING_APPROVAL\"");
        page(leader, id);
        assertThat(mvc.perform(get("/office").session(leader)).andReturn().getResponse().getContentAsString())
                .doesNotContain(notice);
    }
}
