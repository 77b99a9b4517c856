package vn.lamchu.cases;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.rules.WorkingCalendar;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Marks open cases whose deadline is within {@value #DUE_SOON_WORKING_DAYS} working days (due soon) or past (overdue),
 * and leaves a notice for the officer and the unit's leaders when a case enters either state. Scheduled on every node;
 * each slot (a firing time of {@code lamchu.cases.watch-cron}, by default every quarter-hour) is claimed in the
 * database first, so it runs once across all nodes; every claim is kept in {@code job_run_history} with the node that
 * ran it and when it finished.
 */
@Component
public class DeadlineWatch {

    public static final int DUE_SOON_WORKING_DAYS = 3;
    static final String JOB = "cases.deadline-watch";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final CaseNotices notices;
    private final CaseStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final CaseHandling handling;
    private final CronExpression cron;

    DeadlineWatch(JdbcClient jdbc, CaseNotices notices, CaseStore store, WorkingCalendar calendar, Clock clock,
                  CaseHandling handling, @Value("${lamchu.cases.watch-cron:0 */15 * * * *}") String cron) {
        this.handling = handling;
        this.cron = CronExpression.parse(cron);
        this.jdbc = jdbc;
        this.notices = notices;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${lamchu.cases.watch-cron:0 */15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    void scheduled() {
        String slot = slot(cron, clock.instant());
        if (claim(slot)) {
            int changed = run();
            jdbc.sql("update job_run_history set finished_at = ? where name = ? and slot = ?")
                    .params(Timestamp.from(clock.instant()), JOB, slot).update();
            log.info("Deadline watch for slot {}: {} cases changed state", slot, changed);
        }
    }

    /**
     * The slot a firing belongs to: the latest firing time of {@code cron} at or before {@code now} (Vietnam time),
     * allowing a trigger to fire up to a second early. For the default quarter-hour cron this is the quarter-hour,
     * written as before ({@code 2026-11-24T10:45+07:00[Asia/Ho_Chi_Minh]}); slots of one cron sort as text.
     */
    static String slot(CronExpression cron, Instant now) {
        ZonedDateTime at = now.plusSeconds(1).atZone(ZONE);
        Duration back = Duration.ofMinutes(1);
        ZonedDateTime first = cron.next(at.minus(back));
        while (first == null || first.isAfter(at)) {
            back = back.multipliedBy(2);
            if (back.toDays() > 800) {
                throw new IllegalStateException("the watch cron " + cron + " has not fired in two years");
            }
            first = cron.next(at.minus(back));
        }
        ZonedDateTime slot = first;
        for (ZonedDateTime next = cron.next(slot); next != null && !next.isAfter(at); next = cron.next(next)) {
            slot = next;
        }
        return slot.toString();
    }

    /**
     * Claims a slot for this node; false when another node already ran it. The claim and its line in
     * {@code job_run_history} are one statement, so the history holds exactly the slots that were claimed.
     */
    boolean claim(String slot) {
        String node;
        try {
            node = InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            node = "pid " + ProcessHandle.current().pid();
        }
        return jdbc.sql("""
                        with claimed as (
                            insert into case_job_run (name, last_slot, ran_at, ran_by) values (?, ?, ?, ?)
                            on conflict (name) do update set last_slot = excluded.last_slot, ran_at = excluded.ran_at,
                                ran_by = excluded.ran_by
                            where case_job_run.last_slot < excluded.last_slot
                            returning name, last_slot, ran_at, ran_by)
                        insert into job_run_history (name, slot, ran_by, claimed_at)
                        select name, last_slot, ran_by, ran_at from claimed""")
                .params(JOB, slot, Timestamp.from(clock.instant()), node).update() == 1;
    }

    /** The last day that is still "due soon": {@value #DUE_SOON_WORKING_DAYS} working days from today. */
    public LocalDate dueSoonHorizon(LocalDate today) {
        LocalDate day = today;
        int counted = 0;
        while (counted < DUE_SOON_WORKING_DAYS) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Re-evaluates every open case with a deadline; returns how many changed state. */
    @Transactional
    public int run() {
        LocalDate today = LegalTime.today(clock);
        LocalDate horizon = dueSoonHorizon(today);
        record Row(UUID tenant, UUID id, LocalDate due, WatchState watch) {
        }
        int finalised = finaliseUnchallenged(today);
        List<Row> rows = jdbc.sql("""
                        select tenant_id, id, due_on, watch from citizen_case
                        where closed_on is null and (due_on <= ? or watch <> 'NORMAL')""")
                .param(horizon)
                .query((rs, i) -> new Row(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        CaseStore.date(rs, "due_on"), WatchState.valueOf(rs.getString("watch"))))
                .list();
        int changed = 0;
        for (Row row : rows) {
            WatchState state = row.due() == null ? WatchState.NORMAL
                    : row.due().isBefore(today) ? WatchState.OVERDUE
                    : row.due().isAfter(horizon) ? WatchState.NORMAL : WatchState.DUE_SOON;
            if (state == row.watch()) {
                continue;
            }
            TenantId tenant = new TenantId(row.tenant());
            store.updateWatch(tenant, new CaseId(row.id()), state);
            changed++;
            if (state != WatchState.NORMAL) {
                CitizenCase c = store.find(tenant, new CaseId(row.id())).orElseThrow();
                CaseNotices.Kind kind = state == WatchState.OVERDUE ? CaseNotices.Kind.OVERDUE : CaseNotices.Kind.DUE_SOON;
                if (c.assigneeId != null) {
                    notices.toAccount(c, c.assigneeId, kind);
                }
                notices.toLeaders(c, kind);
            }
        }
        return finalised + changed;
    }

    /**
     * Complaint decisions whose time for a second complaint or a lawsuit has passed become final instead of being
     * reported overdue (Luật Khiếu nại 2011, Điều 44; {@link CaseHandling#finaliseUnchallenged}).
     */
    private int finaliseUnchallenged(LocalDate today) {
        record Lapsed(TenantId tenant, CaseId id) {
        }
        int finalised = 0;
        for (Lapsed row : jdbc.sql("""
                        select tenant_id, id from citizen_case
                        where closed_on is null and due_rule = 'KN-final' and due_on < ?""")
                .param(today).query((rs, i) -> new Lapsed(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        new CaseId(rs.getObject("id", UUID.class)))).list()) {
            if (handling.finaliseUnchallenged(row.tenant(), row.id())) {
                finalised++;
            }
        }
        return finalised;
    }

    static UnitId unit(UUID id) {
        return new UnitId(id);
    }
}
