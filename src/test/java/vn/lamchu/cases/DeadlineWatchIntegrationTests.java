package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.identity.Role;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * The deadline watch with the clock moved forward: a case is due soon within {@value DeadlineWatch#DUE_SOON_WORKING_DAYS}
 * working days (a weekend does not count), then overdue; the officer and the unit's leaders get one notice for each;
 * and the quarter-hour slot is run by one node only.
 */
@IntegrationTest
class DeadlineWatchIntegrationTests {

    /** Wednesday 9 December 2026: no holiday in the week before or after. */
    private static final LocalDate DUE = LocalDate.of(2026, 12, 9);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired MutableClock clock;
    @Autowired DeadlineWatch watch;
    @Autowired CaseNotices notices;

    DemoTokens tokens;
    AdminApiCalls api;
    String officer;
    UUID caseId;

    @BeforeEach
    void anAssignedCaseDueOnAWednesday() throws Exception {
        tokens = new DemoTokens(jdbc, apiTokens);
        api = new AdminApiCalls(mvc, json);
        officer = tokens.bearer("xuly.tp");
        caseId = UUID.fromString(api.call(officer, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"FEEDBACK","title":"Cống thoát nước tắc %s","body":"Cống thoát nước trước chợ bị tắc, nước tràn ra đường.",
                 "placeUnitId":"%s","handlingUnitId":"%s","senders":[{"name":"Phạm Văn Cường","phone":"0901 222 333"}]}"""
                .formatted(UUID.randomUUID(), tokens.unitId("TP"), tokens.unitId("TP-VP")), 201).get("caseId").asString());
        int version = api.call(officer, "GET", "/api/v1/cases/" + caseId, null, 200).get("theCase").get("version").asInt();
        api.call(officer, "POST", "/api/v1/cases/" + caseId + "/assign", """
                {"version":%d,"accountId":"%s"}""".formatted(version, tokens.accountId("xuly.tp")), 200);
        jdbc.sql("update citizen_case set due_on = ? where id = ?").params(DUE, caseId).update();
    }

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
        watch.run(); // the other cases of the shared database go back to what today says of them
    }

    void on(LocalDate day) {
        clock.setInstant(day.atTime(LocalTime.of(9, 0)).atZone(LegalTime.VIETNAM).toInstant());
    }

    String watchState() {
        return jdbc.sql("select watch from citizen_case where id = ?").param(caseId).query(String.class).single();
    }

    int notices(String kind, boolean toTheOfficer) {
        return jdbc.sql("select count(*) from case_notice where case_id = ? and kind = ? and "
                        + (toTheOfficer ? "account_id = ?" : "account_id is null and unit_id = ?"))
                .params(caseId, kind, toTheOfficer ? tokens.accountId("xuly.tp") : tokens.unitId("TP-VP"))
                .query(Integer.class).single();
    }

    @Test
    void aCaseIsDueSoonThreeWorkingDaysAheadAcrossAWeekendThenOverdueWithOneNoticeEach() throws Exception {
        on(LocalDate.of(2026, 12, 3)); // Thursday: Fri, Mon, Tue are the next three working days
        watch.run();
        assertThat(watchState()).isEqualTo("NORMAL");
        assertThat(watch.dueSoonHorizon(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 8));

        on(LocalDate.of(2026, 12, 4)); // Friday: Mon, Tue, Wed — the due day is five calendar days away
        watch.run();
        assertThat(watchState()).isEqualTo("DUE_SOON");
        on(LocalDate.of(2026, 12, 7));
        watch.run();
        watch.run();
        assertThat(notices("DUE_SOON", true)).isEqualTo(1);
        assertThat(notices("DUE_SOON", false)).isEqualTo(1);

        on(DUE); // the due day itself is still in time
        watch.run();
        assertThat(watchState()).isEqualTo("DUE_SOON");
        on(DUE.plusDays(1));
        watch.run();
        watch.run();
        assertThat(watchState()).isEqualTo("OVERDUE");
        assertThat(notices("OVERDUE", true)).isEqualTo(1);
        assertThat(notices("OVERDUE", false)).isEqualTo(1);

        on(LocalDate.of(2026, 12, 4)); // the clock goes back (a corrected date): the watch follows, no second notice
        watch.run();
        assertThat(watchState()).isEqualTo("DUE_SOON");
        assertThat(notices("DUE_SOON", true)).isEqualTo(1);

        on(DUE.plusDays(1));
        watch.run();
        assertThat(noticesOf("lanhdao.tp", "TP-UBND", Role.UNIT_LEADER)).as("the leader of the unit above")
                .contains(CaseNotices.Kind.DUE_SOON, CaseNotices.Kind.OVERDUE);
        assertThat(noticesOf("xuly.bm", "BM-VP", Role.HANDLING_OFFICER)).as("another commune's officer").isEmpty();
    }

    /** The kinds of the notices about this case that the account sees in the office. */
    List<CaseNotices.Kind> noticesOf(String username, String unitCode, Role role) {
        TenantId tenant = new TenantId(jdbc.sql("select tenant_id from account where username = ?").param(username)
                .query(UUID.class).single());
        Actor actor = new Actor(tokens.accountId(username), username, username, tenant,
                new UnitId(tokens.unitId(unitCode)), role.permissions());
        return notices.forActor(actor, false, Integer.MAX_VALUE).stream()
                .filter(n -> n.caseId().value().equals(caseId)).map(CaseNotices.Notice::kind).toList();
    }

    @Test
    void aSlotIsClaimedByOneOfTwoNodesRacingForIt() throws Exception {
        String last = jdbc.sql("select last_slot from case_job_run where name = ?").param(DeadlineWatch.JOB)
                .query(String.class).optional().orElse("0000"); // below every real slot: the real watch goes on
        String slot = last + "~" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                claims.add(nodes.submit(() -> {
                    start.await();
                    return watch.claim(slot);
                }));
            }
            start.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> claim : claims) {
                won.add(claim.get(30, TimeUnit.SECONDS));
            }
            assertThat(won).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(watch.claim(slot)).as("the same slot again").isFalse();
        assertThat(watch.claim(slot + "~later")).as("the next slot").isTrue();
        assertThat(jdbc.sql("select count(*) from job_run_history where name = ? and slot in (?, ?)")
                .params(DeadlineWatch.JOB, slot, slot + "~later").query(Integer.class).single())
                .as("each claimed slot once in the history").isEqualTo(2);
    }
}
