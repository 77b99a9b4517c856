package vn.lamchu.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the table pages of new letters marked all-visible, so that the statistics' index-only reads ("open cases due
 * this month", V4_6_1) do not fetch each new letter from the table.
 * <p>
 * PostgreSQL's autovacuum does this after every 10,000 inserted letters (V4_7_1). Each of its runs also scans the
 * whole band index of similar letters (a GIN index of 3 GB at ten million letters: 7–14 s here), so it cannot run
 * much more often. Until it runs, a busy intake day slows the statistics. Measured at 10.1 million letters after a
 * burst of intake into one commune: commune-year p50 130 ms and province-year p50 162 ms; after a vacuum, 58 and 75 ms.
 * <p>
 * This job vacuums the table without its indexes ({@code INDEX_CLEANUP OFF}) once enough letters have been inserted
 * since the table's last vacuum. Such a vacuum visits only the pages that are not yet all-visible. It leaves dead
 * index entries to autovacuum's own runs. With {@code SKIP_LOCKED}, a node skips the round while another node or
 * autovacuum is vacuuming the table. A vacuum takes no lock that blocks reading or writing letters. If the database
 * account does not own the table, PostgreSQL skips it with a warning and nothing else changes.
 */
@Component
class LetterVisibilityUpkeep {

    private static final Logger log = LoggerFactory.getLogger(LetterVisibilityUpkeep.class);

    private final JdbcClient jdbc;
    private final long threshold;

    LetterVisibilityUpkeep(JdbcClient jdbc, @Value("${lamchu.cases.visibility-upkeep-threshold:1000}") long threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    @Scheduled(fixedDelayString = "${lamchu.cases.visibility-upkeep-delay:PT30S}", initialDelayString = "PT30S")
    void scheduled() {
        try {
            runIfDue(threshold);
        } catch (DataAccessException e) {
            // the next round tries again; nothing depends on this run
            log.warn("Letters table: vacuum for visibility failed: {}", e.getMessage());
        }
    }

    /**
     * Vacuums the letters table if at least {@code minimumInserted} letters were inserted since its last vacuum;
     * returns whether it did. Runs outside any transaction (a vacuum cannot run inside one).
     */
    boolean runIfDue(long minimumInserted) {
        long inserted = jdbc.sql("""
                        select coalesce(max(n_ins_since_vacuum), 0) from pg_stat_user_tables
                        where relid = 'citizen_case'::regclass""")
                .query(Long.class).single();
        if (inserted < minimumInserted) {
            return false;
        }
        long start = System.nanoTime();
        jdbc.sql("vacuum (index_cleanup off, skip_locked) citizen_case").update();
        log.debug("Letters table: {} new letters made visible in {} ms", inserted, (System.nanoTime() - start) / 1_000_000);
        return true;
    }
}
