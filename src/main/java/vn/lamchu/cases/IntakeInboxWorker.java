package vn.lamchu.cases;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;

/**
 * Logs the letters accepted ahead of logging ({@link CaseIntake#accept}): woken on this node by each acceptance, and
 * every second for letters accepted on other nodes or left by a node that stopped. The letters waiting at each wake-up
 * are logged together, a batch to a transaction. Several nodes share the inbox without logging a letter
 * twice (rows are claimed with {@code for update skip locked}).
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
    private volatile boolean started;

    IntakeInboxWorker(CaseIntake intake, OrgDirectory org) {
        this.intake = intake;
        this.org = org;
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
        if (started && wakeQueued.compareAndSet(false, true)) {
            // a moment's grace gathers the letters of a busy client into one batch: one transaction, one commit and one
            // turn of the audit chain for all of them, instead of one each
            thread.schedule(() -> {
                wakeQueued.set(false);
                drainQuietly();
            }, GATHER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Logs every letter waiting in the inbox, batch by batch; how many. */
    int drain() {
        int total = 0;
        for (Tenant tenant : org.tenants()) {
            int taken;
            do {
                taken = intake.logAccepted(tenant.id(), BATCH);
                total += taken;
            } while (taken == BATCH);
        }
        return total;
    }

    private void drainQuietly() {
        try {
            drain();
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
