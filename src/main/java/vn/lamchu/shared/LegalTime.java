package vn.lamchu.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal dates are days in Vietnam's time zone, whatever the server's zone. */
public final class LegalTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LegalTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }
}
