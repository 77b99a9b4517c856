package vn.lamchu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import vn.lamchu.shared.LegalTime;

/** A clock that tests move forward instead of sleeping. {@link #reset()} returns it to the real time. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();
    private final ZoneId zone;

    private MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public static MutableClock startingNow() {
        return new MutableClock(LegalTime.VIETNAM);
    }

    /** Stops the clock at {@code instant}. */
    public void setInstant(Instant instant) {
        fixed.set(instant);
    }

    /** Moves the clock (stopping it first at the current time). */
    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : Instant.now();
    }
}
