package vn.lamchu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.lamchu.shared.VietnameseText;

/**
 * The near-duplicate fingerprint of a letter (STACK-NOTES "Search and duplicates"): typed with or without
 * diacritics it is the same; a letter with a few words changed is found again; unrelated letters are not suggested.
 * Letters are made of words of real letters; they have at least 80 words, so that the 32-position estimate is far
 * from the thresholds (a few words changed keep a resemblance above 0.85, whose estimate falls to 0.5 less than once
 * in a million).
 */
class TextFingerprintTests {

    private static final List<String> WORDS = List.of("đường", "liên", "thôn", "bị", "ngập", "nước", "sau", "mưa",
            "người", "dân", "đi", "lại", "khó", "khăn", "đề", "nghị", "ủy", "ban", "xã", "sửa", "chữa", "cống",
            "thoát", "đèn", "chiếu", "sáng", "hỏng", "rác", "thải", "tồn", "đọng", "chợ", "cầu", "tre", "xuống",
            "cấp", "học", "sinh", "qua", "lại", "nguy", "hiểm", "kinh", "phí", "đóng", "góp", "hộ", "gia", "đình",
            "năm", "nay", "chưa", "được", "trả", "lời", "kiểm", "tra", "xử", "lý", "dứt", "điểm");
    private static final List<String> OTHER_WORDS = List.of("giấy", "chứng", "nhận", "quyền", "sử", "dụng", "đất",
            "cấp", "đổi", "thửa", "diện", "tích", "ranh", "giới", "tranh", "chấp", "bồi", "thường", "giải", "phóng",
            "mặt", "bằng", "tái", "định", "cư", "giá", "thu", "hồi", "phương", "án", "hỗ", "trợ", "chuyển",
            "mục", "đích", "trồng", "lúa", "cây", "lâu", "năm", "hồ", "sơ", "địa", "chính", "văn", "phòng", "đăng",
            "ký", "trích", "lục", "bản", "đồ", "công", "chứng", "hợp", "đồng", "tặng", "cho", "thừa", "kế");

    @Provide
    Arbitrary<List<String>> letters() {
        return Arbitraries.of(WORDS).list().ofMinSize(80).ofMaxSize(250);
    }

    @Provide
    Arbitrary<List<String>> otherLetters() {
        return Arbitraries.of(OTHER_WORDS).list().ofMinSize(80).ofMaxSize(250);
    }

    @Property
    void theSameLetterWithAndWithoutDiacriticsHasTheSameFingerprint(@ForAll("letters") List<String> words) {
        String text = String.join(" ", words);
        int[] typed = TextFingerprint.of(text);
        assertThat(TextFingerprint.of(VietnameseText.fold(text))).isEqualTo(typed);
        assertThat(TextFingerprint.of(text.toUpperCase(Locale.ROOT))).isEqualTo(typed);
        assertThat(TextFingerprint.similarity(typed, TextFingerprint.of(VietnameseText.fold(text)))).isEqualTo(1.0);
    }

    @Property
    void aLetterWithAFewWordsChangedScoresAtLeastHalf(@ForAll("letters") List<String> words,
                                                      @ForAll @IntRange(min = 1, max = 3) int changes,
                                                      @ForAll Random random) {
        List<String> edited = new ArrayList<>(words);
        for (int i = 0; i < changes; i++) {
            edited.set(random.nextInt(edited.size()), OTHER_WORDS.get(random.nextInt(OTHER_WORDS.size())));
        }
        double similarity = TextFingerprint.similarity(TextFingerprint.of(String.join(" ", words)),
                TextFingerprint.of(String.join(" ", edited)));
        assertThat(similarity).isGreaterThanOrEqualTo(0.5);
    }

    @Property
    void unrelatedLettersScoreBelowTheSuggestionThreshold(@ForAll("letters") List<String> one,
                                                          @ForAll("otherLetters") List<String> other) {
        double similarity = TextFingerprint.similarity(TextFingerprint.of(String.join(" ", one)),
                TextFingerprint.of(String.join(" ", other)));
        assertThat(similarity).isLessThan(DuplicateFinder.TEXT_THRESHOLD);
    }

    @Property
    void similarityIsSymmetric(@ForAll("letters") List<String> one, @ForAll("letters") List<String> other) {
        int[] a = TextFingerprint.of(String.join(" ", one));
        int[] b = TextFingerprint.of(String.join(" ", other));
        assertThat(TextFingerprint.similarity(a, b)).isEqualTo(TextFingerprint.similarity(b, a));
    }

    @Example
    void aRealLetterIsFoundAgainTypedWithoutDiacriticsAndWithAWordChanged() {
        String letter = "Kính gửi Ủy ban nhân dân xã Tân Phú. Đường liên thôn 1 đi thôn 2 bị ngập nước sau mỗi trận mưa, "
                + "học sinh đi học rất nguy hiểm. Đề nghị Ủy ban xã cho nạo vét cống thoát nước và nâng cốt mặt đường "
                + "trước mùa mưa năm nay. Xin trân trọng cảm ơn.";
        String retyped = "kinh gui uy ban nhan dan xa tan phu. duong lien thon 1 di thon 2 bi ngap nuoc sau moi tran mua, "
                + "hoc sinh di hoc rat nguy hiem. de nghi uy ban xa cho nao vet cong thoat nuoc va nang cot mat duong "
                + "truoc mua mua nam nay. xin tran trong cam on.";
        assertThat(TextFingerprint.of(retyped)).isEqualTo(TextFingerprint.of(letter));
        String edited = letter.replace("năm nay", "năm tới");
        assertThat(TextFingerprint.similarity(TextFingerprint.of(letter), TextFingerprint.of(edited)))
                .isGreaterThanOrEqualTo(0.5);
        int[] fingerprint = TextFingerprint.of(letter);
        for (int i = 0; i < TextFingerprint.SIZE; i++) {
            assertThat(fingerprint[i] >>> 26).as("position %d carries its index", i).isEqualTo(i);
        }
    }
}
