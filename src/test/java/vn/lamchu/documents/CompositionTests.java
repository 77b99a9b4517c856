package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the parts are set before either writer draws them. */
class CompositionTests {

    @Test
    void breaksTheNameOfABodyBeforeItsAdministrativeLevel() {
        assertThat(Composition.bodyLines("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", Part.ISSUING_BODY))
                .containsExactly("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ");
        assertThat(Composition.bodyLines("HỘI ĐỒNG NHÂN DÂN PHƯỜNG BÌNH MINH", Part.ISSUING_BODY))
                .containsExactly("HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG BÌNH MINH");
        assertThat(Composition.bodyLines("UBND TỈNH HÒA AN", Part.GOVERNING_BODY)).containsExactly("UBND TỈNH HÒA AN");
    }

    @Test
    void setsALongNameInAsFewLinesAsFitTheColumn() {
        var lines = Composition.bodyLines(
                "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN PHÚ, TỈNH HÒA AN", Part.ISSUING_BODY);
        assertThat(lines).hasSize(4).endsWith("TỈNH HÒA AN").allSatisfy(line ->
                assertThat(Composition.width(line, Part.ISSUING_BODY)).isLessThanOrEqualTo(Composition.HEADER_LEFT_PT));
        assertThat(String.join(" ", lines))
                .isEqualTo("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN PHÚ, TỈNH HÒA AN");
    }

    @Test
    void drawsTheShortLinesAtTwoFifthsOfTheTextAndTheMottoLineFullLength() {
        Composition c = Composition.of(DocumentSamples.forwardingSlip());
        double issuing = Composition.width("ỦY BAN NHÂN DÂN", Part.ISSUING_BODY);
        assertThat(c.issuingRulePoints()).isBetween(issuing / 3, issuing / 2);
        double summary = Composition.width(c.summary(), Part.SUMMARY);
        assertThat(c.summaryRulePoints()).isBetween(summary / 3, summary / 2);
        assertThat(Composition.MOTTO_RULE_PT).isEqualTo(Composition.width(Wording.MOTTO, Part.MOTTO));
        assertThat(Composition.of(DocumentSamples.bare()).issuingRulePoints()).isLessThanOrEqualTo(Composition.HEADER_LEFT_PT / 2);
    }

    @Test
    void fitsTheNationalNameOnOneLineOfTheRightColumn() {
        assertThat(Composition.width(Wording.NATIONAL_NAME, Part.NATIONAL_NAME)).isLessThan(Composition.HEADER_RIGHT_PT);
        assertThat(Composition.width(Wording.MOTTO, Part.MOTTO)).isLessThan(Composition.HEADER_RIGHT_PT);
    }
}
