package vn.lamchu.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The lines of an {@link OfficialDocument} as Nghị định 30/2020/NĐ-CP, Phụ lục I sets them: upper case where the
 * decree wants it, the fixed wording, list punctuation, and the lengths of the lines drawn under the issuing body,
 * the Tiêu ngữ and the subject. The DOCX and the PDF writer both render a composition, so they say the same thing.
 */
record Composition(
        List<String> governingBody,
        List<String> issuingBody,
        String numberLine,
        String letterSubject,
        String placeAndDate,
        String kind,
        String summary,
        List<String> addressees,
        List<String> paragraphs,
        List<String> recipients,
        String signingAuthority,
        String signerPosition,
        String signerName,
        String note,
        double issuingRulePoints,
        double summaryRulePoints,
        double addresseeLabelPoints,
        double addresseeListPoints) {

    static final double TEXT_WIDTH_PT = Page.points(Page.TEXT_WIDTH_MM);
    static final double HEADER_LEFT_PT = TEXT_WIDTH_PT * Page.HEADER_LEFT_SHARE;
    static final double HEADER_RIGHT_PT = TEXT_WIDTH_PT - HEADER_LEFT_PT;
    static final double CLOSING_LEFT_PT = TEXT_WIDTH_PT * Page.CLOSING_LEFT_SHARE;
    static final double CLOSING_RIGHT_PT = TEXT_WIDTH_PT - CLOSING_LEFT_PT;
    /** The line under the Tiêu ngữ is as long as the Tiêu ngữ. */
    static final double MOTTO_RULE_PT = width(Wording.MOTTO, Part.MOTTO);
    /** Room between "Kính gửi:" and the dashes of a list of addressees. */
    private static final double LABEL_GAP_PT = 4;

    /**
     * Words before which the name of a body is best broken onto a second line: the administrative level that starts
     * the place name ("ỦY BAN NHÂN DÂN / XÃ TÂN PHÚ").
     */
    private static final Set<String> LEVEL_WORDS = Set.of("TỈNH", "THÀNH", "XÃ", "PHƯỜNG", "ĐẶC", "HUYỆN", "QUẬN",
            "THỊ");

    static Composition of(OfficialDocument d) {
        List<String> issuing = bodyLines(Wording.upper(d.issuingBody()), Part.ISSUING_BODY);
        boolean letter = d.isOfficialLetter();
        String summary = letter ? null : d.summary();
        boolean several = d.addressees().size() > 1;
        List<String> addressees = several ? Wording.listItems(d.addressees()) : d.addressees();
        double labelPoints = width(Wording.ADDRESSEE_LABEL + " ", Part.ADDRESSEES) + LABEL_GAP_PT;
        double listPoints = addressees.stream().mapToDouble(a -> width(a, Part.ADDRESSEES)).max().orElse(0);
        return new Composition(
                d.governingBody() == null ? List.of()
                        : bodyLines(Wording.upper(d.governingBody()), Part.GOVERNING_BODY),
                issuing,
                Wording.numberLine(d.numberAndSymbol()),
                letter && d.summary() != null ? Wording.letterSubject(d.summary()) : null,
                Wording.placeAndDate(d.place(), d.date()),
                Wording.upper(d.kindTitle()),
                summary,
                addressees,
                d.paragraphs(),
                Wording.listItems(d.recipients()),
                Wording.upper(d.signingAuthority()),
                Wording.upper(d.signerPosition()),
                d.signerName(),
                d.footerNote(),
                Page.SHORT_RULE_SHARE * issuing.stream().mapToDouble(line -> width(line, Part.ISSUING_BODY)).max()
                        .orElseThrow(),
                summary == null ? 0 : shortRule(summary, Part.SUMMARY, TEXT_WIDTH_PT),
                labelPoints,
                Math.min(listPoints + 1, TEXT_WIDTH_PT - labelPoints));
    }

    /** Several addressees go in a list under the colon of "Kính gửi:"; one stays on the label's line. */
    boolean addresseeList() {
        return addressees.size() > 1;
    }

    /** The title in the file's properties: the type name, else the "V/v" subject, else the issuing body. */
    String title() {
        return kind != null ? kind : letterSubject != null ? letterSubject : String.join(" ", issuingBody);
    }

    /** The description in the file's properties: the subject, else the first paragraph. */
    String description() {
        return summary != null ? summary : letterSubject != null ? letterSubject : paragraphs.get(0);
    }

    /** The signature block has something to show. */
    boolean signed() {
        return signingAuthority != null || signerPosition != null || signerName != null;
    }

    /**
     * The name of a body in the header's left column: one line if it fits, else two lines that both fit, broken
     * before the administrative level if possible, else where the longer line is shortest. A name too long for two
     * lines is left to the renderer to wrap.
     */
    static List<String> bodyLines(String name, Part part) {
        if (width(name, part) <= HEADER_LEFT_PT) {
            return List.of(name);
        }
        String[] words = name.split(" ");
        List<String> best = List.of(name);
        double bestScore = Double.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            double longer = Math.max(width(first, part), width(second, part));
            if (longer > HEADER_LEFT_PT) {
                continue;
            }
            double score = longer - (LEVEL_WORDS.contains(words[i]) ? HEADER_LEFT_PT : 0);
            if (score < bestScore) {
                bestScore = score;
                best = List.of(first, second);
            }
        }
        return best;
    }

    /**
     * 1/3–1/2 of the text (Phụ lục I, ô 2 and 5a); a text wider than its column wraps, and its first line is then
     * about as wide as the column.
     */
    private static double shortRule(String text, Part part, double columnPoints) {
        return Page.SHORT_RULE_SHARE * Math.min(width(text, part), columnPoints);
    }

    static double width(String text, Part part) {
        return SerifFont.of(part).width(text, part.points);
    }
}
