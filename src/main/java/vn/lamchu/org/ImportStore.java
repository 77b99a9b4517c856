package vn.lamchu.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.org.OrgImports.ImportView;
import vn.lamchu.org.OrgImports.Kind;
import vn.lamchu.org.OrgImports.Status;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/** SQL for {@code org_import}: the imports, their status and progress. Every statement is fenced by tenant. */
@Repository
class ImportStore {

    private static final String COLUMNS = """
            id, kind, file_name, status, total, done, errors, unit_id, created_by, created_at, started_at,
            finished_at, cancel_requested""";
    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TenantId tenant, UUID id, Kind kind, String fileName, Status status, int total,
                List<ImportProblem> problems, byte[] content, UnitId unit, String createdBy, UUID account, Instant now) {
        jdbc.sql("""
                        insert into org_import (tenant_id, id, kind, file_name, status, total, errors, content, unit_id,
                                                created_by, created_by_account, created_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, kind.name(), fileName, status.name(), total, json.writeValueAsString(problems),
                        content, unit.value(), createdBy, account, Timestamp.from(now))
                .update();
    }

    Optional<ImportView> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from org_import where tenant_id = ? and id = ?")
                .params(tenant.value(), id).query(this::map).optional();
    }

    /** The latest imports of units in the given subtree. */
    List<ImportView> recent(TenantId tenant, UnitId root, int limit) {
        return jdbc.sql(UnitStore.SCOPE_CTE + "select " + COLUMNS + """
                         from org_import where tenant_id = :tenant and unit_id in (select id from scope)
                        order by created_at desc limit :limit""")
                .param("tenant", tenant.value()).param("root", root.value()).param("limit", limit)
                .query(this::map).list();
    }

    Optional<byte[]> content(TenantId tenant, UUID id) {
        return jdbc.sql("select content from org_import where tenant_id = ? and id = ? and content is not null")
                .params(tenant.value(), id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    boolean queue(TenantId tenant, UUID id, Instant now) {
        return jdbc.sql("update org_import set status = 'QUEUED', heartbeat_at = ?, version = version + 1 where tenant_id = ? and id = ? and status = 'READY'")
                .params(Timestamp.from(now), tenant.value(), id).update() == 1;
    }

    boolean start(TenantId tenant, UUID id, Instant now) {
        return jdbc.sql("""
                        update org_import set status = 'RUNNING', started_at = ?, heartbeat_at = ?, version = version + 1
                        where tenant_id = ? and id = ? and status = 'QUEUED' and not cancel_requested""")
                .params(Timestamp.from(now), Timestamp.from(now), tenant.value(), id).update() == 1;
    }

    /** Records progress; @return whether someone asked to cancel */
    boolean progress(TenantId tenant, UUID id, int done, Instant now) {
        return jdbc.sql("""
                        update org_import set done = ?, heartbeat_at = ? where tenant_id = ? and id = ? and status = 'RUNNING'
                        returning cancel_requested""")
                .params(done, Timestamp.from(now), tenant.value(), id)
                .query(Boolean.class).optional().orElse(true);
    }

    /** A running or queued import is asked to stop; one not started yet is discarded at once. */
    boolean requestCancel(TenantId tenant, UUID id, Instant now) {
        int discarded = jdbc.sql("""
                        update org_import set status = 'CANCELLED', content = null, finished_at = ?, version = version + 1
                        where tenant_id = ? and id = ? and status in ('READY', 'INVALID')""")
                .params(Timestamp.from(now), tenant.value(), id).update();
        if (discarded == 1) {
            return true;
        }
        return jdbc.sql("""
                        update org_import set cancel_requested = true, version = version + 1
                        where tenant_id = ? and id = ? and status in ('QUEUED', 'RUNNING')""")
                .params(tenant.value(), id).update() == 1;
    }

    /** The end of a run that imported nothing (failed or cancelled); the file is dropped. */
    void finish(TenantId tenant, UUID id, Status status, List<ImportProblem> problems, Instant now) {
        jdbc.sql("""
                        update org_import set status = ?, errors = ?::jsonb, done = 0, content = null, finished_at = ?,
                               version = version + 1
                        where tenant_id = ? and id = ? and status in ('QUEUED', 'RUNNING')""")
                .params(status.name(), json.writeValueAsString(problems), Timestamp.from(now), tenant.value(), id)
                .update();
    }

    /** Inside the import's own transaction: success, unless a cancel came first. */
    boolean succeed(TenantId tenant, UUID id, int done, Instant now) {
        return jdbc.sql("""
                        update org_import set status = 'SUCCEEDED', done = ?, content = null, finished_at = ?,
                               heartbeat_at = ?, version = version + 1
                        where tenant_id = ? and id = ? and status = 'RUNNING' and not cancel_requested""")
                .params(done, Timestamp.from(now), Timestamp.from(now), tenant.value(), id).update() == 1;
    }

    /**
     * Imports whose job stopped with the process that ran it (no sign of life since {@code before}). Across tenants
     * on purpose: a maintenance sweep that reads no tenant's data.
     */
    int failStale(Instant before, List<ImportProblem> problems, Instant now) {
        return jdbc.sql("""
                        update org_import set status = 'FAILED', errors = ?::jsonb, done = 0, content = null,
                               finished_at = ?, version = version + 1
                        where status in ('QUEUED', 'RUNNING') and coalesce(heartbeat_at, created_at) < ?""")
                .params(json.writeValueAsString(problems), Timestamp.from(now), Timestamp.from(before)).update();
    }

    /** Uploads nobody confirmed since {@code before} are discarded with their file (it may hold personal data). */
    int discardUnconfirmed(Instant before, Instant now) {
        return jdbc.sql("""
                        update org_import set status = 'CANCELLED', content = null, finished_at = ?, version = version + 1
                        where status in ('READY', 'INVALID') and created_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(before)).update();
    }

    private ImportView map(ResultSet rs, int row) throws SQLException {
        return new ImportView(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), Status.valueOf(rs.getString("status")), rs.getInt("total"),
                rs.getInt("done"), json.readValue(rs.getString("errors"), PROBLEMS),
                new UnitId(rs.getObject("unit_id", UUID.class)), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), rs.getBoolean("cancel_requested"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
