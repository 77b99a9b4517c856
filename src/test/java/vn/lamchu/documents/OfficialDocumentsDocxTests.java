package vn.lamchu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX, opened back with POI: what is where, in which font and style (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
class OfficialDocumentsDocxTests {

    private final OfficialDocuments documents = new OfficialDocuments();

    @Test
    void putsTheIssuingBodyAndNumberLeftAndTheNationalNameAndDateRight() throws IOException {
        try (XWPFDocument doc = open(DocumentSamples.forwardingSlip())) {
            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell bodies = header.getRow(0).getCell(0);
            assertThat(bodies.getParagraphs().get(0).getText()).isEqualTo("UBND TỈNH HÒA AN");
            assertThat(style(bodies.getParagraphs().get(0))).isEqualTo("12 regular");
            assertThat(bodies.getParagraphs().get(1).getText()).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ");
            assertThat(style(bodies.getParagraphs().get(1))).isEqualTo("12 bold");
            assertThat(bodies.getParagraphs().get(2).getCTPPr().getPBdr().getBottom()).isNotNull();
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 15/PC-UBND");
            assertThat(style(header.getRow(1).getCell(0).getParagraphs().get(0))).isEqualTo("13 regular");

            XWPFTableCell nation = header.getRow(0).getCell(1);
            assertThat(nation.getParagraphs().get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(style(nation.getParagraphs().get(0))).isEqualTo("12 bold");
            assertThat(nation.getParagraphs().get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(style(nation.getParagraphs().get(1))).isEqualTo("13 bold");
            assertThat(nation.getParagraphs().get(2).getCTPPr().getPBdr().getBottom()).isNotNull();
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(date.getText()).isEqualTo("Tân Phú, ngày 23 tháng 11 năm 2026");
            assertThat(style(date)).isEqualTo("13 italic");
            assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(header.getCTTbl().getTblPr().getTblBorders()).isNull();
        }
    }

    @Test
    void centresTheTypeAndSubjectAndJustifiesTheBodyWithAFirstLineIndent() throws IOException {
        OfficialDocument sample = DocumentSamples.forwardingSlip();
        try (XWPFDocument doc = open(sample)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph kind = find(paragraphs, "PHIẾU CHUYỂN ĐƠN");
            assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(style(kind)).isEqualTo("14 bold");
            XWPFParagraph summary = paragraphs.get(paragraphs.indexOf(kind) + 1);
            assertThat(summary.getText()).isEqualTo("Về việc chuyển đơn khiếu nại của bà Đặng Thị Thắm");
            assertThat(style(summary)).isEqualTo("14 bold");
            XWPFParagraph addressee = find(paragraphs, "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Hòa An");
            assertThat(addressee.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            for (String text : sample.paragraphs()) {
                XWPFParagraph p = find(paragraphs, text);
                assertThat(p.getAlignment()).as(text).isEqualTo(ParagraphAlignment.BOTH);
                assertThat(p.getIndentationFirstLine()).isEqualTo(720);
                assertThat(p.getSpacingAfter()).isGreaterThanOrEqualTo(120);
                assertThat(style(p)).isEqualTo("14 regular");
            }
            assertThat(paragraphs.indexOf(find(paragraphs, sample.paragraphs().get(0))))
                    .isGreaterThan(paragraphs.indexOf(addressee));
            XWPFParagraph note = paragraphs.get(paragraphs.size() - 1);
            assertThat(note.getText()).isEqualTo("Mã tra cứu: LC-7K2M-9QXD-4HTR");
        }
    }

    @Test
    void putsTheRecipientsLeftAndTheSignatureRightInTheClosingBlock() throws IOException {
        try (XWPFDocument doc = open(DocumentSamples.forwardingSlip())) {
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
            assertThat(texts(left)).containsExactly("Nơi nhận:", "- Như trên;", "- Bà Đặng Thị Thắm (để biết);",
                    "- Lưu: VT, VP.");
            assertThat(style(left.get(0))).isEqualTo("12 bold italic");
            assertThat(style(left.get(1))).isEqualTo("11 regular");
            List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
            assertThat(texts(right)).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Mười");
            assertThat(right).allSatisfy(p -> {
                assertThat(style(p)).isEqualTo("14 bold");
                assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            });
            assertThat(right.get(2).getSpacingBefore()).as("room for the signature").isGreaterThan(1000);
        }
    }

    @Test
    void writesALetterWithItsSubjectUnderTheNumberAndAListOfAddressees() throws IOException {
        try (XWPFDocument doc = open(DocumentSamples.officialLetter())) {
            XWPFTableCell number = doc.getTables().get(0).getRow(1).getCell(0);
            assertThat(texts(number.getParagraphs())).containsExactly("Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"
                    + "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/UBND-VP", "V/v trả lời kiến nghị của cử tri thôn Bắc Sơn");
            assertThat(style(number.getParagraphs().get(1))).isEqualTo("12 regular");
            assertThat(number.getParagraphs().get(1).getSpacingBefore()).isEqualTo(120);
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText())
                    .isEqualTo("Tân Phú, ngày 05 tháng 02 năm 2026");

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph label = find(paragraphs, "Kính gửi:");
            int at = paragraphs.indexOf(label);
            assertThat(texts(paragraphs.subList(at + 1, at + 3))).containsExactly(
                    "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phú;", "- Hội đồng nhân dân xã Tân Phú.");
            int underTheColon = (int) Math.round(Composition.width("Kính gửi", Part.ADDRESSEES) * 20);
            assertThat(label.getIndentationLeft()).as("block centred").isPositive();
            assertThat(paragraphs.subList(at + 1, at + 3)).allSatisfy(item -> assertThat(
                    item.getIndentationLeft() - label.getIndentationLeft()).isEqualTo(underTheColon));
            assertThat(paragraphs).noneMatch(p -> p.getText().contains("PHIẾU"));
            assertThat(texts(doc.getTables().get(1).getRow(0).getCell(1).getParagraphs()))
                    .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "");
        }
    }

    @Test
    void usesTimesNewRomanEverywhere() throws Exception {
        try (XWPFDocument doc = open(DocumentSamples.officialLetter())) {
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).hasSizeGreaterThan(10).allSatisfy(run ->
                    assertThat(run.getFontFamily()).as(run.text()).isEqualTo("Times New Roman"));
            var defaults = doc.getStyles().getDefaultRunStyle();
            assertThat(defaults.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
        }
    }

    @Test
    void usesA4WithTheDecreesMarginsAndNumbersPagesFromTheSecond() throws IOException {
        try (XWPFDocument doc = open(DocumentSamples.twoPages())) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("1134");
            assertThat(section.getPgMar().getBottom()).hasToString("1134");
            assertThat(section.getPgMar().getLeft()).hasToString("1701");
            assertThat(section.getPgMar().getRight()).hasToString("850");
            assertThat(section.isSetTitlePg()).as("first page has its own header").isTrue();
            var headers = doc.getHeaderFooterPolicy();
            assertThat(headers.getFirstPageHeader().getText()).isBlank();
            XWPFParagraph number = headers.getDefaultHeader().getParagraphs().get(0);
            assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).contains("PAGE");
        }
    }

    @Test
    void writesADocumentWithOnlyTheRequiredParts() throws IOException {
        try (XWPFDocument doc = open(DocumentSamples.bare())) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).startsWith("BAN THƯỜNG TRỰC");
            assertThat(texts(doc.getParagraphs())).contains("Nội dung duy nhất.")
                    .noneMatch(t -> t.startsWith("Kính gửi") || t.startsWith("Nơi nhận"));
            assertThat(doc.getTables().get(1).getText()).isBlank();
        }
    }

    private XWPFDocument open(OfficialDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(documents.toDocx(document)));
    }

    private static XWPFParagraph find(List<XWPFParagraph> paragraphs, String text) {
        return paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + texts(paragraphs)));
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getText).toList();
    }

    /** "13 bold italic": size and style of the paragraph's runs, which must agree. */
    private static String style(XWPFParagraph p) {
        return p.getRuns().stream().map(r -> r.getFontSizeAsDouble().intValue()
                        + (r.isBold() ? " bold" : "") + (r.isItalic() ? " italic" : "")
                        + (!r.isBold() && !r.isItalic() ? " regular" : ""))
                .distinct().collect(Collectors.joining(" | "));
    }
}
