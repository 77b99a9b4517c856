package vn.lamchu.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The worked examples of Meeus, Astronomical Algorithms (2nd ed.), reproduced. */
class AstronomyTests {

    /** Example 49.a: the new moon of February 1977 (k = -283) is at JDE 2443192.65118. */
    @Test
    void newMoonOfFebruary1977MatchesMeeusExample49a() {
        assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00001));
    }

    /** Example 25.a: on 1992 October 13.0 TD the sun's apparent longitude is 199.90895°. */
    @Test
    void sunLongitudeOf13October1992MatchesMeeusExample25a() {
        assertThat(Math.floorMod((long) Math.floor(Astronomy.sunLongitudeUnwrapped(2448908.5) * 1e6), 360_000_000L) / 1e6).isCloseTo(199.90895, within(0.0001));
    }

    @Test
    void deltaTIsAboutAMinuteAroundTheYear2000() {
        assertThat(Astronomy.deltaTSeconds(2000)).isCloseTo(63.86, within(0.01));
        assertThat(Astronomy.deltaTSeconds(2025)).isBetween(65.0, 80.0);
    }

    @Test
    void winterSolsticeOf2025IsOn21DecemberInHanoi() {
        // 21 Dec 2025 15:03 UTC (22:03 in Hà Nội): 270° is passed between these two instants.
        double before = 2461030.5 + 14.5 / 24; // 2025-12-21 14:30 UT
        double after = 2461030.5 + 15.6 / 24;  // 2025-12-21 15:36 UT
        assertThat(Astronomy.sunLongitude(before)).isLessThan(270);
        assertThat(Astronomy.sunLongitude(after)).isGreaterThanOrEqualTo(270);
        assertThat(Astronomy.principalTermCount(after) - Astronomy.principalTermCount(before)).isEqualTo(1);
    }
}
