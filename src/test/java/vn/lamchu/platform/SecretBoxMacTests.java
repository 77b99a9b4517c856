package vn.lamchu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SecretBoxMacTests {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void sameKeyPurposeAndValueGiveTheSameHexHash() {
        String first = SecretBox.withKey(key(1)).mac("receipt-code", "7KQ4M2XD9RTA");
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(SecretBox.withKey(key(1)).mac("receipt-code", "7KQ4M2XD9RTA")).isEqualTo(first);
    }

    @Test
    void anotherKeyPurposeOrValueGivesAnotherHash() {
        String hash = SecretBox.withKey(key(1)).mac("receipt-code", "7KQ4M2XD9RTA");
        assertThat(SecretBox.withKey(key(2)).mac("receipt-code", "7KQ4M2XD9RTA")).isNotEqualTo(hash);
        assertThat(SecretBox.withKey(key(1)).mac("other", "7KQ4M2XD9RTA")).isNotEqualTo(hash);
        assertThat(SecretBox.withKey(key(1)).mac("receipt-code", "7KQ4M2XD9RTB")).isNotEqualTo(hash);
    }

    @Test
    void purposeAndValueCannotBeShiftedIntoEachOther() {
        SecretBox box = SecretBox.withKey(key(1));
        assertThat(box.mac("ab", "c")).isNotEqualTo(box.mac("a", "bc"));
    }
}
