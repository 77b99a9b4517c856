package vn.lamchu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.lamchu.audit.AuditVerification.Problem;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

@IntegrationTest
class AuditVerifierIntegrationTests {

    @Autowired AuditVerifier verifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    AuditFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = AuditFixtures.of(context);
    }

    @Test
    void anIntactChainVerifiesWithItsCount() {
        TenantId tenant = fixtures.chainOf(20);

        AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(20);
        assertThat(result.chains()).isEqualTo(1);
    }

    @Test
    void theVerificationIsItselfRecordedInTheChain() {
        TenantId tenant = fixtures.chainOf(3);

        verifier.verify(tenant, AuditVerifier.Progress.NONE);

        Map<String, Object> last = fixtures.row(tenant, 4);
        assertThat(last.get("action")).isEqualTo("verify");
        assertThat(last.get("entity_type")).isEqualTo("audit_chain");
        assertThat((String) last.get("details")).contains("\"result\":\"intact\"").contains("\"entries\":3");
        assertThat(verifier.walk(tenant, AuditVerifier.Progress.NONE).entries()).isEqualTo(4);
    }

    @Test
    void aHandEditedEntryIsNamedExactly() {
        TenantId tenant = fixtures.chainOf(10);
        Map<String, Object> original = fixtures.row(tenant, 4);
        fixtures.tamper("update audit_entry set details = '{\"field\":\"giá trị khác\"}' where tenant_id = '"
                + tenant.value() + "' and seq = 4");
        try {
            AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

            assertThat(result.intact()).isFalse();
            assertThat(result.firstBreak().tenant()).isEqualTo(tenant.value());
            assertThat(result.firstBreak().seq()).isEqualTo(4);
            assertThat(result.firstBreak().problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(result.firstBreak().occurredAt())
                    .isEqualTo(((java.sql.Timestamp) original.get("occurred_at")).toInstant());
            assertThat(result.firstBreak().lastIntactSeq()).isEqualTo(3);
            assertThat(result.entries()).isEqualTo(3);
        } finally {
            fixtures.tamper("update audit_entry set details = '" + original.get("details").toString().replace("'", "''")
                    + "' where tenant_id = '" + tenant.value() + "' and seq = 4");
        }
        assertThat(verifier.walk(tenant, AuditVerifier.Progress.NONE).intact()).isTrue();
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() {
        TenantId tenant = fixtures.chainOf(6);
        Map<String, Object> original = fixtures.row(tenant, 3);
        byte[] forged = AuditChain.hash((byte[]) original.get("prev_hash"), tenant.value(), 3,
                ((java.sql.Timestamp) original.get("occurred_at")).toInstant(), "CHANGE", "ke.gian", null, "update",
                "test_record", "r-3", null, "{}");
        fixtures.tamper("update audit_entry set actor = 'ke.gian', actor_account_id = null, reason = null, details = '{}', "
                + "hash = '\\x" + java.util.HexFormat.of().formatHex(forged) + "'::bytea where tenant_id = '"
                + tenant.value() + "' and seq = 3");
        try {
            AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

            assertThat(result.firstBreak().seq()).isEqualTo(4);
            assertThat(result.firstBreak().problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
            assertThat(result.firstBreak().lastIntactSeq()).isEqualTo(3);
        } finally {
            fixtures.tamper("delete from audit_entry where tenant_id = '" + tenant.value() + "' and seq = 3");
            fixtures.reinsert(List.of(original));
        }
    }

    @Test
    void anEntryDeletedFromTheMiddleIsDetected() {
        TenantId tenant = fixtures.chainOf(10);
        Map<String, Object> removed = fixtures.row(tenant, 5);
        fixtures.tamper("delete from audit_entry where tenant_id = '" + tenant.value() + "' and seq = 5");
        try {
            AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

            assertThat(result.firstBreak().seq()).isEqualTo(6);
            assertThat(result.firstBreak().problem()).isEqualTo(Problem.SEQ_GAP);
            assertThat(result.firstBreak().lastIntactSeq()).isEqualTo(4);
            assertThat(result.firstBreak().expectedSeq()).isEqualTo(5);
        } finally {
            fixtures.reinsert(List.of(removed));
        }
        assertThat(verifier.walk(tenant, AuditVerifier.Progress.NONE).intact()).isTrue();
    }

    @Test
    void entriesCutOffTheEndAreDetectedAtTheHead() {
        TenantId tenant = fixtures.chainOf(10);
        List<Map<String, Object>> tail = List.of(fixtures.row(tenant, 9), fixtures.row(tenant, 10));
        fixtures.tamper("delete from audit_entry where tenant_id = '" + tenant.value() + "' and seq >= 9");
        try {
            AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

            assertThat(result.firstBreak().problem()).isEqualTo(Problem.HEAD_MISMATCH);
            assertThat(result.firstBreak().seq()).isEqualTo(9);
            assertThat(result.firstBreak().lastIntactSeq()).isEqualTo(8);
            assertThat(result.firstBreak().expectedSeq()).isEqualTo(10);
            assertThat(result.firstBreak().occurredAt()).isNull();
            assertThat(result.entries()).isEqualTo(8);
        } finally {
            fixtures.reinsert(tail);
        }
    }

    @Test
    void aWholeChainRemovedIsDetectedFromItsHead() {
        TenantId tenant = fixtures.chainOf(2);
        List<Map<String, Object>> all = List.of(fixtures.row(tenant, 1), fixtures.row(tenant, 2));
        fixtures.tamper("delete from audit_entry where tenant_id = '" + tenant.value() + "'");
        try {
            AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);

            assertThat(result.firstBreak().problem()).isEqualTo(Problem.HEAD_MISMATCH);
            assertThat(result.firstBreak().seq()).isEqualTo(1);
            assertThat(result.firstBreak().expectedSeq()).isEqualTo(2);
        } finally {
            fixtures.reinsert(all);
        }
    }

    @Test
    void theAppendOnlyTriggerRefusesUpdateDeleteAndTruncate() {
        TenantId tenant = fixtures.chainOf(1);
        String where = " where tenant_id = '" + tenant.value() + "' and seq = 1";

        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'x'" + where))
                .rootCause().hasMessageContaining("append-only (UPDATE refused)");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry" + where))
                .rootCause().hasMessageContaining("append-only (DELETE refused)");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("append-only (TRUNCATE refused)");
        assertThat(fixtures.row(tenant, 1).get("actor")).isEqualTo("system");
    }

    @Test
    void concurrentAppendsFromSeveralThreadsKeepTheChainValid() throws Exception {
        TenantId tenant = fixtures.chainOf(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                writers.add(() -> {
                    fixtures.append(tenant, 25);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditVerification result = verifier.walk(tenant, AuditVerifier.Progress.NONE);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(151);
        assertThat(jdbc.queryForObject("select count(distinct seq) from audit_entry where tenant_id = ?", Long.class,
                tenant.value())).isEqualTo(151);
    }

    @Test
    void progressIsReportedAgainstTheHeadsTotal() {
        TenantId tenant = fixtures.chainOf(5);
        List<long[]> updates = new ArrayList<>();

        verifier.walk(tenant, (checked, total) -> updates.add(new long[]{checked, total}));

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(0)).containsExactly(0, 5);
        assertThat(updates.get(updates.size() - 1)).containsExactly(5, 5);
    }

    @Test
    void verifyingEveryChainCoversTheChainWithoutTenantAndRecordsItThere() {
        AuditVerification result = verifier.verifyAll(AuditVerifier.Progress.NONE);

        assertThat(result.intact()).as("every chain of the shared test database: %s", result.firstBreak()).isTrue();
        assertThat(result.chains()).isGreaterThan(1);
        Map<String, Object> last = jdbc.queryForMap("""
                select action, entity_id, occurred_at from audit_entry where tenant_id = ?
                order by seq desc limit 1""", JdbcAuditLog.NO_TENANT);
        assertThat(last.get("action")).isEqualTo("verify");
        assertThat(last.get("entity_id")).isEqualTo("all");
    }
}
