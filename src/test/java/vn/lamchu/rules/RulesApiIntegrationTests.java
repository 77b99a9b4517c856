package vn.lamchu.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.support.IntegrationTest;

/** The public rules API on the real application and database: the seeded rules, deadlines, and problem details. */
@IntegrationTest
class RulesApiIntegrationTests {

    /** Every rule id of RULEBOOK §15.1 ("KN/TC archive" as KN-TC-archive). */
    static final String[] RULEBOOK_IDS = {
            "TCD-28", "TCD-24", "TCD-27", "TCD-28b", "TCD-refuse", "KN-accept", "KN-1", "KN-2", "KN-send1", "KN-send2",
            "KN-appeal", "KN-final", "KN-limit", "KN-disc", "KN-disc-res", "KN-withdraw-lapse", "TC-init", "TC-fwd",
            "TC-press", "TC-notify", "TC-res", "TC-susp", "TC-concl-send", "TC-act", "TC-act-report", "TC-publish",
            "TC-further", "TC-overdue", "PAKN-fwd", "MTTQ-notice", "MTTQ-report-in", "MTTQ-team-report", "PBXH-draft",
            "BTTND-plan", "BTTND-reply", "DCCS-disclose", "DCCS-post", "DCCS-radio", "DCCS-decision", "DCCS-recognise",
            "DCCS-initiative", "DCCS-dialogue", "TXCT-outside", "KK-first", "KK-annual", "KK-supp", "KK-personnel",
            "KK-redo", "KK-handover", "KK-publish", "QĐ11-commune", "TCD-chair-commune", "TCD-head", "MC-late",
            "KN-TC-archive"};

