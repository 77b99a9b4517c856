package vn.lamchu.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.lamchu.shared.VietnameseText;

/**
 * A MinHash fingerprint of a letter's text for finding near-duplicates quickly (STACK-NOTES "Search and duplicates":
 * word-pair MinHash in an indexed array finds the original 99/100 times with 10% of the words changed, in milliseconds).
 * The text is folded first, so a letter typed without diacritics has the same fingerprint as the same letter typed
 * with them. Each of the {@value #SIZE} values carries its position in its top bits, so that two fingerprints share an
 * array element exactly when they agree at that position: the GIN index answers "shares any position" and the share of
 * equal positions estimates the Jaccard similarity of the two texts' word pairs.
 */
final class TextFingerprint {

    static final int SIZE = 32;
    private static final int VALUE_BITS = 26;
    private static final int VALUE_MASK = (1 << VALUE_BITS) - 1;

    private TextFingerprint() {
    }

    static int[] of(String text) {
        List<String> words = words(text);
        List<String> shingles = new ArrayList<>();
        if (words.size() < 2) {
            shingles.addAll(words);
        } else {
            for (int i = 0; i + 1 < words.size(); i++) {
                shingles.add(words.get(i) + ' ' + words.get(i + 1));
            }
        }
        int[] minimum = new int[SIZE];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long base = hash64(shingle);
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(base + 0x9E3779B97F4A7C15L * (i + 1)) & 0x7FFFFFFF);
                if (h < minimum[i]) {
                    minimum[i] = h;
                }
            }
        }
        int[] fingerprint = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int value = minimum[i] == Integer.MAX_VALUE ? VALUE_MASK : minimum[i] & VALUE_MASK;
            fingerprint[i] = (i << VALUE_BITS) | value;
        }
        return fingerprint;
    }

    /** The estimated similarity of two fingerprints: the share of positions where they agree. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    static List<String> words(String text) {
        String folded = VietnameseText.fold(text == null ? "" : text);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
