package vn.lamchu.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes accepted letters to the inbox for the requests that accepted them, several requests to a statement and a
 * commit: while one batch is being committed the next requests queue, and go together in the next (the group commit
 * PostgreSQL does for the WAL, done for the statements as well). A request is answered only after its letter is
 * committed; one client alone waits for its own letter only.
 */
@Component
class IntakeInboxWriter implements DisposableBean {

    /** Letters written by one statement at most. */
    static final int BATCH = 200;
    /** How long a request waits for its letter to be written before it is told that it was not. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(IntakeInboxWriter.class);

    private record Waiting(IntakeInbox.NewRow row, CompletableFuture<Boolean> stored) {
    }

    private final IntakeInbox inbox;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    IntakeInboxWriter(IntakeInbox inbox) {
        this.inbox = inbox;
        this.thread = new Thread(this::run, "intake-inbox-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Writes the letter and waits until it is committed.
     *
     * @return false if a letter with the same idempotency key was there already (nothing was written)
     * @throws IllegalStateException if the letter could not be written: the request must not be acknowledged
     */
    boolean write(IntakeInbox.NewRow row) {
        Waiting waiting = new Waiting(row, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("the node is stopping");
        }
        queue.add(waiting);
        try {
            return waiting.stored().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the letter was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the inbox did not answer within " + WAIT, e);
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Waiting> batch) {
        try {
            Set<UUID> stored = inbox.insert(batch.stream().map(Waiting::row).toList());
            for (Waiting w : batch) {
                w.stored().complete(stored.contains(w.row().id()));
            }
        } catch (RuntimeException e) {
            // none of them is acknowledged; each request answers with the error and its client may send again
            log.warn("Writing {} accepted letters failed ({})", batch.size(), e.getClass().getName());
            for (Waiting w : batch) {
                w.stored().completeExceptionally(e);
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        thread.join(WAIT.toMillis());
    }
}