    /** Rules the software adds for the letter and feedback procedures (RULEBOOK §2.3, §5.3; unconfirmed, configurable). */
    static final String[] CASE_RULE_IDS = {"XLD-handle", "PAKN-answer", "KN-dialogue",
            "MTTQ-reply",        // MTTQ-reply: supervision, V4_2_1
            "TCD-HDND-commune"}; // reception: V4_0_0

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void listsEveryRuleOfTheRulebookWithSourcesAndConfidence() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(RULEBOOK_IDS.length + CASE_RULE_IDS.length)))
                .andExpect(jsonPath("$[*].id", hasItems(RULEBOOK_IDS)))
                .andExpect(jsonPath("$[*].id", hasItems(CASE_RULE_IDS)))
                .andExpect(jsonPath("$[*].versions[*].source", everyItem(not(is("")))))
                .andExpect(jsonPath("$[*].versions[*].confidence", hasItems("V", "S", "M", "U")));
    }

    @Test
    void showsBothVersionsOfComplaintAcceptanceAndMarksTheNewOneUnconfirmed() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-accept"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasUnconfirmedVersion", is(true)))
                .andExpect(jsonPath("$.versions[0].validTo", is("2026-07-01")))
                .andExpect(jsonPath("$.versions[0].terms[0].text", is("10 ngày")))
                .andExpect(jsonPath("$.versions[1].validFrom", is("2026-07-01")))
                .andExpect(jsonPath("$.versions[1].confidence", is("U")))
                .andExpect(jsonPath("$.versions[1].configurable", is(true)))
                .andExpect(jsonPath("$.versions[1].terms[0].text", is("7 ngày làm việc")));
    }

    @Test
    void computesAComplexFirstComplaintWithItsExplanation() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "2026-03-02").param("complex", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate", is("2026-04-16")))
                .andExpect(jsonPath("$.dueDateText", is("Thứ Năm, 16/04/2026")))
                .andExpect(jsonPath("$.flags", is(java.util.List.of("complex"))))
                .andExpect(jsonPath("$.version.source", is("Luật Khiếu nại 2011, Điều 28")))
                .andExpect(jsonPath("$.version.confidence", is("V")))
                .andExpect(jsonPath("$.term.amount", is(45)))
                .andExpect(jsonPath("$.explanation.firstCountedDay", is("2026-03-03")))
                .andExpect(jsonPath("$.explanation.unitsCounted", is(45)))
                .andExpect(jsonPath("$.explanation.steps", hasItem(containsString("Điều 147"))))
                .andExpect(jsonPath("$.explanation.steps", hasItem(containsString("Điều 148 khoản 6"))));
    }

    @Test
    void explainsInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "2026-03-02").param("complex", "true")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDateText", is("Thursday, 16 April 2026")))
                .andExpect(jsonPath("$.explanation.steps", hasItem(containsString("Civil Code 2015, Article 147"))));
    }

    @Test
    void appliesTheRuleVersionInForceOnTheDateTheRuleNames() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-accept/deadline").param("start", "2026-06-29"))
                .andExpect(jsonPath("$.version.number", is(1)))
                .andExpect(jsonPath("$.dueDate", is("2026-07-09")));
        mvc.perform(get("/api/v1/rules/KN-accept/deadline").param("start", "2026-07-03"))
                .andExpect(jsonPath("$.version.number", is(2)))
                .andExpect(jsonPath("$.dueDate", is("2026-07-14")))
                .andExpect(jsonPath("$.explanation.steps", hasItem(containsString("chưa được xác nhận"))));
        // A complaint received on 30/06 but handled later keeps the old version when asked by its receipt date.
        mvc.perform(get("/api/v1/rules/KN-accept/deadline").param("start", "2026-07-03").param("asOf", "2026-06-30"))
                .andExpect(jsonPath("$.version.number", is(1)))
                .andExpect(jsonPath("$.dueDate", is("2026-07-13")));
    }

    @Test
    void stopsTheClockDuringASuspension() throws Exception {
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02")
                        .param("suspension", "2026-03-10..2026-03-19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate", is("2026-04-13")))
                .andExpect(jsonPath("$.explanation.suspendedDays", is(10)))
                .andExpect(jsonPath("$.explanation.shift.citation", is("Bộ luật Dân sự 2015, Điều 148 khoản 5")));
    }

    @Test
    void allowsTheExtensionsTheLawAllows() throws Exception {
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02").param("veryComplex", "true")
                        .param("extensions", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanation.unitsCounted", is(90)));
    }

    @Test
    void computesTheLatestDayBeforeAnEventAndAFixedDayOfTheYear() throws Exception {
        mvc.perform(get("/api/v1/rules/TCD-24/deadline").param("start", "2026-05-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate", is("2026-05-08")))
                .andExpect(jsonPath("$.term.kind", is("AT_LEAST_BEFORE")))
                .andExpect(jsonPath("$.explanation.shift.direction", is("BACKWARD")));
        mvc.perform(get("/api/v1/rules/KK-annual/deadline").param("start", "2026-03-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate", is("2026-12-30")))
                .andExpect(jsonPath("$.explanation.steps", hasItem(containsString("trước ngày 31/12 của năm 2026"))));
    }

    @Test
    void findsARuleByItsIdWithoutDiacritics() throws Exception {
        mvc.perform(get("/api/v1/rules/qd11-commune")).andExpect(jsonPath("$.id", is("QĐ11-commune")));
        mvc.perform(get("/api/v1/rules/{id}", "QĐ11-commune")).andExpect(jsonPath("$.id", is("QĐ11-commune")));
    }

    @Test
    void answersAnUnknownRuleWith404ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-99/deadline").param("start", "2026-03-02"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", startsWith("Không tìm thấy")));
    }

    @Test
    void answersABadDateWith400InVietnameseAndInEnglish() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", is("https://lamchu.vn/problems/rules.error.badDate")))
                .andExpect(jsonPath("$.detail", containsString("Ngày \"2026-02-30\" không hợp lệ")));
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "next week")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is not valid")));
        mvc.perform(get("/api/v1/rules/KN-1/deadline"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Vui lòng nhập ngày bắt đầu tính.")));
    }

    @Test
    void answersAnUnknownOrInapplicableVariantWith400() throws Exception {
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "2026-03-02").param("variant", "urgent"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Không có trường hợp \"urgent\"")));
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02").param("remote", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Quy tắc TC-res không có trường hợp riêng \"remote\".")));
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02").param("complex", "maybe"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersTooManyExtensionsWith400() throws Exception {
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02").param("complex", "true")
                        .param("extensions", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("tối đa 1 lần")));
        mvc.perform(get("/api/v1/rules/KN-1/deadline").param("start", "2026-03-02").param("extensions", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("không cho phép gia hạn")));
    }

    @Test
    void answersADateBeforeAnyVersionWith400() throws Exception {
        mvc.perform(get("/api/v1/rules/TCD-refuse/deadline").param("start", "2026-06-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("Quy tắc TCD-refuse không có phiên bản nào có hiệu lực vào ngày 30/06/2026.")));
    }

    @Test
    void answersABackwardSuspensionWith400() throws Exception {
        mvc.perform(get("/api/v1/rules/TC-res/deadline").param("start", "2026-03-02")
                        .param("suspension", "2026-03-19..2026-03-10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("19/03/2026")));
    }
}
