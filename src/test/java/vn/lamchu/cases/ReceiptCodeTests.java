package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.DomainException;

class ReceiptCodeTests {

    private static final String TYPABLE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Property
    void readingAPrintedCodeGivesTheSameCode(@ForAll @LongRange(min = 0, max = (1L << 55) - 1) long payload) {
        ReceiptCode code = ReceiptCode.fromPayload(payload);
        assertThat(code.value()).matches("LC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReceiptCode.of(code.value())).isEqualTo(code);
    }

    @Property
    void readingForgivesCaseSpacingPrefixAndLookAlikeLetters(@ForAll @LongRange(min = 0, max = (1L << 55) - 1) long payload) {
        ReceiptCode code = ReceiptCode.fromPayload(payload);
        String bare = code.value().substring(3).replace("-", "");
        String sloppy = bare.replace('0', 'O').replace('1', 'l').toLowerCase(Locale.ROOT);
        assertThat(ReceiptCode.of(bare)).isEqualTo(code);
        assertThat(ReceiptCode.of(" lc " + sloppy.substring(0, 5) + " " + sloppy.substring(5) + " ")).isEqualTo(code);
        assertThat(ReceiptCode.of(sloppy.replace('o', 'O').replace('l', 'I'))).isEqualTo(code);
    }

    @Test
    void everySingleMistypedSymbolIsDetected() {
        List<ReceiptCode> codes = List.of(ReceiptCode.fromPayload(0), ReceiptCode.fromPayload((1L << 55) - 1),
                ReceiptCode.fromPayload(123_456_789_012_345L), ReceiptCode.random(new SecureRandom()),
                ReceiptCode.random(new SecureRandom()));
        int tried = 0;
        for (ReceiptCode code : codes) {
            String symbols = code.value().substring(3).replace("-", "");
            for (int position = 0; position < symbols.length(); position++) {
                for (char typed : TYPABLE.toCharArray()) {
                    if (canonical(typed) == symbols.charAt(position)) {
                        continue;
                    }
                    String mistyped = symbols.substring(0, position) + typed + symbols.substring(position + 1);
                    assertThatThrownBy(() -> ReceiptCode.of(mistyped)).as(mistyped)
                            .isInstanceOf(DomainException.class).hasMessage("receipt.invalid");
                    tried++;
                }
            }
        }
        assertThat(tried).isGreaterThan(5 * 12 * 32);
    }

    @Test
    void malformedTextIsRefused() {
        for (String text : new String[]{null, "", "LC-", "LC-7KQ4-M2XD", "LC-7KQ4-M2XD-9RTA-0", "LC-7KQ4-M2XD-9RT#",
                "XX-7KQ4-M2XD-9RTA", "LC-7KQ4-M2XD-9RTÀ"}) {
            assertThatThrownBy(() -> ReceiptCode.of(text)).as(String.valueOf(text))
                    .isInstanceOf(DomainException.class).hasMessage("receipt.invalid");
        }
    }

    @Test
    void randomCodesDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<ReceiptCode> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReceiptCode.random(random))).isTrue();
        }
    }

    @Test
    void theKeyedHashDependsOnTheCodeAndTheKeyButNotOnHowItWasTyped() {
        SecretBox box = SecretBox.withKey(new byte[32]);
        ReceiptCode code = ReceiptCode.fromPayload(42);
        String typed = code.value().toLowerCase(Locale.ROOT).replace("-", " ");
        assertThat(ReceiptCode.of(typed).hash(box)).isEqualTo(code.hash(box)).hasSize(64);
        assertThat(ReceiptCode.fromPayload(43).hash(box)).isNotEqualTo(code.hash(box));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(code.hash(SecretBox.withKey(otherKey))).isNotEqualTo(code.hash(box));
    }

    private static char canonical(char typed) {
        return switch (typed) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> typed;
        };
    }
}
