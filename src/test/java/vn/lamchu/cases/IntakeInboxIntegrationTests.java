package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;

/**
 * Letters accepted with {@code Prefer: respond-async}: answered at once with a receipt code, logged a moment later as
 * the staff member who handed them in, never lost, never logged twice.
 */
@IntegrationTest
class IntakeInboxIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired CaseIntake intake;
    @Autowired CaseQueries queries;
    @Autowired IntakeInboxWorker worker;
    @Autowired ObjectMapper json;

    TenantId tenant() {
        return intake.publicTenant(null);
    }

    String letter(String title) {
        return """
                {"channel":"POST","kind":"FEEDBACK","title":"%s","body":"Đèn đường ở thôn 4 bị hỏng hơn một tháng, đề nghị xã sửa.",
                 "category":"HA_TANG","senders":[{"name":"Trần Thị Hoa","phone":"0912 345 678","address":"Thôn 4"}]}"""
                .formatted(title);
    }

    ResultActions accept(String bearer, String key, String body) throws Exception {
        var request = post("/api/v1/cases").header("Authorization", bearer).header("Prefer", "respond-async")
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAcceptedLetterIsAnsweredAtOnceAndLoggedInTheNameOfWhoHandedItIn() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        JsonNode accepted = body(accept(bearer, null, letter("Đèn đường thôn 4 hỏng " + UUID.randomUUID()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Preference-Applied", "respond-async"))
                .andExpect(jsonPath("$.receiptCode").isString()));
        UUID id = UUID.fromString(accepted.get("id").asString());
        assertThat(accepted.get("replay").asBoolean()).isFalse();

        intake.logNow(tenant(), id);

        JsonNode state = body(mvc.perform(get("/api/v1/cases/accepted/" + id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.receipt.handlingUnitName").value("Văn phòng HĐND và UBND xã Tân Phú"))
                .andExpect(jsonPath("$.receipt.dueSource").isString()));
        UUID caseId = UUID.fromString(state.get("receipt").get("caseId").asString());
        // received when it was accepted, audited and stepped as the officer's act
        Instant acceptedAt = jdbc.sql("select accepted_at from intake_inbox where id = ?").param(id)
                .query(Timestamp.class).single().toInstant();
        assertThat(jdbc.sql("select received_at from citizen_case where id = ?").param(caseId).query(Timestamp.class)
                .single().toInstant()).isEqualTo(acceptedAt);
        assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'case' and entity_id = ? and action = 'receive'")
                .param(caseId.toString()).query(String.class).list()).containsExactly("xuly.tp");
        // the senders are kept encrypted, in the inbox as in the case
        assertThat(jdbc.sql("select payload_enc from intake_inbox where id = ?").param(id).query(String.class).single())
                .doesNotContain("Trần Thị Hoa").doesNotContain("0912");
        assertThat(intake.senders(tenant(), new CaseId(caseId))).extracting(Sender::name).containsExactly("Trần Thị Hoa");
        // the code given at acceptance finds the case
        assertThat(queries.byReceipt(tenant(), ReceiptCode.of(accepted.get("receiptCode").asString())).number())
                .isEqualTo(state.get("receipt").get("number").asString());
    }

    @Test
    void theReceiptCodeFindsTheLetterTheMomentItIsAccepted() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        String title = "Rác thải ven kênh " + UUID.randomUUID();
        JsonNode accepted = body(accept(bearer, null, letter(title)).andExpect(status().isAccepted()));
        // whether the worker has logged it yet or not, the public lookup finds it
        mvc.perform(get("/api/v1/public/cases/" + accepted.get("receiptCode").asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void aRetryWithTheSameKeyIsTheSameLetterBeforeAndAfterItIsLogged() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        String key = UUID.randomUUID().toString();
        String body = letter("Cống thoát nước tắc " + key);
        JsonNode first = body(accept(bearer, key, body).andExpect(status().isAccepted()));
        JsonNode second = body(accept(bearer, key, body).andExpect(status().isAccepted()));
        assertThat(second.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(second.get("receiptCode").asString()).isEqualTo(first.get("receiptCode").asString());
        assertThat(second.get("replay").asBoolean()).isTrue();

        // the synchronous intake with the same key answers with the same case
        JsonNode sync = body(mvc.perform(post("/api/v1/cases").header("Authorization", bearer)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()));
        assertThat(sync.get("replay").asBoolean()).isTrue();
        assertThat(sync.get("receiptCode").asString()).isEqualTo(first.get("receiptCode").asString());

        // once logged, an asynchronous retry is answered with the case's receipt
        accept(bearer, key, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(sync.get("caseId").asString()))
                .andExpect(jsonPath("$.replay").value(true));
        assertThat(jdbc.sql("select count(*) from citizen_case where title = ?").param("Cống thoát nước tắc " + key)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherLetterIsAConflictAndBadInputIsRefusedBeforeAnythingIsStored() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        String key = UUID.randomUUID().toString();
        accept(bearer, key, letter("Một nội dung " + key)).andExpect(status().isAccepted());
        accept(bearer, key, letter("Nội dung khác " + key)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Khóa chống gửi trùng")));

        int before = jdbc.sql("select count(*) from intake_inbox").query(Integer.class).single();
        accept(bearer, null, """
                {"channel":"POST","title":"Ngắn","body":"Nội dung đủ dài để qua kiểm tra.","senders":[{"name":"A","phone":"0912345678"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Tiêu đề")));
        assertThat(jdbc.sql("select count(*) from intake_inbox").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void onlyTheAccountThatHandedItInFollowsIt() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        JsonNode accepted = body(accept(tokens.bearer("xuly.tp"), null, letter("Ổ gà trên đường " + UUID.randomUUID()))
                .andExpect(status().isAccepted()));
        mvc.perform(get("/api/v1/cases/accepted/" + accepted.get("id").asString())
                        .header("Authorization", tokens.bearer("tiepnhan.tp")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLetterThatCannotBeLoggedStaysWithItsReasonAndDoesNotHoldUpTheOthers() throws Exception {
        DemoTokens tokens = new DemoTokens(jdbc, apiTokens);
        String bearer = tokens.bearer("xuly.tp");
        UUID broken = UUID.randomUUID();
        Instant now = Instant.now();
        // a payload that cannot be read, on its last attempt
        jdbc.sql("""
                        insert into intake_inbox (tenant_id, id, accepted_at, account_id, receipt_hash, payload_enc,
                                                  attempts, next_attempt_at)
                        values (?, ?, ?, ?, ?, 'không đọc được', ?, ?)""")
                .params(tenant().value(), broken, Timestamp.from(now.minusSeconds(60)), tokens.accountId("xuly.tp"),
                        "broken-" + broken, CaseIntake.INBOX_ATTEMPTS - 1, Timestamp.from(now.minusSeconds(60)))
                .update();
        JsonNode good = body(accept(bearer, null, letter("Cây đổ chắn đường " + UUID.randomUUID()))
                .andExpect(status().isAccepted()));

        worker.drain();
        intake.logNow(tenant(), broken);
        intake.logNow(tenant(), UUID.fromString(good.get("id").asString()));

        mvc.perform(get("/api/v1/cases/accepted/" + broken).header("Authorization", bearer))
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.containsString("không bị mất")));
        mvc.perform(get("/api/v1/cases/accepted/" + good.get("id").asString()).header("Authorization", bearer))
                .andExpect(jsonPath("$.state").value("DONE"));
        assertThat(jdbc.sql("select payload_enc from intake_inbox where id = ?").param(broken).query(String.class).single())
                .isEqualTo("không đọc được");

        // sent again, it waits once more (and fails again here: its payload cannot be read); a logged one cannot be
        mvc.perform(post("/api/v1/cases/accepted/" + broken + "/retry").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PENDING"));
        // fresh attempts (the worker may have made its first already)
        assertThat(jdbc.sql("select attempts from intake_inbox where id = ?").param(broken).query(Integer.class).single())
                .isLessThan(CaseIntake.INBOX_ATTEMPTS - 1);
        mvc.perform(post("/api/v1/cases/accepted/" + good.get("id").asString() + "/retry").header("Authorization", bearer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FAILED")));
        mvc.perform(post("/api/v1/cases/accepted/" + broken + "/retry")
                        .header("Authorization", tokens.bearer("tiepnhan.tp")))
                .andExpect(status().isNotFound());
    }

    @Test
    void workersRacingForTheInboxLogEachLetterOnce() throws Exception {
        String bearer = new DemoTokens(jdbc, apiTokens).bearer("xuly.tp");
        String batch = UUID.randomUUID().toString();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(UUID.fromString(body(accept(bearer, null, letter("Thư thứ " + i + " đợt " + batch))
                    .andExpect(status().isAccepted())).get("id").asString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            runs.add(pool.submit(() -> {
                start.await();
                return intake.logAccepted(tenant(), 7);
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();
        for (UUID id : ids) {
            intake.logNow(tenant(), id);
        }
        assertThat(jdbc.sql("select count(*) from citizen_case where title like ?").param("Thư thứ % đợt " + batch)
                .query(Integer.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select count(distinct case_id) from intake_inbox where state = 'DONE' and id = any(?)")
                .param(ids.toArray(UUID[]::new)).query(Integer.class).single()).isEqualTo(30);
    }
}
