package vn.lamchu.support;


import java.io.IOException;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

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
        return BrowserUse.waitFor(browser, seconds);
    }

    public void click(By by) {
        click(browser.findElement(by));
    }

    public void click(WebElement element) {
        BrowserUse.click(browser, element);
    }

    public void assertNoContentSecurityViolations() {
        BrowserUse.assertNoContentSecurityViolations(browser);
    }

    public void screenshot(String name) throws IOException {
        BrowserUse.screenshot(browser, name);
    }
}
