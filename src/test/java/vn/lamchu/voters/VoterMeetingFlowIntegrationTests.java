package vn.lamchu.voters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Issue #6 (voter meetings) through the REST API: the deputy records a meeting with two opinions; both become cases in
 * the commune's worklist; the commune answers one; the meeting, the figures, the compilation and its report say 1 of 2
 * answered; the portal shows the answer without the voter's name.
 */
@IntegrationTest
class VoterMeetingFlowIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired Clock clock;

    DemoTokens tokens;
    String deputy;
    String officer;
    String leader;

    @BeforeEach
    void signIn() {
        tokens = new DemoTokens(jdbc, apiTokens);
        deputy = tokens.bearer("daibieu.tp");
        officer = tokens.bearer("xuly.tp");
        leader = tokens.bearer("lanhdao.tp");
    }

    JsonNode call(String bearer, String method, String path, String body, int expected) throws Exception {
        var request = "GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        var builder = bearer == null ? request : request.header("Authorization", bearer);
        String out = mvc.perform(builder).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    String council() {
        return tokens.unitId("TP-HDND").toString();
    }

    String heldMeeting(int voters) throws Exception {
        LocalDate today = LegalTime.today(clock);
        String id = call(deputy, "POST", "/api/v1/voters/meetings", """
                {"councilUnitId":"%s","timing":"THEMATIC","topic":"Giao thông nông thôn","placeUnitId":"%s",
                 "venue":"Nhà văn hóa Thôn 2","startsAt":"%sT08:00:00"}""".formatted(council(), tokens.unitId("TP"), today),
                201).get("id").asString();
        JsonNode held = call(deputy, "POST", "/api/v1/voters/meetings/" + id + "/held", """
                {"version":0,"heldOn":"%s","votersAttending":%d}""".formatted(today, voters), 200);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        return id;
    }

    JsonNode raise(String meeting, String kind, String text) throws Exception {
        return call(deputy, "POST", "/api/v1/voters/meetings/" + meeting + "/opinions", """
                {"kind":"%s","text":"%s","voterName":"Lò Văn Cử","voterAddress":"Thôn 2, xã Tân Phú"}"""
                .formatted(kind, text), 201);
    }

    int version(String caseId) throws Exception {
        return call(officer, "GET", "/api/v1/cases/" + caseId, null, 200).get("theCase").get("version").asInt();
    }

    void answer(String caseId, String text) throws Exception {
        call(officer, "POST", "/api/v1/cases/" + caseId + "/classify", """
                {"version":%d,"kind":"RECOMMENDATION","eligibility":"ELIGIBLE","competence":"WITHIN","signatories":"ONE"}"""
                .formatted(version(caseId)), 200);
        call(officer, "POST", "/api/v1/cases/" + caseId + "/propose", """
                {"version":%d,"kind":"ACCEPT","text":"Giao Phòng Kinh tế xem xét."}""".formatted(version(caseId)), 200);
        call(leader, "POST", "/api/v1/cases/" + caseId + "/approve", "{\"version\":%d}".formatted(version(caseId)), 200);
        call(officer, "POST", "/api/v1/cases/" + caseId + "/propose", """
                {"version":%d,"kind":"ANSWER","text":"%s"}""".formatted(version(caseId), text), 200);
        JsonNode answered = call(leader, "POST", "/api/v1/cases/" + caseId + "/approve",
                "{\"version\":%d}".formatted(version(caseId)), 200);
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
    }

    @Test
    void aMeetingWithTwoOpinionsGivesTwoCasesAndOneAnsweredShowsOneOfTwoEverywhere() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LegalTime.today(clock);
        JsonNode before = call(deputy, "GET", "/api/v1/voters/figures?from=" + today + "&to=" + today, null, 200);

        String meeting = heldMeeting(120);
        JsonNode first = raise(meeting, "RECOMMENDATION", "Đề nghị lắp đèn chiếu sáng đường Thôn 2 " + tag);
        JsonNode second = raise(meeting, "FEEDBACK", "Phản ánh mương thoát nước Thôn 2 bị tắc " + tag);
        assertThat(first.get("caseNumber").asString()).isNotBlank();
        assertThat(first.get("handlingUnitName").asString()).isEqualTo("Văn phòng HĐND và UBND xã Tân Phú");

        // both cases are in the handling unit's worklist, received by the voter-meeting channel
        JsonNode worklist = call(officer, "GET", "/api/v1/cases?list=UNIT&channel=VOTER_MEETING&q=" + tag, null, 200);
        assertThat(worklist.get("items").size()).isEqualTo(2);
        // … and not in another commune's
        assertThat(call(tokens.bearer("xuly.bm"), "GET", "/api/v1/cases?list=ALL&q=" + tag, null, 200)
                .get("items").size()).isZero();

        answer(first.get("caseId").asString(), "UBND xã sẽ lắp 10 bóng đèn trong tháng tới " + tag + ".");

        JsonNode view = call(deputy, "GET", "/api/v1/voters/meetings/" + meeting, null, 200);
        assertThat(view.get("opinions").size()).isEqualTo(2);
        assertThat(view.get("answered").asInt()).isEqualTo(1);
        assertThat(view.get("opinions").get(0).get("progress").asString()).isEqualTo("ANSWERED");
        assertThat(view.get("opinions").get(1).get("progress").asString()).isEqualTo("IN_HANDLING");

        JsonNode after = call(deputy, "GET", "/api/v1/voters/figures?from=" + today + "&to=" + today, null, 200);
        assertThat(after.get("meetingsHeld").asInt() - before.get("meetingsHeld").asInt()).isEqualTo(1);
        assertThat(after.get("voterAttendances").asLong() - before.get("voterAttendances").asLong()).isEqualTo(120);
        assertThat(after.get("opinions").asInt() - before.get("opinions").asInt()).isEqualTo(2);
        assertThat(after.get("answered").asInt() - before.get("answered").asInt()).isEqualTo(1);
        assertThat(after.get("resolved").asInt() - before.get("resolved").asInt()).isEqualTo(1);

        // compiled for a new session, sent, reported at a coming meeting
        String term = call(deputy, "GET", "/api/v1/voters/terms", null, 200).get(0).get("id").asString();
        int number = ThreadLocalRandom.current().nextInt(100, 100_000);
        String session = call(deputy, "POST", "/api/v1/voters/terms/" + term + "/sessions", """
                {"number":%d,"kind":"THEMATIC","name":"Kỳ họp chuyên đề %s","opensOn":"%s"}"""
                .formatted(number, tag, today.plusDays(20)), 201).get("id").asString();
        String compilation = call(deputy, "POST", "/api/v1/voters/sessions/" + session + "/compilation", "", 201)
                .get("id").asString();
        JsonNode compiled = call(deputy, "GET", "/api/v1/voters/compilations/" + compilation, null, 200);
        assertThat(compiled.get("opinions").toString()).contains(tag);
        call(deputy, "POST", "/api/v1/voters/compilations/" + compilation + "/report",
                "{\"reportOn\":\"%s\",\"meetingId\":\"%s\"}".formatted(today, meeting), 409);
        call(deputy, "POST", "/api/v1/voters/compilations/" + compilation + "/sent", """
                {"version":0,"sentOn":"%s","sentTo":"Thường trực HĐND xã Tân Phú"}""".formatted(today), 200);
        String next = call(deputy, "POST", "/api/v1/voters/meetings", """
                {"councilUnitId":"%s","timing":"AFTER_SESSION","sessionId":"%s","placeUnitId":"%s",
                 "venue":"Hội trường UBND xã","startsAt":"%sT14:00:00"}"""
                .formatted(council(), session, tokens.unitId("TP"), today.plusDays(25)), 201).get("id").asString();
        JsonNode reported = call(deputy, "POST", "/api/v1/voters/compilations/" + compilation + "/report",
                "{\"version\":1,\"reportOn\":\"%s\",\"meetingId\":\"%s\"}".formatted(today, next), 200);
        assertThat(reported.get("reportMeetingId").asString()).isEqualTo(next);

        byte[] pdf = mvc.perform(get("/api/v1/voters/compilations/" + compilation + "/bao-cao.pdf")
                        .header("Authorization", deputy)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"))
                .resolve("voters-report.pdf"), pdf); // to look at
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "UBND xã sẽ lắp 10 bóng đèn",
                    "Đang được Văn phòng HĐND và UBND xã Tân Phú xem xét").doesNotContain("Lò Văn Cử");
        }
        mvc.perform(get("/api/v1/voters/compilations/" + compilation + "/tong-hop.docx").header("Authorization", deputy))
                .andExpect(status().isOk());

        // the portal: the coming meeting, the answer by commune, never the voter's name
        assertThat(call(null, "GET", "/api/v1/public/voters/meetings", null, 200).toString()).contains(next);
        String published = call(null, "GET", "/api/v1/public/voters/opinions?commune=TP", null, 200).toString();
        assertThat(published).contains("UBND xã sẽ lắp 10 bóng đèn trong tháng tới " + tag,
                "Phản ánh mương thoát nước Thôn 2 bị tắc " + tag).doesNotContain("Lò Văn Cử");
    }

    @Test
    void anOpinionAnsweredOnTheSpotCountsAsAnsweredAndTheCommuneConfirmsItOnTheCase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String meeting = heldMeeting(40);
        JsonNode raised = call(deputy, "POST", "/api/v1/voters/meetings/" + meeting + "/opinions", """
                {"kind":"RECOMMENDATION","text":"Đề nghị nạo vét kênh nội đồng %s",
                 "spotAnswer":"Xã sẽ nạo vét trước mùa mưa.","spotAnswerer":"Chủ tịch UBND xã"}""".formatted(tag), 201);
        assertThat(raised.get("answeredOnSpot").asBoolean()).isTrue();
        JsonNode view = call(officer, "GET", "/api/v1/voters/meetings/" + meeting, null, 200);
        assertThat(view.get("opinions").get(0).get("progress").asString()).isEqualTo("ANSWERED_AT_MEETING");
        assertThat(view.get("answered").asInt()).isEqualTo(1);
        assertThat(view.get("resolved").asInt()).isZero();

        // the recorder cannot sign; the commune's leader confirms the answer on the case
        call(deputy, "POST", "/api/v1/voters/opinions/" + raised.get("opinionId").asString() + "/confirm-spot-answer",
                "", 403);
        JsonNode confirmed = call(leader, "POST", "/api/v1/voters/opinions/" + raised.get("opinionId").asString()
                + "/confirm-spot-answer", "", 200);
        assertThat(confirmed.get("caseStatus").asString()).isEqualTo("ANSWERED");
        JsonNode detail = call(officer, "GET", "/api/v1/cases/" + raised.get("caseId").asString(), null, 200);
        assertThat(detail.get("theCase").get("answer").asString()).contains("Chủ tịch UBND xã", "Xã sẽ nạo vét trước mùa mưa.");
        assertThat(detail.get("theCase").get("channel").asString()).isEqualTo("VOTER_MEETING");
        JsonNode after = call(officer, "GET", "/api/v1/voters/meetings/" + meeting, null, 200);
        assertThat(after.get("resolved").asInt()).isEqualTo(1);
    }

    @Test
    void refusalsAreProblemDetails() throws Exception {
        LocalDate today = LegalTime.today(clock);
        mvc.perform(post("/api/v1/voters/meetings").header("Authorization", deputy).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"councilUnitId":"%s","timing":"THEMATIC","placeUnitId":"%s","venue":"","startsAt":"%sT08:00:00"}"""
                                .formatted(council(), tokens.unitId("TP"), today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").isNotEmpty());
        String planned = call(deputy, "POST", "/api/v1/voters/meetings", """
                {"councilUnitId":"%s","timing":"THEMATIC","placeUnitId":"%s","venue":"Thôn 1","startsAt":"%sT08:00:00"}"""
                .formatted(council(), tokens.unitId("TP"), today.plusDays(3)), 201).get("id").asString();
        // opinions only at a held meeting; not held before its day
        call(deputy, "POST", "/api/v1/voters/meetings/" + planned + "/opinions",
                "{\"kind\":\"FEEDBACK\",\"text\":\"Một ý kiến đủ dài để ghi nhận.\"}", 409);
        call(deputy, "POST", "/api/v1/voters/meetings/" + planned + "/held",
                "{\"heldOn\":\"%s\",\"votersAttending\":10}".formatted(today), 400);
        // another commune's staff does not see it
        call(tokens.bearer("xuly.bm"), "GET", "/api/v1/voters/meetings/" + planned, null, 404);
        // citizens do not reach the office API
        call(null, "GET", "/api/v1/voters/meetings", null, 401);
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(docs).contains("/api/v1/voters/meetings/{id}/opinions", "/api/v1/voters/figures",
                "/api/v1/voters/compilations/{id}/report", "/api/v1/public/voters/meetings",
                "/api/v1/public/voters/opinions", "Tiếp xúc cử tri / Voter meetings");
    }

    /** Rule TXCT-outside (NQLT 72/2025, Điều 32): the host is notified at least 3 working days before. */
    @Test
    void aMeetingOutsideTheConstituencyMustLeaveTimeToNotifyTheHost() throws Exception {
        LocalDate today = LegalTime.today(clock);
        JsonNode term = call(deputy, "GET", "/api/v1/voters/terms", null, 200).get(0);
        String constituency = term.get("constituencies").get(0).get("id").asString();
        String plan = """
                {"councilUnitId":"%s","timing":"THEMATIC","constituencyId":"%s","placeUnitId":"%s",
                 "venue":"Nhà văn hóa Tổ dân phố 1","startsAt":"%sT08:00:00"}""";
        mvc.perform(post("/api/v1/voters/meetings").header("Authorization", deputy).contentType(MediaType.APPLICATION_JSON)
                        .content(plan.formatted(council(), constituency, tokens.unitId("BM"), today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("ít nhất 3 ngày làm việc trước")));
        String id = call(deputy, "POST", "/api/v1/voters/meetings",
                plan.formatted(council(), constituency, tokens.unitId("BM"), today.plusDays(30)), 201).get("id").asString();
        JsonNode view = call(deputy, "GET", "/api/v1/voters/meetings/" + id, null, 200);
        LocalDate noticeBy = LocalDate.parse(view.get("hostNoticeBy").asString());
        assertThat(noticeBy).isBefore(today.plusDays(30)).isAfter(today.plusDays(20));
        // inside the constituency (a village of it, or its commune): no notice
        String inside = call(deputy, "POST", "/api/v1/voters/meetings",
                plan.formatted(council(), constituency, tokens.unitId("TP-T1"), today.plusDays(1)), 201).get("id").asString();
        JsonNode none = call(deputy, "GET", "/api/v1/voters/meetings/" + inside, null, 200).path("hostNoticeBy");
        assertThat(none.isNull() || none.isMissingNode()).isTrue();
    }
}
