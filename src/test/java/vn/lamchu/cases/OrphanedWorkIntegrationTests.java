package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.identity.Account;
import vn.lamchu.identity.AccountService;
import vn.lamchu.identity.ApiTokens;
import vn.lamchu.identity.Role;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.ReorganisationKind;
import vn.lamchu.org.Reorganisations;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.UnitDraft;
import vn.lamchu.org.UnitKind;
import vn.lamchu.org.UnitsReorganised;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.support.DemoLogin;
import vn.lamchu.support.DemoTokens;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.MutableClock;

/**
 * Nothing is left orphaned (issue #4 item 4): when a unit ends in a reorganisation its open cases move to the unit that
 * carries on its work, and when an officer is disabled or moved their open cases go back to the unit's pool — through
 * the events {@link UnitsReorganised} and {@code StaffLeftUnit}, handled after commit by {@link OrphanedWork}.
 */
@IntegrationTest
class OrphanedWorkIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens apiTokens;
    @Autowired OrgDirectory org;
    @Autowired UnitAdministration units;
    @Autowired Reorganisations reorganisations;
    @Autowired AccountService accounts;
    @Autowired OrphanedWork orphanedWork;
    @Autowired MutableClock clock;

    DemoTokens tokens;
    AdminApiCalls api;
    TenantId tenant;
    Actor admin;

    @BeforeEach
    void setUp() {
        tokens = new DemoTokens(jdbc, apiTokens);
        api = new AdminApiCalls(mvc, json);
        tenant = new TenantId(jdbc.sql("select id from tenant where code = 'HOA-AN'").query(UUID.class).single());
        admin = new Actor(tokens.accountId("quantri"), "quantri", "Quản trị", tenant, new UnitId(tokens.unitId("HA")),
                EnumSet.allOf(Permission.class));
    }

    // ---- fixtures ----------------------------------------------------------------------------------------------

    Unit unit(String code, String parent, UnitKind kind) {
        return units.create(admin, new UnitDraft(code, "Tổ thử nghiệm " + code, null, kind, parent, null, null,
                LocalDate.of(2025, 7, 1), null));
    }

    Account account(String unitCode, Role... roles) {
        return accounts.create(admin, new AccountService.NewAccount(AdminApiCalls.unique("t.").toLowerCase(),
                "Cán bộ thử nghiệm", null, tokens.unitId(unitCode), Set.of(roles), DemoLogin.PASSWORD));
    }

    UUID receive(String bearer, Unit at, String place) throws Exception {
        return UUID.fromString(api.call(bearer, "POST", "/api/v1/cases", """
                {"channel":"POST","kind":"FEEDBACK","title":"Đường ngập nước %s","body":"Đường liên thôn ngập nước sau mưa, đi lại khó khăn.",
                 "placeUnitId":"%s","handlingUnitId":"%s","senders":[{"name":"Lê Thị Bình","phone":"0987 654 321"}]}"""
                .formatted(UUID.randomUUID(), tokens.unitId(place), at.id().value()), 201).get("caseId").asString());
    }

    int version(String bearer, UUID id) throws Exception {
        return api.call(bearer, "GET", "/api/v1/cases/" + id, null, 200).get("theCase").get("version").asInt();
    }

    UUID handlingUnit(UUID caseId) {
        return jdbc.sql("select handling_unit_id from citizen_case where id = ?").param(caseId).query(UUID.class).single();
    }

    boolean unassigned(UUID caseId) {
        return jdbc.sql("select assignee_id is null from citizen_case where id = ?").param(caseId).query(Boolean.class)
                .single();
    }

    int openCasesAt(Unit unit) {
        return jdbc.sql("select count(*) from citizen_case where handling_unit_id = ? and closed_on is null")
                .param(unit.id().value()).query(Integer.class).single();
    }

    record Step(String actor, String action, String reason) {
    }

    Step lastStep(UUID caseId) {
        return jdbc.sql("select actor, action, reason from case_step where case_id = ? order by seq desc limit 1")
                .param(caseId).query((rs, i) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    int notices(UUID caseId, String kind, Unit unit) {
        return jdbc.sql("select count(*) from case_notice where case_id = ? and kind = ? and unit_id = ? and read_at is null")
                .params(caseId, kind, unit.id().value()).query(Integer.class).single();
    }

    Reorganisations.View record(ReorganisationKind kind, List<String> ended, List<String> successors) {
        return reorganisations.record(admin, new Reorganisations.Command(kind, LegalTime.today(clock),
                "Quyết định thử nghiệm sắp xếp tổ chức", null, ended, successors, List.of(), null, null, null, null));
    }

    // ---- a unit ends ---------------------------------------------------------------------------------------------

    @Test
    void theOpenCasesOfAMergedUnitMoveToItsSuccessorAndItsLeadersAreTold() throws Exception {
        String prefix = AdminApiCalls.unique("OW");
        Unit merged = unit(prefix + "-A", "TP-UBND", UnitKind.SPECIALISED_OFFICE);
        Unit successor = unit(prefix + "-B", "TP-UBND", UnitKind.SPECIALISED_OFFICE);
        Account clerk = account("HA", Role.HANDLING_OFFICER, Role.UNIT_LEADER);
        String bearer = tokens.bearer(clerk.username());
        UUID first = receive(bearer, merged, "TP");
        UUID second = receive(bearer, merged, "TP");
        UUID filed = receive(bearer, merged, "TP");
        api.call(bearer, "POST", "/api/v1/cases/" + filed + "/classify", """
                {"version":%d,"kind":"FEEDBACK","eligibility":"NOT_ELIGIBLE","ineligibleReason":"Không ghi nội dung cụ thể",
                 "competence":"WITHIN","signatories":"ONE"}""".formatted(version(bearer, filed)), 200);
        api.call(bearer, "POST", "/api/v1/cases/" + filed + "/decide", """
                {"version":%d,"kind":"FILE","text":"Đơn không đủ điều kiện xử lý."}""".formatted(version(bearer, filed)), 200);
        Account officer = account(merged.code(), Role.HANDLING_OFFICER);
        String officerBearer = tokens.bearer(officer.username());
        api.call(officerBearer, "POST", "/api/v1/cases/" + first + "/assign", """
                {"version":%d,"accountId":"%s"}""".formatted(version(officerBearer, first), officer.id()), 200);

        record(ReorganisationKind.MERGE, List.of(merged.code()), List.of(successor.code()));

        await().atMost(PATIENCE).until(() -> openCasesAt(merged) == 0);
        assertThat(List.of(handlingUnit(first), handlingUnit(second))).containsOnly(successor.id().value());
        assertThat(unassigned(first)).as("back in the successor's pool").isTrue();
        assertThat(handlingUnit(filed)).as("a closed case keeps its history at the unit that handled it")
                .isEqualTo(merged.id().value());
        Step moved = lastStep(first);
        assertThat(moved.actor()).isEqualTo("system");
        assertThat(moved.action()).isEqualTo("MOVE_UNIT");
        assertThat(moved.reason()).contains(merged.name(), successor.name(), "sắp xếp tổ chức");
        assertThat(notices(first, "MOVED_IN", successor)).isEqualTo(1);
        assertThat(notices(second, "MOVED_IN", successor)).isEqualTo(1);
    }

    @Test
    void handlingTheSameReorganisationAgainChangesNothing() throws Exception {
        String prefix = AdminApiCalls.unique("OW");
        Unit merged = unit(prefix + "-A", "TP-UBND", UnitKind.OTHER);
        Unit successor = unit(prefix + "-B", "TP-UBND", UnitKind.OTHER);
        String bearer = tokens.bearer(account("HA", Role.HANDLING_OFFICER).username());
        UUID caseId = receive(bearer, merged, "TP");
        Reorganisations.View view = record(ReorganisationKind.MERGE, List.of(merged.code()), List.of(successor.code()));
        await().atMost(PATIENCE).until(() -> openCasesAt(merged) == 0);
        int steps = jdbc.sql("select count(*) from case_step where case_id = ?").param(caseId).query(Integer.class).single();

        orphanedWork.on(new UnitsReorganised(tenant, view.id(), ReorganisationKind.MERGE, view.effectiveDate(),
                List.of(new UnitsReorganised.Link(merged.id(), successor.id()))));
        orphanedWork.sweep();

        assertThat(jdbc.sql("select count(*) from case_step where case_id = ?").param(caseId).query(Integer.class)
                .single()).isEqualTo(steps);
        assertThat(handlingUnit(caseId)).isEqualTo(successor.id().value());
    }

    @Test
    void ofSeveralSuccessorsEachCaseGoesToTheOneServingItsPlace() throws Exception {
        String prefix = AdminApiCalls.unique("OW");
        Unit abolished = unit(prefix + "-D", "HA", UnitKind.OTHER);
        Unit forTanPhu = unit(prefix + "-TP", "TP", UnitKind.OTHER);
        Unit forBinhMinh = unit(prefix + "-BM", "BM", UnitKind.OTHER);
        String bearer = tokens.bearer(account("HA", Role.HANDLING_OFFICER).username());
        UUID inTanPhu = receive(bearer, abolished, "TP");
        UUID inBinhMinh = receive(bearer, abolished, "BM");

        record(ReorganisationKind.ABOLISH, List.of(abolished.code()), List.of(forTanPhu.code(), forBinhMinh.code()));

        await().atMost(PATIENCE).until(() -> openCasesAt(abolished) == 0);
        assertThat(handlingUnit(inTanPhu)).isEqualTo(forTanPhu.id().value());
        assertThat(handlingUnit(inBinhMinh)).isEqualTo(forBinhMinh.id().value());
    }

    @Test
    void aMergeRecordedAheadOfItsDateMovesTheCasesWhenTheDayComes() throws Exception {
        String prefix = AdminApiCalls.unique("OW");
        Unit merged = unit(prefix + "-A", "TP-UBND", UnitKind.OTHER);
        Unit successor = unit(prefix + "-B", "TP-UBND", UnitKind.OTHER);
        String bearer = tokens.bearer(account("HA", Role.HANDLING_OFFICER).username());
        UUID caseId = receive(bearer, merged, "TP");
        LocalDate day = LegalTime.today(clock).plusDays(10);
        reorganisations.record(admin, new Reorganisations.Command(ReorganisationKind.MERGE, day,
                "Nghị quyết thử nghiệm có hiệu lực sau", null, List.of(merged.code()), List.of(successor.code()),
                List.of(), null, null, null, null));
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                select count(*) from event_publication where completion_date is null and event_type like ?""")
                .param("%UnitsReorganised").query(Integer.class).single() == 0);
        orphanedWork.sweep();
        assertThat(handlingUnit(caseId)).as("the unit still works until the day").isEqualTo(merged.id().value());

        clock.setInstant(day.atTime(8, 0).atZone(LegalTime.VIETNAM).toInstant());
        try {
            orphanedWork.sweep();
        } finally {
            clock.reset();
        }
        assertThat(handlingUnit(caseId)).isEqualTo(successor.id().value());
        assertThat(lastStep(caseId).actor()).isEqualTo("system");
    }

    @Test
    void aUnitThatDoesNotExistYetKeepsItsCases() throws Exception {
        Unit future = units.create(admin, new UnitDraft(AdminApiCalls.unique("OW"), "Tổ sắp thành lập", null,
                UnitKind.OTHER, "TP-UBND", null, null, LegalTime.today(clock).plusDays(30), null));
        UUID caseId = receive(tokens.bearer(account("HA", Role.HANDLING_OFFICER).username()), future, "TP");
        orphanedWork.sweep();
        assertThat(handlingUnit(caseId)).isEqualTo(future.id().value());
    }

    // ---- an officer leaves ---------------------------------------------------------------------------------------

    @Test
    void theOpenCasesOfADisabledOfficerGoBackToTheUnitsPool() throws Exception {
        Account officer = account("TP-VP", Role.HANDLING_OFFICER);
        String bearer = tokens.bearer(officer.username());
        Unit office = org.unitByCode(tenant, "TP-VP").orElseThrow();
        List<UUID> cases = List.of(receive(bearer, office, "TP"), receive(bearer, office, "TP"));
        for (UUID id : cases) {
            api.call(bearer, "POST", "/api/v1/cases/" + id + "/assign", """
                    {"version":%d,"accountId":"%s"}""".formatted(version(bearer, id), officer.id()), 200);
        }

        accounts.update(admin, officer.id(), new AccountService.AccountChange(officer.displayName(), null,
                officer.unitId().value(), officer.roles(), false, officer.version()));

        await().atMost(PATIENCE).until(() -> assignedOpenCases(officer) == 0);
        for (UUID id : cases) {
            assertThat(handlingUnit(id)).isEqualTo(office.id().value());
            Step returned = lastStep(id);
            assertThat(returned.actor()).isEqualTo("system");
            assertThat(returned.action()).isEqualTo("ASSIGN");
            assertThat(returned.reason()).isEqualTo(OrphanedWork.LEFT_UNIT_REASON);
            assertThat(notices(id, "RETURNED_TO_POOL", office)).isEqualTo(1);
        }
    }

    @Test
    void anOfficerMovedToAnotherUnitLeavesNoOpenCaseBehind() throws Exception {
        Account officer = account("TP-VP", Role.HANDLING_OFFICER);
        String bearer = tokens.bearer(officer.username());
        Unit office = org.unitByCode(tenant, "TP-VP").orElseThrow();
        UUID caseId = receive(bearer, office, "TP");
        api.call(bearer, "POST", "/api/v1/cases/" + caseId + "/assign", """
                {"version":%d,"accountId":"%s"}""".formatted(version(bearer, caseId), officer.id()), 200);

        accounts.update(admin, officer.id(), new AccountService.AccountChange(officer.displayName(), null,
                tokens.unitId("TP-PKT"), officer.roles(), true, officer.version()));

        await().atMost(PATIENCE).until(() -> assignedOpenCases(officer) == 0);
        assertThat(unassigned(caseId)).isTrue();
    }

    int assignedOpenCases(Account officer) {
        return jdbc.sql("select count(*) from citizen_case where assignee_id = ? and closed_on is null")
                .param(officer.id()).query(Integer.class).single();
    }
}
