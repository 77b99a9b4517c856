package vn.lamchu.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.lamchu.support.MutableClock;

class UploadAllowanceTests {

    MutableClock clock = MutableClock.startingNow();
    UploadAllowance allowance = new UploadAllowance(clock);

    @BeforeEach
    void stopTheClock() {
        clock.setInstant(Instant.parse("2026-11-20T02:00:00Z"));
    }

    @Test
    void aClientMayUploadTwentyFilesAnHourThenWaits() {
        for (int i = 0; i < UploadAllowance.FILES_PER_HOUR; i++) {
            assertThat(allowance.take("10.0.0.1", 1000)).as("file %d", i + 1).isTrue();
        }
        assertThat(allowance.take("10.0.0.1", 1000)).isFalse();
        assertThat(allowance.take("10.0.0.2", 1000)).as("another address").isTrue();
        clock.advance(Duration.ofMinutes(61));
        assertThat(allowance.take("10.0.0.1", 1000)).isTrue();
    }

    @Test
    void aClientMayUploadAHundredMegabytesAnHour() {
        long twenty = 20L * 1024 * 1024;
        for (int i = 0; i < 5; i++) {
            assertThat(allowance.take("10.0.0.3", twenty)).isTrue();
        }
        assertThat(allowance.take("10.0.0.3", 1)).isFalse();
    }

    @Test
    void everyoneTogetherMayUploadTwoGigabytesADay() {
        long twenty = 20L * 1024 * 1024;
        int accepted = 0;
        for (int client = 0; client < 200; client++) {
            if (allowance.take("10.1.0." + client, twenty)) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo((int) (UploadAllowance.BYTES_PER_DAY / twenty));
        clock.advance(Duration.ofHours(25));
        assertThat(allowance.take("10.2.0.1", twenty)).isTrue();
    }
}
