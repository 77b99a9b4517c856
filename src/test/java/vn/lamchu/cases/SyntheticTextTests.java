package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.VietnameseText;

class SyntheticTextTests {

    @Test
    void theSameSeedWritesTheSameLetters() {
        SplittableRandom a = new SplittableRandom(3);
        SplittableRandom b = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            assertThat(SyntheticText.letter(a, "Thôn 2, xã An Lộc")).isEqualTo(SyntheticText.letter(b, "Thôn 2, xã An Lộc"));
        }
    }

    @Test
    void aboutAQuarterOfLettersAreTypedWithoutDiacritics() {
        SplittableRandom random = new SplittableRandom(11);
        int folded = 0;
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            SyntheticText.Letter letter = SyntheticText.letter(random, "Tổ dân phố 4, phường Hòa Bình");
            categories.add(letter.category());
            if (letter.title().equals(VietnameseText.fold(letter.title()))) {
                folded++;
            }
        }
        assertThat(folded).isBetween(400, 600);
        assertThat(categories).hasSizeGreaterThan(8);
    }

    @Test
    void namesAndPhonesLookVietnamese() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            assertThat(SyntheticText.personName(random)).matches("\\p{L}+( \\p{L}+){1,2}");
            assertThat(SyntheticText.phone(random)).matches("0\\d{9}");
            assertThat(SyntheticText.communeName(random)).matches("(Xã|Phường) \\p{L}+ \\p{L}+");
        }
    }
}
