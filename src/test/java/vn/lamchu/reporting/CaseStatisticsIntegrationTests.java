package vn.lamchu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * The rollup kept by the trigger gives the same figures as grouping the case table directly (the oracle), through
 * intake, closing on time and late, forwarding to another unit and reopening, folded or not; the API refuses bad
 * input with problem details.
 */
@IntegrationTest
class CaseStatisticsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseHandling handling;
    @Autowired CaseStatFold fold;
    @Autowired OrgDirectory org;
    @Autowired MutableClock clock;
    @Autowired javax.sql.DataSource dataSource;

    DemoTokens tokens;
    String officer;
    String leader;
    String province;

    @BeforeEach
    void signIn() {
        tokens = new DemoTokens(jdbc, apiTokens);
        officer = tokens.bearer("xuly.tp");
        leader = tokens.bearer("lanhdao.tp");
        province = tokens.bearer("quantri");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode call(String bearer, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        String out = mvc.perform(request.header("Authorization", bearer)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    JsonNode receive(String kind, String channel) throws Exception {
        return call(officer, "POST", "/api/v1/cases", """
                {"channel":"%s","kind":"%s","title":"Thống kê %s","body":"Nội dung kiểm tra số liệu thống kê %s.",
                 "category":"HA_TANG","placeUnitId":"%s","senders":[{"name":"Trần Thị Bình","address":"Thôn 2, xã Tân Phú"}]}"""
                .formatted(channel, kind, UUID.randomUUID(), UUID.randomUUID(), tokens.unitId("TP")), 201);
    }

    int version(String id) throws Exception {
        return call(officer, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
    }

    void classify(String id, String competence) throws Exception {
        call(officer, "POST", "/api/v1/cases/" + id + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"ELIGIBLE","competence":"%s","signatories":"ONE"}"""
                .formatted(version(id), competence), 200);
    }

    void answer(String id) throws Exception {
        classify(id, "WITHIN");
        call(officer, "POST", "/api/v1/cases/" + id + "/propose", """
                {"version":%d,"kind":"ACCEPT","text":"Giao Phòng Kinh tế kiểm tra."}""".formatted(version(id)), 200);
        call(leader, "POST", "/api/v1/cases/" + id + "/approve", "{\"version\":%d}".formatted(version(id)), 200);
        call(officer, "POST", "/api/v1/cases/" + id + "/propose", """
                {"version":%d,"kind":"ANSWER","text":"UBND xã đã xử lý xong."}""".formatted(version(id)), 200);
        call(leader, "POST", "/api/v1/cases/" + id + "/approve", "{\"version\":%d}".formatted(version(id)), 200);
    }

    /** By kind: received, closed, on time, late, open at the end, overdue at the end (rows of zeros left out). */
    Map<String, List<Long>> fromApi(String unitCode, int year, Integer quarter) throws Exception {
        JsonNode figures = call(province, "GET", "/api/v1/statistics/cases?unit=" + unitCode + "&year=" + year
                + (quarter == null ? "" : "&quarter=" + quarter), null, 200);
        Map<String, List<Long>> out = new TreeMap<>();
        for (JsonNode r : figures.get("byKind")) {
            List<Long> v = List.of(r.get("received").asLong(), r.get("closed").asLong(), r.get("closedOnTime").asLong(),
                    r.get("closedLate").asLong(), r.get("openAtEnd").asLong(), r.get("overdueAtEnd").asLong());
            if (v.stream().anyMatch(x -> x != 0)) {
                out.put(r.get("value").asString(), v);
            }
        }
        return out;
    }

    /** The oracle: the same figures by grouping citizen_case (with the deadlines recorded at closing). */
    Map<String, List<Long>> fromCases(String unitCode, int year, Integer quarter) {
        UUID unit = tokens.unitId(unitCode);
        TenantId tenant = new TenantId(jdbc.sql("select tenant_id from org_unit where id = :id").param("id", unit)
                .query(UUID.class).single());
        List<UUID> scope = org.subtree(tenant, new UnitId(unit)).stream().map(UnitId::value).toList();
        LocalDate from = LocalDate.of(year, quarter == null ? 1 : quarter * 3 - 2, 1);
        LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : from.plusMonths(3).minusDays(1);
        LocalDate today = LegalTime.today(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;
        Map<String, List<Long>> out = new TreeMap<>();
        jdbc.sql("""
                        select c.content_kind,
                               count(*) filter (where c.received_on between :from and :to),
                               count(*) filter (where c.closed_on between :from and :to),
                               count(*) filter (where c.closed_on between :from and :to and c.closed_on <= d.due),
                               count(*) filter (where c.closed_on between :from and :to and c.closed_on > d.due),
                               count(*) filter (where c.received_on <= :asOf and (c.closed_on is null or c.closed_on > :asOf)),
                               count(*) filter (where c.received_on <= :asOf and (c.closed_on is null or c.closed_on > :asOf)
                                                  and d.due < :asOf)
                        from citizen_case c
                             left join case_stat_deadline s on s.tenant_id = c.tenant_id and s.case_id = c.id
                             cross join lateral (select case when c.closed_on is null then c.due_on
                                                             else coalesce(s.due_on, c.due_on) end due) d
                        where c.tenant_id = :tenant and c.handling_unit_id in (:scope)
                        group by c.content_kind""")
                .param("tenant", tenant.value()).param("scope", scope).param("from", from).param("to", to)
                .param("asOf", asOf)
                .query((rs, n) -> {
                    List<Long> v = List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7));
                    if (v.stream().anyMatch(x -> x != 0)) {
                        out.put(rs.getString(1), v);
                    }
                    return null;
                }).list();
        return out;
    }

    void assertExact() throws Exception {
        LocalDate today = LegalTime.today(clock);
        int year = today.getYear();
        int quarter = (today.getMonthValue() + 2) / 3;
        for (String unit : List.of("TP", "TP-VP", "BM", "HA")) {
            assertThat(fromApi(unit, year, null)).as("unit %s, year %d", unit, year)
                    .isEqualTo(fromCases(unit, year, null));
            assertThat(fromApi(unit, year, quarter)).as("unit %s, quarter %d", unit, quarter)
                    .isEqualTo(fromCases(unit, year, quarter));
        }
        assertThat(fromApi("HA", year - 1, null)).isEqualTo(fromCases("HA", year - 1, null));
        // the rollup of open cases by deadline (with the deltas not yet folded) is the open cases, deadline by deadline
        String openCases = """
                select tenant_id, handling_unit_id unit_id, due_on, content_kind, count(*) n from citizen_case
                where closed_on is null and due_on is not null group by 1, 2, 3, 4 order by 1, 2, 3, 4""";
        String rollup = """
                select tenant_id, unit_id, due_on, content_kind, cast(sum(n) as bigint) n from (
                    select tenant_id, unit_id, due_on, content_kind, open n from case_open_due
                    union all
                    select tenant_id, unit_id, due_on, content_kind, sign from case_stat_delta
                    where closed_on is null and due_on is not null) r
                group by 1, 2, 3, 4 having sum(n) <> 0 order by 1, 2, 3, 4""";
        assertThat(jdbc.sql(rollup).query().listOfRows()).isEqualTo(jdbc.sql(openCases).query().listOfRows());
    }

    @Test
    void figuresStayExactThroughIntakeClosingForwardingAndReopeningFoldedOrNot() throws Exception {
        assertExact();
        JsonNode kept = receive("FEEDBACK", "POST");
        JsonNode answered = receive("RECOMMENDATION", "HOTLINE");
        JsonNode forwarded = receive("FEEDBACK", "EMAIL");
        JsonNode late = receive("FEEDBACK", "RECEPTION");
        assertExact();
        fold.foldAll();
        assertExact();

        String id = answered.get("caseId").asString();
        answer(id);
        assertExact();

        String fid = forwarded.get("caseId").asString();
        classify(fid, "OUTSIDE");
        call(leader, "POST", "/api/v1/cases/" + fid + "/decide", """
                {"version":%d,"kind":"FORWARD","text":"Thuộc phường Bình Minh.","targetUnitId":"%s"}"""
                .formatted(version(fid), tokens.unitId("BM-VP")), 200);
        assertExact();
        fold.foldAll();
        assertExact();

        // a poor rating reopens the question; the leader has it answered anew
        TenantId tenant = new TenantId(jdbc.sql("select tenant_id from citizen_case where id = :id")
                .param("id", UUID.fromString(id)).query(UUID.class).single());
        handling.rate(tenant, ReceiptCode.of(answered.get("receiptCode").asString()), 1, "Chưa thỏa đáng");
        assertExact();
        call(leader, "POST", "/api/v1/cases/" + id + "/reopen", """
                {"version":%d,"reason":"Xem xét lại nội dung trả lời."}""".formatted(version(id)), 200);
        assertExact();

        // past its deadline: overdue while open, then closed late
        clock.advance(Duration.ofDays(25));
        assertThat(fromApi("TP-VP", LegalTime.today(clock).getYear(), null).values().stream().mapToLong(v -> v.get(5)).sum())
                .isPositive();
        assertExact();
        answer(late.get("caseId").asString());
        assertExact();
        fold.foldAll();
        assertExact();
        assertThat(kept).isNotNull();
    }

    @Test
    void whileAnotherNodeFoldsThisOneSkipsAndTheFiguresStayExact() throws Exception {
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CaseStatFold.LOCK);
                lock.execute();
            }
            receive("COMPLAINT", "POST");
            assertThat(fold.foldAll()).isZero();
            long waiting = jdbc.sql("select coalesce(max(seq), 0) from case_stat_delta").query(Long.class).single();
            assertThat(waiting).isPositive();
            assertExact();
            other.rollback();
            fold.foldAll();
            assertThat(jdbc.sql("select count(*) from case_stat_delta where seq <= :seq").param("seq", waiting)
                    .query(Long.class).single()).as("the deltas left while the other node held the lock").isZero();
        }
        assertExact();
    }

    @Test
    void badInputIsAProblemNeverAServerError() throws Exception {
        mvc.perform(get("/api/v1/statistics/cases?unit=HA&year=99999").header("Authorization", province))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/statistics/cases?unit=HA&year=abc").header("Authorization", province))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/cases?unit=HA&quarter=5").header("Authorization", province))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/cases?unit=NO-SUCH-UNIT").header("Authorization", province))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/statistics/cases?unit=" + UUID.randomUUID()).header("Authorization", province))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics/cases?unit=BM").header("Authorization", officer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics/cases?unit=HA").header("Authorization", officer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics/cases?unit=TP-VP&quarter=4").header("Authorization", officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value("TP-VP"));
        mvc.perform(get("/api/v1/statistics/cases").header("Authorization", tokens.bearer("kiemtoan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value("HA"));
    }

    @Test
    void thePageShowsTheFiguresAndAVietnameseMessageForABadYear() throws Exception {
        var session = vn.lamchu.support.DemoLogin.as(mvc, "lanhdao.tp");
        String page = mvc.perform(get("/office/statistics").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thống kê đơn thư", "Theo loại đơn", "Tiếp nhận trong kỳ", "id=\"stat-received\"");
        String bad = mvc.perform(get("/office/statistics?year=99999").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("is-invalid", "Năm phải từ 1990 đến");
        mvc.perform(get("/office/statistics?unit=BM").session(session)).andExpect(status().isNotFound());
    }
}
