package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.VietnameseText;
import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserUse;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * Issue #5 "done when", in a real browser and only through the pages: a complaint taken through both instances and a
 * denunciation through extension, conclusion and publication, as the reception officer, the handling officer, the
 * leader (commune and province) and the citizen on a phone. The citizen's pages and the published decisions never
 * show the denouncer.
 */
@IntegrationTest
class ProceedingBrowserTests {

    @LocalServerPort int port;
    @Autowired MutableClock clock;

    ChromeDriver browser;

    @AfterEach
    void close() {
        clock.reset();
        quit();
    }

    @Test
    void aComplaintGoesThroughBothInstancesInTheBrowser() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        on(LocalDate.of(2026, 11, 2));

        // the reception officer logs the letter handed in at the desk
        signIn("tiepnhan.tp", 1280, 900);
        String caseId = logLetter("COMPLAINT", "Khiếu nại quyết định thu hồi đất thửa 112 " + tag,
                "Tôi khiếu nại Quyết định số 15/QĐ-UBND về thu hồi đất vì diện tích đo sai 12 m².",
                "Trần Thị Khiếu", "0912000112", "001086000112");
        String code = browser.findElement(By.id("receipt-code")).getText();
        quit();

        // the handling officer takes it, classifies it and proposes acceptance
        atCase("xuly.tp", caseId);
        click(By.id("take"));
        waitForNotice();
        classify("COMPLAINT");
        propose("ACCEPT", "Đơn đủ điều kiện, thuộc thẩm quyền giải quyết lần đầu của Chủ tịch UBND xã.");
        quit();

        // the leader approves and signs the acceptance
        approveAs("lanhdao.tp", caseId);
        act("KN_ACCEPT", "sign", Map.of("date", "2026-10-20"));
        assertThat(text("legal-stage")).contains("Đang xác minh");
        quit();

        // the officer verifies, holds the dialogue the differing findings require, and proposes the decision
        atCase("xuly.tp", caseId);
        act("VERIFY", "do", Map.of("text", "Đo đạc lại: diện tích thu hồi đúng hồ sơ.", "matchesRequest", "false"));
        // an invitation gives at least five days' notice (rule KN-dialogue)
        actRefusedAt("date", "SCHEDULE_DIALOGUE", Map.of("date", "2026-11-05", "place", "UBND xã"));
        act("SCHEDULE_DIALOGUE", "do", Map.of("date", "2026-11-09", "place", "Trụ sở UBND xã Tân Phú"));
        on(LocalDate.of(2026, 11, 9));
        openCase(caseId);
        act("HOLD_DIALOGUE", "do", Map.of("attended", "true", "text", "Người khiếu nại giữ nguyên yêu cầu."));
        act("KN_DECIDE", "propose", Map.of("result", "REJECTED",
                "text", "Giữ nguyên Quyết định số 15/QĐ-UBND " + tag + "."));
        screenshot("proceeding-1-complaint-proposed-1280");
        quit();

        on(LocalDate.of(2026, 11, 10));
        approveAs("lanhdao.tp", caseId);
        quit();
        atCase("xuly.tp", caseId);
        act("SEND_DECISION", "do", Map.of());
        assertThat(text("case-documents")).contains("Quyết định giải quyết khiếu nại");
        quit();

