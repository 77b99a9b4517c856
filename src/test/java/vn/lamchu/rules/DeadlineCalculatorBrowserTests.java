package vn.lamchu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.support.IntegrationTest;

/**
 * The public calculator in headless Chromium at phone width: a citizen without JavaScript submits the plain GET
 * form; with JavaScript, HTMX updates the page in place and keeps the address shareable.
 */
@IntegrationTest
class DeadlineCalculatorBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    private WebDriver open(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--window-size=390,900", "--lang=en-US");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        return browser;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void fillIn(WebDriver page) {
        new Select(page.findElement(By.id("rule"))).selectByValue("KN-1");
        // Chromium's date field in en-US takes the keys in month, day, year order.
        page.findElement(By.id("start")).sendKeys("03022026");
    }

    @Test
    void worksAsAPlainFormWithoutJavaScript() {
        WebDriver page = open(false);
        page.get("http://localhost:" + port + "/deadlines?lang=vi");

        fillIn(page);
        page.findElement(By.id("flag-complex")).click();
        page.findElement(By.cssSelector("#deadline-form button[type=submit]")).click();

        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("due-date")));
        assertThat(page.findElement(By.id("due-date")).getText()).isEqualTo("Thứ Năm, 16/04/2026");
        assertThat(page.getCurrentUrl()).contains("rule=KN-1").contains("start=2026-03-02").contains("complex=true");
    }

    @Test
    void updatesInPlaceWithHtmx() {
        WebDriver page = open(true);
        page.get("http://localhost:" + port + "/deadlines?lang=vi");
        ((JavascriptExecutor) page).executeScript("window.stillTheSamePage = true;");

        new Select(page.findElement(By.id("rule"))).selectByValue("TC-res");
        // Choosing the matter swaps in its own circumstances (no "remote" for a denunciation).
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("flag-veryComplex")));
        assertThat(page.findElements(By.id("flag-remote"))).isEmpty();
        page.findElement(By.id("start")).sendKeys("03022026");
        page.findElement(By.cssSelector("#deadline-form button[type=submit]")).click();

        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("due-date")));
        assertThat(page.findElement(By.id("due-date")).getText()).isEqualTo("Thứ Tư, 01/04/2026");
        assertThat(((JavascriptExecutor) page).executeScript("return window.stillTheSamePage === true")).isEqualTo(true);
        new WebDriverWait(page, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("start=2026-03-02"));
    }
}
