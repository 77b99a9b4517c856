package vn.lamchu.reception;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.lamchu.rules.DateText;

/**
 * The reception book printed as the table of Thông tư 04/2021/TT-TTCP, Mẫu số 03 (RULEBOOK §1.3), on landscape A4:
 * twelve columns, the handling split into accepted / returned with guidance / forwarded (columns 8–10). DOCX for Word
 * (Times New Roman) and PDF with the embedded Liberation Serif of the documents module (same widths, every Vietnamese
 * letter), so that the print never depends on the machine's fonts.
 */
final class BookPrint {

    static final List<String> COLUMNS = List.of("STT", "Ngày tiếp", "Họ tên – Địa chỉ", "CCCD/Hộ chiếu",
            "Nội dung vụ việc", "Phân loại đơn / Số người", "Cơ quan đã giải quyết", "Thụ lý để giải quyết",
            "Trả lại đơn và hướng dẫn", "Chuyển đơn đến cơ quan có thẩm quyền", "Theo dõi kết quả giải quyết",
            "Ghi chú");
    /** Relative column widths (sum 100). */
    private static final int[] WIDTHS = {4, 7, 13, 9, 15, 7, 8, 6, 6, 6, 8, 11};
    private static final String FONT = "/documents/fonts/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "/documents/fonts/LiberationSerif-Bold.ttf";
    private static final String[] KINDS = {"Phản ánh", "Kiến nghị", "Khiếu nại", "Tố cáo", "Nhiều nội dung"};

    private BookPrint() {
    }

    /** The cells of a line, in the order of {@link #COLUMNS}. */
    static List<String> cells(ReceptionBook.Line l) {
        ReceptionBook.Handling h = l.handling();
        return List.of(String.valueOf(l.number()), DateText.of(l.date()), l.nameAndAddress(),
                l.idNumber() == null ? "" : l.idNumber(), l.content(),
                KINDS[l.kind().ordinal()] + " / " + l.persons(), l.priorHandling() == null ? "" : l.priorHandling(),
                h == ReceptionBook.Handling.ACCEPTED ? "x" : "", h == ReceptionBook.Handling.GUIDED ? "x" : "",
                h == ReceptionBook.Handling.FORWARDED ? "x" : "",
                "Hồ sơ " + l.caseNumber() + (h == ReceptionBook.Handling.ANSWERED ? ": đã trả lời" : ""),
                l.note() == null ? "" : "Đã trả lời trực tiếp: " + l.note());
    }

    static String title(ReceptionBook.Book book) {
        return "Từ ngày " + DateText.of(book.from()) + " đến ngày " + DateText.of(book.to());
    }

    static byte[] docx(ReceptionBook.Book book, String issuingBody) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            landscape(doc);
            paragraph(doc, issuingBody.toUpperCase(java.util.Locale.ROOT), true, 12);
            paragraph(doc, "SỔ TIẾP CÔNG DÂN", true, 14);
            paragraph(doc, book.unitName(), true, 13);
            paragraph(doc, title(book), false, 12);
            XWPFTable table = doc.createTable(book.lines().size() + 1, COLUMNS.size());
            table.setWidth("100%");
            fill(table.getRow(0), COLUMNS, true);
            for (int i = 0; i < book.lines().size(); i++) {
                fill(table.getRow(i + 1), cells(book.lines().get(i)), false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void landscape(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger inch = BigInteger.valueOf(850);
        margins.setTop(inch);
        margins.setBottom(inch);
        margins.setLeft(inch);
        margins.setRight(inch);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i);
            cell.setWidth(WIDTHS[i] + "%");
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (header) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            XWPFRun run = p.createRun();
            run.setFontFamily("Times New Roman");
            run.setFontSize(10);
            run.setBold(header);
            run.setText(cells.get(i));
        }
    }

    static byte[] pdf(ReceptionBook.Book book, String issuingBody) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4 landscape; margin: 15mm; }
                body { font-family: 'Liberation Serif'; font-size: 10pt; }
                h1, p { text-align: center; margin: 2pt 0; }
                h1 { font-size: 14pt; }
                table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 8pt; }
                th, td { border: 0.5pt solid #000; padding: 2pt; vertical-align: top; word-wrap: break-word; }
                th { font-weight: bold; text-align: center; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                </style></head><body>""");
        html.append("<p><b>").append(escape(issuingBody.toUpperCase(java.util.Locale.ROOT))).append("</b></p>")
                .append("<h1>SỔ TIẾP CÔNG DÂN</h1><p><b>").append(escape(book.unitName())).append("</b></p><p>")
                .append(escape(title(book))).append("</p><table><colgroup>");
        for (int w : WIDTHS) {
            html.append("<col style=\"width:").append(w).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        COLUMNS.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (ReceptionBook.Line l : book.lines()) {
            html.append("<tr>");
            cells(l).forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT), "Liberation Serif", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "Liberation Serif", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("Làm Chủ");
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String path) {
        InputStream in = BookPrint.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font missing: " + path);
        }
        return in;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
