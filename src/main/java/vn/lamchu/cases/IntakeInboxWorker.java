package vn.lamchu.cases;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.shared.TenantId;

/**
 * Logs the letters accepted ahead of logging ({@link CaseIntake#accept}): woken on this node by each acceptance, and
 * every second for letters accepted on other nodes or left by a node that stopped. The letters waiting at each wake-up
 * are logged together, a batch to a transaction. Several nodes share the inbox without logging a letter
 * twice (rows are claimed with {@code for update skip locked}).
 * <p>
 * While letters pour in (at least {@code lamchu.cases.inbox-busy-rate} a second accepted on this node), the worker
 * yields to the requests that accept them: it logs a batch, then pauses so that it works only
 * {@code lamchu.cases.inbox-busy-share} of the time. Accepting a letter is what its sender waits for; logging it is
 * what the worker does for the staff a moment later, and logging costs several times more (about twenty statements a
 * letter, against one shared insert). On a small server the two compete for the same cores, and a busy worker held
 * acceptance to about half of what the node could accept alone. The worker never stops: the oldest letters are still
 * logged first, at a lower rate, and at full speed again once the burst is over. A sender who looks a letter up
 * meanwhile finds it (the lookup logs it on the spot).
 */
@Component
class IntakeInboxWorker implements DisposableBean {

    /** Letters logged in one transaction at most. */
    static final int BATCH = 100;
    /** How long a wake-up waits for more letters to log together. */
    static final Duration GATHER = Duration.ofMillis(100);
    /** How long a logged letter stays followable in the inbox. */
    static final Duration KEEP_LOGGED = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(IntakeInboxWorker.class);

    private final CaseIntake intake;
    private final OrgDirectory org;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "intake-inbox");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean resumeQueued = new AtomicBoolean();
    private final AcceptanceRate rate = new AcceptanceRate();
    private final int busyRate;
    private final double busyShare;
    /** While letters pour in: the worker's next batch waits until then ({@link System#nanoTime()}). */
    private volatile long resumeAt;
    private volatile boolean started;

    IntakeInboxWorker(CaseIntake intake, OrgDirectory org,
                      @Value("${lamchu.cases.inbox-busy-rate:50}") int busyRate,
                      @Value("${lamchu.cases.inbox-busy-share:0.25}") double busyShare) {
        if (busyShare <= 0 || busyShare > 1) {
            throw new IllegalArgumentException(
                    "lamchu.cases.inbox-busy-share must be above 0 and at most 1: " + busyShare);
        }
        this.intake = intake;
        this.org = org;
        this.busyRate = busyRate;
        this.busyShare = busyShare;
    }

    /** Starts once the application serves; operator commands without a web server leave the inbox to the server. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext()
                instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
            return;
        }
        started = true;
        intake.onAccepted(this::wake);
        thread.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
        thread.scheduleWithFixedDelay(this::purgeQuietly, 1, 60, TimeUnit.MINUTES);
    }

    private void wake() {
        rate.count(System.nanoTime());
        if (started && wakeQueued.compareAndSet(false, true)) {
            // a moment's grace gathers the letters of a busy client into one batch: one transaction, one commit and one
            // turn of the audit chain for all of them, instead of one each
            thread.schedule(() -> {
                wakeQueued.set(false);
                drainQuietly();
            }, GATHER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Logs every letter waiting in the inbox, without pausing; how many. */
    int drain() {
        return drain(tenants(), this::logBatch, false);
    }

    /**
     * As {@link #drain}, but while letters pour in, one round at a time with a pause after it (see the class); how many
     * letters were logged.
     */
    int drainYielding() {
        return drain(tenants(), this::logBatch, true);
    }

    private List<TenantId> tenants() {
        return org.tenants().stream().map(Tenant::id).toList();
    }

    private int logBatch(TenantId tenant) {
        return intake.logAccepted(tenant, BATCH);
    }

    /**
     * Rounds of one batch per tenant, so that no tenant waits behind another's burst; if {@code yielding}, a pause
     * after a round while letters pour in. {@code logBatch} logs up to {@link #BATCH} letters of a tenant and says how
     * many.
     */
    int drain(List<TenantId> tenants, ToIntFunction<TenantId> logBatch, boolean yielding) {
        if (yielding && System.nanoTime() - resumeAt < 0) {
            resumeLater();
            return 0;
        }
        int total = 0;
        boolean more;
        do {
            more = false;
            long start = System.nanoTime();
            int round = 0;
            for (TenantId tenant : tenants) {
                int taken = logBatch.applyAsInt(tenant);
                round += taken;
                more |= taken == BATCH;
            }
            total += round;
            long end = System.nanoTime();
            long pause = !yielding || round == 0 ? 0
                    : pauseAfter(end - start, rate.perSecond(end), busyRate, busyShare);
            if (pause > 0) {
                resumeAt = end + pause;
                if (more) {
                    resumeLater();
                }
                return total;
            }
        } while (more);
        return total;
    }

    /**
     * How long to pause after a batch that took {@code batchNanos}, with {@code acceptedPerSecond} letters accepted
     * a second on this node: none unless that is at least {@code busyRate}; else so long that the worker works
     * {@code share} of the time.
     */
    static long pauseAfter(long batchNanos, int acceptedPerSecond, int busyRate, double share) {
        if (acceptedPerSecond < busyRate || share >= 1) {
            return 0;
        }
        return (long) (batchNanos * (1 - share) / share);
    }

    private void resumeLater() {
        if (started && resumeQueued.compareAndSet(false, true)) {
            long delay = Math.max(0, resumeAt - System.nanoTime());
            thread.schedule(() -> {
                resumeQueued.set(false);
                drainQuietly();
            }, delay, TimeUnit.NANOSECONDS);
        }
    }

    /** Letters accepted on this node in the last full second, or in the current one if more. */
    static final class AcceptanceRate {

        private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
        private long bucketStart;
        private int current;
        private int previous;

        synchronized void count(long now) {
            roll(now);
            current++;
        }

        synchronized int perSecond(long now) {
            roll(now);
            return Math.max(current, previous);
        }

        private void roll(long now) {
            long elapsed = now - bucketStart;
            if (elapsed >= 2 * SECOND || elapsed < 0) {
                previous = 0;
                current = 0;
                bucketStart = now;
            } else if (elapsed >= SECOND) {
                previous = current;
                current = 0;
                bucketStart += SECOND;
            }
        }
    }

    private void drainQuietly() {
        try {
            drainYielding();
        } catch (RuntimeException e) {
            // the database may be away for a moment: the letters wait in the inbox and the next round takes them
            log.warn("Logging accepted letters failed ({}); retrying in a second", e.getClass().getName());
        }
    }

    private void purgeQuietly() {
        try {
            for (Tenant tenant : org.tenants()) {
                intake.purgeLogged(tenant.id(), KEEP_LOGGED);
            }
        } catch (RuntimeException e) {
            log.warn("Purging logged letters from the inbox failed ({})", e.getClass().getName());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        started = false;
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
