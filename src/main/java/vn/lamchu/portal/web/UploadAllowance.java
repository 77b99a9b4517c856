package vn.lamchu.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * How much anyone without an account may upload, so that the public attachment upload cannot be used to fill the disk
 * or as free storage. Each file is also limited to 20 MB and to the allowed types by the attachment store, and a letter
 * carries at most {@link PublicCases#MAX_ATTACHMENTS} of them. Counted per client address over the last hour, and for
 * all anonymous uploads together over the last day; refused uploads count too (the work was done). Kept in memory:
 * a restart forgets the counts, which is acceptable for a brake that is not a quota. Behind a reverse proxy every
 * visitor has the proxy's address unless the proxy's forwarded headers are honoured (server.forward-headers-strategy).
 */
@Component
class UploadAllowance {

    /** Files one client address may upload in an hour: four letters' worth with every attachment, and a retry. */
    static final int FILES_PER_HOUR = 20;
    /** Bytes one client address may upload in an hour. */
    static final long BYTES_PER_HOUR = 100L * 1024 * 1024;
    /** Bytes all anonymous visitors together may upload in a day. */
    static final long BYTES_PER_DAY = 2L * 1024 * 1024 * 1024;
    /** Client addresses remembered at once; beyond that, unknown addresses wait until older ones age out. */
    static final int MAX_CLIENTS = 10_000;

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private record Use(Instant at, long bytes) {
    }

    private final Clock clock;
    private final Map<String, Deque<Use>> byClient = new HashMap<>();
    private final Deque<Use> all = new ArrayDeque<>();
    private long allBytes;

    UploadAllowance(Clock clock) {
        this.clock = clock;
    }

    /** Whether this client may upload a file of this size now; if so, the upload is counted. */
    synchronized boolean take(String client, long bytes) {
        Instant now = clock.instant();
        forgetBefore(now.minus(HOUR), now.minus(DAY));
        Deque<Use> uses = byClient.get(client);
        if (uses == null && byClient.size() >= MAX_CLIENTS) {
            return false;
        }
        long clientBytes = uses == null ? 0 : uses.stream().mapToLong(Use::bytes).sum();
        int clientFiles = uses == null ? 0 : uses.size();
        if (clientFiles + 1 > FILES_PER_HOUR || clientBytes + bytes > BYTES_PER_HOUR || allBytes + bytes > BYTES_PER_DAY) {
            return false;
        }
        Use use = new Use(now, Math.max(bytes, 0));
        byClient.computeIfAbsent(client, c -> new ArrayDeque<>()).addLast(use);
        all.addLast(use);
        allBytes += use.bytes();
        return true;
    }

    private void forgetBefore(Instant hourAgo, Instant dayAgo) {
        while (!all.isEmpty() && all.peekFirst().at().isBefore(dayAgo)) {
            allBytes -= all.removeFirst().bytes();
        }
        for (Iterator<Deque<Use>> it = byClient.values().iterator(); it.hasNext(); ) {
            Deque<Use> uses = it.next();
            while (!uses.isEmpty() && uses.peekFirst().at().isBefore(hourAgo)) {
                uses.removeFirst();
            }
            if (uses.isEmpty()) {
                it.remove();
            }
        }
    }
}
