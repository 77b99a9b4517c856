package vn.lamchu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.support.IntegrationTest;

/** The audit log page in headless Chromium: the integrity check runs and its progress is polled by HTMX. */
@IntegrationTest
class AuditBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    ChromeDriver browser;
    AuditFixtures.Staff staff;

    @BeforeEach
    void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "Chromium is required on CI");
            Assumptions.abort("Chromium not installed: apt-get install chromium chromium-driver");
        }
        AuditFixtures fixtures = AuditFixtures.of(context);
        staff = fixtures.staff();
        fixtures.append(staff.tenant(), 30);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
                "--disable-background-networking", "--no-first-run", "--window-size=" + width + "," + height);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(staff.auditor());
        browser.findElement(By.id("password")).sendKeys(AuditFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/office"));
    }

    void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theIntegrityCheckShowsItsResultOnThePageWithoutReloading() throws Exception {
        open(1280, 900);
        browser.get("http://localhost:" + port + "/admin/audit");
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr"))).hasSizeGreaterThanOrEqualTo(30);
        String url = browser.getCurrentUrl();

        browser.findElement(By.id("verify-button")).click();
        String result = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-intact"))).getText();

        assertThat(result).startsWith("Toàn vẹn: ");
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        screenshot("audit-log-1280");
    }

    @Test
    void aBrokenChainIsNamedWithALinkToTheEntry() throws Exception {
        AuditFixtures fixtures = AuditFixtures.of(context);
        var original = fixtures.row(staff.tenant(), 10);
        fixtures.tamper("update audit_entry set entity_id = 'r-99' where tenant_id = '" + staff.tenant().value()
                + "' and seq = 10");
        try {
            open(1280, 900);
            browser.get("http://localhost:" + port + "/admin/audit");
            browser.findElement(By.id("verify-button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-broken")));
            screenshot("audit-broken-1280");
            browser.findElement(By.id("broken-entry-link")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/audit/10"));
            assertThat(browser.findElement(By.id("audit-entry")).getText()).contains("r-99");
        } finally {
            fixtures.tamper("delete from audit_entry where tenant_id = '" + staff.tenant().value() + "' and seq = 10");
            fixtures.reinsert(java.util.List.of(original));
        }
    }

    @Test
    void theLogIsUsableOnAPhone() throws Exception {
        open(390, 844);
        browser.get("http://localhost:" + port + "/admin/audit?entityType=test_record");
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(30);
        screenshot("audit-log-390");
        browser.get(browser.findElement(By.cssSelector("#audit-table tbody tr a")).getAttribute("href"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-entry")));
        screenshot("audit-entry-390");
    }
}
