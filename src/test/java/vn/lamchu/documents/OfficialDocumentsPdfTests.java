package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF, read back with PDFBox: searchable Vietnamese text in an embedded font, laid out on A4. */
class OfficialDocumentsPdfTests {

    private final OfficialDocuments documents = new OfficialDocuments();

    @Test
    void containsEveryPartAsTextWithAllItsDiacritics() throws IOException {
        OfficialDocument sample = DocumentSamples.forwardingSlip();
        try (PDDocument pdf = Loader.loadPDF(documents.toPdf(sample))) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(
                    "UBND TỈNH HÒA AN", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Số: 15/PC-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Tân Phú, ngày 23 tháng 11 năm 2026",
                    "PHIẾU CHUYỂN ĐƠN", "Về việc chuyển đơn khiếu nại của bà Đặng Thị Thắm",
                    "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Hòa An",
                    DocumentSamples.HARD_LETTERS,
                    "Nơi nhận:", "- Bà Đặng Thị Thắm (để biết);", "- Lưu: VT, VP.",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Mười", "Mã tra cứu: LC-7K2M-9QXD-4HTR");
            for (String paragraph : sample.paragraphs()) {
                assertThat(text).contains(paragraph);
            }
            assertThat(text.indexOf("Kính gửi:")).isLessThan(text.indexOf(sample.paragraphs().get(0)));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("PHIẾU CHUYỂN ĐƠN");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        }
    }

    @Test
    void embedsLiberationSerifAndNoOtherFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.toPdf(DocumentSamples.forwardingSlip()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("+LiberationSerif"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Bold"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-Italic"))
                    .anyMatch(n -> n.endsWith("+LiberationSerif-BoldItalic"));
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void usesA4AndNumbersPagesFromTheSecondCentredAtTheTop() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.toPdf(DocumentSamples.twoPages()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));

            List<TextPosition> first = firstLine(pdf, 1);
            assertThat(text(first)).startsWith("UBND TỈNH HÒA AN");
            assertThat(first.get(0).getXDirAdj()).as("left margin 30 mm").isCloseTo(85f,
                    org.assertj.core.data.Offset.offset(60f));

            List<TextPosition> number = firstLine(pdf, 2);
            assertThat(text(number)).isEqualTo("2");
            float centre = number.get(0).getXDirAdj() + number.get(0).getWidthDirAdj() / 2;
            float textAreaCentre = (float) Page.points(Page.MARGIN_LEFT_MM + Page.TEXT_WIDTH_MM / 2);
            assertThat(centre).isCloseTo(textAreaCentre, org.assertj.core.data.Offset.offset(3f));
            assertThat(number.get(0).getYDirAdj()).as("inside the top margin")
                    .isLessThan((float) Page.points(Page.MARGIN_TOP_MM));
        }
    }

    @Test
    void writesALetterWithItsSubjectUnderTheNumberAndTheAddresseesAsAList() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.toPdf(DocumentSamples.officialLetter()))) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("V/v trả lời kiến nghị của cử tri", "Tân Phú, ngày 05 tháng 02 năm 2026",
                    "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú;",
                    "- Hội đồng nhân dân xã Tân Phú.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
            assertThat(text).doesNotContain("PHIẾU");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);

            // "Kính gửi:" on its own line, the dashes of the addressees under its colon (Phụ lục I, ô 9a)
            List<List<TextPosition>> lines = lines(pdf, 1);
            int label = 0;
            while (!text(lines.get(label)).equals("Kính gửi:")) {
                label++;
            }
            List<TextPosition> labelLine = lines.get(label);
            float colon = labelLine.get(labelLine.size() - 1).getXDirAdj();
            assertThat(text(lines.get(label + 1))).startsWith("- Ban Thường trực");
            assertThat(text(lines.get(label + 2))).startsWith("- Hội đồng");
            assertThat(lines.get(label + 1).get(0).getXDirAdj()).isCloseTo(colon, org.assertj.core.data.Offset.offset(1f));
            assertThat(lines.get(label + 2).get(0).getXDirAdj()).isCloseTo(colon, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void writesADocumentWithOnlyTheRequiredParts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.toPdf(DocumentSamples.bare()))) {
            String text = oneLine(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN", "Số:", "Nội dung duy nhất.",
                    "Tân Phú, ngày 23 tháng 11 năm 2026").doesNotContain("Nơi nhận", "Kính gửi", "V/v");
        }
    }

    private static String oneLine(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static String text(List<TextPosition> positions) {
        StringBuilder out = new StringBuilder();
        positions.forEach(p -> out.append(p.getUnicode()));
        return out.toString();
    }

    /** The glyphs of the topmost line of a page. */
    private static List<TextPosition> firstLine(PDDocument pdf, int page) throws IOException {
        return lines(pdf, page).get(0);
    }

    /** The glyphs of each line of a page, top to bottom. */
    private static List<List<TextPosition>> lines(PDDocument pdf, int page) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                lines.add(positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return lines;
    }
}
