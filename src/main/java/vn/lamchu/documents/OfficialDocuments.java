package vn.lamchu.documents;

import org.springframework.stereotype.Service;

/**
 * Writes {@link OfficialDocument}s in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: as DOCX for people who edit
 * and print in Word (Times New Roman), and as PDF with an embedded Liberation Serif (metric-compatible with Times New
 * Roman, every Vietnamese letter), searchable text. Both are written in memory; neither touches the network or the
 * fonts of the machine. Thread-safe.
 */
@Service
public class OfficialDocuments {

    /** MIME type of {@link #toDocx}. */
    public static final String DOCX_MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** MIME type of {@link #toPdf}. */
    public static final String PDF_MEDIA_TYPE = "application/pdf";

    /** The document as a Word file (Office Open XML). */
    public byte[] toDocx(OfficialDocument document) {
        return DocxWriter.write(Composition.of(document));
    }

    /** The document as a PDF with its font embedded. */
    public byte[] toPdf(OfficialDocument document) {
        return PdfWriter.write(Composition.of(document));
    }
}
