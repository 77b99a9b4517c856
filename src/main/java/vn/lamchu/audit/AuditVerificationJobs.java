package vn.lamchu.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import vn.lamchu.shared.TenantId;

/**
 * Verifications started from the admin page run in the background, so that a log of millions of entries does not
 * hold a request open; the page polls their progress. One verification per tenant runs at a time (a second request
 * joins the running one); finished results are kept for an hour. Jobs live in this node's memory: with several
 * nodes behind a proxy, the poll must reach the same node (sticky sessions), or use the synchronous REST call.
 */
@Service
public class AuditVerificationJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditVerificationJobs.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    /**
     * A verification as the page shows it.
     *
     * @param checked entries checked so far
     * @param total   entries the chain's head announces (the expected total)
     * @param result  the result once finished, null while running or if it failed
     * @param failed  whether it stopped with an error (the log says which)
     */
    public record Job(UUID id, TenantId tenant, Instant startedAt, long checked, long total,
                      AuditVerification result, boolean failed) {

        public boolean running() {
            return result == null && !failed;
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, checked * 100 / total);
        }
    }

    private final AuditVerifier verifier;
    private final Clock clock;
    private final Map<UUID, State> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, new ThreadFactory());

    AuditVerificationJobs(AuditVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * Starts verifying the tenant's chain as the current actor (who is recorded in the log as having verified it),
     * or returns the verification of that tenant that is already running.
     */
    public Job start(TenantId tenant) {
        forgetOldJobs();
        synchronized (jobs) {
            Optional<State> running = jobs.values().stream()
                    .filter(state -> state.tenant.equals(tenant) && state.running()).findFirst();
            if (running.isPresent()) {
                return running.get().view();
            }
            State state = new State(UUID.randomUUID(), tenant, clock.instant());
            jobs.put(state.id, state);
            executor.execute(DelegatingSecurityContextRunnable.create(() -> run(state), null));
            return state.view();
        }
    }

    /** The tenant's verification with this id, if it exists and is still kept. */
    public Optional<Job> find(TenantId tenant, UUID id) {
        return Optional.ofNullable(jobs.get(id)).filter(state -> state.tenant.equals(tenant)).map(State::view);
    }

    private void run(State state) {
        try {
            state.result = verifier.verify(state.tenant, (checked, total) -> {
                state.checked.set(checked);
                state.total.set(total);
            });
        } catch (RuntimeException e) {
            log.error("Audit verification of tenant {} failed", state.tenant, e);
            state.failed = true;
        }
        state.finishedAt = clock.instant();
    }

    private void forgetOldJobs() {
        Instant limit = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(state -> state.finishedAt != null && state.finishedAt.isBefore(limit));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static final class State {
        final UUID id;
        final TenantId tenant;
        final Instant startedAt;
        final AtomicLong checked = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        volatile AuditVerification result;
        volatile boolean failed;
        volatile Instant finishedAt;

        State(UUID id, TenantId tenant, Instant startedAt) {
            this.id = id;
            this.tenant = tenant;
            this.startedAt = startedAt;
        }

        boolean running() {
            return result == null && !failed;
        }

        Job view() {
            AuditVerification done = result;
            return new Job(id, tenant, startedAt, done != null ? done.entries() : checked.get(), total.get(), done, failed);
        }
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "audit-verify-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
