package vn.lamchu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserPage;
import vn.lamchu.support.IntegrationTest;

/** The statistics page in a real browser, reached from the staff navigation on a desktop, and on a phone. */
@IntegrationTest
class StatisticsBrowserTests {

    @LocalServerPort int port;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    void show(int width, String user, String name) throws Exception {
        browser = Browser.start(width, 900);
        BrowserPage page = new BrowserPage(browser, port);
        page.signIn(user);
        if (width >= 992) {
            page.click(By.cssSelector("a.nav-link[href='/office/statistics']"));
        } else {
            page.open("/office/statistics");
        }
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("stat-received")));
        assertThat(browser.findElement(By.id("figures-title")).getText()).contains("từ 01/01/");
        assertThat(browser.findElements(By.cssSelector("#unit option"))).isNotEmpty();
        page.assertNoContentSecurityViolations();
        page.screenshot(name);
    }

    @Test
    void aLeaderPicksAQuarterOnADesktop() throws Exception {
        show(1280, "quantri", "statistics-1-province-1280");
        new Select(browser.findElement(By.id("quarter"))).selectByValue("4");
        new BrowserPage(browser, port).click(By.cssSelector("#statistics-form button[type=submit]"));
        new BrowserPage(browser, port).waitFor(10).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("figures-title"), "01/10/"));
        new BrowserPage(browser, port).screenshot("statistics-2-quarter-1280");
    }

    @Test
    void anOfficerReadsItOnAPhone() throws Exception {
        show(390, "xuly.tp", "statistics-3-commune-390");
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        browser.executeScript("document.getElementById('by-kind').scrollIntoView()");
        new BrowserPage(browser, port).screenshot("statistics-4-commune-tables-390");
    }
}
