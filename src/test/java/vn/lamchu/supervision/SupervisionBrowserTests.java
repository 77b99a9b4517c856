package vn.lamchu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.Browser;
import vn.lamchu.support.BrowserUse;
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
        // and plans a follow-up supervision of how it is carried out
        setDate(By.id("follow-up-date"), today.plusDays(30).getYear() == today.getYear() ? today.plusDays(30)
                : today.withDayOfMonth(28).withMonth(12));
        click(By.id("follow-up-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("follows")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Giám sát lại việc thực hiện kiến nghị KN-");
        click(browser.findElement(By.cssSelector("#follows a")));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-link")));

        // 4. the portal shows the recommendation with its answer
        browser.get(url("/portal/supervision"));
        assertThat(browser.findElement(By.id("public-recommendations")).getText())
                .contains("Niêm yết đầy đủ 12 thủ tục hành chính còn thiếu " + tag, "UBND xã đã niêm yết đủ 12 thủ tục");
        screenshot("supervision-3-portal-1280");
        assertNoContentSecurityViolations();
    }

    /**
     * Issue #7 "done when": a Front supervision with two recommendations, one answered and one escalated by the watch
     * the day after its due date, and an inspection-board check, all through the pages; the Front's figures and the
     * recommendation letter show them.
     */
    @Test
    void aFrontSupervisionWithOneAnsweredAndOneEscalatedRecommendationAndABoardCheck() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate day = LocalDate.of(2026, 10, 1);
        // the figures as they will be read forty days on, before this supervision
        on(day.plusDays(40));
        browser = Browser.start(1280, 900);
        login("mattran.tp");
        java.util.Map<String, Integer> before = figures();
        browser.quit();

        on(day);
        browser = Browser.start(1280, 900);
        login("mattran.tp");
        String supervision = supervise("mattran.tp", "Chương trình giám sát năm", "Giám sát thu quỹ " + tag, day);
        String answered = recommend(supervision, "Công khai thu chi quỹ đường thôn " + tag);
        String escalated = recommend(supervision, "Hoàn trả khoản thu vượt quy định " + tag);
        // the recommendation letter names both
        String letter = pdfText(supervision + "/documents/RECOMMENDATION.pdf");
        assertThat(letter).contains("Công khai thu chi quỹ đường thôn " + tag, "Hoàn trả khoản thu vượt quy định " + tag);
        browser.quit();

        browser = Browser.start(390, 844);
        login("lanhdao.tp");
        browser.get(answered);
        browser.findElement(By.id("answer-text")).sendKeys("Đã niêm yết thu chi quỹ tại nhà văn hóa thôn " + tag + ".");
        click(By.id("answer-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        browser.quit();

        // the inspection board checks the one-stop shop with five working days' notice
        browser = Browser.start(1280, 900);
        login("bttnd.tp");
        String check = supervise("bttnd.tp", null, "Kiểm tra Bộ phận Một cửa " + tag, day);
        recommend(check, "Niêm yết đường dây nóng tại Bộ phận Một cửa " + tag);
        screenshot("supervision-4-board-check-1280");
        browser.quit();

        // the day after the due date the watch escalates the unanswered one, once
        on(day.plusDays(40));
        watch.run();
        watch.run();
        browser = Browser.start(1280, 900);
        login("mattran.tp");
        browser.get(escalated);
        assertThat(browser.findElement(By.id("rec-escalated")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("rec-state")).getText()).contains("Quá hạn");
        screenshot("supervision-5-escalated-1280");
        browser.get(answered);
        assertThat(browser.findElements(By.id("rec-escalated"))).isEmpty();
        java.util.Map<String, Integer> after = figures();
        screenshot("supervision-6-figures-1280");
        assertThat(after.get("led") - before.get("led")).isEqualTo(1);
        assertThat(after.get("inspections") - before.get("inspections")).isEqualTo(1);
        assertThat(after.get("recommendations") - before.get("recommendations")).isEqualTo(3);
        assertThat(after.get("answered") - before.get("answered")).isEqualTo(1);
        assertThat(after.get("overdue") - before.get("overdue")).isEqualTo(2);
        assertNoContentSecurityViolations();
    }

    /** Adds a supervision to the body's plan, notifies, holds, reports and concludes; returns its page's address. */
    String supervise(String user, String planTitle, String title, LocalDate day) {
        browser.get(url(user.startsWith("bttnd") ? "/office/supervision/board" : "/office/supervision"));
        click(browser.findElements(By.cssSelector("a[href*='/office/supervision/plans/']")).stream()
                .filter(a -> planTitle == null || a.getText().startsWith(planTitle)).findFirst().orElseThrow());
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("supervision-form")));
        browser.findElement(By.id("sv-title-input")).sendKeys(title);
        browser.findElement(By.id("sv-topic")).sendKeys("Việc thu, chi và công khai các khoản đóng góp của nhân dân.");
        new Select(browser.findElement(By.id("sv-subject"))).selectByVisibleText("Ủy ban nhân dân xã Tân Phú");
        setDate(By.id("sv-session"), day.plusDays(20));
        browser.findElement(By.id("sv-team")).sendKeys("Nguyễn Văn An\nTrần Thị Bình");
        click(By.id("supervision-submit"));
        for (String step : new String[] {"NOTIFY", "HOLD", "TEAM_REPORT"}) {
            wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-" + step)));
            click(By.id("submit-" + step));
        }
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("step-CONCLUDE")));
        browser.findElement(By.id("conclusion-text")).sendKeys("Thu vượt quy định, chưa công khai thu chi.");
        click(By.id("submit-CONCLUDE"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("conclusion")));
        return browser.getCurrentUrl().replaceAll("[?#].*", "");
    }

    /** Sends a recommendation to the People's Committee from the supervision's page; returns its page's address. */
    String recommend(String supervision, String text) {
        browser.get(supervision);
        browser.findElement(By.id("rec-text")).sendKeys(text);
        new Select(browser.findElement(By.id("rec-addressed"))).selectByVisibleText("Ủy ban nhân dân xã Tân Phú");
        click(By.id("recommendation-submit"));
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("rec-due")));
        return browser.getCurrentUrl().replaceAll("[?#].*", "");
    }

    java.util.Map<String, Integer> figures() {
        browser.get(url("/office/supervision"));
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String key : new String[] {"led", "inspections", "recommendations", "answered", "overdue"}) {
            out.put(key, Integer.parseInt(browser.findElement(By.id("figure-" + key)).getText().trim()));
        }
        return out;
    }

    /** A PDF fetched with the browser's session, as text. */
    String pdfText(String address) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(address)).header("Cookie", "JSESSIONID=" + cookie).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    void on(LocalDate day) {
        clock.setInstant(day.atTime(9, 0).atZone(LegalTime.VIETNAM).toInstant());
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
        return BrowserUse.waitFor(browser, seconds);
    }

    void click(By by) {
        click(browser.findElement(by));
    }

    void click(WebElement element) {
        BrowserUse.click(browser, element);
    }

    void assertNoContentSecurityViolations() {
        BrowserUse.assertNoContentSecurityViolations(browser);
    }

    void screenshot(String name) throws Exception {
        BrowserUse.screenshot(browser, name);
    }
}