        // the complainant, on a phone, reads the decision and sends the second complaint with the receipt code
        on(LocalDate.of(2026, 11, 20));
        phone();
        follow(code);
        assertThat(text("legal-stage")).isNotBlank();
        screenshot("proceeding-2-complaint-follow-390");
        browser.findElement(By.id("appeal-reason")).sendKeys("Tôi không đồng ý vì diện tích đo sai.");
        click(By.id("appeal-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("appeal-sent")));
        assertThat(browser.findElements(By.id("appeal-submit"))).isEmpty();
        screenshot("proceeding-3-complaint-appealed-390");
        assertNoContentSecurityViolations();
        quit();

        // the province's inspectorate accepts the second complaint; its leader signs
        atCase("xuly.tinh", caseId);
        act("KN_ACCEPT", "propose", Map.of());
        quit();
        approveAs("lanhdao.tinh", caseId);
        assertThat(text("instance")).contains("hai");
        quit();
        atCase("xuly.tinh", caseId);
        act("VERIFY", "do", Map.of("text", "Đo lại: thiếu 12 m².", "matchesRequest", "true"));
        act("SCHEDULE_DIALOGUE", "do", Map.of("date", "2026-11-26", "place", "Thanh tra tỉnh"));
        quit();
        on(LocalDate.of(2026, 11, 26));
        atCase("lanhdao.tinh", caseId);
        act("HOLD_DIALOGUE", "do", Map.of("attended", "true", "text", "Thống nhất bồi thường bổ sung."));
        act("KN_DECIDE", "sign", Map.of("result", "PARTLY_UPHELD",
                "text", "Sửa Quyết định số 15/QĐ-UBND: bồi thường thêm 12 m² " + tag + "."));
        act("SEND_DECISION", "do", Map.of());
        act("PUBLISH_DECISION", "do", Map.of("place", "Cổng thông tin điện tử tỉnh"));
        screenshot("proceeding-4-complaint-second-instance-1280");
        quit();

        // the published second-instance decision, as anyone sees it on a phone
        phone();
        browser.get(url("/portal/decisions"));
        assertThat(text("decisions")).contains("bồi thường thêm 12 m² " + tag);
        screenshot("proceeding-5-decisions-390");
        assertNoContentSecurityViolations();
    }

    @Test
    void aDenunciationGoesThroughExtensionConclusionAndPublicationInTheBrowser() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Lưu Thị Tốcáo" + tag.replaceAll("[0-9]", "x");
        String idNumber = "0790" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
        on(LocalDate.of(2026, 11, 2));

        signIn("tiepnhan.tp", 1280, 900);
        String caseId = logLetter("DENUNCIATION", "Tố cáo cán bộ địa chính nhận tiền " + tag,
                "Cán bộ địa chính xã nhận 5 triệu đồng khi làm thủ tục cấp giấy chứng nhận cho tôi.",
                name, "0913" + idNumber.substring(6), idNumber);
        String code = browser.findElement(By.id("receipt-code")).getText();
        quit();

        atCase("xuly.tp", caseId);
        assertThat(text("main")).doesNotContain(name).doesNotContain(idNumber);
        click(By.id("take"));
        waitForNotice();
        classify("DENUNCIATION");
        propose("ACCEPT", "Tố cáo có căn cứ, thuộc thẩm quyền của Chủ tịch UBND xã.");
        quit();

        approveAs("lanhdao.tp", caseId);
        act("TC_ACCEPT", "sign", Map.of("complex", "true"));
        quit();

        atCase("xuly.tp", caseId);
        act("NOTIFY", "do", Map.of());
        act("EXTEND", "propose", Map.of("text", "Cần xác minh tại hai địa điểm."));
        quit();
        approveAs("lanhdao.tp", caseId);
        assertThat(text("extensions")).isEqualTo("1");
        // 30 + 30 days from 2/11 end on New Year's Day 2027, a holiday: the deadline moves to Monday 4 January
        assertThat(text("case-due")).contains("04/01/2027");
        quit();

        atCase("xuly.tp", caseId);
        act("VERIFY", "do", Map.of("text", "Có chứng từ nhận 5 triệu đồng."));
        act("CONCLUDE", "propose", Map.of("result", "PARTLY_TRUE",
                "text", "Kiến nghị kiểm điểm, thu hồi 5 triệu đồng " + tag + "."));
        quit();
        on(LocalDate.of(2026, 11, 16));
        approveAs("lanhdao.tp", caseId);
        quit();
        atCase("xuly.tp", caseId);
        act("SEND_DECISION", "do", Map.of());
        quit();
        atCase("lanhdao.tp", caseId);
        act("ACT_ON_CONCLUSION", "sign", Map.of("text", "Khiển trách; thu hồi 5 triệu đồng."));
        act("PUBLISH_DECISION", "do", Map.of("place", "Niêm yết tại trụ sở UBND xã"));
        assertThat(text("case-documents")).contains("Kết luận nội dung tố cáo");
        screenshot("proceeding-6-denunciation-published-1280");
        quit();

        // the denouncer follows by code on a phone; the public sees the conclusion; no page names the denouncer
        phone();
        follow(code);
        String followPage = browser.getPageSource();
        screenshot("proceeding-7-denunciation-follow-390");
        browser.get(url("/portal/decisions"));
        assertThat(text("decisions")).contains("thu hồi 5 triệu đồng " + tag);
        String decisionsPage = browser.getPageSource();
        for (String page : List.of(followPage, decisionsPage)) {
            for (String secret : List.of(name, idNumber)) {
                assertThat(VietnameseText.fold(page)).doesNotContain(VietnameseText.fold(secret));
            }
        }
        assertNoContentSecurityViolations();
    }

    // — the pages, as a user works them —

