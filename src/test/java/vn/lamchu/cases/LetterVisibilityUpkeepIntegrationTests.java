package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.support.IntegrationTest;

/**
 * The letters table is vacuumed for visibility only once enough letters were inserted since its last vacuum, and
 * the vacuum really runs on the test's PostgreSQL (as the table's owner, outside a transaction, options accepted).
 */
@IntegrationTest
class LetterVisibilityUpkeepIntegrationTests {

    @Autowired LetterVisibilityUpkeep upkeep;
    @Autowired JdbcClient jdbc;

    @Test
    void vacuumsOnlyOnceEnoughLettersWereInserted() {
        OffsetDateTime before = jdbc.sql("select now()").query(OffsetDateTime.class).single();

        // (not checked through last_vacuum: the scheduled round of the same job may vacuum the shared test database)
        assertThat(upkeep.runIfDue(Long.MAX_VALUE)).isFalse();

        assertThat(upkeep.runIfDue(0)).isTrue();
        assertThat(lastVacuum()).isAfterOrEqualTo(before);
    }

    /** When the letters table was last vacuumed other than by autovacuum; long ago if never. */
    private OffsetDateTime lastVacuum() {
        return jdbc.sql("""
                        select coalesce(last_vacuum, timestamptz '2000-01-01') from pg_stat_user_tables
                        where relid = 'citizen_case'::regclass""")
                .query(OffsetDateTime.class).single();
    }
}
