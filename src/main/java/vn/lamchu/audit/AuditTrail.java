package vn.lamchu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;

/** Reads a tenant's audit log: filtered pages, newest first, paginated by sequence number, and single entries. */
@Service
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String COLUMNS = """
            tenant_id, seq, occurred_at, kind, actor, actor_account_id, action, entity_type, entity_id, reason, details,
            prev_hash, hash""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the tenant's log. With neither {@code before} nor {@code after} it is the newest page.
     *
     * @param before only entries with a smaller sequence number (the next older page)
     * @param after  only entries with a larger sequence number (the next newer page); ignored when {@code before} is given
     * @throws DomainException if the date range is reversed or the size is not 1 to {@value #MAX_PAGE_SIZE}
     */
    public AuditPage page(TenantId tenant, AuditFilter filter, Long before, Long after, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("audit.filter.size", MAX_PAGE_SIZE);
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw DomainException.invalid("audit.filter.dateRange");
        }
        boolean forward = before == null && after != null;
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where tenant_id = :tenant");
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("tenant", tenant.value());
        if (filter.entityType() != null) {
            sql.append(" and entity_type = :entityType");
            params.put("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            sql.append(" and entity_id = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            sql.append(" and lower(actor) = lower(:actor)");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(LegalTime.VIETNAM).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(LegalTime.VIETNAM).toInstant()));
        }
        if (before != null) {
            sql.append(" and seq < :before");
            params.put("before", before);
        } else if (forward) {
            sql.append(" and seq > :after");
            params.put("after", after);
        }
        sql.append(forward ? " order by seq asc" : " order by seq desc").append(" limit :limit");
        params.put("limit", size + 1);

        List<AuditEntry> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (forward) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new AuditPage(List.of(), null, null);
        }
        long newest = rows.get(0).seq();
        long oldest = rows.get(rows.size() - 1).seq();
        Long olderBefore = forward || more ? oldest : null;
        Long newerAfter = forward ? (more ? newest : null) : (before != null ? newest : null);
        return new AuditPage(List.copyOf(rows), olderBefore, newerAfter);
    }

    /** One entry of the tenant's chain. */
    public Optional<AuditEntry> entry(TenantId tenant, long seq) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where tenant_id = ? and seq = ?")
                .params(tenant.value(), seq)
                .query(AuditTrail::entry).optional();
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), AuditEntry.hex(rs.getBytes(12)),
                AuditEntry.hex(rs.getBytes(13)));
    }
}