    String logLetter(String kind, String title, String body, String sender, String phone, String idNumber) {
        browser.get(url("/office/cases/new"));
        new Select(browser.findElement(By.id("channel"))).selectByValue("RECEPTION");
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("DAT_DAI");
        new Select(browser.findElement(By.id("placeUnitId"))).selectByVisibleText("Xã Tân Phú");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys(body);
        browser.findElement(By.id("senders0.name")).sendKeys(sender);
        browser.findElement(By.id("senders0.address")).sendKeys("Thôn 3, xã Tân Phú");
        browser.findElement(By.id("senders0.phone")).sendKeys(phone);
        browser.findElement(By.id("senders0.idNumber")).sendKeys(idNumber);
        click(By.id("save-letter"));
        wait(15).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
        String path = browser.getCurrentUrl();
        return path.substring(path.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    void classify(String kind) {
        new Select(browser.findElement(By.id("cl-kind"))).selectByValue(kind);
        click(By.cssSelector("input[name=eligibility][value=ELIGIBLE]"));
        click(By.cssSelector("input[name=competence][value=WITHIN]"));
        new Select(browser.findElement(By.id("cl-signatories"))).selectByValue("ONE");
        click(By.id("classify-submit"));
        waitForNotice();
    }

    void propose(String decision, String text) {
        WebElement details = browser.findElement(By.id("decision-" + decision));
        click(details.findElement(By.tagName("summary")));
        details.findElement(By.name("text")).sendKeys(text);
        click(By.id("submit-" + decision));
        waitForNotice();
    }

    /** One step of the procedure from its form on the case page: {@code button} is sign, propose or do. */
    void act(String kind, String button, Map<String, String> fields) {
        WebElement details = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("act-" + kind)));
        if (details.getDomAttribute("open") == null) {
            click(details.findElement(By.tagName("summary")));
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            List<WebElement> inputs = details.findElements(By.name(field.getKey()));
            WebElement input = inputs.get(0);
            String type = input.getDomAttribute("type");
            if ("radio".equals(type) || "checkbox".equals(type)) {
                click(details.findElement(By.cssSelector("input[name=" + field.getKey() + "][value=" + field.getValue() + "]")));
            } else if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(field.getValue());
            } else if ("date".equals(type)) {
                browser.executeScript("arguments[0].value = arguments[1]", input, field.getValue());
            } else {
                input.clear();
                input.sendKeys(field.getValue());
            }
        }
        click(By.id(button + "-" + kind));
        waitForNotice();
    }

    /** The same step, expected to be refused with a message next to {@code field}. */
    void actRefusedAt(String field, String kind, Map<String, String> fields) {
        try {
            act(kind, "do", fields);
        } catch (AssertionError expected) {
            assertRefusedAt(field);
            return;
        }
        throw new AssertionError(kind + " was not refused");
    }

    void assertRefusedAt(String field) {
        WebElement invalid = browser.findElement(By.cssSelector("[name=" + field + "].is-invalid"));
        assertThat(invalid.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".invalid-feedback.d-block")).getText()).isNotBlank();
    }

    void waitForNotice() {
        wait(15).until(d -> !d.findElements(By.id("notice")).isEmpty() || !d.findElements(By.cssSelector("[data-refusal], .is-invalid")).isEmpty());
        List<WebElement> refusals = browser.findElements(By.cssSelector("[data-refusal], .invalid-feedback.d-block"));
        assertThat(refusals).as("refusal on %s: %s", browser.getCurrentUrl(),
                refusals.stream().map(WebElement::getText).toList()).isEmpty();
    }

    void follow(String code) {
        browser.get(url("/portal/follow"));
        browser.findElement(By.id("code")).sendKeys(code);
        click(By.cssSelector("form.js-follow-form button[type=submit]"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
    }

    void openCase(String caseId) {
        browser.get(url("/office/cases/" + caseId));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
    }

    /** A leader signs what is waiting on the case. */
    void approveAs(String user, String caseId) {
        atCase(user, caseId);
        click(By.id("approve"));
        waitForNotice();
    }

    void atCase(String user, String caseId) {
        signIn(user, 1280, 1000);
        openCase(caseId);
    }

    void signIn(String user, int width, int height) {
        browser = Browser.start(width, height);
        browser.manage().timeouts().implicitlyWait(Duration.ofMillis(500));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
    }

    void phone() {
        browser = Browser.start(390, 844);
        browser.manage().timeouts().implicitlyWait(Duration.ofMillis(500));
    }

    void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    void on(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(9, 0)).atZone(LegalTime.VIETNAM).toInstant());
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    FluentWait<WebDriver> wait(int seconds) {
        return BrowserUse.waitFor(browser, seconds);
    }

    void click(By by) {
        BrowserUse.click(browser, browser.findElement(by));
    }

    void click(WebElement element) {
        BrowserUse.click(browser, element);
    }

    void assertNoContentSecurityViolations() {
        BrowserUse.assertNoContentSecurityViolations(browser);
    }

    void screenshot(String name) throws Exception {
        BrowserUse.screenshot(browser, name);
    }
}
