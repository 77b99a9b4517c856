package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserUse;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Issue #5 item 4 in a real browser: an unsigned denunciation is logged at the commune; its writer, on a phone and
 * with nothing but the receipt code, asks a question; the commune's officer reads it in the case page's lazy section
 * and answers; the writer reads the answer from "the handling office".
 */
@IntegrationTest
class AnonymousFollowUpBrowserTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnonymousWriterAsksByCodeAndReadsTheOfficesAnswer() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        String out = mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"POST","kind":"DENUNCIATION","title":"Thư không ký tên về cán bộ địa chính %s",
                                 "body":"Cán bộ địa chính xã nhận tiền khi làm thủ tục cấp giấy chứng nhận.","category":"DAT_DAI",
                                 "placeUnitId":"%s","anonymous":true,"senders":[]}"""
                                .formatted(UUID.randomUUID().toString().substring(0, 6), tokens.unitId("TP"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode receipt = json.readTree(out);
        String code = receipt.get("receiptCode").asString();
        String caseId = receipt.get("caseId").asString();

        // 1. the writer, on a phone, with the code only
        browser = Browser.start(390, 844);
        follow(code);
        assertThat(browser.findElement(By.id("messages-warning")).getText()).contains("đừng ghi họ tên");
        browser.findElement(By.id("message-text")).sendKeys("Tôi có ảnh chụp biên lai. Gửi bằng cách nào để không lộ tên?");
        click(By.id("message-send"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("message-sent")));
        screenshot("messages-1-follow-390");
        assertNoContentSecurityViolations();
        browser.quit();

        // 2. the commune's officer reads it on the case page and answers
        browser = Browser.start(1280, 900);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("xuly.tp");
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
        browser.get(url("/office/cases/" + caseId));
        WebElement list = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("messages-list")));
        assertThat(list.getText()).contains("Tôi có ảnh chụp biên lai", "Mới");
        browser.findElement(By.id("message-text")).sendKeys("Bạn gửi ảnh qua bưu điện đến Văn phòng UBND xã, không cần ghi tên.");
        click(By.id("message-send"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("message-sent")));
        click(By.id("messages-title"));
        screenshot("messages-2-office-1280");
        assertNoContentSecurityViolations();
        browser.quit();

        // 3. the writer reads the answer, from "the handling office"
        browser = Browser.start(390, 844);
        follow(code);
        String thread = browser.findElement(By.id("messages-list")).getText();
        String officer = jdbc.sql("select display_name from account where username = 'xuly.tp'").query(String.class).single();
        assertThat(thread).contains("Cơ quan xử lý", "Bạn gửi ảnh qua bưu điện").doesNotContain(officer);
        screenshot("messages-3-answered-390");
        assertNoContentSecurityViolations();
    }

    void follow(String code) {
        browser.get(url("/portal/follow"));
        browser.findElement(By.id("code")).sendKeys(code);
        click(By.cssSelector("form.js-follow-form button[type=submit]"));
        WebElement section = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", section);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    FluentWait<WebDriver> wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
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
