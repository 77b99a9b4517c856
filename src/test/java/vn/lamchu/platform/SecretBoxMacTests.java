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

    @Test
    void theHashIsHmacSha256UnderTheDerivedKey() {
        // computed outside Java: HMAC-SHA-256(HMAC-SHA-256(key, "lamchu-mac-v1"), purpose || 0x00 || value); stored
        // hashes of receipt codes and idempotency keys must keep matching, however the box reuses its MACs
        assertThat(SecretBox.withKey(key(1)).mac("receipt-code", "7KQ4M2XD9RTA"))
                .isEqualTo("8e399eb082a0bf759c07b1b6846804fb271b60bbe9732a37b6b2c8ed9c0637f7");
    }

    @Test
    void oneBoxUsedByManyThreadsAtOnceGivesEveryCallerItsOwnResult() throws Exception {
        SecretBox box = SecretBox.withKey(key(3));
        String expectedMac = SecretBox.withKey(key(3)).mac("p", "value-7");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String plain = "thư " + thread + "-" + i;
                        if (!box.decrypt(box.encrypt(plain, "p"), "p").equals(plain)
                                || !box.mac("p", "value-7").equals(expectedMac)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedDecryptionLeavesTheBoxWorking() {
        SecretBox box = SecretBox.withKey(key(4));
        String sealed = box.encrypt("bí mật", "a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> box.decrypt(sealed, "b"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(box.decrypt(sealed, "a")).isEqualTo("bí mật");
        assertThat(box.decrypt(box.encrypt("lần nữa", "a"), "a")).isEqualTo("lần nữa");
        // two sealings of one value differ (a fresh nonce each time)
        assertThat(box.encrypt("x", "a")).isNotEqualTo(box.encrypt("x", "a"));
    }
}
