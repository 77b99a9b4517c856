package vn.lamchu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldsDiacriticsAndDStrokeToPlainLowerCase() {
        assertThat(VietnameseText.fold("Phường Bình Minh")).isEqualTo("phuong binh minh");
        assertThat(VietnameseText.fold("ĐẢNG ỦY xã Tân Phú")).isEqualTo("dang uy xa tan phu");
        assertThat(VietnameseText.fold("Nguyễn Thị Hoa")).isEqualTo("nguyen thi hoa");
    }

    @Test
    void foldsDecomposedAndComposedInputAlike() {
        String decomposed = Normalizer.normalize("Hội Liên hiệp Phụ nữ", Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Hội Liên hiệp Phụ nữ"));
    }

    @Test
    void normalizesToNfcAndCollapsesWhiteSpace() {
        String decomposed = Normalizer.normalize("  Xã   Tân\tPhú ", Normalizer.Form.NFD);
        String normalized = VietnameseText.normalize(decomposed);
        assertThat(normalized).isEqualTo("Xã Tân Phú");
        assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void blankBecomesNull() {
        assertThat(VietnameseText.normalizeOrNull("   ")).isNull();
        assertThat(VietnameseText.normalize(null)).isNull();
    }

    @Test
    void linesKeepTheirBreaksButNotTheirExtraSpaces() {
        String decomposed = java.text.Normalizer.normalize("Trả lời", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.normalizeLines("  " + decomposed + "   như sau:\r\n\n\n\n1.  Đã sửa đèn.\n2. Đã dọn rác.  \n"))
                .isEqualTo("Trả lời như sau:\n\n1. Đã sửa đèn.\n2. Đã dọn rác.");
        assertThat(VietnameseText.normalizeLines(" \n \t ")).isNull();
    }
}
