package vn.lamchu.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.identity.ApiTokens;
import vn.lamchu.rules.CalendarWorkingDays;
import vn.lamchu.rules.DayKind;
import vn.lamchu.rules.WorkingCalendar;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/**
 * The calendar on the real application and database: the seeded announcements, the public pages and API, and the
 * administrator's changes through the API (with a real personal token, so the audit log names the account) and
 * through the page (with Spring Security's mock user, as this branch has no demo accounts yet).
 */
@IntegrationTest
class CalendarIntegrationTests {

    private static final String NIL_TENANT = "00000000-0000-0000-0000-000000000000";

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkingCalendar workingCalendar;
    @Autowired
    CalendarWorkingDays calendar;
    @Autowired
    CachedWorkingCalendar cachedCalendar;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** An account with a role, in a tenant of its own, and a personal API token for it. */
    private record Staff(String username, String token) {
    }

    private Staff staff(String role) {
        UUID tenant = UUID.randomUUID();
        UUID jurisdiction = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        String suffix = tenant.toString().substring(0, 8);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into tenant (id, code, name, created_at) values (?, ?, ?, ?)")
                .params(tenant, "CAL-" + suffix, "Tỉnh thử lịch " + suffix, now).update();
        jdbc.sql("insert into jurisdiction (tenant_id, id, level, code, name, valid_from) values (?, ?, 'PROVINCE', ?, ?, ?)")
                .params(tenant, jurisdiction, "J-" + suffix, "Tỉnh thử lịch", Date.valueOf("2025-07-01")).update();
        jdbc.sql("""
                        insert into org_unit (tenant_id, id, jurisdiction_id, kind, code, name, valid_from, created_at)
                        values (?, ?, ?, 'AREA', ?, ?, ?, ?)""")
                .params(tenant, unit, jurisdiction, "U-" + suffix, "Văn phòng thử lịch", Date.valueOf("2025-07-01"), now)
                .update();
        String username = "lich." + role.toLowerCase() + "." + suffix;
        jdbc.sql("""
                        insert into account (tenant_id, id, username, display_name, password_hash, unit_id,
                                             password_changed_at, created_at)
                        values (?, ?, ?, ?, 'unused', ?, ?, ?)""")
                .params(tenant, account, username, "Cán bộ thử lịch", unit, now, now).update();
        jdbc.sql("insert into account_role (tenant_id, account_id, role) values (?, ?, ?)").params(tenant, account, role).update();
        return new Staff(username, tokens.issue(new TenantId(tenant), account, "lịch", null).token());
    }

