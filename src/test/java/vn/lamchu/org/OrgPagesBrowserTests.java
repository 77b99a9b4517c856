package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/**
 * The organisation pages in headless Chromium, as staff use them: signing in, the unit tree filtered as one types
 * (HTMX), a unit's record on a phone-sized screen, the keyboard reaching the folded tree, and a CSV import from upload
 * to the end of the progress bar. Screenshots go to {@code target/screenshots/}.
 */
@IntegrationTest
class OrgPagesBrowserTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    OrgDirectory org;

    private WebDriverWait wait;
    private String base;
    private TenantId tenant;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver here");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,900", "--lang=vi");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signIn() {
        base = "http://localhost:" + port;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        OrgTestAccounts accounts = new OrgTestAccounts(context);
        tenant = accounts.demoTenant();
        OrgTestAccounts.Account admin = accounts.create(tenant, "HA", "ADMINISTRATOR");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(admin.username());
        browser.findElement(By.id("password")).sendKeys(OrgTestAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/office"));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theUnitTreeFiltersAsOneTypesWithoutDiacritics() throws IOException {
        browser.get(base + "/admin/units");
        assertThat(browser.findElements(By.cssSelector("#unit-results details")).size()).isGreaterThan(5);
        screenshot("units-tree-1280");
        browser.findElement(By.id("q")).sendKeys("phong kinh te");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-results"),
                "Phòng Kinh tế, Hạ tầng và Đô thị phường Bình Minh"));
        assertThat(browser.findElement(By.id("unit-results")).getText()).contains("Phòng Kinh tế xã Tân Phú");
        assertThat(browser.getCurrentUrl()).contains("q=phong");
        screenshot("units-search-1280");
    }

    @Test
    void theKeyboardOpensAFoldedBranchOfTheTree() {
        browser.get(base + "/admin/units");
        WebElement folded = browser.findElements(By.cssSelector("#unit-results details:not([open]) > summary")).get(0);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(folded).perform();
        folded.sendKeys(Keys.SPACE);
        wait.until(d -> folded.findElement(By.xpath("..")).getAttribute("open") != null);
    }

    @Test
    void aUnitsRecordReadsOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/admin/units/" + org.unitByCode(tenant, "SC-PA").orElseThrow().id());
        assertThat(browser.findElement(By.id("successors")).getText()).contains("Xã Tân Phú");
        screenshot("unit-legacy-390");
        browser.get(base + "/admin/units/" + org.unitByCode(tenant, "TP-UBND").orElseThrow().id());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trần Thị Mai");
        screenshot("unit-committee-390");
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
    }

    @Test
    void theFormsShowEachProblemNextToItsField() throws IOException {
        browser.get(base + "/admin/units/new?parent=TP");
        browser.findElement(By.id("code")).sendKeys("TP", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertThat(browser.findElement(By.id("code-error")).getText()).isEqualTo("Mã đơn vị 'TP' đã được dùng.");
        assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("unit-form-errors-1280");
        browser.get(base + "/admin/units/" + org.unitByCode(tenant, "TP-PKT").orElseThrow().id() + "/reorganise?kind=MERGE");
        screenshot("reorganise-merge-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/admin/people?q=nguyen");
        screenshot("people-390");
    }

    @Test
    void anImportRunsFromUploadToTheEndOfTheProgressBar() throws IOException {
        String prefix = OrgTestAccounts.uniquePrefix("B");
        StringBuilder csv = new StringBuilder("ma_don_vi;ten_don_vi;loai_don_vi;ma_don_vi_cha;hieu_luc_tu\n");
        for (int i = 1; i <= 2000; i++) {
            csv.append("%s-%04d;Tổ %d;Khác;BM;01/01/2026\n".formatted(prefix, i, i));
        }
        File file = Files.writeString(Files.createTempFile("don-vi", ".csv"), csv, StandardCharsets.UTF_8).toFile();
        browser.get(base + "/admin/import");
        screenshot("import-1280");
        browser.findElement(By.id("file")).sendKeys(file.getAbsolutePath());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-confirm")));
        screenshot("import-preview-1280");
        browser.findElement(By.id("import-confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-succeeded")));
        assertThat(browser.findElement(By.id("import-progress-text")).getText()).contains("(100%)");
        screenshot("import-done-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("import-done-390");
        file.delete();
    }
}
