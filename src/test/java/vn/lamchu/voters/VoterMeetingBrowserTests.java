package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserPage;
import vn.lamchu.support.IntegrationTest;

/**
 * Issue #6 in a real browser: the commune's deputy plans a thematic voter meeting, records it as held with its
 * attendance, and records two opinions (one answered on the spot); each becomes a case; the meeting page shows them on a
 * desktop and on a phone, with the figures and a compilation.
 */
@IntegrationTest
class VoterMeetingBrowserTests {

    @LocalServerPort int port;
    @Autowired Clock clock;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeputyRecordsAVoterMeetingWithTwoOpinions() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        browser = Browser.start(1280, 900);
        BrowserPage page = new BrowserPage(browser, port);
        page.signIn("daibieu.tp");

        page.open("/office/voters");
        assertThat(browser.findElement(By.id("coming-list")).getText()).contains("Hội trường UBND xã Tân Phú");
        page.screenshot("voters-1-index-1280");
        page.click(By.id("plan-meeting"));
        new Select(browser.findElement(By.id("timing"))).selectByValue("THEMATIC");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("startsAt")),
                LegalTime.today(clock) + "T07:00");
        browser.findElement(By.id("venue")).sendKeys("Sân bóng Thôn 2 " + tag);
        browser.findElement(By.id("topic")).sendKeys("Vệ sinh môi trường");
        page.click(browser.findElements(By.cssSelector("input[name=deputyIds]")).get(0));
        page.click(By.id("plan-save"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("held-form")));

        browser.findElement(By.id("votersAttending")).sendKeys("45");
        page.click(By.id("held-save"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-form")));
        assertThat(browser.findElement(By.id("meeting-status")).getText()).contains("45 cử tri tham dự");

        // a too-short opinion is refused next to its field
        browser.findElement(By.id("text")).sendKeys("Ngắn");
        page.click(By.id("opinion-save"));
        assertThat(page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("text-error"))).getText())
                .contains("từ 10 đến 4.000 ký tự");

        WebElement text = browser.findElement(By.id("text"));
        text.clear();
        text.sendKeys("Đề nghị khơi thông cống thoát nước Thôn 2 " + tag);
        browser.findElement(By.id("spotAnswer")).sendKeys("Xã sẽ khơi thông trong tuần tới.");
        browser.findElement(By.id("spotAnswerer")).sendKeys("Phó Chủ tịch UBND xã");
        page.click(By.id("opinion-save"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("raised")));

        new Select(browser.findElement(By.id("kind"))).selectByValue("FEEDBACK");
        browser.findElement(By.id("text")).sendKeys("Phản ánh chó thả rông gây mất an toàn " + tag);
        browser.findElement(By.id("voterName")).sendKeys("Hà Văn Dũng");
        WebElement previous = browser.findElement(By.id("raised"));
        page.click(By.id("opinion-save"));
        // the notice of the first opinion goes away with the page it was on: wait for it, not just for "a notice"
        page.waitFor(10).until(ExpectedConditions.stalenessOf(previous));
        WebElement raised = page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("raised")));
        assertThat(raised.getText()).contains("Văn phòng HĐND và UBND xã Tân Phú");

        String list = browser.findElement(By.id("opinion-list")).getText();
        assertThat(list).contains("khơi thông cống thoát nước Thôn 2 " + tag, "Đã trả lời tại hội nghị",
                "chó thả rông gây mất an toàn " + tag, "Đang giải quyết").doesNotContain("Hà Văn Dũng");
        assertThat(browser.findElement(By.id("opinions-title")).getText()).contains("2", "đã trả lời 1");
        page.screenshot("voters-2-meeting-1280");
        page.assertNoContentSecurityViolations();
        String meeting = browser.getCurrentUrl();
        browser.quit();

        // the same page on a phone
        browser = Browser.start(390, 844);
        page = new BrowserPage(browser, port);
        page.signIn("daibieu.tp");
        browser.get(meeting);
        assertThat(browser.findElement(By.id("opinion-list")).getText()).contains(tag);
        page.screenshot("voters-3-meeting-390");
        page.open("/portal/voters");
        page.screenshot("voters-4-portal-390");
        page.assertNoContentSecurityViolations();

        // the figures and a compilation of the session's opinions, on the phone
        page.open("/office/voters/figures");
        assertThat(browser.findElement(By.id("f-opinions")).getText()).isNotBlank();
        page.screenshot("voters-5-figures-390");
        page.open("/office/voters");
        List<WebElement> compiled = browser.findElements(By.cssSelector("#compilations ul a"));
        if (compiled.isEmpty()) {
            page.click(By.id("compile-button"));
        } else {
            page.click(compiled.get(0));
        }
        assertThat(page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("compilation-counts")))
                .getText()).contains("ý kiến");
        page.screenshot("voters-6-compilation-390");
        page.assertNoContentSecurityViolations();
    }
}
