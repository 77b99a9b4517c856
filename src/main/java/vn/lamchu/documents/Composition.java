package vn.lamchu.documents;

import java.util.ArrayList;
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
        double addresseeIndentPoints,
        double addresseeBlockPoints) {

    static final double TEXT_WIDTH_PT = Page.points(Page.TEXT_WIDTH_MM);
    static final double HEADER_LEFT_PT = TEXT_WIDTH_PT * Page.HEADER_LEFT_SHARE;
    static final double HEADER_RIGHT_PT = TEXT_WIDTH_PT - HEADER_LEFT_PT;
    static final double CLOSING_LEFT_PT = TEXT_WIDTH_PT * Page.CLOSING_LEFT_SHARE;
    static final double CLOSING_RIGHT_PT = TEXT_WIDTH_PT - CLOSING_LEFT_PT;
    /** The line under the Tiêu ngữ is as long as the Tiêu ngữ. */
    static final double MOTTO_RULE_PT = width(Wording.MOTTO, Part.MOTTO);

    /**
     * Words before which the name of a body is best broken onto a new line: the administrative level that starts
     * the place name ("ỦY BAN NHÂN DÂN / XÃ TÂN PHÚ").
     */
    private static final Set<String> LEVEL_WORDS = Set.of("TỈNH", "THÀNH", "XÃ", "PHƯỜNG", "ĐẶC", "HUYỆN", "QUẬN",
            "THỊ");

    /** More lines than this and the name should be abbreviated (Phụ lục I allows it); the renderer wraps it. */
    private static final int MAX_BODY_LINES = 4;

    static Composition of(OfficialDocument d) {
        List<String> issuing = bodyLines(Wording.upper(d.issuingBody()), Part.ISSUING_BODY);
        boolean letter = d.isOfficialLetter();
        String summary = letter ? null : d.summary();
        boolean several = d.addressees().size() > 1;
        List<String> addressees = several ? Wording.listItems(d.addressees()) : d.addressees();
        // the dashes of a list stand under the colon of "Kính gửi:"
        String label = Wording.ADDRESSEE_LABEL;
        double indent = width(label.substring(0, label.length() - 1), Part.ADDRESSEES);
        double list = indent + addressees.stream().mapToDouble(a -> width(a, Part.ADDRESSEES)).max().orElse(0);
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
                Page.SHORT_RULE_SHARE * Math.min(HEADER_LEFT_PT, issuing.stream()
                        .mapToDouble(line -> width(line, Part.ISSUING_BODY)).max().orElseThrow()),
                summary == null ? 0 : shortRule(summary, Part.SUMMARY, TEXT_WIDTH_PT),
                indent,
                Math.min(TEXT_WIDTH_PT, Math.max(list, width(label, Part.ADDRESSEES)) + 1));
    }

    /**
     * Several addressees go on lines of their own under "Kính gửi:", the dashes under its colon; one stays on the
     * label's line (Phụ lục I, Mục II, ô 9a).
     */
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
     * The name of a body in the header's left column, in as few lines as fit, broken before the administrative level
     * where possible ("ỦY BAN NHÂN DÂN / XÃ TÂN PHÚ"), else where the longest line is shortest. A name that does not
     * fit in four lines is left to the renderer to wrap.
     */
    static List<String> bodyLines(String name, Part part) {
        String[] words = name.split(" ");
        for (int lines = 1; lines <= Math.min(MAX_BODY_LINES, words.length); lines++) {
            List<String> best = bestSplit(words, lines, part);
            if (best != null) {
                return best;
            }
        }
        return List.of(name);
    }

    /** The best way to set the words in exactly {@code lines} lines that fit the column, or null if none does. */
    private static List<String> bestSplit(String[] words, int lines, Part part) {
        List<String> best = null;
        double bestScore = Double.MAX_VALUE;
        int[] breaks = new int[lines + 1];
        breaks[lines] = words.length;
        for (boolean more = firstBreaks(breaks); more; more = nextBreaks(breaks, words.length)) {
            List<String> candidate = new ArrayList<>(lines);
            double longest = 0;
            int levelBreaks = 0;
            for (int line = 0; line < lines; line++) {
                String text = String.join(" ", Arrays.copyOfRange(words, breaks[line], breaks[line + 1]));
                candidate.add(text);
                longest = Math.max(longest, width(text, part));
                if (line > 0 && LEVEL_WORDS.contains(words[breaks[line]])) {
                    levelBreaks++;
                }
            }
            double score = longest - levelBreaks * HEADER_LEFT_PT;
            if (longest <= HEADER_LEFT_PT && score < bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Line starts 0, 1, 2, …: the first combination; false if there are more lines than words. */
    private static boolean firstBreaks(int[] breaks) {
        int lines = breaks.length - 1;
        for (int i = 0; i < lines; i++) {
            breaks[i] = i;
        }
        return lines <= breaks[lines];
    }

    /** The next combination of line starts (the first line always starts at word 0), or false after the last. */
    private static boolean nextBreaks(int[] breaks, int words) {
        int lines = breaks.length - 1;
        for (int i = lines - 1; i >= 1; i--) {
            if (breaks[i] < words - (lines - i)) {
                breaks[i]++;
                for (int j = i + 1; j < lines; j++) {
                    breaks[j] = breaks[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
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
