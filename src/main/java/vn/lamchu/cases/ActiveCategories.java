package vn.lamchu.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lamchu.shared.TenantId;

/**
 * The codes of a tenant's active categories, as the check at intake sees them: read once and kept for
 * {@link #KEPT} (every letter names a category, so reading them per letter cost about a tenth of accepting one).
 * A change made through {@link CategoryAdministration} on this node counts at once; one made on another node counts
 * after {@link #KEPT} at most, so a letter may name a category deactivated there seconds before. Such a letter is still
 * logged: logging does not depend on the category being active.
 */
@Component
class ActiveCategories {

    /** How long a node trusts its copy of a tenant's active categories. */
    static final Duration KEPT = Duration.ofSeconds(10);

    private record Snapshot(Set<String> codes, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentMap<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();

    ActiveCategories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the tenant has an active category with this code. */
    boolean isActive(TenantId tenant, String code) {
        Instant now = clock.instant();
        Snapshot snapshot = snapshots.get(tenant);
        if (snapshot == null || !now.isBefore(snapshot.readAt().plus(KEPT)) || now.isBefore(snapshot.readAt())) {
            snapshot = new Snapshot(Set.copyOf(jdbc.sql("select code from case_category where tenant_id = ? and active")
                    .param(tenant.value()).query(String.class).list()), now);
            snapshots.put(tenant, snapshot);
        }
        return snapshot.codes().contains(code);
    }

    /**
     * Forgets the tenant's copy, now and once the caller's transaction has ended (a copy read meanwhile by another
     * request would hold the values from before the commit).
     */
    void forget(TenantId tenant) {
        snapshots.remove(tenant);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshots.remove(tenant);
                }
            });
        }
    }
}
