package vn.lamchu.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the deltas the case trigger appended ({@code case_stat_delta}) into the monthly rollup ({@code case_stat_month})
 * and the count of open cases by deadline ({@code case_open_due}, V4_7_2), every few seconds. Safe with several
 * application nodes on one database: each batch runs in one transaction that first takes
 * {@code pg_try_advisory_xact_lock}; a node that does not get it skips the round. Readers add the unfolded deltas to
 * the rollups in one statement (one snapshot), so a fold never changes a figure.
 */
@Component
public class CaseStatFold {

    /** The advisory lock key (any constant shared by all nodes): "case_stat_fold". */
    static final long LOCK = 0x4c43_5354_464f_4c44L;
    static final int BATCH = 100_000;

    private static final Logger log = LoggerFactory.getLogger(CaseStatFold.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CaseStatFold(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${lamchu.reporting.fold-delay:PT3S}", initialDelayString = "PT5S")
    void scheduled() {
        long moved = foldAll();
        if (moved >= BATCH) {
            log.info("Case statistics: folded {} deltas into the monthly rollup", moved);
        }
    }

    /** Folds every delta there is now, batch by batch; returns how many were folded (0 if another node is folding). */
    public long foldAll() {
        long total = 0;
        while (true) {
            Integer moved = tx.execute(status -> foldBatch());
            if (moved == null || moved < 0) {
                return total;
            }
            total += moved;
            if (moved < BATCH) {
                return total;
            }
        }
    }

    /** One batch in the current transaction; -1 if another node holds the lock. */
    private int foldBatch() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK)
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        int moved = jdbc.sql("""
                        with moved as (
                            delete from case_stat_delta
                            where (tenant_id, seq) in (select tenant_id, seq from case_stat_delta limit :batch)
                            returning *),
                        folded as (
                            insert into case_stat_month as m (tenant_id, unit_id, grain, month, dim, value, received,
                                                              closed, closed_on_time, closed_late, overdue)
                            select d.tenant_id, d.unit_id, f.grain, f.month, f.dim, f.value, sum(d.sign * f.received),
                                   sum(d.sign * f.closed), sum(d.sign * f.closed_on_time), sum(d.sign * f.closed_late),
                                   sum(d.sign * f.overdue)
                            from moved d
                                 cross join lateral case_stat_flows(d.content_kind, d.channel, d.category_code,
                                                                    d.received_on, d.closed_on, d.due_on) f
                            group by 1, 2, 3, 4, 5, 6
                            on conflict (tenant_id, unit_id, grain, month, dim, value) do update
                                set received = m.received + excluded.received,
                                    closed = m.closed + excluded.closed,
                                    closed_on_time = m.closed_on_time + excluded.closed_on_time,
                                    closed_late = m.closed_late + excluded.closed_late,
                                    overdue = m.overdue + excluded.overdue
                            returning 1),
                        open_due as (
                            insert into case_open_due as o (tenant_id, unit_id, due_on, content_kind, open)
                            select tenant_id, unit_id, due_on, content_kind, sum(sign)
                            from moved
                            where closed_on is null and due_on is not null
                            group by 1, 2, 3, 4
                            on conflict (tenant_id, unit_id, due_on, content_kind) do update
                                set open = o.open + excluded.open
                            returning 1)
                        select count(*) from moved""")
                .param("batch", BATCH).query(Integer.class).single();
        if (moved > 0) {
            // deadlines that no open case has any more (closed, moved): the table stays as small as the calendar
            jdbc.sql("delete from case_open_due where open = 0").update();
        }
        return moved;
    }
}
