package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/**
 * CSV imports end to end: the preview names each bad line in Vietnamese; the run imports every row or none (a bad
 * row, data changed since the preview, a cancel); the progress reaches 100 %; ten thousand rows take seconds.
 */
@IntegrationTest
class OrgImportIntegrationTests {

    private static final String UNITS_HEADER = "ma_don_vi;ten_don_vi;loai_don_vi;ma_don_vi_cha;hieu_luc_tu\n";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    WebApplicationContext context;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private MockMvc mvc;
    private TenantId tenant;
    private String token;
    private MockHttpSession session;
    private String prefix;

    @BeforeEach
    void administrator() throws Exception {
        OrgTestAccounts accounts = new OrgTestAccounts(context);
        mvc = accounts.mvc();
        tenant = accounts.demoTenant();
        OrgTestAccounts.SignedIn admin = accounts.signIn("HA", "ADMINISTRATOR");
        token = admin.token();
        session = admin.session();
        prefix = OrgTestAccounts.uniquePrefix("I");
    }

    private String unitRows(int count) {
        StringBuilder csv = new StringBuilder(UNITS_HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append("%s-%05d;Tổ công tác số %d;Khác;TP;01/01/2026\n".formatted(prefix, i, i));
        }
        return csv.toString();
    }

    private String upload(String kind, String csv) throws Exception {
        return mvc.perform(post("/api/v1/org/imports").param("kind", kind).param("fileName", prefix + ".csv")
                        .header("Authorization", token).contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private String state(String id) throws Exception {
        return mvc.perform(get("/api/v1/org/imports/{id}", id).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String confirm(String id) throws Exception {
        return mvc.perform(post("/api/v1/org/imports/{id}/confirm", id).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String awaitEnd(String id) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(JsonPath.<String>read(state(id), "$.status")));
        try {
            return state(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int unitsWithPrefix() {
        return jdbc.sql("select count(*) from org_unit where tenant_id = ? and code like ?")
                .params(tenant.value(), prefix + "%").query(Integer.class).single();
    }

    @Test
    void aBadRowIsNamedInVietnameseAndNothingIsImported() throws Exception {
        String csv = UNITS_HEADER
                + prefix + "-A;Tổ A;Khác;TP;01/01/2026\n"
                + prefix + "-B;Tổ B;Khác;TP-XYZ;01/01/2026\n"
                + prefix + "-C;Tổ C;Khác;" + prefix + "-A;31/02/2024\n";
        String preview = upload("UNITS", csv);
        assertThat(JsonPath.<String>read(preview, "$.status")).isEqualTo("INVALID");
        assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].message")).containsExactly(
                "Dòng 3: mã đơn vị cha 'TP-XYZ' không tồn tại.",
                "Dòng 4: ngày hiệu lực '31/02/2024' không hợp lệ (viết dd/mm/yyyy, ví dụ 01/07/2025).");
        String id = JsonPath.read(preview, "$.id");
        mvc.perform(post("/api/v1/org/imports/{id}/confirm", id).header("Authorization", token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Tệp còn lỗi: hãy sửa rồi tải lên lại. Không có dòng nào được nhập."));
        assertThat(unitsWithPrefix()).isZero();
    }

    @Test
    void aGoodFileImportsEveryRowAndTheProgressReachesAHundredPercent() throws Exception {
        String id = JsonPath.read(upload("UNITS", unitRows(1200)), "$.id");
        assertThat(JsonPath.<String>read(state(id), "$.status")).isEqualTo("READY");
        confirm(id);
        String end = awaitEnd(id);
        assertThat(JsonPath.<String>read(end, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(end, "$.done")).isEqualTo(1200);
        assertThat(JsonPath.<Integer>read(end, "$.percent")).isEqualTo(100);
        assertThat(unitsWithPrefix()).isEqualTo(1200);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'org_import' and entity_id = ? and action = 'import'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/org/imports/{id}/confirm", id).header("Authorization", token))
                .andExpect(status().isConflict());
    }

    @Test
    void dataChangedAfterThePreviewFailsTheRunAndNothingIsImported() throws Exception {
        String id = JsonPath.read(upload("UNITS", unitRows(50)), "$.id");
        mvc.perform(post("/api/v1/org/units").header("Authorization", token).contentType("application/json")
                        .content("{\"code\":\"%s-00040\",\"name\":\"Đến trước\",\"kind\":\"OTHER\",\"parentCode\":\"TP\",\"validFrom\":\"2026-01-01\"}"
                                .formatted(prefix)))
                .andExpect(status().isCreated());
        confirm(id);
        String end = awaitEnd(id);
        assertThat(JsonPath.<String>read(end, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<String>>read(end, "$.errors[*].message"))
                .containsExactly("Dòng 41: mã đơn vị '%s-00040' đã được dùng.".formatted(prefix));
        assertThat(unitsWithPrefix()).isEqualTo(1);
    }

    /**
     * The test holds a row lock that the job's third batch needs, so the job is caught mid-run (two batches inserted,
     * 1,000 rows reported) when the cancel arrives; then it lets go. No sleeping: it waits for what the database says.
     */
    @Test
    void cancellingARunningImportLeavesNothing() throws Exception {
        String id = JsonPath.read(upload("UNITS", unitRows(3000)), "$.id");
        Unit parent = org.unitByCode(tenant, "TP").orElseThrow();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("""
                    insert into org_unit (tenant_id, id, parent_id, jurisdiction_id, kind, code, name, valid_from, created_at)
                    values (?, ?, ?, ?, 'OTHER', ?, 'chặn', ?, now())""")) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, UUID.randomUUID());
                insert.setObject(3, parent.id().value());
                insert.setObject(4, parent.jurisdictionId());
                insert.setString(5, "%s-%05d".formatted(prefix, 1200));
                insert.setObject(6, LocalDate.of(2026, 1, 1));
                insert.executeUpdate();
            }
            confirm(id);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() ->
                    JsonPath.<Integer>read(state(id), "$.done") == 1000 && jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where wait_event_type = 'Lock' and query like 'insert into org_unit%'""")
                            .query(Integer.class).single() > 0);
            mvc.perform(post("/api/v1/org/imports/{id}/cancel", id).header("Authorization", token))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.cancelRequested").value(true));
            blocker.rollback();
        }
        String end = awaitEnd(id);
        assertThat(JsonPath.<String>read(end, "$.status")).isEqualTo("CANCELLED");
        assertThat(unitsWithPrefix()).isZero();
    }

    @Test
    void tenThousandRowsImportInSeconds() throws Exception {
        String csv = unitRows(10_000);
        long uploadStart = System.nanoTime();
        String id = JsonPath.read(upload("UNITS", csv), "$.id");
        long checked = System.nanoTime();
        confirm(id);
        String end = awaitEnd(id);
        long done = System.nanoTime();
        System.out.printf("org import of 10,000 units (%d KB): check %d ms, import %d ms%n", csv.length() / 1024,
                (checked - uploadStart) / 1_000_000, (done - checked) / 1_000_000);
        assertThat(JsonPath.<String>read(end, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(unitsWithPrefix()).isEqualTo(10_000);
        assertThat(Duration.ofNanos(done - uploadStart)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void peopleRowsWithOneCodeAreOnePersonWithSeveralPosts() throws Exception {
        String csv = "ma_nguoi;ho_ten;gioi_tinh;ma_don_vi;chuc_vu;tu_ngay\n"
                + prefix + "-1;Nguyễn Thị Thử;Nu;TP-VP;cong chuc;01/01/2026\n"
                + prefix + "-1;Nguyễn Thị Thử;;TP-HDND;dai bieu hdnd;01/01/2026\n"
                + "TP-001;;;TP-PVHXH;Uy vien;01/01/2026\n";
        String id = JsonPath.read(upload("PEOPLE", csv), "$.id");
        confirm(id);
        assertThat(JsonPath.<String>read(awaitEnd(id), "$.status")).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("""
                        select count(*) from post_holding h join person p on p.tenant_id = h.tenant_id and p.id = h.person_id
                        where p.tenant_id = ? and p.code = ?""").params(tenant.value(), prefix + "-1")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(org.holders(tenant, org.unitByCode(tenant, "TP-PVHXH").orElseThrow().id(), Post.MEMBER,
                LocalDate.of(2026, 2, 1))).extracting(PostHolding::personName).contains("Nguyễn Văn Hùng");
    }

    @Test
    void aSecondHeadOfAUnitIsRefused() throws Exception {
        String csv = "ho_ten;ma_don_vi;chuc_vu;tu_ngay\n"
                + "Người Một;TP-PKT;Trưởng ban;01/01/2026\n";
        String preview = upload("PEOPLE", csv);
        assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].message")).singleElement().asString()
                .startsWith("Dòng 2: trong thời gian này, Lương Văn Thành đang giữ chức vụ đó");
    }

    @Test
    void thePageShowsThePreviewThenTheProgressAndTheResult() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("file", "don-vi-loi.csv", "text/csv",
                (UNITS_HEADER + prefix + "-A;Tổ A;Khác;TP-XYZ;01/01/2026\n").getBytes(StandardCharsets.UTF_8));
        String badPage = mvc.perform(get(location(mvc.perform(multipart("/admin/import").file(bad).param("kind", "UNITS")
                        .session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl())).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badPage).contains("Dòng 2: mã đơn vị cha &#39;TP-XYZ&#39; không tồn tại.", "table-danger")
                .doesNotContain("import-confirm");

        MockMultipartFile good = new MockMultipartFile("file", "don-vi.csv", "text/csv",
                ("\uFEFF" + unitRows(20).replace(';', ',')).getBytes(StandardCharsets.UTF_8));
        String page = location(mvc.perform(multipart("/admin/import").file(good).param("kind", "UNITS")
                .session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl());
        assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString())
                .contains("import-confirm", "Xác nhận nhập 20 dòng");
        String id = page.substring(page.lastIndexOf('/') + 1);
        mvc.perform(post(page + "/confirm").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        awaitEnd(id);
        String fragment = mvc.perform(get(page + "/progress").header("HX-Request", "true").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Đã nhập xong 20 dòng.", "Đã nhập 20/20 dòng (100%)").doesNotContain("hx-trigger");
        assertThat(unitsWithPrefix()).isEqualTo(20);
    }

    private static String location(String redirect) {
        assertThat(redirect).startsWith("/admin/import/");
        return redirect;
    }

    @Test
    void aFileAboveFiveMegabytesIsRefusedWithAClearMessage() throws Exception {
        byte[] large = new byte[OrgImports.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        mvc.perform(post("/api/v1/org/imports").param("kind", "UNITS").header("Authorization", token)
                        .contentType("text/csv").content(large))
                .andExpect(status().is(413))
                .andExpect(jsonPath("$.detail").value("Tệp lớn hơn 5 MB. Hãy chia thành nhiều tệp nhỏ hơn."));
        String redirect = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "lon.csv", "text/csv", large))
                        .param("kind", "UNITS").session(session).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(redirect).session(session)).andReturn().getResponse().getContentAsString())
                .contains("Tệp lớn hơn 5 MB");
    }

    @Test
    void theExampleFilesImportIntoTheDemoProvince() throws Exception {
        for (String example : List.of("don-vi", "nhan-su")) {
            byte[] file = mvc.perform(get("/admin/import/examples/{name}.csv", example).session(session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String id = JsonPath.read(mvc.perform(post("/api/v1/org/imports")
                            .param("kind", example.equals("don-vi") ? "UNITS" : "PEOPLE")
                            .header("Authorization", token).contentType("text/csv").content(file))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("READY"))
                    .andReturn().getResponse().getContentAsString(), "$.id");
            confirm(id);
            assertThat(JsonPath.<String>read(awaitEnd(id), "$.status")).isEqualTo("SUCCEEDED");
        }
        assertThat(org.unitByCode(tenant, "TP-T3-CB")).isPresent();
    }
}
