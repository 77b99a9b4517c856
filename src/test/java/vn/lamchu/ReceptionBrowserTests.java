package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserUse;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/**
 * Issue #6 in a real browser: the commune's reception officer opens a reception session, records a citizen who raises
 * two matters (a feedback and a complaint), sees both logged as cases with the date by which the citizen must be told
 * (Luật Tiếp công dân 2013, Điều 28); the handling officer then finds both cases in the unit's worklist.
 */
@IntegrationTest
class ReceptionBrowserTests {

    @LocalServerPort int port;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSessionWithTwoMattersRecordedInTheOfficeLandsAsTwoCasesInTheHandlingUnitsWorklist() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String feedback = "Đèn đường thôn 3 hỏng " + tag;
        String complaint = "Khiếu nại việc cấp giấy chứng nhận đất " + tag;

        browser = Browser.start(1280, 900);
        login("tiepnhan.tp");
        browser.get(url("/office/reception"));
        browser.findElement(By.id("receiverTitle")).sendKeys("Chủ tịch UBND xã Tân Phú");
        browser.findElement(By.id("receiverName")).sendKeys("Trần Thị Mai");
        browser.findElement(By.id("place")).sendKeys("Trụ sở UBND xã Tân Phú");
        click(By.id("open-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));

        browser.findElement(By.id("name")).sendKeys("Vũ Văn Dân " + tag);
        browser.findElement(By.id("address")).sendKeys("Thôn 3, xã Tân Phú");
        browser.findElement(By.id("matters0.title")).sendKeys(feedback);
        browser.findElement(By.id("matters0.content")).sendKeys("Ba bóng đèn đường ở thôn 3 hỏng đã hai tuần.");
        new Select(browser.findElement(By.id("matters1.kind"))).selectByValue("COMPLAINT");
        browser.findElement(By.id("matters1.title")).sendKeys(complaint);
        browser.findElement(By.id("matters1.content")).sendKeys("Tôi khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất.");
        browser.findElement(By.id("matters1.spotAnswer")).sendKeys("Hướng dẫn nộp đơn tại Bộ phận Một cửa.");
        screenshot("reception-1-visit-form");
        click(By.id("visit-submit"));
        WebElement recorded = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-recorded")));
        assertThat(recorded.getText()).contains("2 vụ việc");
        List<WebElement> cases = browser.findElements(By.cssSelector("#visits .matter-case"));
        assertThat(cases).hasSize(2);
        String visits = browser.findElement(By.id("visits")).getText();
        assertThat(visits).contains(feedback, complaint, "TCD-28", "Hướng dẫn nộp đơn tại Bộ phận Một cửa.");
        screenshot("reception-2-session");
        assertNoContentSecurityViolations();
        browser.get(url("/office/reception"));
        assertThat(browser.findElement(By.id("sessions")).getText()).contains("Chủ tịch UBND xã Tân Phú");
        screenshot("reception-0-index");
        assertNoContentSecurityViolations();
        browser.quit();

        browser = Browser.start(1280, 900);
        login("xuly.tp");
        browser.get(url("/office/cases?list=UNIT&q=" + tag));
        String results = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("case-results"))).getText();
        assertThat(results).contains(feedback, complaint);
        screenshot("reception-3-worklist");
        assertNoContentSecurityViolations();
        browser.quit();

        // the leader, on a phone: compliance and figures; a citizen: the posted schedule of one commune
        browser = Browser.start(390, 844);
        login("lanhdao.tp");
        browser.get(url("/office/reception/compliance"));
        assertThat(browser.findElement(By.id("compliance")).getText()).contains("TCD-chair-commune");
        screenshot("reception-4-compliance-390");
        browser.get(url("/office/reception/figures"));
        assertThat(Integer.parseInt(browser.findElement(By.id("figure-matters")).getText())).isGreaterThanOrEqualTo(2);
        screenshot("reception-5-figures-390");
        assertNoContentSecurityViolations();
        browser.get(url("/portal/reception"));
        click(By.linkText("Xã Tân Phú"));
        assertThat(browser.findElement(By.id("reception-days")).getText()).contains("Tân Phú").doesNotContain("Bình Minh");
        screenshot("reception-6-portal-390");
        assertNoContentSecurityViolations();
    }

    void login(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
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

    void assertNoContentSecurityViolations() {
        BrowserUse.assertNoContentSecurityViolations(browser);
    }

    void screenshot(String name) throws Exception {
        BrowserUse.screenshot(browser, name);
    }
}
