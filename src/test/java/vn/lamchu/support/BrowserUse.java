package vn.lamchu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser tests do again and again: wait, click what may be off-screen, check the CSP log, keep a picture. */
public final class BrowserUse {

    private BrowserUse() {
    }

    /** A wait that tries again while Chromium reports a node of a page being replaced as "not in the document". */
    public static FluentWait<WebDriver> waitFor(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }

    /** Scrolls the element into the middle of the viewport first (a phone's fixed header would take the click). */
    public static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** The page ran without breaking its Content-Security-Policy (no inline script or style slipped in). */
    public static void assertNoContentSecurityViolations(WebDriver browser) {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    /** Keeps what the user saw under {@code target/screenshots/NAME.png}. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path target = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
