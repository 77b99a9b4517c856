package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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
}
