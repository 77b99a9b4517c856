package vn.lamchu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

/**
 * How long verification takes at scale. Opt-in, because it writes many rows:
 * {@code -Dlamchu.measure=true -Dlamchu.measure.rows=1000000}; prints rows per second.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "lamchu.measure", matches = "true")
class AuditVerifierMeasurementIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired AuditVerifier verifier;

    @Test
    void verifiesALongChainAndSaysHowFast() throws Exception {
        int rows = Integer.getInteger("lamchu.measure.rows", 100_000);
        UUID tenant = UUID.randomUUID();
        long writeStart = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            AuditChainGenerator.write(connection, tenant, rows, Instant.parse("2026-01-01T00:00:00Z"));
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;

        for (int run = 1; run <= 3; run++) {
            AuditVerification result = verifier.walk(new TenantId(tenant), AuditVerifier.Progress.NONE);
            assertThat(result.intact()).isTrue();
            assertThat(result.entries()).isEqualTo(rows);
            System.out.printf("MEASURE verify run %d: %d entries in %.2f s (%.0f entries/s); written in %.1f s%n", run,
                    rows, result.elapsed().toMillis() / 1000.0, rows / (result.elapsed().toMillis() / 1000.0), writeSeconds);
        }
    }
}
