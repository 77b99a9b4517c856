package vn.lamchu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does on the application's pages: open a path, sign a demo account in, wait, click an element
 * scrolled into view, check that the Content-Security-Policy was never violated, and keep a screenshot in
 * {@code target/screenshots}.
 */
public record BrowserPage(ChromeDriver browser, int port) {

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void open(String path) {
        browser.get(url(path));
    }

    /** Signs a demo account in through the login form and waits for the office. */
    public void signIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        waitFor(10).until(ExpectedConditions.urlMatches("/office$"));
    }

    public FluentWait<WebDriver> waitFor(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }

    public void click(By by) {
        click(browser.findElement(by));
    }

    public void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    public void assertNoContentSecurityViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    public void screenshot(String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
