package vn.lamchu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.Browser;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * Issue #7 in a real browser: the Tân Phú Front officer adds a supervision of the commune People's Committee to the
 * demo plan, notifies, holds the session, reports, concludes and sends a recommendation; the committee's leader
 * answers it (on a phone); the Front assesses the answer; the portal shows the answer.
 */
@IntegrationTest
class SupervisionBrowserTests {

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired RecommendationWatch watch;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void oneSupervisionGoesFromThePlanToAnAnsweredAndAssessedRecommendation() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LegalTime.today(clock);

        // 1. the Front officer: plan → supervision → steps → recommendation
        browser = Browser.start(1280, 900);
        login("mattran.tp");
        browser.get(url("/office/supervision"));
        assertThat(browser.findElement(By.id("figures")).getText()).contains("Cuộc giám sát chủ trì");
        click(browser.findElements(By.cssSelector("a.plan-link")).stream()
                .filter(a -> a.getText().startsWith("Chương trình giám sát năm")).findFirst().orElseThrow());
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("supervision-form")));
        browser.findElement(By.id("sv-title-input")).sendKeys("Giám sát công khai thủ tục hành chính " + tag);
        browser.findElement(By.id("sv-topic")).sendKeys("Việc niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa.");
        new Select(browser.findElement(By.id("sv-subject"))).selectByVisibleText("Ủy ban nhân dân xã Tân Phú");
        setDate(By.id("sv-session"), today.plusDays(20));
        browser.findElement(By.id("sv-team")).sendKeys("Nguyễn Văn An – Chủ tịch Ủy ban MTTQ xã\nTrần Thị Bình – Ủy viên");
        click(By.id("supervision-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-NOTIFY")));
        assertThat(browser.findElement(By.id("dates")).getText()).contains("MTTQ-notice", "MTTQ-report-in");
        click(By.id("submit-NOTIFY"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-HOLD")));
        click(By.id("submit-HOLD"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-TEAM_REPORT")));
        assertThat(browser.findElement(By.id("dates")).getText()).contains("MTTQ-team-report");
        click(By.id("submit-TEAM_REPORT"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-CONCLUDE")));
        browser.findElement(By.id("conclusion-text")).sendKeys("Bộ phận Một cửa chưa niêm yết đủ 12 thủ tục.");
        click(By.id("submit-CONCLUDE"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("conclusion")));
        // an empty recommendation is refused next to its field
        click(By.id("recommendation-submit"));
        WebElement feedback = wait(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#recommendation-form .invalid-feedback")));
        assertThat(feedback.getText()).contains("Nhập nội dung kiến nghị");
        browser.findElement(By.id("rec-text")).sendKeys("Niêm yết đầy đủ 12 thủ tục hành chính còn thiếu " + tag);
        click(By.id("recommendation-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("rec-due")));
        String recommendationUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("rec-state")).getText()).isEqualTo("Chờ trả lời");
        assertThat(browser.findElement(By.id("rec-due")).getText()).contains("MTTQ-reply");
        screenshot("supervision-1-recommendation-1280");
        assertNoContentSecurityViolations();
        browser.quit();

        // 2. the People's Committee's leader answers, on a phone
        browser = Browser.start(390, 844);
        login("lanhdao.tp");
        browser.get(recommendationUrl);
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("answer-form")));
        browser.findElement(By.id("answer-text")).sendKeys("UBND xã đã niêm yết đủ 12 thủ tục ngày hôm nay " + tag + ".");
        click(By.id("answer-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertThat(browser.findElement(By.id("rec-state")).getText()).isEqualTo("Đã trả lời");
        screenshot("supervision-2-answered-390");
        assertNoContentSecurityViolations();
        browser.quit();

        // 3. the Front assesses the answer
        browser = Browser.start(1280, 900);
        login("mattran.tp");
        browser.get(recommendationUrl);
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")));
        click(By.id("assessment-ACCEPTED"));
        click(By.id("assess-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("assessment")));
        assertThat(browser.findElement(By.id("rec-state")).getText()).isEqualTo("Đã đánh giá");
        assertThat(browser.findElement(By.id("assessment")).getText()).contains("Tiếp thu đầy đủ");

        // 4. the portal shows the recommendation with its answer
        browser.get(url("/portal/supervision"));
        assertThat(browser.findElement(By.id("public-recommendations")).getText())
                .contains("Niêm yết đầy đủ 12 thủ tục hành chính còn thiếu " + tag, "UBND xã đã niêm yết đủ 12 thủ tục");
        screenshot("supervision-3-portal-1280");
        assertNoContentSecurityViolations();
    }

    @Test
    void theFrontsPagesWorkOnAPhone() throws Exception {
        watch.run();   // the demo's late recommendation is escalated
        browser = Browser.start(390, 844);
        login("mattran.tp");
        for (String page : new String[] {"", "/board", "/critiques"}) {
            browser.get(url("/office/supervision" + page));
            wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            screenshot("supervision-page" + page.replace('/', '-') + "-390");
        }
        browser.get(url("/office/supervision"));
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Quá hạn");
        assertThat(browser.findElement(By.id("recommendations")).getText()).contains("Quá hạn chưa trả lời");
        assertNoContentSecurityViolations();
    }

    void login(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(By.cssSelector("form button[type=submit]"));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
    }

    void setDate(By by, LocalDate date) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(by), date.toString());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    FluentWait<WebDriver> wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }

    void click(By by) {
        click(browser.findElement(by));
    }

    void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    void assertNoContentSecurityViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    void screenshot(String name) throws Exception {
        Path target = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
