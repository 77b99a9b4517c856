package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.Browser;
import vn.lamchu.support.IntegrationTest;

/** A citizen on a phone (390 × 844) sends feedback, reads the code off the receipt and follows the case with it. */
@IntegrationTest
class PortalBrowserTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start(390, 844);
        viewport(390, 844, false);
    }

    /** Headless Chromium keeps windows at least 500 px wide: emulate the phone's viewport itself. */
    void viewport(int width, int height, boolean mobile) {
        browser.manage().window().setSize(new Dimension(Math.max(width, 500), height));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void aCitizenOnAPhoneSendsFeedbackWithAPhotoReadsTheCodeAndFollowsTheCase() throws Exception {
        browser.get(url("/"));
        screenshot("portal-home-390");
        click(By.cssSelector("main a[href='/portal/feedback']"));
        waiting().until(ExpectedConditions.urlContains("/portal/feedback"));

        String title = "Đèn đường thôn 2 tắt " + UUID.randomUUID().toString().substring(0, 6);
        click(By.id("kind1"));
        new Select(browser.findElement(By.id("category"))).selectByValue("HA_TANG");
        new Select(browser.findElement(By.id("placeUnitId"))).selectByVisibleText("Xã Tân Phú");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys("Cả dãy đèn đường thôn 2 tắt từ thứ Hai, buổi tối đi lại rất nguy hiểm.");
        browser.findElement(By.id("name")).sendKeys("Hoàng Thị Thử");
        browser.findElement(By.id("phone")).sendKeys("0903 111 222");
        Path photo = Files.createDirectories(Path.of("target", "browser-files")).resolve("bien-ban.txt").toAbsolutePath();
        Files.writeString(photo, "Biên bản " + UUID.randomUUID(), StandardCharsets.UTF_8);
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        screenshot("portal-feedback-390");
        click(By.cssSelector("form.portal-form button[type=submit]"));

        waiting().until(ExpectedConditions.urlContains("/portal/feedback/receipt"));
        List<WebElement> groups = browser.findElements(By.className("receipt-group"));
        String code = groups.stream().map(WebElement::getText).collect(Collectors.joining("-"));
        assertThat(code).matches("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(browser.getCurrentUrl()).doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(browser.findElement(By.id("receipt-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.cssSelector(".receipt-qr svg")).isDisplayed()).isTrue();
        assertThat(widthOf(".receipt-code")).as("the code fits the phone's width").isLessThanOrEqualTo(390);
        screenshot("portal-receipt-390");
        assertThat(jdbc.sql("""
                        select count(*) from case_attachment a join citizen_case c on c.tenant_id = a.tenant_id and c.id = a.case_id
                        where c.title = ?""").param(title).query(Integer.class).single()).isEqualTo(1);

        click(By.cssSelector("main a[href='/portal/follow']"));
        waiting().until(ExpectedConditions.urlContains("/portal/follow"));
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT).replace("-", ""));
        click(By.cssSelector("form.js-follow-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
        assertThat(browser.findElement(By.id("case-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(browser.getCurrentUrl()).doesNotContain(code.substring(3, 7));
        screenshot("portal-follow-390");
        assertNoContentSecurityViolations();
    }

    @Test
    void theLinkInTheQrCodeFillsInTheCodeAndLeavesNoCodeInTheAddress() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(mvc, json, jdbc, apiTokens);
        String title = "Cống thoát nước bị vỡ " + UUID.randomUUID().toString().substring(0, 6);
        String code = fixtures.send(fixtures.letter(title, "Cống thoát nước đầu thôn 1 bị vỡ, nước tràn.", false))
                .get("code").asString();

        browser.get(url("/portal/follow#" + code));
        waiting().until(driver -> code.equals(driver.findElement(By.id("code")).getDomProperty("value")));
        assertThat(browser.getCurrentUrl()).doesNotContain("#").doesNotContain(code);
        click(By.cssSelector("form.js-follow-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
        assertThat(browser.findElement(By.id("case-title")).getText()).isEqualTo(title);
    }

    @Test
    void aFormSentWithMistakesShowsTheMessagesAndTheSummaryOnAPhone() throws Exception {
        browser.get(url("/portal/feedback"));
        click(By.id("anonymous2"));
        assertThat(browser.findElement(By.id("sender-fields")).isDisplayed()).as("contact fields hidden").isFalse();
        assertThat(browser.findElement(By.id("anonymous-help")).isDisplayed()).isTrue();
        browser.findElement(By.id("title")).sendKeys("Ồn");
        click(By.cssSelector("form.portal-form button[type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo("Tiêu đề phải dài từ 5 đến 200 ký tự.");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Ồn");
        assertThat(browser.findElement(By.id("anonymous2")).isSelected()).isTrue();
        screenshot("portal-feedback-errors-390");
        viewport(1280, 900, false);
        screenshot("portal-feedback-errors-1280");
        assertNoContentSecurityViolations();
    }

    @Test
    void thePagesLookRightOnADesktopToo() throws Exception {
        viewport(1280, 900, false);
        for (String page : new String[] {"/", "/portal/feedback", "/portal/follow", "/portal/answers?q=den+duong"}) {
            browser.get(url(page));
            assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).as(page).isTrue();
            screenshot("portal-" + (page.equals("/") ? "home" : page.substring(8).replaceAll("\\W.*", "")) + "-1280");
        }
        viewport(390, 844, false);
        browser.get(url("/portal/answers?q=den+duong"));
        screenshot("portal-answers-390");
        assertNoContentSecurityViolations();
    }

    /** Clicks as a finger would, after scrolling the element to the middle of the screen. */
    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private long widthOf(String selector) {
        Object width = browser.executeScript("return Math.ceil(document.querySelector(arguments[0]).scrollWidth)", selector);
        return ((Number) width).longValue();
    }

    private void assertNoContentSecurityViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
