package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserUse;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/**
 * Issue #4's whole path in a real browser: a citizen on a phone sends feedback about the wrong commune; Xã Tân Phú's
 * officer classifies it as outside its competence and proposes forwarding it to Phường Bình Minh; the leader signs
 * the forwarding letter; the ward's officer takes it up and drafts the answer, its leader signs it; the citizen follows
 * the case by its code on the phone, reads the answer and rates it poorly, which sends it back to the ward's leader.
 */
@IntegrationTest
class FeedbackJourneyBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void submitClassifyForwardAnswerFollowByCodeAndRate() throws Exception {
        // 1. the citizen, on a phone
        browser = Browser.start(390, 844);
        browser.get(url("/portal/feedback"));
        String title = "Chợ tạm lấn chiếm lòng đường " + UUID.randomUUID().toString().substring(0, 6);
        click(By.id("kind1"));
        new Select(browser.findElement(By.id("category"))).selectByValue("TRAT_TU_XAY_DUNG");
        new Select(browser.findElement(By.id("placeUnitId"))).selectByVisibleText("Xã Tân Phú");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys(
                "Cho tam o dau cau Binh Minh lan chiem long duong tu sang som, xe may va xe dap di lai rat nguy hiem.");
        browser.findElement(By.id("name")).sendKeys("Lý Thị Mai");
        browser.findElement(By.id("phone")).sendKeys("0914 222 333");
        click(By.id("publishConsent1"));
        screenshot("journey-1-feedback-390");
        click(By.cssSelector("form.portal-form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlContains("/portal/feedback/receipt"));
        String code = browser.findElements(By.className("receipt-group")).stream().map(WebElement::getText)
                .collect(Collectors.joining("-"));
        assertThat(code).matches("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        String number = browser.findElement(By.id("receipt-number")).getText();
        screenshot("journey-2-receipt-390");
        assertNoContentSecurityViolations();
        browser.quit();

        // 2. the commune's officer classifies it as outside its competence and proposes forwarding it
        browser = Browser.start(1280, 900);
        signIn("xuly.tp");
        openCase(number, title);
        click(By.id("take"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "nhận xử lý"));
        click(By.cssSelector("label[for='eligibility1']"));
        click(By.cssSelector("label[for='competence2']"));
        click(By.id("classify-submit"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "phân loại"));
        click(By.cssSelector("#decision-FORWARD summary"));
        new Select(browser.findElement(By.id("target-unit-FORWARD")))
                .selectByVisibleText("Văn phòng HĐND và UBND phường Bình Minh");
        browser.findElement(By.id("text-FORWARD")).sendKeys("Chợ tạm ở đầu cầu Bình Minh thuộc địa bàn phường Bình Minh.");
        screenshot("journey-3-forward-1280");
        click(By.id("submit-FORWARD"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("pending")));
        signOutAndIn("lanhdao.tp");
        openCase(number, title);
        click(By.id("approve"));
        // signed and forwarded: the case leaves the commune for the ward
        wait(10).until(driver -> "BM-VP".equals(jdbc.sql("""
                        select u.code from citizen_case c join org_unit u on u.id = c.handling_unit_id where c.number = ?""")
                .param(number).query(String.class).single()));
        // the commune still finds what it forwarded, with its letter, but can no longer act on it
        openCase(number, title);
        assertThat(browser.findElement(By.id("case-documents")).getText()).containsPattern("Chuyển đơn — số \\d+/UBND-VP");
        assertThat(browser.findElements(By.id("take"))).isEmpty();
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        screenshot("journey-3b-forwarded-1280");

        // 3. the ward's officer takes it up and drafts the answer; the ward's leader signs both
        signOutAndIn("xuly.bm");
        openCase(number, title);
        assertThat(browser.findElement(By.id("case-documents")).getText()).containsPattern("Chuyển đơn — số \\d+/UBND-VP");
        click(By.id("take"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "nhận xử lý"));
        click(By.cssSelector("label[for='eligibility1']"));
        click(By.cssSelector("label[for='competence1']"));
        click(By.id("classify-submit"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "phân loại"));
        click(By.cssSelector("#decision-ACCEPT summary"));
        browser.findElement(By.id("text-ACCEPT")).sendKeys("Thuộc thẩm quyền UBND phường.");
        click(By.id("submit-ACCEPT"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("pending")));
        signOutAndIn("lanhdao.bm");
        openCase(number, title);
        click(By.id("approve"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-badges"), "Đang giải quyết"));
        signOutAndIn("xuly.bm");
        openCase(number, title);
        click(By.cssSelector("#decision-ANSWER summary"));
        String answer = "UBND phường đã làm việc với Ban quản lý chợ; từ ngày 25/11/2026 chợ tạm không họp trên lòng đường.";
        browser.findElement(By.id("text-ANSWER")).sendKeys(answer);
        click(By.id("submit-ANSWER"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("pending")));
        signOutAndIn("lanhdao.bm");
        openCase(number, title);
        screenshot("journey-4-approve-answer-1280");
        click(By.id("approve"));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-badges"), "Đã trả lời"));
        assertThat(browser.findElement(By.id("case-documents")).getText()).containsPattern("Trả lời — số \\d+/UBND-VP");
        screenshot("journey-5-answered-1280");
        browser.quit();

        // 4. the citizen follows the case by its code on the phone, reads the answer and rates it
        browser = Browser.start(390, 844);
        browser.get(url("/portal/follow"));
        browser.findElement(By.id("code")).sendKeys(code.replace("-", " ").toLowerCase());
        click(By.cssSelector("form.js-follow-form button[type=submit]"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-answer")));
        assertThat(browser.findElement(By.id("case-answer")).getText()).contains(answer);
        String timeline = browser.findElement(By.id("case-timeline")).getText();
        assertThat(timeline).contains("Chuyển đơn", "Văn phòng HĐND và UBND phường Bình Minh", "Trả lời")
                .doesNotContain("Thuộc thẩm quyền UBND phường.", "Lê Văn Hùng", "xuly.bm");
        screenshot("journey-6-follow-390");
        click(By.cssSelector("label[for='stars2']"));
        browser.findElement(By.id("comment")).sendKeys("Chợ vẫn họp trên đường vào buổi sáng.");
        click(By.cssSelector("form[action='/portal/follow/rating'] button[type=submit]"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-rating")));
        screenshot("journey-7-rated-390");
        assertNoContentSecurityViolations();
        assertThat(jdbc.sql("select status from citizen_case where number = ?").param(number).query(String.class).single())
                .isEqualTo("REVIEW_REQUESTED");
        assertThat(jdbc.sql("""
                        select count(*) from case_notice n join citizen_case c on c.id = n.case_id
                        where c.number = ? and n.kind = 'RATED_POOR'""").param(number).query(Integer.class).single())
                .isEqualTo(1);
    }

    void openCase(String number, String title) {
        browser.get(url("/office/cases?list=ALL&q=" + number));
        click(wait(10).until(ExpectedConditions.presenceOfElementLocated(By.linkText(title))));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
    }

    void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
    }

    void signOutAndIn(String username) {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds))
                // Chromium may report a node of the page being replaced as "not in the document": try again
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    void click(By by) {
        click(browser.findElement(by));
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
