package vn.lamchu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B uses the ASCII secret "12345678901234567890" with SHA-1. */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
        // RFC 6238 gives 8 digits: 94287082, 07081804, 14050471, 89005924; six digits are the last six.
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void acceptsOneStepOfClockDriftButNotMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String current = Totp.code(RFC_SECRET, now);
        assertThat(Totp.verify(RFC_SECRET, current, now.plusSeconds(30))).isTrue();
        assertThat(Totp.verify(RFC_SECRET, current, now.minusSeconds(30))).isTrue();
        assertThat(Totp.verify(RFC_SECRET, current, now.plusSeconds(90))).isFalse();
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(RFC_SECRET, null, now)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "28708", now)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now)).isFalse();
    }

    @Test
    void base32RoundTrips() {
        byte[] data = {0, 1, 2, (byte) 250, (byte) 255, 17, 42, 99, 100, 3};
        assertThat(Totp.unbase32(Totp.base32(data))).isEqualTo(data);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }
}
