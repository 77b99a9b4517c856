package vn.lamchu.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.lamchu.support.IntegrationTest;

/** Requests that reach no controller still get problem details under /api/, and the error page elsewhere. */
@IntegrationTest
class ApiRoutingProblemsIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void anUnknownApiPathIsAProblemNotBootsDefaultJson() throws Exception {
        mvc.perform(get("/api/v1/public/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy nội dung bạn cần, hoặc bạn không có quyền xem nội dung này."))
                .andExpect(jsonPath("$.type").value(containsString("/problems/not-found")));
    }

    @Test
    void aMethodTheApiPathDoesNotTakeIsAProblem() throws Exception {
        mvc.perform(delete("/api/v1/public/categories"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Thao tác này không được hỗ trợ tại địa chỉ này."));
    }

    @Test
    void anUnknownPageStillGetsTheErrorPage() throws Exception {
        mvc.perform(get("/portal/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }
}
