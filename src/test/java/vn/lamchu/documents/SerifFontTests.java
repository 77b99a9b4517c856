package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The font shipped for PDFs covers Vietnamese in every style and measures like Times New Roman. */
class SerifFontTests {

    /** Every letter of Vietnamese, lower and upper case, precomposed (NFC). */
    static final String VIETNAMESE = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứự"
            + "vxyỳỷỹýỵ";

    @ParameterizedTest
    @EnumSource(SerifFont.class)
    void hasAGlyphForEveryVietnameseLetter(SerifFont font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            String letters = VIETNAMESE + Wording.upper(VIETNAMESE);
            letters.codePoints().forEach(c ->
                    assertThat(cmap.getGlyphId(c)).as(font + " has " + Character.toString(c)).isPositive());
        }
    }

    /**
     * Advance widths of Times New Roman (units of 2048 per em) for "n" and "W" in each style; Liberation Serif must
     * have the same, or the DOCX opened in Word would break lines elsewhere than the PDF.
     */
    @ParameterizedTest
    @CsvSource({"REGULAR, 1024, 1933", "BOLD, 1139, 2048", "ITALIC, 1024, 1706", "BOLD_ITALIC, 1139, 1821"})
    void measuresLikeTimesNewRoman(SerifFont font, int n, int w) {
        assertThat(font.width("n", 2048)).isEqualTo(n);
        assertThat(font.width("W", 2048)).isEqualTo(w);
        assertThat(font.width("Đặng Thị Thắm", 12)).isEqualTo(font.width("Dang Thi Tham", 12));
    }
}
