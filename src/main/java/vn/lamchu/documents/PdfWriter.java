package vn.lamchu.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Writes a {@link Composition} as a PDF laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I, through an XHTML page with
 * CSS paged media (openhtmltopdf on PDFBox): the same parts, sizes and tables as the DOCX, text kept as text
 * (searchable, copyable) in Liberation Serif, embedded as subsets. The page is built as a DOM, so no text is ever
 * parsed as markup.
 */
final class PdfWriter {

    private static final String STYLE = buildStyle();

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private PdfWriter() {
    }

    static byte[] write(Composition c) {
        Document html = new Sheet(c).html;
        List<TrueTypeFont> fonts = new ArrayList<>();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            // Tagged PDF for screen readers; it also keeps the renderer from setting up the 14 standard PDF fonts,
            // which are never embedded and made PDFBox scan the machine's fonts.
            builder.usePdfUaAccessibility(true);
            for (SerifFont font : SerifFont.values()) {
                TrueTypeFont ttf = font.withoutSubstitutions();
                fonts.add(ttf);
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, ttf, true)), SerifFont.FAMILY, font.weight,
                        font.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.withProducer("Làm Chủ");
            builder.withW3cDocument(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (TrueTypeFont ttf : fonts) {
                try {
                    ttf.close();
                } catch (IOException e) {
                    // nothing left to release
                }
            }
        }
    }

    /** The page: the decree's margins, page numbers from page 2, and one class per {@link Part}. */
    private static String buildStyle() {
        StringBuilder css = new StringBuilder();
        css.append(String.format(Locale.ROOT, """
                @page {
                  size: %.1fmm %.1fmm;
                  margin: %.1fmm %.1fmm %.1fmm %.1fmm;
                  @top-center { content: counter(page); font-family: '%s'; font-size: %dpt; }
                }
                @page :first { @top-center { content: none; } }
                body { margin: 0; font-family: '%s'; font-size: %dpt; color: #000; }
                table { border-collapse: collapse; table-layout: fixed; }
                td { padding: 0; vertical-align: top; }
                .centred { text-align: center; }
                .rule { height: 0; margin: 4pt auto 0 auto; border-top: %.2fpt solid #000; }
                .gap { margin-top: %dpt; }
                .body { margin: 0 0 %dpt 0; text-align: justify; text-indent: %.2fmm; line-height: %.3f; }
                .closing { page-break-inside: avoid; }
                """,
                Page.WIDTH_MM, Page.HEIGHT_MM,
                Page.MARGIN_TOP_MM, Page.MARGIN_RIGHT_MM, Page.MARGIN_BOTTOM_MM, Page.MARGIN_LEFT_MM,
                SerifFont.FAMILY, Part.PAGE_NUMBER.points, SerifFont.FAMILY, Part.BODY.points,
                Page.RULE_THICKNESS_PT, Page.PARAGRAPH_SPACING_PT, Page.PARAGRAPH_SPACING_PT,
                Page.FIRST_LINE_INDENT_MM, Page.BODY_LINE_SPACING * DocxWriter.WORD_SINGLE_LINE_EM));
        for (Part part : Part.values()) {
            css.append(String.format(Locale.ROOT, ".%s { font-size: %dpt; font-weight: %s; font-style: %s; }%n",
                    part.cssClass(), part.points, part.bold ? "bold" : "normal", part.italic ? "italic" : "normal"));
        }
        return css.toString();
    }

    /** The XHTML of one document. */
    private static final class Sheet {

        private static final int AFTER_HEADER_PT = 18;
        private static final int BEFORE_ADDRESSEES_PT = 12;
        private static final int BEFORE_NOTE_PT = 12;

        private final Document html;
        private final Element body;

        Sheet(Composition c) {
            try {
                html = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            Element root = html.createElement("html");
            root.setAttribute("lang", "vi");
            html.appendChild(root);
            Element head = add(root, "head", null, null);
            add(head, "title", null, c.title());
            meta(head, "subject", c.description());
            meta(head, "author", String.join(" ", c.issuingBody()));
            add(head, "style", null, STYLE);
            body = add(root, "body", null, null);
            header(c);
            title(c);
            addressees(c);
            for (int i = 0; i < c.paragraphs().size(); i++) {
                Element p = add(body, "p", Part.BODY.cssClass(), c.paragraphs().get(i));
                if (i == 0) {
                    p.setAttribute("style", "margin-top: " + BEFORE_ADDRESSEES_PT + "pt");
                }
            }
            closing(c);
            if (c.note() != null) {
                add(body, "div", Part.NOTE.cssClass(), c.note())
                        .setAttribute("style", "margin-top: " + BEFORE_NOTE_PT + "pt");
            }
        }

        private void header(Composition c) {
            Element table = table(body, "header", Composition.HEADER_LEFT_PT, Composition.HEADER_RIGHT_PT);
            Element top = add(table, "tr", null, null);
            Element bodies = cell(top, Composition.HEADER_LEFT_PT);
            for (String line : c.governingBody()) {
                add(bodies, "div", Part.GOVERNING_BODY.cssClass(), line);
            }
            for (String line : c.issuingBody()) {
                add(bodies, "div", Part.ISSUING_BODY.cssClass(), line);
            }
            rule(bodies, c.issuingRulePoints());
            Element nation = cell(top, Composition.HEADER_RIGHT_PT);
            add(nation, "div", Part.NATIONAL_NAME.cssClass(), Wording.NATIONAL_NAME);
            add(nation, "div", Part.MOTTO.cssClass(), Wording.MOTTO);
            rule(nation, Composition.MOTTO_RULE_PT);
            Element bottom = add(table, "tr", null, null);
            Element number = cell(bottom, Composition.HEADER_LEFT_PT);
            add(number, "div", Part.NUMBER.cssClass() + " gap", c.numberLine());
            if (c.letterSubject() != null) {
                add(number, "div", Part.LETTER_SUBJECT.cssClass() + " gap", c.letterSubject());
            }
            add(cell(bottom, Composition.HEADER_RIGHT_PT), "div", Part.PLACE_AND_DATE.cssClass() + " gap",
                    c.placeAndDate());
        }

        private void title(Composition c) {
            if (c.kind() == null) {
                return;
            }
            add(body, "div", "centred " + Part.KIND.cssClass(), c.kind())
                    .setAttribute("style", "margin-top: " + AFTER_HEADER_PT + "pt");
            if (c.summary() != null) {
                add(body, "div", "centred " + Part.SUMMARY.cssClass(), c.summary());
                rule(body, c.summaryRulePoints());
            }
        }

        private void addressees(Composition c) {
            if (c.addressees().isEmpty()) {
                return;
            }
            String before = "margin-top: " + (c.kind() == null ? AFTER_HEADER_PT : BEFORE_ADDRESSEES_PT) + "pt";
            if (!c.addresseeList()) {
                add(body, "div", "centred " + Part.ADDRESSEES.cssClass(),
                        Wording.ADDRESSEE_LABEL + " " + c.addressees().get(0)).setAttribute("style", before);
                return;
            }
            Element block = add(body, "div", Part.ADDRESSEES.cssClass(), null);
            block.setAttribute("style", String.format(Locale.ROOT, "width: %.2fpt; margin-left: auto; "
                    + "margin-right: auto; %s", c.addresseeBlockPoints(), before));
            add(block, "div", null, Wording.ADDRESSEE_LABEL);
            for (String addressee : c.addressees()) {
                add(block, "div", null, addressee).setAttribute("style",
                        String.format(Locale.ROOT, "margin-left: %.2fpt", c.addresseeIndentPoints()));
            }
        }

        private void closing(Composition c) {
            Element table = table(body, "closing", Composition.CLOSING_LEFT_PT, Composition.CLOSING_RIGHT_PT);
            table.setAttribute("style", table.getAttribute("style") + "; margin-top: " + Page.PARAGRAPH_SPACING_PT
                    + "pt");
            Element row = add(table, "tr", null, null);
            Element left = cell(row, Composition.CLOSING_LEFT_PT, null);
            if (!c.recipients().isEmpty()) {
                add(left, "div", Part.RECIPIENTS_LABEL.cssClass(), Wording.RECIPIENTS_LABEL);
                for (String recipient : c.recipients()) {
                    add(left, "div", Part.RECIPIENTS.cssClass(), recipient);
                }
            }
            Element right = cell(row, Composition.CLOSING_RIGHT_PT);
            if (c.signed()) {
                for (String title : new String[] {c.signingAuthority(), c.signerPosition()}) {
                    if (title != null) {
                        add(right, "div", "centred " + Part.SIGNER_TITLE.cssClass(), title);
                    }
                }
                add(right, "div", "centred " + Part.SIGNER_NAME.cssClass(), c.signerName() == null ? "" : c.signerName())
                        .setAttribute("style", "margin-top: " + Page.SIGNATURE_SPACE_MM + "mm");
            }
        }

        private void meta(Element head, String name, String content) {
            Element meta = add(head, "meta", null, null);
            meta.setAttribute("name", name);
            meta.setAttribute("content", content);
        }

        private Element table(Element parent, String cssClass, double... columnPoints) {
            double total = 0;
            for (double points : columnPoints) {
                total += points;
            }
            Element table = add(parent, "table", cssClass, null);
            table.setAttribute("style", String.format(Locale.ROOT, "width: %.2fpt", total));
            return table;
        }

        private Element cell(Element row, double points) {
            return cell(row, points, "centred");
        }

        private Element cell(Element row, double points, String cssClass) {
            Element td = add(row, "td", cssClass, null);
            td.setAttribute("style", String.format(Locale.ROOT, "width: %.2fpt", points));
            return td;
        }

        private void rule(Element parent, double points) {
            add(parent, "div", "rule", null).setAttribute("style", String.format(Locale.ROOT, "width: %.2fpt", points));
        }

        private Element add(Element parent, String tag, String cssClass, String text) {
            Element element = html.createElement(tag);
            if (cssClass != null) {
                element.setAttribute("class", cssClass);
            }
            if (text != null) {
                element.setTextContent(text);
            }
            parent.appendChild(element);
            return element;
        }
    }
}
