package vn.lamchu.rules;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.support.IntegrationTest;

/** The public calculator page, without JavaScript: plain GET requests, as a phone without scripts would send them. */
@IntegrationTest
class DeadlinePageIntegrationTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void offersThePlainLanguageMattersToAnyone() throws Exception {
        mvc.perform(get("/deadlines"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tính thời hạn giải quyết"),
                        containsString("Đơn khiếu nại lần đầu – thời hạn giải quyết"),
                        containsString("Vùng sâu, vùng xa đi lại khó khăn"),
                        containsString("Vụ việc phức tạp"))));
    }

    @Test
    void showsTheDueDateInVietnameseWithTheExplanation() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "KN-1").param("start", "2026-03-02").param("complex", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Thứ Năm, 16/04/2026"),
                        containsString("Luật Khiếu nại 2011, Điều 28"),
                        containsString("Điều 147"),
                        containsString("/api/v1/rules/KN-1/deadline?start=2026-03-02&amp;complex=true"))));
    }

    @Test
    void acceptsADateTypedTheVietnameseWay() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "KN-1").param("start", "2/3/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thứ Tư, 01/04/2026")))
                // and shows it again in the date field, which only takes the ISO form
                .andExpect(content().string(containsString("value=\"2026-03-02\"")));
    }

    @Test
    void findsMattersTypedWithoutDiacritics() throws Exception {
        mvc.perform(get("/deadlines").param("q", "to cao"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Đơn tố cáo – thời hạn giải quyết"),
                        not(containsString("Đơn khiếu nại lần đầu – thời hạn giải quyết")))));
    }

    @Test
    void showsABadDateNextToTheFieldInsteadOfFailing() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "KN-1").param("start", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("is-invalid"),
                        containsString("Ngày &quot;31/02/2026&quot; không hợp lệ"),
                        not(containsString("id=\"due-date\"")))));
    }

    @Test
    void asksForAMatterWhenNoneWasChosen() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "").param("start", "2026-03-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn loại việc.")));
    }

    @Test
    void ignoresACircumstanceThatDoesNotApplyAndSaysSo() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "TC-res").param("start", "2026-03-02").param("remote", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Không áp dụng cho loại việc này nên không tính: Vùng sâu, vùng xa đi lại khó khăn"),
                        containsString("Thứ Tư, 01/04/2026"))));
    }

    @Test
    void refusesMoreExtensionsThanTheLawAllowsNextToTheField() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "TC-res").param("start", "2026-03-02").param("complex", "true")
                        .param("extensions", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("tối đa 1 lần"), not(containsString("id=\"due-date\"")))));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/deadlines").param("rule", "KN-1").param("start", "2026-03-02").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Deadline calculator"),
                        containsString("Wednesday, 1 April 2026"))));
    }
}
