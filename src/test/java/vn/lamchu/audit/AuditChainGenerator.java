package vn.lamchu.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a long, valid audit chain fast (batched inserts with the hashes the log would compute), to measure the
 * verifier and the backup at scale. Also runnable by hand against a database:
 * {@code java -cp target/classes:target/test-classes:DEPENDENCIES vn.lamchu.audit.AuditChainGenerator JDBC_URL ROWS}.
 */
final class AuditChainGenerator {

    private AuditChainGenerator() {
    }

    /** Appends {@code rows} entries to the chain of {@code tenant}, which must not exist yet. */
    static void write(Connection connection, UUID tenant, int rows, Instant start) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        byte[] previous = AuditChain.GENESIS;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_entry (tenant_id, seq, occurred_at, kind, actor, actor_account_id, action, entity_type,
                                         entity_id, reason, details, prev_hash, hash)
                values (?, ?, ?, 'CHANGE', ?, null, 'update', 'case', ?, ?, ?, ?, ?)""")) {
            for (int seq = 1; seq <= rows; seq++) {
                Instant at = AuditChain.storedPrecision(start.plusMillis(seq * 37L));
                String actor = "canbo." + (seq % 50);
                String entity = "HS-" + (seq % 20_000);
                String reason = seq % 10 == 0 ? "Bổ sung tài liệu theo yêu cầu của công dân" : null;
                String details = "{\"status\":\"IN_PROGRESS\",\"note\":\"Chuyển xử lý lần " + seq + "\"}";
                byte[] hash = AuditChain.hash(previous, tenant, seq, at, "CHANGE", actor, null, "update", "case", entity,
                        reason, details);
                insert.setObject(1, tenant);
                insert.setLong(2, seq);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setString(4, actor);
                insert.setString(5, entity);
                insert.setString(6, reason);
                insert.setString(7, details);
                insert.setBytes(8, previous);
                insert.setBytes(9, hash);
                insert.addBatch();
                previous = hash;
                if (seq % 5_000 == 0 || seq == rows) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?, ?, ?)")) {
            head.setObject(1, tenant);
            head.setLong(2, rows);
            head.setBytes(3, previous);
            head.executeUpdate();
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "postgres", null)) {
            UUID tenant = UUID.randomUUID();
            long started = System.nanoTime();
            write(connection, tenant, Integer.parseInt(args[1]), Instant.now());
            System.out.printf("tenant %s: %s entries in %.1f s%n", tenant, args[1], (System.nanoTime() - started) / 1e9);
        }
    }
}
