package vn.lamchu.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * The failure this module exists to prevent is a recommendation nobody answers. Every hour (on the injected clock's
 * legal date, Asia/Ho_Chi_Minh):
 * <ul>
 *   <li><b>Reminder</b>: from {@value #REMIND_DAYS_BEFORE} days before the due date until the due date, once — a
 *       notice to the addressed body.</li>
 *   <li><b>Escalation</b>: on the first day after the due date (the due date ends at 24:00, Bộ luật Dân sự 2015
 *       Điều 148 khoản 6), once — recorded with the addressed body's superior unit and the Party committee of its
 *       level ({@link SupervisionUnits}); notices to the addressed body, the issuer, the superior and the Party
 *       committee. The Front's right to ask the competent body to consider the responsibility of those who do not
 *       answer: Luật MTTQ 2015 (sửa đổi 2025) Điều 28 khoản 7; for the inspection board, Luật DCCS 2022 Điều 40.</li>
 *   <li><b>Team report late</b>: a supervision held whose team report passed its MTTQ-team-report due date
 *       (NQLT 403/2017 Điều 9) — a notice to the Front committee, once.</li>
 * </ul>
 * Idempotent: each event is a row whose primary key is (tenant, recommendation, kind); running twice, or on several
 * nodes at once, records it once. A recommendation that is answered is never escalated afterwards.
 */
@Component
public class RecommendationWatch {

    /** How many days before the due date the addressed body is reminded (office practice, not law). */
    public static final int REMIND_DAYS_BEFORE = 3;
    private static final Logger log = LoggerFactory.getLogger(RecommendationWatch.class);

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final SupervisionUnits units;
    private final Recommendations recommendations;
    private final AuditLog audit;
    private final Clock clock;

    RecommendationWatch(JdbcClient jdbc, OrgDirectory org, SupervisionUnits units, Recommendations recommendations,
                        AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.units = units;
        this.recommendations = recommendations;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${lamchu.supervision.watch-cron:0 7 * * * *}", zone = "Asia/Ho_Chi_Minh")
    void scheduled() {
        Result result = run();
        if (result.reminders() + result.escalations() + result.lateReports() > 0) {
            log.info("Recommendation watch: {}", result);
        }
    }

    /** What one run did. */
    public record Result(int reminders, int escalations, int lateReports) {
    }

    /** Runs the watch for today's legal date in every tenant. */
    @Transactional
    public Result run() {
        LocalDate today = LegalTime.today(clock);
        int reminders = 0;
        int escalations = 0;
        int late = 0;
        for (Tenant tenant : org.tenants()) {
            reminders += remind(tenant.id(), today);
            escalations += escalate(tenant.id(), today);
            late += lateTeamReports(tenant.id(), today);
        }
        return new Result(reminders, escalations, late);
    }

    private int remind(TenantId tenant, LocalDate today) {
        List<Row> due = jdbc.sql("""
                        select id, issuing_unit_id, addressed_unit_id from sv_recommendation r
                        where tenant_id = ? and status = 'AWAITING' and due_on >= ? and due_on - ? <= ?
                          and not exists (select 1 from sv_recommendation_event e where e.tenant_id = r.tenant_id
                              and e.recommendation_id = r.id and e.kind = 'REMINDER')""")
                .params(tenant.value(), today, REMIND_DAYS_BEFORE, today).query(Row::map).list();
        int done = 0;
        for (Row row : due) {
            if (record(tenant, row.id(), "REMINDER", today, null, null)) {
                recommendations.notice(tenant, row.addressed(), row.id(), "REMINDER", today);
                done++;
            }
        }
        return done;
    }

    private int escalate(TenantId tenant, LocalDate today) {
        List<Row> overdue = jdbc.sql("""
                        select id, issuing_unit_id, addressed_unit_id from sv_recommendation r
                        where tenant_id = ? and status = 'AWAITING' and due_on < ?
                          and not exists (select 1 from sv_recommendation_event e where e.tenant_id = r.tenant_id
                              and e.recommendation_id = r.id and e.kind = 'ESCALATION')""")
                .params(tenant.value(), today).query(Row::map).list();
        int done = 0;
        for (Row row : overdue) {
            UnitId superior = units.superior(tenant, row.addressed()).map(Unit::id).orElse(null);
            UnitId party = units.partyCommittee(tenant, row.addressed()).map(Unit::id).orElse(null);
            if (!record(tenant, row.id(), "ESCALATION", today, superior, party)) {
                continue;
            }
            Set<UnitId> told = new LinkedHashSet<>();
            told.add(row.addressed());
            told.add(row.issuing());
            if (superior != null) {
                told.add(superior);
            }
            if (party != null) {
                told.add(party);
            }
            told.forEach(unit -> recommendations.notice(tenant, unit, row.id(), "ESCALATION", today));
            audit.recordChange(tenant, "sv_recommendation", row.id().toString(), "escalate", null,
                    Map.of("on", today.toString(), "superior", String.valueOf(superior), "party", String.valueOf(party)));
            done++;
        }
        return done;
    }

    private int lateTeamReports(TenantId tenant, LocalDate today) {
        record Held(UUID id, UnitId owner, LocalDate heldOn) {
        }
        List<Held> held = jdbc.sql("""
                        select s.id, s.owner_unit_id, s.session_held_on from sv_supervision s
                        join sv_plan p on p.tenant_id = s.tenant_id and p.id = s.plan_id
                        where s.tenant_id = ? and s.status = 'HELD' and p.body = 'FRONT'
                          and not exists (select 1 from sv_notice n where n.tenant_id = s.tenant_id
                              and n.subject_id = s.id and n.kind = 'TEAM_REPORT_LATE')""")
                .param(tenant.value())
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, LocalDate.class)))
                .list();
        if (held.isEmpty()) {
            return 0;
        }
        SupervisionDeadlines deadlines = recommendations.deadlines();
        int done = 0;
        for (Held s : held) {
            if (today.isAfter(deadlines.teamReportDue(s.heldOn()))) {
                int before = noticeCount(tenant, s.id());
                recommendations.notice(tenant, s.owner(), s.id(), "TEAM_REPORT_LATE", today);
                done += noticeCount(tenant, s.id()) - before;
            }
        }
        return done;
    }

    private int noticeCount(TenantId tenant, UUID subject) {
        return jdbc.sql("select count(*) from sv_notice where tenant_id = ? and subject_id = ?")
                .params(tenant.value(), subject).query(Integer.class).single();
    }

    private boolean record(TenantId tenant, UUID id, String kind, LocalDate on, UnitId superior, UnitId party) {
        return jdbc.sql("""
                        insert into sv_recommendation_event (tenant_id, recommendation_id, kind, happened_on,
                            superior_unit_id, party_unit_id, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(tenant.value(), id, kind, on, superior == null ? null : superior.value(),
                        party == null ? null : party.value(), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    private record Row(UUID id, UnitId issuing, UnitId addressed) {
        static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new Row(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
                    new UnitId(rs.getObject(3, UUID.class)));
        }
    }
}
