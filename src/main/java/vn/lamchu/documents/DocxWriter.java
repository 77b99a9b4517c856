package vn.lamchu.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link Composition} as a Word document laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 with the
 * decree's margins, Times New Roman, the header and the closing block as borderless two-column tables (as in every
 * sample of Phụ lục III), and page numbers centred in the top margin from page 2 on.
 */
final class DocxWriter {

    /** Space between the header and the type name, or whatever comes next. */
    private static final int AFTER_HEADER_PT = 18;
    private static final int BEFORE_ADDRESSEES_PT = 12;
    private static final int BEFORE_CLOSING_PT = 6;
    private static final int BEFORE_NOTE_PT = 12;
    /** Height of the empty paragraph that carries a drawn line. */
    private static final double RULE_LINE_PT = 2;
    /** Word's single line spacing, as a share of the font size (Times New Roman). */
    static final double WORD_SINGLE_LINE_EM = 1.15;

    private DocxWriter() {
    }

    static byte[] write(Composition c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc);
            pageSetup(doc);
            pageNumbers(doc);
            header(doc, c);
            title(doc, c);
            addressees(doc, c);
            body(doc, c);
            closing(doc, c);
            note(doc, c);
            var properties = doc.getProperties().getCoreProperties();
            properties.setTitle(c.title());
            properties.setDescription(c.description());
            properties.setCreator(String.join(" ", c.issuingBody()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times New Roman 14 pt, Vietnamese, no spacing between paragraphs unless a part asks for it. */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(Part.BODY.points * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(Part.BODY.points * 2L));
        run.addNewLang().setVal("vi-VN");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        doc.createStyles().setStyles(styles);
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(SerifFont.WORD_FAMILY);
        fonts.setHAnsi(SerifFont.WORD_FAMILY);
        fonts.setCs(SerifFont.WORD_FAMILY);
        fonts.setEastAsia(SerifFont.WORD_FAMILY);
    }

    private static void pageSetup(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(Page.twips(Page.WIDTH_MM)));
        size.setH(BigInteger.valueOf(Page.twips(Page.HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Page.twips(Page.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(Page.twips(Page.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(Page.twips(Page.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(Page.twips(Page.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(Page.twips(Page.MARGIN_TOP_MM / 2)));
        margins.setFooter(BigInteger.valueOf(Page.twips(Page.MARGIN_BOTTOM_MM / 2)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Arabic page numbers centred in the top margin, none on page 1 (an empty first-page header). */
    private static void pageNumbers(XWPFDocument doc) {
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR run = field.addNewR();
        CTRPr format = run.addNewRPr();
        fonts(format.addNewRFonts());
        format.addNewSz().setVal(BigInteger.valueOf(Part.PAGE_NUMBER.points * 2L));
        run.addNewT().setStringValue("2");
    }

    private static void header(XWPFDocument doc, Composition c) {
        XWPFTable table = table(doc, 2, Composition.HEADER_LEFT_PT, Composition.HEADER_RIGHT_PT);
        Supplier<XWPFParagraph> bodies = cell(table.getRow(0).getCell(0));
        if (!c.governingBody().isEmpty()) {
            centred(bodies, c.governingBody(), Part.GOVERNING_BODY);
        }
        centred(bodies, c.issuingBody(), Part.ISSUING_BODY);
        rule(bodies.get(), c.issuingRulePoints(), Composition.HEADER_LEFT_PT);
        Supplier<XWPFParagraph> nation = cell(table.getRow(0).getCell(1));
        centred(nation, Wording.NATIONAL_NAME, Part.NATIONAL_NAME);
        centred(nation, Wording.MOTTO, Part.MOTTO);
        rule(nation.get(), Composition.MOTTO_RULE_PT, Composition.HEADER_RIGHT_PT);
        Supplier<XWPFParagraph> number = cell(table.getRow(1).getCell(0));
        XWPFParagraph numberLine = centred(number, c.numberLine(), Part.NUMBER);
        numberLine.setSpacingBefore(Page.PARAGRAPH_SPACING_PT * 20);
        if (c.letterSubject() != null) {
            centred(number, c.letterSubject(), Part.LETTER_SUBJECT).setSpacingBefore(Page.PARAGRAPH_SPACING_PT * 20);
        }
        centred(cell(table.getRow(1).getCell(1)), c.placeAndDate(), Part.PLACE_AND_DATE)
                .setSpacingBefore(Page.PARAGRAPH_SPACING_PT * 20);
        finish(table);
    }

    private static void title(XWPFDocument doc, Composition c) {
        if (c.kind() == null) {
            return;
        }
        centred(doc::createParagraph, c.kind(), Part.KIND).setSpacingBefore(AFTER_HEADER_PT * 20);
        if (c.summary() != null) {
            centred(doc::createParagraph, c.summary(), Part.SUMMARY);
            rule(doc.createParagraph(), c.summaryRulePoints(), Composition.TEXT_WIDTH_PT);
        }
    }

    /**
     * One addressee on the label's line; several on lines of their own, the dashes under the colon (ô 9a), the whole
     * block centred.
     */
    private static void addressees(XWPFDocument doc, Composition c) {
        if (c.addressees().isEmpty()) {
            return;
        }
        int before = (c.kind() == null ? AFTER_HEADER_PT : BEFORE_ADDRESSEES_PT) * 20;
        if (!c.addresseeList()) {
            centred(doc::createParagraph, Wording.ADDRESSEE_LABEL + " " + c.addressees().get(0), Part.ADDRESSEES)
                    .setSpacingBefore(before);
            return;
        }
        int left = (int) Math.round((Composition.TEXT_WIDTH_PT - c.addresseeBlockPoints()) / 2 * 20);
        XWPFParagraph label = text(doc.createParagraph(), Wording.ADDRESSEE_LABEL, Part.ADDRESSEES);
        label.setIndentationLeft(left);
        label.setSpacingBefore(before);
        for (String addressee : c.addressees()) {
            text(doc.createParagraph(), addressee, Part.ADDRESSEES)
                    .setIndentationLeft(left + (int) Math.round(c.addresseeIndentPoints() * 20));
        }
    }

    /** Justified, first-line indent, at least 6 pt between paragraphs (ô 6). */
    private static void body(XWPFDocument doc, Composition c) {
        List<String> paragraphs = c.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = text(doc.createParagraph(), paragraphs.get(i), Part.BODY);
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Page.twips(Page.FIRST_LINE_INDENT_MM));
            p.setSpacingBefore((i == 0 ? BEFORE_ADDRESSEES_PT : 0) * 20);
            p.setSpacingAfter(Page.PARAGRAPH_SPACING_PT * 20);
            p.setSpacingBetween(Page.BODY_LINE_SPACING, LineSpacingRule.AUTO);
        }
    }

    /** "Nơi nhận" on the left, level with the signer's authority on the right (ô 7, ô 9b). */
    private static void closing(XWPFDocument doc, Composition c) {
        XWPFTable table = table(doc, 1, Composition.CLOSING_LEFT_PT, Composition.CLOSING_RIGHT_PT);
        table.getRow(0).setCantSplitRow(true);
        Supplier<XWPFParagraph> left = cell(table.getRow(0).getCell(0));
        if (!c.recipients().isEmpty()) {
            text(left.get(), Wording.RECIPIENTS_LABEL, Part.RECIPIENTS_LABEL).setSpacingBefore(BEFORE_CLOSING_PT * 20);
            for (String recipient : c.recipients()) {
                text(left.get(), recipient, Part.RECIPIENTS);
            }
        }
        Supplier<XWPFParagraph> right = cell(table.getRow(0).getCell(1));
        if (c.signed()) {
            boolean first = true;
            for (String title : new String[] {c.signingAuthority(), c.signerPosition()}) {
                if (title != null) {
                    centred(right, title, Part.SIGNER_TITLE).setSpacingBefore(first ? BEFORE_CLOSING_PT * 20 : 0);
                    first = false;
                }
            }
            XWPFParagraph name = centred(right, c.signerName() == null ? "" : c.signerName(), Part.SIGNER_NAME);
            name.setSpacingBefore(Page.twips(Page.SIGNATURE_SPACE_MM));
        }
        finish(table);
    }

    /** The caller's note, or an empty paragraph: Word wants the body to end with a paragraph, not a table. */
    private static void note(XWPFDocument doc, Composition c) {
        XWPFParagraph p = doc.createParagraph();
        if (c.note() != null) {
            text(p, c.note(), Part.NOTE).setSpacingBefore(BEFORE_NOTE_PT * 20);
        }
    }

    private static XWPFParagraph centred(Supplier<XWPFParagraph> next, String text, Part part) {
        XWPFParagraph p = text(next.get(), text, part);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    /** Lines of one paragraph, separated by line breaks. */
    private static XWPFParagraph centred(Supplier<XWPFParagraph> next, List<String> lines, Part part) {
        XWPFParagraph p = centred(next, lines.get(0), part);
        for (String line : lines.subList(1, lines.size())) {
            p.getRuns().get(p.getRuns().size() - 1).addBreak();
            text(p, line, part);
        }
        return p;
    }

    private static XWPFParagraph text(XWPFParagraph p, String text, Part part) {
        XWPFRun run = p.createRun();
        run.setFontFamily(SerifFont.WORD_FAMILY);
        run.setFontSize(part.points);
        run.setBold(part.bold);
        run.setItalic(part.italic);
        run.setText(text);
        return p;
    }

    /** An empty, {@value #RULE_LINE_PT} pt high paragraph whose bottom border is a centred line of the given length. */
    private static void rule(XWPFParagraph p, double lengthPoints, double columnPoints) {
        p.setAlignment(ParagraphAlignment.CENTER);
        int indent = (int) Math.round(Math.max(0, columnPoints - lengthPoints) / 2 * 20);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBetween(RULE_LINE_PT, LineSpacingRule.EXACT);
        CTBorder bottom = p.getCTPPr().addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Math.round(Page.RULE_THICKNESS_PT * 8)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
    }

    /** A borderless table of fixed column widths (points), without cell padding. */
    private static XWPFTable table(XWPFDocument doc, int rows, double... columnPoints) {
        XWPFTable table = doc.createTable(rows, columnPoints.length);
        table.removeBorders();
        noCellMargins(table.getCTTbl().getTblPr());
        int total = 0;
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double points : columnPoints) {
            int twips = (int) Math.round(points * 20);
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            total += twips;
        }
        table.setWidth(total);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (var row : table.getRows()) {
            for (int i = 0; i < columnPoints.length; i++) {
                row.getCell(i).setWidth(Integer.toString((int) Math.round(columnPoints[i] * 20)));
            }
        }
        return table;
    }

    /** Word's default cell margins (0.19 cm each side) would move the columns' text off the page margins. */
    private static void noCellMargins(CTTblPr properties) {
        if (properties.isSetTblCellMar()) {
            properties.unsetTblCellMar();
        }
        CTTblCellMar margins = properties.addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight()}) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
    }

    /** Paragraphs appended to a cell; the empty paragraph every new cell starts with is dropped by {@link #finish}. */
    private static Supplier<XWPFParagraph> cell(XWPFTableCell cell) {
        return cell::addParagraph;
    }

    private static void finish(XWPFTable table) {
        for (var row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell.getParagraphs().size() > 1 && cell.getParagraphArray(0).getRuns().isEmpty()) {
                    cell.removeParagraph(0);
                }
            }
        }
    }
}
