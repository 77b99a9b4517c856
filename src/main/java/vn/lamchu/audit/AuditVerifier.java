package vn.lamchu.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

import vn.lamchu.audit.AuditVerification.Break;
import vn.lamchu.audit.AuditVerification.Problem;
import vn.lamchu.shared.TenantId;

/**
 * Verifies audit chains: walks each chain in sequence order, recomputes every hash, checks every link and the chain's
 * head, and names the first broken entry. It streams the log through a database cursor in one consistent snapshot
 * (REPEATABLE READ, read-only), so memory stays constant at millions of entries and concurrent appends do not
 * disturb it. Every verification is itself recorded in the audit log (action {@code verify}).
 */
@Service
public class AuditVerifier {

    /** Told how far a verification has come: entries checked so far of the (expected) total. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (checked, total) -> { };

        void update(long checked, long total);
    }

    static final int FETCH_SIZE = 2_000;
    static final int PROGRESS_EVERY = 10_000;

    private final DataSource dataSource;
    private final AuditLog auditLog;
    private final Clock clock;

    AuditVerifier(DataSource dataSource, AuditLog auditLog, Clock clock) {
        this.dataSource = dataSource;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Verifies one tenant's chain and records the verification in it. */
    public AuditVerification verify(TenantId tenant, Progress progress) {
        AuditVerification result = walk(tenant, progress);
        record(tenant, tenant.value().toString(), result);
        return result;
    }

    /** Verifies every chain (every tenant's, and the chain of events with no tenant) and records it in the latter. */
    public AuditVerification verifyAll(Progress progress) {
        AuditVerification result = walk(null, progress);
        record(null, "all", result);
        return result;
    }

    private void record(TenantId tenant, String chain, AuditVerification result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("result", result.intact() ? "intact" : "broken");
        details.put("entries", result.entries());
        details.put("chains", result.chains());
        if (!result.intact()) {
            details.put("tenant", result.firstBreak().tenant().toString());
            details.put("seq", result.firstBreak().seq());
            details.put("problem", result.firstBreak().problem().name());
        }
        auditLog.recordChange(tenant, "audit_chain", chain, "verify", null, details);
    }

    /** Walks the chains without recording anything. */
    AuditVerification walk(TenantId tenant, Progress progress) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                Walk walk = new Walk(heads(connection, tenant), progress);
                walk.run(connection, tenant);
                connection.commit();
                return new AuditVerification(tenant, started, walk.checked, walk.chains, walk.firstBreak,
                        Duration.ofNanos(System.nanoTime() - startNanos));
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("audit verification failed: " + e.getMessage(), e);
        }
    }

    private static Map<UUID, Head> heads(Connection connection, TenantId tenant) throws SQLException {
        String sql = "select tenant_id, last_seq, last_hash from audit_chain_head" + (tenant == null ? "" : " where tenant_id = ?");
        Map<UUID, Head> heads = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (tenant != null) {
                statement.setObject(1, tenant.value());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getObject(1, UUID.class), new Head(rs.getLong(2), rs.getBytes(3)));
                }
            }
        }
        return heads;
    }

    private record Head(long lastSeq, byte[] lastHash) {
    }

    /** The state of one walk over the chains, in (tenant, seq) order. */
    private static final class Walk {
        private final Map<UUID, Head> heads;
        private final Progress progress;
        private final long total;
        private long checked;
        private int chains;
        private Break firstBreak;

        private UUID chain;
        private long lastSeq;
        private byte[] lastHash;
        private Instant lastOccurredAt;

        Walk(Map<UUID, Head> heads, Progress progress) {
            this.heads = new HashMap<>(heads);
            this.progress = progress;
            this.total = heads.values().stream().mapToLong(Head::lastSeq).sum();
        }

        void run(Connection connection, TenantId tenant) throws SQLException {
            String sql = """
                    select tenant_id, seq, occurred_at, kind, actor, actor_account_id, action, entity_type, entity_id,
                           reason, details, prev_hash, hash
                    from audit_entry""" + (tenant == null ? " order by tenant_id, seq" : " where tenant_id = ? order by seq");
            progress.update(0, total);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                if (tenant != null) {
                    statement.setObject(1, tenant.value());
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (firstBreak == null && rs.next()) {
                        check(rs);
                    }
                }
            }
            if (firstBreak == null && chain != null) {
                finishChain();
            }
            // Heads without a single entry left: the whole chain was removed.
            for (var head : heads.entrySet()) {
                if (firstBreak == null && head.getValue().lastSeq() > 0) {
                    chains++;
                    firstBreak = new Break(head.getKey(), 1, null, Problem.HEAD_MISMATCH, 0, head.getValue().lastSeq());
                }
            }
            progress.update(checked, total);
        }

        private void check(ResultSet rs) throws SQLException {
            UUID tenant = rs.getObject(1, UUID.class);
            if (!tenant.equals(chain)) {
                if (chain != null) {
                    finishChain();
                    if (firstBreak != null) {
                        return;
                    }
                }
                chain = tenant;
                chains++;
                lastSeq = 0;
                lastHash = AuditChain.GENESIS;
                lastOccurredAt = null;
            }
            long seq = rs.getLong(2);
            Instant occurredAt = rs.getObject(3, OffsetDateTime.class).toInstant();
            byte[] prevHash = rs.getBytes(12);
            byte[] hash = rs.getBytes(13);
            byte[] recomputed = AuditChain.hash(prevHash, tenant, seq, occurredAt, rs.getString(4), rs.getString(5),
                    rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11));
            if (seq != lastSeq + 1) {
                firstBreak = new Break(tenant, seq, occurredAt, Problem.SEQ_GAP, lastSeq, lastSeq + 1);
            } else if (!Arrays.equals(recomputed, hash)) {
                firstBreak = new Break(tenant, seq, occurredAt, Problem.HASH_MISMATCH, lastSeq, seq);
            } else if (!Arrays.equals(prevHash, lastHash)) {
                firstBreak = new Break(tenant, seq, occurredAt, Problem.PREV_HASH_MISMATCH, lastSeq, seq);
            } else {
                lastSeq = seq;
                lastHash = hash;
                lastOccurredAt = occurredAt;
                if (++checked % PROGRESS_EVERY == 0) {
                    progress.update(checked, total);
                }
            }
        }

        /** The chain's last entry must be what its head says. */
        private void finishChain() {
            Head head = heads.remove(chain);
            if (head == null) {
                head = new Head(0, AuditChain.GENESIS);
            }
            if (head.lastSeq() > lastSeq) {
                firstBreak = new Break(chain, lastSeq + 1, null, Problem.HEAD_MISMATCH, lastSeq, head.lastSeq());
            } else if (head.lastSeq() < lastSeq) {
                firstBreak = new Break(chain, head.lastSeq() + 1, null, Problem.HEAD_MISMATCH, head.lastSeq(), head.lastSeq());
            } else if (!Arrays.equals(head.lastHash(), lastHash)) {
                firstBreak = new Break(chain, lastSeq, lastOccurredAt, Problem.HEAD_MISMATCH, lastSeq - 1, head.lastSeq());
            }
        }
    }
}
