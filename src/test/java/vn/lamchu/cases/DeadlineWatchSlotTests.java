package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** The slot a firing of the deadline watch claims: the cron's firing time, so a finer cron gives finer slots. */
class DeadlineWatchSlotTests {

    private static final CronExpression QUARTER_HOUR = CronExpression.parse("0 */15 * * * *");
    private static final CronExpression EVERY_FIVE_SECONDS = CronExpression.parse("*/5 * * * * *");

    @Test
    void theDefaultCronKeepsTheQuarterHourSlotsWrittenAsBefore() {
        // 03:52:10 UTC is 10:52:10 in Vietnam: the slot is 10:45, as the quarter-hour truncation gave it
        assertThat(DeadlineWatch.slot(QUARTER_HOUR, Instant.parse("2026-11-24T03:52:10Z")))
                .isEqualTo("2026-11-24T10:45+07:00[Asia/Ho_Chi_Minh]");
        assertThat(DeadlineWatch.slot(QUARTER_HOUR, Instant.parse("2026-11-24T04:00:00.004Z")))
                .isEqualTo("2026-11-24T11:00+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void aFinerCronGivesOneSlotPerFiring() {
        assertThat(DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:52:10.020Z")))
                .isEqualTo("2026-11-24T10:52:10+07:00[Asia/Ho_Chi_Minh]");
        assertThat(DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:52:13Z")))
                .isEqualTo("2026-11-24T10:52:10+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void aTriggerFiringAFewMillisecondsEarlyClaimsItsOwnSlot() {
        assertThat(DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:52:14.997Z")))
                .isEqualTo("2026-11-24T10:52:15+07:00[Asia/Ho_Chi_Minh]");
        assertThat(DeadlineWatch.slot(QUARTER_HOUR, Instant.parse("2026-11-24T03:59:59.990Z")))
                .isEqualTo("2026-11-24T11:00+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void slotsOfOneCronSortAsText() {
        String whole = DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:52:00Z"));
        String later = DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:52:05Z"));
        String nextMinute = DeadlineWatch.slot(EVERY_FIVE_SECONDS, Instant.parse("2026-11-24T03:53:00Z"));
        assertThat(whole).isLessThan(later);
        assertThat(later).isLessThan(nextMinute);
    }

    @Test
    void aDailyCronFindsYesterdaysFiring() {
        // 06:00 on the 25th in Vietnam: today's 07:00 has not come, yesterday's is the slot
        assertThat(DeadlineWatch.slot(CronExpression.parse("0 0 7 * * *"), Instant.parse("2026-11-24T23:00:00Z")))
                .isEqualTo("2026-11-24T07:00+07:00[Asia/Ho_Chi_Minh]");
        assertThat(DeadlineWatch.slot(CronExpression.parse("0 0 7 * * *"), Instant.parse("2026-11-25T00:30:00Z")))
                .isEqualTo("2026-11-25T07:00+07:00[Asia/Ho_Chi_Minh]");
    }
}