    private static RequestPostProcessor bearer(Staff staff) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + staff.token());
            return request;
        };
    }

    private static RequestPostProcessor rulesManager() {
        return user("quantri.lich").authorities(
                new SimpleGrantedAuthority("RULES_MANAGE"),
                new SimpleGrantedAuthority("OFFICE_ACCESS"));
    }

    private static String dayJson(String kind, String name, String source, long version) {
        return """
                {"kind": "%s", "name": "%s", "source": "%s", "version": %d}""".formatted(kind, name, source, version);
    }

    @Test
    void theAnnouncedDaysOf2025And2026AreSeeded() {
        assertThat(workingCalendar.day(LocalDate.of(2026, 8, 22))).satisfies(day -> {
            assertThat(day.kind()).isEqualTo(DayKind.WORKING_DAY);
            assertThat(day.source()).contains("9441/TB-BNV");
        });
        assertThat(workingCalendar.day(LocalDate.of(2026, 4, 27)).kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(workingCalendar.day(LocalDate.of(2025, 5, 2)).kind()).isEqualTo(DayKind.SWAPPED_DAY_OFF);
        assertThat(workingCalendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isAnnounced(2025)).isTrue();
        assertThat(calendar.isAnnounced(2026)).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo("2026-02-23");
        assertThat(calendar.year(2026).workingDayCount()).isEqualTo(250);
    }

    @Test
    void thePublicApiListsAYearsDaysOffWithNamesAndSources() throws Exception {
        mvc.perform(get("/api/v1/rules/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.announced").value(true))
                .andExpect(jsonPath("$.legalBasis").value(containsString("9441/TB-BNV")))
                .andExpect(jsonPath("$.workingDays").value(250))
                .andExpect(jsonPath("$.daysOff[?(@.date == '2026-02-17')].name").value(hasItem("Tết Nguyên đán (mùng 1 Tết)")))
                .andExpect(jsonPath("$.daysOff[?(@.date == '2026-02-17')].lunarDate.text").value(hasItem("1/1/2026")))
                .andExpect(jsonPath("$.workedWeekendDays.length()").value(2));
        mvc.perform(get("/api/v1/rules/calendar/day/2026-04-27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day.kind").value("COMPENSATORY_DAY_OFF"))
                .andExpect(jsonPath("$.day.working").value(false))
                .andExpect(jsonPath("$.day.source").value("Bộ luật Lao động 2019, Điều 111 khoản 3"))
                .andExpect(jsonPath("$.day.lunarDate.text").value("11/3/2026"))
                .andExpect(jsonPath("$.nextWorkingDay").value("2026-04-28"));
        mvc.perform(get("/api/v1/rules/calendar/2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.announced").value(false))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/rules/calendar/{year}")))
                .andExpect(content().string(containsString("/api/v1/admin/calendar/{year}/days/{date}")));
    }

    @Test
    void badDatesAndYearsAreProblemDetailsNotServerErrors() throws Exception {
        mvc.perform(get("/api/v1/rules/calendar/day/2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/rules/calendar/2300"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("1900")));
        mvc.perform(get("/api/v1/rules/calendar/abc")).andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorChangesNextYearThroughTheApiAndTheCalendarFollows() throws Exception {
        Staff admin = staff("ADMINISTRATOR");
        LocalDate cultureDay = LocalDate.of(2027, 11, 24);
        assertThat(workingCalendar.day(cultureDay).kind()).isEqualTo(DayKind.WORKING_DAY);
        long version = calendar.year(2027).version();
        assertThat(version).isZero();
        try {
            mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-11-24").with(bearer(admin))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(dayJson("PUBLIC_HOLIDAY", "Ngày Văn hóa Việt Nam", "Bộ luật Lao động (sửa đổi), Điều 112", 0)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.announced").value(false))
                    .andExpect(jsonPath("$.daysOff[?(@.date == '2027-11-24')].name").value(hasItem("Ngày Văn hóa Việt Nam")));

            assertThat(workingCalendar.day(cultureDay)).satisfies(day -> {
                assertThat(day.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
                assertThat(day.name()).isEqualTo("Ngày Văn hóa Việt Nam");
                assertThat(day.source()).isEqualTo("Bộ luật Lao động (sửa đổi), Điều 112");
            });
            assertThat(calendar.year(2027).stored()).isTrue();
            // The computed default was stored with the change: Tết 2027 is still there.
            assertThat(workingCalendar.day(LocalDate.of(2027, 2, 6)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);

            List<Map<String, Object>> audit = jdbc.sql("""
                            select actor, action, entity_type, entity_id, details from audit_entry
                            where tenant_id = ?::uuid and entity_id in ('2027', '2027-11-24') order by seq""")
                    .param(NIL_TENANT).query().listOfRows();
            assertThat(audit).extracting(row -> row.get("action")).containsSubsequence("store-default", "create");
            assertThat(audit).filteredOn(row -> "create".equals(row.get("action"))).last()
                    .satisfies(row -> {
                        assertThat(row.get("actor")).isEqualTo(admin.username());
                        assertThat(row.get("entity_type")).isEqualTo("calendar_day");
                        assertThat((String) row.get("details")).contains("Ngày Văn hóa Việt Nam");
                    });

            mvc.perform(delete("/api/v1/admin/calendar/2027/days/2027-11-24").param("version", "1").with(bearer(admin)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(2));
            assertThat(workingCalendar.day(cultureDay).kind()).isEqualTo(DayKind.WORKING_DAY);

            mvc.perform(put("/api/v1/admin/calendar/2027/announcement").with(bearer(admin))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"legalBasis\": \"Thông báo thử nghiệm\", \"version\": 2}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.announced").value(true))
                    .andExpect(jsonPath("$.version").value(3));
            assertThat(calendar.isAnnounced(2027)).isTrue();
        } finally {
            long current = administration.read(2027).version();
            if (current > 0) {
                administration.resetToDefault(2027, current);
            }
        }
        assertThat(calendar.isAnnounced(2027)).isFalse();
        assertThat(calendar.year(2027).stored()).isFalse();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflict() throws Exception {
        Staff admin = staff("ADMINISTRATOR");
        mvc.perform(put("/api/v1/admin/calendar/2026/days/2026-11-24").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(dayJson("PUBLIC_HOLIDAY", "Ngày Văn hóa Việt Nam", "Thử", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("vừa được người khác thay đổi")));
        assertThat(workingCalendar.day(LocalDate.of(2026, 11, 24)).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void invalidChangesAreRefusedWithFieldMessages() throws Exception {
        Staff admin = staff("ADMINISTRATOR");
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-06").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(dayJson("WEEKEND", "Cuối tuần", "Thử", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Chọn một loại ngày")));
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-03").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(dayJson("WORKING_DAY", "Làm bù", "Thử", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."));
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-03").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(dayJson("PUBLIC_HOLIDAY", " ", "Thử", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2028-01-03").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(dayJson("PUBLIC_HOLIDAY", "Lễ", "Thử", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày phải thuộc năm đang sửa."));
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-02-29").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(dayJson("PUBLIC_HOLIDAY", "Lễ", "Thử", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-03").with(bearer(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(calendar.year(2027).stored()).as("nothing stored").isFalse();
    }

    @Test
    void onlyAccountsWithRulesManageMayChangeTheCalendar() throws Exception {
        String body = dayJson("PUBLIC_HOLIDAY", "Lễ", "Thử", 0);
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-03").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/admin/calendar/2027/days/2027-03-03").with(bearer(staff("HANDLING_OFFICER")))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/calendar").with(user("xuly").authorities(
                        new SimpleGrantedAuthority("OFFICE_ACCESS"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdminPageShowsTheYearAndEditsItWithMessagesNextToFields() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(rulesManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã công bố")))
                .andExpect(content().string(containsString("Thông báo 9441/TB-BNV")))
                .andExpect(content().string(containsString("Tết Nguyên đán (mùng 1 Tết)")));
        mvc.perform(get("/admin/calendar").param("year", "2095").with(rulesManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mặc định tính toán")));

        mvc.perform(post("/admin/calendar/2095/days").with(rulesManager()).with(csrf())
                        .param("date", "2095-03-02").param("kind", "WORKING_DAY").param("name", "Làm bù")
                        .param("source", "Thử").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Dữ liệu gửi lên chưa hợp lệ.")))
                .andExpect(content().string(containsString("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.")));
        mvc.perform(post("/admin/calendar/2095/days").with(rulesManager()).with(csrf())
                        .param("date", "").param("kind", "").param("name", "").param("source", "").param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nhập ngày hợp lệ")))
                .andExpect(content().string(containsString("Nhập tên ngày")))
                .andExpect(content().string(containsString("Nhập căn cứ")));
        assertThat(calendar.year(2095).stored()).isFalse();

        try {
            mvc.perform(post("/admin/calendar/2095/days").with(rulesManager()).with(csrf())
                            .param("date", "2095-03-02").param("kind", "PUBLIC_HOLIDAY").param("name", "Ngày lễ thử")
                            .param("source", "Văn bản thử").param("version", "0"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/admin/calendar?year=2095"));
            assertThat(workingCalendar.day(LocalDate.of(2095, 3, 2)).name()).isEqualTo("Ngày lễ thử");

            mvc.perform(post("/admin/calendar/2095/days").with(rulesManager()).with(csrf())
                            .param("date", "2095-03-03").param("kind", "PUBLIC_HOLIDAY").param("name", "Ngày lễ khác")
                            .param("source", "Văn bản thử").param("version", "0"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("vừa được người khác thay đổi")));

            mvc.perform(post("/admin/calendar/2095/announce").with(rulesManager()).with(csrf())
                            .param("legalBasis", "").param("version", "1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Nhập số hiệu, ngày của văn bản thông báo")));
            mvc.perform(get("/admin/calendar/2095/days/2095-03-02").with(rulesManager()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Sửa ngày 02/03/2095")))
                    .andExpect(content().string(containsString("value=\"Văn bản thử\"")));
            mvc.perform(post("/admin/calendar/2095/days/2095-03-02/delete").with(rulesManager()).with(csrf())
                            .param("version", "1"))
                    .andExpect(status().is3xxRedirection());
            assertThat(workingCalendar.day(LocalDate.of(2095, 3, 2)).kind()).isEqualTo(DayKind.WORKING_DAY);
            mvc.perform(post("/admin/calendar/2095/reset").with(rulesManager()).with(csrf()).param("version", "2"))
                    .andExpect(status().is3xxRedirection());
        } finally {
            long current = administration.read(2095).version();
            if (current > 0) {
                administration.resetToDefault(2095, current);
            }
        }
        assertThat(calendar.year(2095).stored()).isFalse();
    }

    @Test
    void thePublicPageShowsAYearToAnyone() throws Exception {
        mvc.perform(get("/deadlines/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bính Ngọ")))
                .andExpect(content().string(containsString("17/02/2026")))
                .andExpect(content().string(containsString("Thông báo 9441/TB-BNV")))
                .andExpect(content().string(containsString("250")));
        mvc.perform(get("/deadlines/calendar/2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mặc định tính toán")));
        mvc.perform(get("/deadlines/calendar/2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Public holidays 2026")));
    }

    /**
     * A change made on another node reaches this one at its next revision check (that it is not seen before the
     * check is shown by the unit test, where no background check can run in between).
     */
    @Test
    void aChangeMadeByAnotherNodeIsSeenAfterTheRevisionCheck() {
        LocalDate day = LocalDate.of(2096, 3, 6);
        assertThat(workingCalendar.day(day).kind()).isEqualTo(DayKind.WORKING_DAY);
        try {
            jdbc.sql("insert into calendar_year (year, announced, version, updated_at, updated_by) values (2096, false, 1, now(), 'node-2')").update();
            jdbc.sql("insert into calendar_special_day (day, year, kind, name, source) values ('2096-03-06', 2096, 'PUBLIC_HOLIDAY', 'Ngày thử', 'Thử')").update();
            jdbc.sql("update calendar_revision set revision = revision + 1").update();
            cachedCalendar.refresh();
            assertThat(workingCalendar.day(day).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        } finally {
            jdbc.sql("delete from calendar_year where year = 2096").update();
            jdbc.sql("update calendar_revision set revision = revision + 1").update();
            cachedCalendar.refresh();
        }
        assertThat(workingCalendar.day(day).kind()).isEqualTo(DayKind.WORKING_DAY);
    }
}
