package vn.lamchu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;
import vn.lamchu.support.Browser;
import vn.lamchu.support.IntegrationTest;

/** A staff member switches on two-step verification and scans the QR code the account page shows. */
@IntegrationTest
class TotpQrCodeBrowserTests {

    private static final String PASSWORD = "mat khau dung 2026";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired OrgDirectory org;
    @Autowired JdbcClient jdbc;
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
    void theAccountPageShowsAQrCodeThatAnAuthenticatorCanRead() throws Exception {
        String username = "qr." + UUID.randomUUID().toString().substring(0, 8);
        createAccount(username);
        signIn(username);

        browser.get("http://localhost:" + port + "/account");
        browser.findElement(By.cssSelector("form[action$='/account/totp/start'] button")).click();
        WebElement qr = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#totp-qr svg")));
        WebElement box = browser.findElement(By.id("totp-qr"));
        assertThat(box.getDomAttribute("role")).isEqualTo("img");
        assertThat(box.getDomAttribute("aria-label")).contains(username);
        assertThat(qr.getSize().getWidth()).isGreaterThanOrEqualTo(150);
        assertThat(qr.getSize().getHeight()).isEqualTo(qr.getSize().getWidth());

        String uri = browser.findElement(By.cssSelector("#totp code")).getText();
        assertThat(uri).startsWith("otpauth://totp/");
        assertThat(decode(box.getScreenshotAs(OutputType.BYTES))).isEqualTo(uri);
        screenshot("account-totp-qr");

        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(qr.getSize().getWidth()).isBetween(200, 390);
        // Bootstrap scrolls smoothly: jump, or the screenshot catches the page half-way
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
        assertThat(decode(box.getScreenshotAs(OutputType.BYTES))).isEqualTo(uri);
        screenshot("account-totp-qr-390");

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    private void createAccount(String username) {
        UUID adminId = jdbc.sql("select id from account where username = 'quantri'").query(UUID.class).single();
        var tenant = org.tenants().stream().filter(t -> t.code().equals("HOA-AN")).findFirst().orElseThrow();
        Actor admin = new Actor(adminId, "quantri", "quantri", tenant.id(),
                org.unitByCode(tenant.id(), "HA").orElseThrow().id(), EnumSet.allOf(Permission.class));
        accounts.create(admin, new AccountService.NewAccount(username, "Người quét mã", null,
                org.unitByCode(tenant.id(), "TP-VP").orElseThrow().id().value(), EnumSet.of(Role.HANDLING_OFFICER),
                PASSWORD));
    }

    private void signIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/office$"));
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
