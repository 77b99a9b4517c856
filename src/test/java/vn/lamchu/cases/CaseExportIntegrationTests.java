package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * A worklist exported to XLSX in the background: every filtered case on one sheet, in the reader's language, with no
 * sender and no text of a denunciation (Luật Tố cáo 2018, Điều 47 khoản 2); the job is the exporter's alone.
 */
@IntegrationTest
class CaseExportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseExports exports;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    DemoTokens tokens;
    String tag;

    @BeforeEach
    void setUp() throws Exception {
        tokens = new DemoTokens(jdbc, apiTokens);
        tag = UUID.randomUUID().toString().substring(0, 8);
        submit("FEEDBACK", "Phản ánh đèn đường hỏng " + tag, "Bùi Văn Xuất" + tag.substring(0, 3));
        submit("DENUNCIATION", "Tố cáo của Đinh Thị Kín" + tag.substring(0, 3) + " về cán bộ thu tiền " + tag,
                "Đinh Thị Kín" + tag.substring(0, 3));
    }

    void submit(String kind, String title, String sender) throws Exception {
        mvc.perform(post("/api/v1/cases").header("Authorization", tokens.bearer("xuly.tp"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"channel":"POST","kind":"%s","title":"%s","body":"Nội dung thư %s.","category":"HA_TANG",
                                 "placeUnitId":"%s","anonymous":false,"senders":[{"name":"%s","phone":"0912345678"}]}"""
                                .formatted(kind, title, tag, tokens.unitId("TP"), sender)))
                .andExpect(status().isCreated());
    }

    JsonNode call(String user, org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
        String out = mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theFilteredWorklistIsExportedWithoutSendersOrDenunciationTexts() throws Exception {
        String bearer = tokens.bearer("xuly.tp");
        JsonNode job = call("xuly.tp", post("/api/v1/cases/exports").header("Authorization", bearer)
                .param("list", "ALL").param("q", tag), 202);
        UUID id = UUID.fromString(job.get("id").asString());
        assertThat(job.get("total").asLong()).isEqualTo(2);
        assertThat(exports.awaitEnd(id, Duration.ofSeconds(60))).hasValueSatisfying(j -> assertThat(j.ready()).isTrue());

        byte[] xlsx = mvc.perform(get("/api/v1/cases/exports/" + id + "/file").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = sheet(xlsx);
        assertThat(rows.get(0)).startsWith("Số hồ sơ", "Ngày nhận", "Kênh tiếp nhận", "Loại đơn", "Lĩnh vực", "Tiêu đề");
        assertThat(rows).hasSize(3);
        String all = rows.toString();
        assertThat(all).contains("Phản ánh đèn đường hỏng " + tag, "Giao thông, hạ tầng, điện, nước", "Xã Tân Phú",
                "[Đơn có nội dung tố cáo — không xuất nội dung]");
        assertThat(all).doesNotContain("Kín" + tag.substring(0, 3)).doesNotContain("Xuất" + tag.substring(0, 3))
                .doesNotContain("0912345678");

        // someone else's export does not exist for them
        call("xuly.bm", get("/api/v1/cases/exports/" + id).header("Authorization", tokens.bearer("xuly.bm")), 404);
        call("lanhdao.tp", get("/api/v1/cases/exports/" + id + "/file")
                .header("Authorization", tokens.bearer("lanhdao.tp")), 404);
        // the exporter's scope: the other commune's officer exports nothing of Tân Phú
        JsonNode other = call("xuly.bm", post("/api/v1/cases/exports").header("Authorization", tokens.bearer("xuly.bm"))
                .param("list", "ALL").param("q", tag), 202);
        assertThat(other.get("total").asLong()).isZero();
    }

    @Test
    void anExportIsCancelledOrFinishedAndOnlyAFinishedOneDownloads() throws Exception {
        String bearer = tokens.bearer("xuly.tp");
        JsonNode job = call("xuly.tp", post("/api/v1/cases/exports").header("Authorization", bearer)
                .param("list", "ALL").param("closed", "true"), 202);
        UUID id = UUID.fromString(job.get("id").asString());
        JsonNode cancelled = call("xuly.tp", delete("/api/v1/cases/exports/" + id).header("Authorization", bearer), 200);
        assertThat(cancelled.get("state").asString()).isIn("RUNNING", "CANCELLED", "DONE");
        CaseExports.Job end = exports.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        if (end.state().equals("CANCELLED")) {
            JsonNode problem = call("xuly.tp", get("/api/v1/cases/exports/" + id + "/file").header("Authorization", bearer), 409);
            assertThat(problem.get("detail").asString()).contains("chưa sẵn sàng");
        } else {
            assertThat(end.state()).isEqualTo("DONE");
        }
    }

    @Test
    void theWorklistPageStartsAnExportAndItsPageFollowsIt() throws Exception {
        MockHttpSession session = DemoLogin.as(mvc, "xuly.tp");
        String list = mvc.perform(get("/office/cases").param("list", "ALL").param("q", tag).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"export-form\"", "name=\"q\" value=\"" + tag + "\"");

        String location = mvc.perform(post("/office/cases/exports").session(session).with(csrf())
                        .param("list", "ALL").param("q", tag))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/cases/exports/");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        exports.awaitEnd(id, Duration.ofSeconds(60)).orElseThrow();
        String page = mvc.perform(get(location).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"export-download\"", "Đã xuất xong 2 đơn");
        mvc.perform(get(location + "/file").session(session)).andExpect(status().isOk());
    }
}
