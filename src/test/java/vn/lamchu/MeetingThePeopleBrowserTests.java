package vn.lamchu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Issue #6 "done when", through the pages: the commune's reception officer schedules a month of receptions for a
 * leader (a schedule that breaks the weekly rule is refused first) and posts it; records a session where a citizen
 * raises two matters; the deputy records a voter meeting with two opinions; the commune's officer and leader answer
 * one case of each; the reception and voter figures, the reception book and the portal show them.
 */
@IntegrationTest
class MeetingThePeopleBrowserTests {

    @LocalServerPort int port;
    @Autowired java.time.Clock clock;

    ChromeDriver browser;
    BrowserPage page;

    @AfterEach
    void close() {
        quit();
    }

    @Test
    void aMonthOfReceptionsASessionAndAVoterMeetingAreFollowedToAnswersAndCounted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LegalTime.today(clock);

        // the figures before, as the leader reads them
        as("lanhdao.tp", 1280);
        Map<String, Integer> receptionBefore = receptionFigures();
        Map<String, Integer> votersBefore = voterFigures();
        quit();

        // 1. a month of receptions for the People's Committee chair
        as("tiepnhan.tp", 1280);
        page.open("/office/reception");
        new Select(browser.findElement(By.id("postKey"))).selectByIndex(chairOption());
        page.click(By.id("pattern-days"));
        browser.findElement(By.id("monthDays")).sendKeys("16");
        browser.findElement(By.id("schedule-hours")).sendKeys("07:30–11:00");
        browser.findElement(By.id("schedule-place")).sendKeys("Phòng tiếp công dân " + tag);
        page.click(By.id("schedule-submit"));
        // once a month is not enough for the chair (at least one day a week, Luật Tiếp công dân 2013, Điều 15)
        WebElement refusal = page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#schedule-form .is-invalid, #schedule-form .invalid-feedback.d-block")));
        assertThat(refusal.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("schedule-form")).getText()).contains("TCD-chair-commune");
        new Select(browser.findElement(By.id("postKey"))).selectByIndex(chairOption());
        page.click(By.id("pattern-weekday"));
        new Select(browser.findElement(By.id("weekday"))).selectByValue("2");
        clearAndType("schedule-hours", "13:30–16:30");
        clearAndType("schedule-place", "Phòng tiếp công dân " + tag);
        page.click(By.id("schedule-submit"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-created")));
        // post next month's days
        LocalDate next = today.withDayOfMonth(1).plusMonths(1);
        page.open("/office/reception?month=" + next.toString().substring(0, 7));
        WebElement schedule = browser.findElements(By.cssSelector("#schedules li")).stream()
                .filter(li -> li.getText().contains("Phòng tiếp công dân " + tag)).findFirst().orElseThrow();
        page.click(schedule.findElement(By.cssSelector("button[id^=publish-]")));
        assertThat(page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("published"))).getText())
                .isNotBlank();
        page.open("/office/reception?month=" + next.toString().substring(0, 7));
        long tuesdays = next.datesUntil(next.plusMonths(1)).filter(d -> d.getDayOfWeek().getValue() == 2).count();
        // every Tuesday of the month is a reception day (one that is a holiday moves within its week)
        long tuesdaysPosted = browser.findElements(By.cssSelector("#sessions tbody tr td:first-child")).stream()
                .map(td -> LocalDate.parse(td.getText().trim(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .filter(d -> d.getDayOfWeek().getValue() == 2).distinct().count();
        assertThat(tuesdaysPosted).isGreaterThanOrEqualTo(tuesdays - 1);
        page.screenshot("people-1-month-posted-1280");

        // 2. a session today: a citizen raises two matters
        page.open("/office/reception");
        browser.findElement(By.id("receiverTitle")).sendKeys("Chủ tịch UBND xã Tân Phú");
        browser.findElement(By.id("receiverName")).sendKeys("Trần Thị Mai");
        browser.findElement(By.id("place")).sendKeys("Phòng tiếp công dân " + tag);
        page.click(By.id("open-submit"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
        browser.findElement(By.id("name")).sendKeys("Lò Văn Tiếp " + tag);
        browser.findElement(By.id("address")).sendKeys("Thôn 4, xã Tân Phú");
        browser.findElement(By.id("matters0.title")).sendKeys("Cống thoát nước thôn 4 tắc " + tag);
        browser.findElement(By.id("matters0.content")).sendKeys("Cống thoát nước đầu thôn 4 tắc, nước tràn vào nhà dân.");
        browser.findElement(By.id("matters1.title")).sendKeys("Đề nghị lắp biển báo trường học " + tag);
        browser.findElement(By.id("matters1.content")).sendKeys("Đề nghị lắp biển báo giảm tốc trước trường tiểu học.");
        page.click(By.id("visit-submit"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-recorded")));
        String receptionCase = browser.findElements(By.cssSelector("#visits .matter-case")).get(0).getDomAttribute("href");
        page.screenshot("people-2-session-1280");
        quit();

        // 3. a voter meeting with two opinions
        as("daibieu.tp", 1280);
        page.open("/office/voters");
        page.click(By.id("plan-meeting"));
        new Select(browser.findElement(By.id("timing"))).selectByValue("THEMATIC");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("startsAt")), today + "T07:00");
        browser.findElement(By.id("venue")).sendKeys("Nhà văn hóa Thôn 1 " + tag);
        browser.findElement(By.id("topic")).sendKeys("Giao thông nông thôn");
        page.click(browser.findElements(By.cssSelector("input[name=deputyIds]")).get(0));
        page.click(By.id("plan-save"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("held-form")));
        browser.findElement(By.id("votersAttending")).sendKeys("60");
        page.click(By.id("held-save"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-form")));
        for (String opinion : List.of("Đề nghị bê tông hóa đường Thôn 1 " + tag, "Đề nghị sửa cầu tràn Thôn 1 " + tag)) {
            browser.findElement(By.id("text")).sendKeys(opinion);
            browser.findElement(By.id("voterName")).sendKeys("Cử tri Thôn 1");
            page.click(By.id("opinion-save"));
            page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("raised")));
        }
        String meeting = browser.getCurrentUrl();
        String voterCase = browser.findElements(By.cssSelector("#opinion-list a[href*='/office/cases/']")).get(0)
                .getDomAttribute("href");
        quit();

        // 4. the commune's officer proposes the answers, the leader signs them
        as("xuly.tp", 1280);
        takeUp(receptionCase);
        takeUp(voterCase);
        quit();
        approveAs("lanhdao.tp", receptionCase, voterCase);
        as("xuly.tp", 1280);
        propose(receptionCase, "ANSWER", "UBND xã đã nạo vét cống thoát nước thôn 4.");
        propose(voterCase, "ANSWER", "Đường Thôn 1 đã có trong kế hoạch bê tông hóa năm tới.");
        quit();
        approveAs("lanhdao.tp", receptionCase, voterCase);

        // 5. the answers, the figures, the meeting, the book and the portal
        as("lanhdao.tp", 1280);
        for (String c : List.of(receptionCase, voterCase)) {
            page.open(c);
            assertThat(browser.findElement(By.id("case-badges")).getText()).contains("Đã trả lời");
        }
        Map<String, Integer> receptionAfter = receptionFigures();
        page.screenshot("people-3-reception-figures-1280");
        assertThat(receptionAfter.get("matters") - receptionBefore.get("matters")).isEqualTo(2);
        assertThat(receptionAfter.get("answered") - receptionBefore.get("answered")).isEqualTo(1);
        assertThat(receptionAfter.get("visits") - receptionBefore.get("visits")).isEqualTo(1);
        Map<String, Integer> votersAfter = voterFigures();
        page.screenshot("people-4-voter-figures-1280");
        assertThat(votersAfter.get("meetings") - votersBefore.get("meetings")).isEqualTo(1);
        assertThat(votersAfter.get("voters") - votersBefore.get("voters")).isEqualTo(60);
        assertThat(votersAfter.get("opinions") - votersBefore.get("opinions")).isEqualTo(2);
        assertThat(votersAfter.get("answered") - votersBefore.get("answered")).isEqualTo(1);
        browser.get(meeting);
        assertThat(browser.findElement(By.id("opinions-title")).getText()).contains("đã trả lời 1");
        String book = pdfText("/office/reception/book.pdf?from=" + today + "&to=" + today);
        assertThat(book).contains("Lò Văn Tiếp " + tag);
        quit();

        browser = Browser.start(390, 844);
        page = new BrowserPage(browser, port);
        page.open("/portal/reception");
        assertThat(browser.findElement(By.id("reception-days")).getText()).contains("Phòng tiếp công dân " + tag);
        page.screenshot("people-5-portal-reception-390");
        page.open("/portal/voters");
        page.screenshot("people-6-portal-voters-390");
        page.assertNoContentSecurityViolations();
    }

    // ---- steps ------------------------------------------------------------------------------------------------

    /** The officer takes the case, classifies it and proposes to handle it in house. */
    void takeUp(String caseAddress) {
        page.open(caseAddress);
        page.click(By.id("take"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        Select kind = new Select(browser.findElement(By.id("cl-kind")));
        if (kind.getFirstSelectedOption().getDomAttribute("value").isBlank()) {
            kind.selectByValue("FEEDBACK");
        }
        page.click(browser.findElement(By.cssSelector("input[name=eligibility][value=ELIGIBLE]")));
        page.click(browser.findElement(By.cssSelector("input[name=competence][value=WITHIN]")));
        new Select(browser.findElement(By.id("cl-signatories"))).selectByValue("ONE");
        page.click(By.id("classify-submit"));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        propose(caseAddress, "ACCEPT", "Thuộc thẩm quyền của UBND xã, giao Văn phòng xử lý.");
    }

    void propose(String caseAddress, String decision, String text) {
        page.open(caseAddress);
        WebElement details = browser.findElement(By.id("decision-" + decision));
        page.click(details.findElement(By.tagName("summary")));
        details.findElement(By.name("text")).sendKeys(text);
        page.click(By.id("submit-" + decision));
        page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
    }

    void approveAs(String user, String... cases) {
        as(user, 1280);
        for (String c : cases) {
            page.open(c);
            page.click(By.id("approve"));
            page.waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        }
        quit();
    }

    int chairOption() {
        List<WebElement> options = new Select(browser.findElement(By.id("postKey"))).getOptions();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).getText().startsWith("Chủ tịch UBND xã Tân Phú")) {
                return i;
            }
        }
        throw new AssertionError("no chair of the commune's People's Committee among " + options.size() + " posts");
    }

    Map<String, Integer> receptionFigures() {
        page.open("/office/reception/figures");
        Map<String, Integer> out = new HashMap<>();
        for (String key : List.of("matters", "answered", "visits")) {
            out.put(key, Integer.parseInt(browser.findElement(By.id("figure-" + key)).getText().trim()));
        }
        return out;
    }

    Map<String, Integer> voterFigures() {
        page.open("/office/voters/figures");
        Map<String, Integer> out = new HashMap<>();
        for (String key : List.of("meetings", "voters", "opinions", "answered")) {
            out.put(key, Integer.parseInt(browser.findElement(By.id("f-" + key)).getText().replace(".", "").trim()));
        }
        return out;
    }

    String pdfText(String path) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page.url(path)))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    void clearAndType(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void as(String user, int width) {
        browser = Browser.start(width, 900);
        page = new BrowserPage(browser, port);
        page.signIn(user);
    }

    void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
