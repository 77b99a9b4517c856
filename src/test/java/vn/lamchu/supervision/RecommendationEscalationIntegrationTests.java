package vn.lamchu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * A recommendation nobody answers escalates on exactly the right day — the first day after its due date — once,
 * to the addressed body's superior (UBND xã → UBND tỉnh) and the commune's Party committee; then it is answered by
 * the addressed body's leader and assessed by the Front. Through the REST API, with the seeded rules.
 */
@IntegrationTest
class RecommendationEscalationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;
    @Autowired RecommendationWatch watch;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    JsonNode call(MockHttpServletRequestBuilder request, String user, String body, int expected) throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String out = mvc.perform(request.header("Authorization", tokens.bearer(user))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    void moveTo(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(9, 0)).atZone(LegalTime.VIETNAM).toInstant());
    }

    @Test
    void anUnansweredRecommendationEscalatesOnceOnTheFirstDayAfterItsDueDate() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LegalTime.today(clock);
        JsonNode plan = call(post("/api/v1/supervision/plans"), "mattran.tp", """
                {"body":"FRONT","year":%d,"title":"Kế hoạch thử %s","adoptedOn":"%s"}"""
                .formatted(today.getYear(), tag, today), 201);
        JsonNode sv = call(post("/api/v1/supervision/plans/" + plan.get("id").asString() + "/supervisions"), "mattran.tp", """
                {"role":"LEAD","form":"TEAM","title":"Giám sát thử %s","topic":"Việc trả lời đơn thư",
                 "subjectUnitId":"%s","team":"Nguyễn Văn An – Chủ tịch","sessionOn":"%s"}"""
                .formatted(tag, tokens.unitId("TP-UBND"), today.plusDays(20)), 201);
        String id = sv.get("supervision").get("id").asString();
        // MTTQ-notice: 15 days before the session, moved back to a working day
        LocalDate noticeLatest = LocalDate.parse(sv.get("deadlines").get("noticeLatest").asString());
        assertThat(noticeLatest).isBetween(today.plusDays(2), today.plusDays(5));

        // a notice later than MTTQ-notice allows is refused; on time it is recorded
        moveTo(noticeLatest.plusDays(1));
        JsonNode late = call(post("/api/v1/supervision/" + id + "/steps"), "mattran.tp", """
                {"step":"NOTIFY"}""", 400);
        assertThat(late.toString()).contains("MTTQ-notice");
        clock.reset();
        call(post("/api/v1/supervision/" + id + "/steps"), "mattran.tp", "{\"step\":\"NOTIFY\"}", 200);
        call(post("/api/v1/supervision/" + id + "/steps"), "mattran.tp", "{\"step\":\"HOLD\"}", 200);

        JsonNode rec = call(post("/api/v1/supervision/" + id + "/recommendations"), "mattran.tp", """
                {"addressedUnitId":"%s","text":"Trả lời bằng văn bản cho người dân %s"}"""
                .formatted(tokens.unitId("TP-UBND"), tag), 201);
        String recId = rec.get("id").asString();
        LocalDate due = LocalDate.parse(rec.get("dueOn").asString());
        assertThat(rec.get("ruleId").asString()).isEqualTo("MTTQ-reply");
        assertThat(due).isAfterOrEqualTo(today.plusDays(15));

        // on the due date: a reminder, no escalation
        moveTo(due);
        watch.run();
        assertThat(events(recId, "REMINDER")).isEqualTo(1);
        assertThat(events(recId, "ESCALATION")).isZero();
        assertThat(teamReportLate(id)).as("MTTQ-team-report is due the same day").isZero();

        // the first day after: one escalation, however often the job runs
        moveTo(due.plusDays(1));
        watch.run();
        watch.run();
        assertThat(events(recId, "ESCALATION")).isEqualTo(1);
        assertThat(events(recId, "REMINDER")).isEqualTo(1);
        assertThat(teamReportLate(id)).isEqualTo(1);
        UUID superior = jdbc.sql("""
                        select superior_unit_id from sv_recommendation_event where recommendation_id = ? and kind = 'ESCALATION'""")
                .param(UUID.fromString(recId)).query(UUID.class).single();
        UUID party = jdbc.sql("""
                        select party_unit_id from sv_recommendation_event where recommendation_id = ? and kind = 'ESCALATION'""")
                .param(UUID.fromString(recId)).query(UUID.class).single();
        assertThat(superior).isEqualTo(tokens.unitId("HA-UBND"));
        assertThat(party).isEqualTo(tokens.unitId("TP-DU"));
        assertThat(jdbc.sql("select count(*) from sv_notice where subject_id = ? and kind = 'ESCALATION'")
                .param(UUID.fromString(recId)).query(Integer.class).single()).isEqualTo(4);
        JsonNode overdue = call(get("/api/v1/supervision/recommendations/" + recId), "mattran.tp", null, 200);
        assertThat(overdue.get("escalatedOn").asString()).isEqualTo(due.plusDays(1).toString());

        // nothing to follow up before the answer
        call(post("/api/v1/supervision/recommendations/" + recId + "/follow-up"), "mattran.tp",
                "{\"sessionOn\":\"" + due.plusDays(20) + "\"}", 409);
        // the Front may not answer for the committee; the committee's leader does, then the Front assesses
        call(post("/api/v1/supervision/recommendations/" + recId + "/answer"), "mattran.tp",
                "{\"answer\":\"Đã trả lời\"}", 403);
        JsonNode answered = call(post("/api/v1/supervision/recommendations/" + recId + "/answer"), "lanhdao.tp",
                "{\"answer\":\"UBND xã đã trả lời từng người dân bằng văn bản.\"}", 200);
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        call(post("/api/v1/supervision/recommendations/" + recId + "/assessment"), "mattran.tp",
                "{\"assessment\":\"PARTLY\"}", 400);
        JsonNode assessed = call(post("/api/v1/supervision/recommendations/" + recId + "/assessment"), "mattran.tp",
                "{\"assessment\":\"PARTLY\",\"reason\":\"Còn 2 hồ sơ chưa trả lời\",\"followUp\":\"Giám sát lại quý sau\"}", 200);
        assertThat(assessed.get("status").asString()).isEqualTo("ASSESSED");

        // a follow-up supervision of how it was carried out, in the Front's plan of that year, once
        int year = jdbc.sql("select p.year from sv_plan p join sv_supervision s on s.plan_id = p.id where s.id = ?")
                .param(UUID.fromString(id)).query(Integer.class).single();
        call(post("/api/v1/supervision/recommendations/" + recId + "/follow-up"), "mattran.tp",
                "{\"sessionOn\":\"" + (year + 5) + "-03-01\"}", 400);
        JsonNode followUp = call(post("/api/v1/supervision/recommendations/" + recId + "/follow-up"), "mattran.tp",
                "{\"sessionOn\":\"" + year + "-12-28\"}", 201);
        assertThat(followUp.get("title").asString()).startsWith("Giám sát lại việc thực hiện kiến nghị KN-");
        assertThat(followUp.get("topic").asString()).isEqualTo("Giám sát lại quý sau");
        assertThat(followUp.get("subjectUnitName").asString()).isEqualTo("Ủy ban nhân dân xã Tân Phú");
        call(post("/api/v1/supervision/recommendations/" + recId + "/follow-up"), "mattran.tp",
                "{\"sessionOn\":\"" + year + "-12-29\"}", 409);

        // another commune's staff do not see it
        call(get("/api/v1/supervision/recommendations/" + recId), "xuly.bm", null, 403);
    }

    @Test
    void anAnsweredRecommendationIsNeverEscalated() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        Recommendations recommendations = this.recommendations;
        JsonNode figuresBefore = call(get("/api/v1/supervision/figures"), "mattran.tp", null, 200);
        String supervision = jdbc.sql("""
                        select s.id from sv_supervision s join org_unit u on u.tenant_id = s.tenant_id and u.id = s.owner_unit_id
                        where u.code = 'TP-MTTQ' and s.status = 'CONCLUDED' limit 1""").query(UUID.class).single().toString();
        JsonNode rec = call(post("/api/v1/supervision/" + supervision + "/recommendations"), "mattran.tp", """
                {"addressedUnitId":"%s","text":"Kiến nghị được trả lời đúng hạn"}""".formatted(tokens.unitId("TP-UBND")), 201);
        String recId = rec.get("id").asString();
        call(post("/api/v1/supervision/recommendations/" + recId + "/answer"), "lanhdao.tp",
                "{\"answer\":\"Đã thực hiện.\"}", 200);
        moveTo(LocalDate.parse(rec.get("dueOn").asString()).plusDays(3));
        watch.run();
        assertThat(events(recId, "ESCALATION")).isZero();
        clock.reset();
        JsonNode figures = call(get("/api/v1/supervision/figures"), "mattran.tp", null, 200);
        assertThat(figures.get("recommendations").asInt()).isEqualTo(figuresBefore.get("recommendations").asInt() + 1);
        assertThat(figures.get("answered").asInt()).isEqualTo(figuresBefore.get("answered").asInt() + 1);
        assertThat(recommendations).isNotNull();
    }

    @Autowired Recommendations recommendations;

    int teamReportLate(String supervisionId) {
        return jdbc.sql("select count(*) from sv_notice where subject_id = ? and kind = 'TEAM_REPORT_LATE'")
                .param(UUID.fromString(supervisionId)).query(Integer.class).single();
    }

    int events(String recId, String kind) {
        return jdbc.sql("select count(*) from sv_recommendation_event where recommendation_id = ? and kind = ?")
                .params(UUID.fromString(recId), kind).query(Integer.class).single();
    }
}
