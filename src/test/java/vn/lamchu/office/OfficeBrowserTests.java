package vn.lamchu.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.support.Browser;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/** A new user opens Làm Chủ in a real browser, signs in with a demo account and sees their unit's dashboard. */
@IntegrationTest
class OfficeBrowserTests {

    @LocalServerPort int port;
    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDemoUserSignsInFromTheHomePageAndSeesTheDashboard() throws Exception {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Làm Chủ");

        browser.findElement(By.linkText("Đăng nhập")).click();
        browser.findElement(By.id("username")).sendKeys("xuly.tp");
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        // the click returns before the browser has followed the redirect: wait for it
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.or(
                ExpectedConditions.urlMatches("/office$"), ExpectedConditions.urlContains("error=")));
        assertThat(browser.getCurrentUrl()).endsWith("/office");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Trần Văn Minh");
        assertThat(browser.findElement(By.id("dashboard-unit")).getText()).contains("Văn phòng HĐND và UBND");
        screenshot("dashboard");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(browser.findElement(By.id("stat-units")).isDisplayed()).isTrue();
        screenshot("dashboard-390");

        // no script or style was blocked by the Content-Security-Policy
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    @Test
    void aWrongPasswordShowsAVietnameseMessageOnThePage() {
        browser.get("http://localhost:" + port + "/login");
        // an unknown name gets the same answer as a wrong password, and locks no demo account
        browser.findElement(By.id("username")).sendKeys("khong.ton.tai");
        browser.findElement(By.id("password")).sendKeys("khong dung");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error="));
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("không đúng");
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
