package vn.lamchu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.lamchu.support.IntegrationTest;

@IntegrationTest
class AuditPagesIntegrationTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    MockMvc mvc;
    AuditFixtures fixtures;
    AuditFixtures.Staff staff;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = AuditFixtures.of(context);
        staff = fixtures.staff();
    }

    MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username)
                        .param("password", AuditFixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/office")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    long lastSeq() {
        return jdbc.queryForObject("select last_seq from audit_chain_head where tenant_id = ?", Long.class,
                staff.tenant().value());
    }

    @Test
    void theLogPageListsTheTenantsEntriesNewestFirstAndPagesBySequenceNumber() throws Exception {
        fixtures.append(staff.tenant(), 60);
        MockHttpSession session = signIn(staff.auditor());
        long last = lastSeq();

        String first = mvc.perform(get("/admin/audit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-" + last + "\"")))
                .andExpect(content().string(containsString("id=\"older-page\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.indexOf("id=\"entry-" + last + "\"")).isLessThan(first.indexOf("id=\"entry-" + (last - 1) + "\""));
        assertThat(first).doesNotContain("id=\"entry-" + (last - 50) + "\"");

        mvc.perform(get("/admin/audit").param("before", Long.toString(last - 49)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-" + (last - 50) + "\"")))
                .andExpect(content().string(not(containsString("id=\"entry-" + (last - 49) + "\""))));
    }

    @Test
    void theLogIsFilteredByRecordActorActionAndDate() throws Exception {
        fixtures.append(staff.tenant(), 5);
        MockHttpSession session = signIn(staff.auditor());
        String today = vn.lamchu.shared.LegalTime.today(clock).toString();

        String page = mvc.perform(get("/admin/audit").session(session)
                        .param("entityType", "test_record").param("entityId", "r-3").param("actor", "SYSTEM")
                        .param("action", "update").param("from", today).param("to", today))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Pattern.compile("id=\"entry-\\d+\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(page).contains("r-3").contains("lý do 3");
    }

    @Test
    void aReversedDateRangeIsShownBesideTheFieldNotAsAnError() throws Exception {
        MockHttpSession session = signIn(staff.auditor());

        mvc.perform(get("/admin/audit").session(session).param("from", "2026-05-02").param("to", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")));
        mvc.perform(get("/admin/audit").session(session).param("from", "2-5-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("open=\"open\"")))
                .andExpect(content().string(containsString("Ngày không hợp lệ.")));
    }

    @Test
    void anEntryPageShowsItsHashesAndAMissingEntryIsNotFound() throws Exception {
        fixtures.append(staff.tenant(), 1);
        MockHttpSession session = signIn(staff.auditor());
        String hash = java.util.HexFormat.of().formatHex((byte[]) fixtures.row(staff.tenant(), 1).get("hash"));

        mvc.perform(get("/admin/audit/1").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(hash)));
        mvc.perform(get("/admin/audit/999999").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void staffWithoutTheAuditPermissionCannotReadOrVerify() throws Exception {
        MockHttpSession session = signIn(staff.officer());

        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verify").session(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + staff.officerToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verify").header("Authorization", "Bearer " + staff.officerToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIntegrityCheckRunsInTheBackgroundAndReportsTheCount() throws Exception {
        fixtures.append(staff.tenant(), 12);
        MockHttpSession session = signIn(staff.auditor());
        long entries = lastSeq();

        String started = mvc.perform(post("/admin/audit/verify").session(session).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification-status\"")))
                .andReturn().getResponse().getContentAsString();
        String done = awaitFinished(session, started);

        assertThat(done).contains("id=\"verification-intact\"").contains("Toàn vẹn: " + entries + " bản ghi")
                .doesNotContain("hx-trigger");
    }

    @Test
    void theIntegrityCheckNamesTheBrokenEntryWithALinkToIt() throws Exception {
        fixtures.append(staff.tenant(), 8);
        MockHttpSession session = signIn(staff.auditor());
        long target = lastSeq() - 3;
        Map<String, Object> original = fixtures.row(staff.tenant(), target);
        fixtures.tamper("update audit_entry set reason = 'đã sửa' where tenant_id = '" + staff.tenant().value()
                + "' and seq = " + target);
        try {
            String started = mvc.perform(post("/admin/audit/verify").session(session).with(csrf()).header("HX-Request", "true"))
                    .andReturn().getResponse().getContentAsString();
            String done = awaitFinished(session, started);

            assertThat(done).contains("id=\"verification-broken\"")
                    .contains("Bản ghi số " + target)
                    .contains("href=\"/admin/audit/" + target + "\"");
        } finally {
            fixtures.tamper("delete from audit_entry where tenant_id = '" + staff.tenant().value() + "' and seq = " + target);
            fixtures.reinsert(List.of(original));
        }
    }

    @Test
    void withoutJavaScriptTheCheckRedirectsToThePageThatShowsIt() throws Exception {
        MockHttpSession session = signIn(staff.auditor());

        String location = mvc.perform(post("/admin/audit/verify").session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/audit?verification=*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification-status\"")));
    }

    @Test
    void theApiListsThePageWithTheKeyOfTheNextOlderPage() throws Exception {
        fixtures.append(staff.tenant(), 5);
        long last = lastSeq();

        mvc.perform(get("/api/v1/audit").param("size", "2").header("Authorization", "Bearer " + staff.auditorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].seq").value(last))
                .andExpect(jsonPath("$.entries[1].seq").value(last - 1))
                .andExpect(jsonPath("$.olderBefore").value(last - 1));
        mvc.perform(get("/api/v1/audit").param("entityId", "r-2").header("Authorization", "Bearer " + staff.auditorToken()))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].entityId").value("r-2"));
    }

    @Test
    void theApiRefusesBadFiltersWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "hôm qua").header("Authorization", "Bearer " + staff.auditorToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/audit").param("size", "0").header("Authorization", "Bearer " + staff.auditorToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://lamchu.vn/problems/audit.filter.size"));
    }

    @Test
    void theApiVerifiesTheTenantsChainSynchronously() throws Exception {
        fixtures.append(staff.tenant(), 4);
        long entries = lastSeq();

        mvc.perform(post("/api/v1/audit/verify").header("Authorization", "Bearer " + staff.auditorToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(entries))
                .andExpect(jsonPath("$.tenant").value(staff.tenant().value().toString()));
    }

    /** Polls the fragment as HTMX would until it stops asking to be polled. */
    private String awaitFinished(MockHttpSession session, String fragment) {
        Matcher poll = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(fragment);
        if (!poll.find()) {
            return fragment;
        }
        String url = poll.group(1);
        String[] last = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = mvc.perform(get(url).session(session).header("HX-Request", "true"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            return !last[0].contains("hx-trigger");
        });
        return last[0];
    }
}
