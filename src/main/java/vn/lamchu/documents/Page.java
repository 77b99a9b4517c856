package vn.lamchu.documents;

/**
 * Page geometry of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục I): A4 portrait, margins top and
 * bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the smallest of each range, as most templates do), paragraphs
 * with a first-line indent of 1–1.27 cm and at least 6 pt between them. Column widths of the two-column header and
 * closing blocks are not given by the decree (only a diagram); these follow the usual Word templates.
 */
final class Page {

    static final double WIDTH_MM = 210;
    static final double HEIGHT_MM = 297;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 15;
    static final double TEXT_WIDTH_MM = WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

    /** Share of the text width taken by the left header column (bodies and number); the right has the rest. */
    static final double HEADER_LEFT_SHARE = 0.38;
    /** Share of the text width taken by "Nơi nhận" in the closing block; the signature has the rest. */
    static final double CLOSING_LEFT_SHARE = 0.45;

    static final double FIRST_LINE_INDENT_MM = 12.7;
    static final int PARAGRAPH_SPACING_PT = 6;
    /** Line spacing of the body, in lines: the decree allows single up to 1.5. */
    static final double BODY_LINE_SPACING = 1.15;
    /** Room for the signature and the seal between the signer's position and name (ô 7c, ô 8). */
    static final double SIGNATURE_SPACE_MM = 26;
    /** Length of the short line under the issuing body and under the subject: 1/3–1/2 of the text, here 2/5. */
    static final double SHORT_RULE_SHARE = 0.4;
    static final double RULE_THICKNESS_PT = 0.75;

    static final double POINTS_PER_MM = 72 / 25.4;

    private Page() {
    }

    static double points(double millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Twentieths of a point, the unit of Word's page and paragraph measures. */
    static int twips(double millimetres) {
        return (int) Math.round(points(millimetres) * 20);
    }
}
