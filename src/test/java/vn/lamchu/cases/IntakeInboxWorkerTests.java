package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.TenantId;

/** How the inbox worker yields to acceptance while letters pour in. */
class IntakeInboxWorkerTests {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void whileLettersPourInTheWorkerWorksItsShareOfTheTime() {
        // a batch of 400 ms at a quarter of the time: 1.2 s of pause after it
        assertThat(IntakeInboxWorker.pauseAfter(400 * MS, 50, 50, 0.25)).isEqualTo(1200 * MS);
        assertThat(IntakeInboxWorker.pauseAfter(400 * MS, 2_000, 50, 0.5)).isEqualTo(400 * MS);
    }

    @Test
    void belowTheBusyRateOrWithAFullShareItDoesNotPause() {
        assertThat(IntakeInboxWorker.pauseAfter(400 * MS, 49, 50, 0.25)).isZero();
        assertThat(IntakeInboxWorker.pauseAfter(400 * MS, 2_000, 50, 1.0)).isZero();
    }

    @Test
    void theRateIsTheLastFullSecondOrTheCurrentOneIfMore() {
        IntakeInboxWorker.AcceptanceRate rate = new IntakeInboxWorker.AcceptanceRate();
        long t = 5 * SECOND;
        assertThat(rate.perSecond(t)).isZero();
        for (int i = 0; i < 30; i++) {
            rate.count(t + i * MS);
        }
        assertThat(rate.perSecond(t + 500 * MS)).isEqualTo(30);
        // the next second: the last one counts until this one has more
        for (int i = 0; i < 10; i++) {
            rate.count(t + SECOND + i * MS);
        }
        assertThat(rate.perSecond(t + SECOND + 100 * MS)).isEqualTo(30);
        for (int i = 0; i < 25; i++) {
            rate.count(t + SECOND + 200 * MS + i * MS);
        }
        assertThat(rate.perSecond(t + SECOND + 300 * MS)).isEqualTo(35);
        // two quiet seconds later nothing is left
        assertThat(rate.perSecond(t + 4 * SECOND)).isZero();
    }

    @Test
    void aClockBeforeTheBucketStartsAfresh() {
        IntakeInboxWorker.AcceptanceRate rate = new IntakeInboxWorker.AcceptanceRate();
        rate.count(10 * SECOND);
        rate.count(10 * SECOND);
        assertThat(rate.perSecond(10 * SECOND - MS)).isZero();
    }

    /** A tenant's inbox: batches of the given sizes, then nothing; each call takes at least a microsecond. */
    private static ToIntFunction<TenantId> inboxes(Map<TenantId, Deque<Integer>> batches, List<TenantId> calls) {
        return tenant -> {
            calls.add(tenant);
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_000) {
                Thread.onSpinWait();
            }
            Integer next = batches.get(tenant).poll();
            return next == null ? 0 : next;
        };
    }

    private static TenantId tenant() {
        return new TenantId(UUID.randomUUID());
    }

    /** Two tenants: one with a backlog of 250 letters, the other with 3; and the order in which they were served. */
    private record TwoInboxes(TenantId busy, TenantId other, List<TenantId> calls, ToIntFunction<TenantId> logBatch) {

        static TwoInboxes filled() {
            TenantId busy = tenant();
            TenantId other = tenant();
            List<TenantId> calls = new ArrayList<>();
            return new TwoInboxes(busy, other, calls, inboxes(Map.of(busy, new ArrayDeque<>(List.of(100, 100, 50)),
                    other, new ArrayDeque<>(List.of(3))), calls));
        }

        /** Drains both inboxes with a worker (share a quarter) that counts letters as pouring in from {@code busyRate}. */
        int drain(int busyRate, boolean yielding) throws InterruptedException {
            IntakeInboxWorker worker = new IntakeInboxWorker(null, null, busyRate, 0.25);
            try {
                return worker.drain(List.of(busy, other), logBatch, yielding);
            } finally {
                worker.destroy();
            }
        }
    }

    @Test
    void whileLettersPourInEveryTenantIsServedBeforeTheWorkerPauses() throws Exception {
        TwoInboxes inboxes = TwoInboxes.filled();
        // a busy rate of 0: letters always count as pouring in
        assertThat(inboxes.drain(0, true)).isEqualTo(103);
        assertThat(inboxes.calls()).containsExactly(inboxes.busy(), inboxes.other());
    }

    @Test
    void withoutABurstEveryInboxIsDrainedInOneGo() throws Exception {
        TwoInboxes inboxes = TwoInboxes.filled();
        assertThat(inboxes.drain(Integer.MAX_VALUE, true)).isEqualTo(253);
        assertThat(inboxes.calls()).containsExactly(inboxes.busy(), inboxes.other(), inboxes.busy(),
                inboxes.other(), inboxes.busy(), inboxes.other());
    }

    @Test
    void drainingOutrightNeverPausesEvenWhileLettersPourIn() throws Exception {
        TwoInboxes inboxes = TwoInboxes.filled();
        assertThat(inboxes.drain(0, false)).isEqualTo(253);
        assertThat(inboxes.calls()).containsExactly(inboxes.busy(), inboxes.other(), inboxes.busy(),
                inboxes.other(), inboxes.busy(), inboxes.other());
    }

    @Test
    void aShareOutsideItsRangeIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IntakeInboxWorker(null, null, 50, 0))
                .hasMessageContaining("inbox-busy-share");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IntakeInboxWorker(null, null, 50, 1.5))
                .hasMessageContaining("inbox-busy-share");
    }
}
