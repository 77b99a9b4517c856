package vn.lamchu.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.TenantId;

/** Appends to the tenant's chain in the caller's transaction, holding the chain head's row lock until commit. */
@Service
class JdbcAuditLog implements AuditLog {

    static final UUID NO_TENANT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final ObjectMapper json;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, CurrentActor currentActor, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentActor = currentActor;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordChange(TenantId tenant, String entityType, String entityId, String action, String reason,
                             Map<String, ?> details) {
        append(tenant, "CHANGE", entityType, entityId, action, reason, details);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordRead(TenantId tenant, String entityType, String entityId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a read of protected data needs a reason");
        }
        append(tenant, "READ", entityType, entityId, "read", reason, Map.of());
    }

    private void append(TenantId tenant, String kind, String entityType, String entityId, String action, String reason,
                        Map<String, ?> details) {
        UUID tenantId = tenant == null ? NO_TENANT : tenant.value();
        Actor actor = currentActor.current().orElse(null);
        String actorName = actor != null ? actor.username() : "system";
        UUID actorAccount = actor != null ? actor.accountId() : null;
        String detailText = json.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        Instant now = AuditChain.storedPrecision(clock.instant());

        jdbc.sql("insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
                .params(tenantId, AuditChain.GENESIS).update();
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where tenant_id = ? for update")
                .param(tenantId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
        long seq = head.lastSeq() + 1;
        byte[] hash = AuditChain.hash(head.lastHash(), tenantId, seq, now, kind, actorName, actorAccount, action,
                entityType, entityId, reason, detailText);
        jdbc.sql("""
                        insert into audit_entry (tenant_id, seq, occurred_at, kind, actor, actor_account_id, action,
                                                 entity_type, entity_id, reason, details, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, seq, Timestamp.from(now), kind, actorName, actorAccount, action, entityType, entityId,
                        reason, detailText, head.lastHash(), hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where tenant_id = ?")
                .params(seq, hash, tenantId).update();
    }

    private record Head(long lastSeq, byte[] lastHash) {
    }
}
