package vn.lamchu.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.shared.TenantId;

/**
 * SQL for letters accepted ahead of logging ({@code intake_inbox}, V4_7_0): one insert when a letter is accepted, and
 * the worker's claims and outcomes. Every statement is fenced by tenant.
 */
@Repository
class IntakeInbox {

    enum State { PENDING, DONE, FAILED }

    /** An accepted letter; {@code payloadEnc} is the encrypted {@link CaseIntake} payload. */
    record Row(UUID id, Instant acceptedAt, UUID accountId, String receiptHash, String idempotencyHash,
               String payloadEnc, State state, int attempts, UUID caseId, String errorKey, List<String> errorArgs) {
    }

    private static final String COLUMNS = """
            id, accepted_at, account_id, receipt_hash, idempotency_hash, payload_enc, state, attempts, case_id, error_key,
            error_args""";

    private final JdbcClient jdbc;

    IntakeInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An accepted letter to store. */
    record NewRow(TenantId tenant, UUID id, Instant acceptedAt, UUID account, String receiptHash, String idempotencyHash,
                  String payloadEnc) {
    }

    /**
     * Stores accepted letters with one statement (and, outside a transaction, one commit); the ids of those stored.
     * A letter whose idempotency key is there already (or earlier in the same list) is not stored.
     */
    java.util.Set<UUID> insert(List<NewRow> rows) {
        StringBuilder sql = new StringBuilder("""
                insert into intake_inbox (tenant_id, id, accepted_at, account_id, receipt_hash, idempotency_hash,
                                          payload_enc, next_attempt_at) values """);
        List<Object> params = new java.util.ArrayList<>(rows.size() * 8);
        for (int i = 0; i < rows.size(); i++) {
            NewRow r = rows.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
            Timestamp at = Timestamp.from(r.acceptedAt());
            params.addAll(java.util.Arrays.asList(r.tenant().value(), r.id(), at, r.account(), r.receiptHash(),
                    r.idempotencyHash(), r.payloadEnc(), at));
        }
        sql.append(" on conflict (tenant_id, idempotency_hash) where idempotency_hash is not null do nothing returning id");
        return new java.util.HashSet<>(jdbc.sql(sql.toString()).params(params).query(UUID.class).list());
    }

    Optional<Row> find(TenantId tenant, UUID id) {
        return one("id = ?", tenant, id);
    }

    Optional<Row> findByIdempotencyKey(TenantId tenant, String idempotencyHash) {
        return one("idempotency_hash = ?", tenant, idempotencyHash);
    }

    /**
     * Up to {@code max} pending letters due now, oldest first, locked for the caller's transaction; letters another
     * node's worker holds are skipped, so that several nodes share the work and none logs a letter twice.
     */
    List<Row> claim(TenantId tenant, Instant now, int max) {
        return jdbc.sql("select " + COLUMNS + """
                         from intake_inbox where tenant_id = ? and state = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at, id limit ? for update skip locked""")
                .params(tenant.value(), Timestamp.from(now), max).query(IntakeInbox::row).list();
    }

    /** The pending letter with this receipt code, locked (waiting for a worker that holds it). */
    Optional<Row> claimByReceipt(TenantId tenant, String receiptHash) {
        return one("receipt_hash = ? and state = 'PENDING' for update", tenant, receiptHash);
    }

    /** The pending accepted letter with this id, locked (waiting for a worker that holds it). */
    Optional<Row> claimById(TenantId tenant, UUID id) {
        return one("id = ? and state = 'PENDING' for update", tenant, id);
    }

    void done(TenantId tenant, UUID id, CaseId caseId, Instant now) {
        jdbc.sql("""
                        update intake_inbox set state = 'DONE', case_id = ?, done_at = ?, attempts = attempts + 1,
                            error_key = null, error_args = null
                        where tenant_id = ? and id = ?""")
                .params(caseId.value(), Timestamp.from(now), tenant.value(), id).update();
    }

    void failed(TenantId tenant, UUID id, String errorKey, List<String> errorArgs, Instant now) {
        jdbc.sql("""
                        update intake_inbox set state = 'FAILED', done_at = ?, attempts = attempts + 1, error_key = ?,
                            error_args = ?
                        where tenant_id = ? and id = ?""")
                .params(Timestamp.from(now), errorKey, errorArgs.toArray(String[]::new), tenant.value(), id).update();
    }

    void retryLater(TenantId tenant, UUID id, Instant at) {
        jdbc.sql("update intake_inbox set attempts = attempts + 1, next_attempt_at = ? where tenant_id = ? and id = ?")
                .params(Timestamp.from(at), tenant.value(), id).update();
    }

    /** Puts a letter that could not be logged back in the queue, with fresh attempts; false if it had not failed. */
    boolean retry(TenantId tenant, UUID id, UUID account, Instant now) {
        return jdbc.sql("""
                        update intake_inbox set state = 'PENDING', attempts = 0, next_attempt_at = ?, error_key = null,
                            error_args = null, done_at = null
                        where tenant_id = ? and id = ? and account_id = ? and state = 'FAILED'""")
                .params(Timestamp.from(now), tenant.value(), id, account).update() == 1;
    }

    /** Forgets letters logged before {@code before}: their cases carry everything, the receipt code included. */
    int purge(TenantId tenant, Instant before) {
        return jdbc.sql("delete from intake_inbox where tenant_id = ? and state = 'DONE' and done_at < ?")
                .params(tenant.value(), Timestamp.from(before)).update();
    }

    /** The one row of the tenant that {@code condition} (on one parameter) names. */
    private Optional<Row> one(String condition, TenantId tenant, Object value) {
        return jdbc.sql("select " + COLUMNS + " from intake_inbox where tenant_id = ? and " + condition)
                .params(tenant.value(), value).query(IntakeInbox::row).optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Array args = rs.getArray("error_args");
        return new Row(rs.getObject("id", UUID.class), rs.getTimestamp("accepted_at").toInstant(),
                rs.getObject("account_id", UUID.class), rs.getString("receipt_hash"), rs.getString("idempotency_hash"),
                rs.getString("payload_enc"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("case_id", UUID.class), rs.getString("error_key"),
                args == null ? List.of() : Arrays.asList((String[]) args.getArray()));
    }
}
