package vn.lamchu.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.support.Browser;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.IntegrationTest;

/**
 * The letter pages in a real browser: a reception officer logs a letter and sees a similar one while typing, the
 * handling officer finds it in the worklist and takes it through classification to a proposal (laptop width); the
 * leader approves it from the worklist on a phone.
 */
@IntegrationTest
class CasePagesBrowserTests {

    static final String BODY = "Đường bê tông liên thôn 2 – thôn 3 bị sụt lún, ổ gà sâu, xe máy đi lại rất nguy hiểm vào mùa mưa.";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atLaptopWidthALetterIsLoggedFoundInTheWorklistTakenClassifiedAndProposed() throws Exception {
        String earlier = logLetter("Đường liên thôn sụt lún " + UUID.randomUUID(), BODY);
        browser = Browser.start(1280, 900);
        signIn("tiepnhan.tp");

        click(browser.findElement(By.linkText("Đơn thư")));
        click(browser.findElement(By.id("new-letter")));
        String title = "Đường liên thôn 2 hư hỏng nặng " + UUID.randomUUID();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("body")).sendKeys(BODY.replace("mùa mưa", "mua mua"));
        // while typing, the letter logged before shows up as similar (HTMX, after a pause in typing)
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("similar-" + earlier)));
        assertThat(browser.findElement(By.id("forwardedBy-group")).isDisplayed()).isFalse();
        browser.findElement(By.id("senders0.name")).sendKeys("Đặng Văn Phúc");
        browser.findElement(By.id("senders0.phone")).sendKeys("0905 123 456");
        screenshot("intake-1280");
        click(browser.findElement(By.id("save-letter")));
        String code = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code"))).getText();
        assertThat(code).matches("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        String number = browser.findElement(By.cssSelector("#case-title .text-muted")).getText();
        screenshot("receipt-1280");

        browser.quit();
        browser = Browser.start(1280, 900);
        signIn("xuly.tp");
        click(browser.findElement(By.linkText("Đơn thư")));
        click(browser.findElement(By.id("tab-ALL")));
        browser.findElement(By.id("q")).sendKeys(number);
        // the results change in place; the address follows the search
        wait(10).until(ExpectedConditions.urlContains("q=" + number));
        WebElement row = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("row-" + number)));
        assertThat(browser.findElements(By.cssSelector("#case-table tbody tr"))).hasSize(1);
        screenshot("worklist-1280");
        click(row.findElement(By.linkText(title)));

        click(browser.findElement(By.id("take")));
        // the page is replaced after the step: wait for the new page's notice rather than reading a stale element
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "nhận xử lý"));
        assertThat(browser.findElement(By.id("case-assignee")).getText()).isEqualTo("Trần Văn Minh");
        click(browser.findElement(By.cssSelector("label[for='eligibility1']")));
        click(browser.findElement(By.cssSelector("label[for='competence1']")));
        click(browser.findElement(By.id("classify-submit")));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "phân loại"));
        assertThat(browser.findElements(By.cssSelector("[id^='decision-']")))
                .extracting(e -> e.getDomAttribute("id")).containsExactly("decision-ACCEPT");
        click(browser.findElement(By.cssSelector("#decision-ACCEPT summary")));
        browser.findElement(By.id("text-ACCEPT")).sendKeys("Thuộc thẩm quyền UBND xã; đề nghị giao Phòng Kinh tế kiểm tra.");
        screenshot("case-1280");
        click(browser.findElement(By.id("submit-ACCEPT")));
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Đã trình lãnh đạo"));
        assertThat(browser.findElement(By.id("pending")).getText()).contains("đề nghị giao Phòng Kinh tế kiểm tra");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        screenshot("proposed-1280");
        assertNoContentSecurityViolations();
    }

    @Test
    void onAPhoneTheLeaderApprovesAProposalFromTheWorklistAndSeesWhatWasDone() throws Exception {
        String title = "Nước sinh hoạt thôn 3 bị đục " + UUID.randomUUID();
        String id = logLetter(title, "Nước máy ở thôn 3 bị đục, có mùi lạ từ một tuần nay, đề nghị kiểm tra nguồn nước.");
        MockHttpSession officer = DemoLogin.as(mvc, "xuly.tp");
        caseStep(officer, id, "classify", Map.of("kind", "FEEDBACK", "eligibility", "ELIGIBLE", "competence", "WITHIN",
                "signatories", "ONE"));
        caseStep(officer, id, "propose", Map.of("kind", "ACCEPT", "text", "Đề nghị giao Phòng Kinh tế làm việc với đơn vị cấp nước."));
        String number = jdbc.sql("select number from citizen_case where id = ?").param(UUID.fromString(id))
                .query(String.class).single();

        browser = Browser.start(1280, 900);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        signIn("lanhdao.tp");
        assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(390L);
        screenshot("desk-390");
        click(browser.findElement(By.id("worklist-AWAITING_APPROVAL")));
        WebElement row = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("row-" + number)));
        // on a phone every row is a card whose cells carry their labels
        assertThat(row.findElement(By.cssSelector("td[data-label='Hạn xử lý']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#case-table thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
        click(row.findElement(By.cssSelector("input.row-select")));
        screenshot("worklist-390");
        click(browser.findElement(By.id("bulk-approve")));
        WebElement report = wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-report")));
        assertThat(report.getText()).contains(number).contains("đã duyệt và ký").doesNotContain("Không làm được");
        screenshot("bulk-390");

        browser.get("http://localhost:" + port + "/office/cases/" + id);
        assertThat(browser.findElement(By.id("case-badges")).getText()).contains("Đang giải quyết");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("the case page fits the phone's width").isEqualTo(false);
        screenshot("case-390");
        assertNoContentSecurityViolations();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Logs a letter at the reception desk (through the page's form, without a browser); returns the case id. */
    String logLetter(String title, String body) throws Exception {
        MockHttpSession reception = DemoLogin.as(mvc, "tiepnhan.tp");
        UUID place = jdbc.sql("select id from org_unit where code = 'TP'").query(UUID.class).single();
        String location = mvc.perform(multipart("/office/cases").param("idempotencyKey", UUID.randomUUID().toString())
                        .param("channel", "POST").param("kind", "FEEDBACK").param("categoryCode", "HA_TANG")
                        .param("placeUnitId", place.toString()).param("title", title).param("body", body)
                        .param("senders[0].name", "Vũ Thị Giang").param("senders[0].phone", "0977 000 111")
                        .session(reception).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/cases/");
        return location.substring("/office/cases/".length());
    }

    void caseStep(MockHttpSession session, String id, String action, Map<String, String> params) throws Exception {
        int version = jdbc.sql("select version from citizen_case where id = ?").param(UUID.fromString(id))
                .query(Integer.class).single();
        var request = post("/office/cases/" + id + "/" + action).session(session).with(csrf())
                .param("version", Integer.toString(version));
        for (var p : params.entrySet()) {
            request = request.param(p.getKey(), p.getValue());
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(action).isEqualTo(302);
    }

    void signIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoLogin.PASSWORD);
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        wait(10).until(ExpectedConditions.urlMatches("/office$"));
    }

    /**
     * Clicks after scrolling the element to the middle at once: Bootstrap's smooth scrolling would otherwise leave the
     * element moving when the click lands.
     */
    void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds))
                // Chromium may report a node of the page being replaced as "not in the document": try again
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    void assertNoContentSecurityViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(violations).isEmpty();
    }

    void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", "cases");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
