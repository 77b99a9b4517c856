package vn.lamchu.cases.protection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.lamchu.cases.Sender;
import vn.lamchu.shared.VietnameseText;

/**
 * Strips a denouncer's identity out of the text of a denunciation before it leaves the sender-aware store for anybody
 * else: "lược bỏ họ tên, địa chỉ, bút tích, các thông tin cá nhân khác của người tố cáo ra khỏi đơn tố cáo" (Luật Tố
 * cáo 2018, Điều 56 khoản 2; the secrecy itself: Điều 47 khoản 2, Điều 9 khoản 1 điểm b). Every occurrence of a stored
 * sender's full name, address, phone number, e-mail address and ID number is replaced by {@link #MASK}:
 * <ul>
 * <li>names and addresses match whatever the case and diacritics ({@link VietnameseText#fold}), with any spacing or
 * punctuation between their words, and only as whole words; a given name alone is masked only after a form of address
 * ("ông An", "bà Bình"), so that an ordinary word that happens to be a given name ("an toàn") stays;</li>
 * <li>phone numbers match with any spacing or punctuation between the digits and with a 0, 84 or +84 prefix;</li>
 * <li>ID numbers match with spaces, dots or dashes between the digits; e-mail addresses whatever the case.</li>
 * </ul>
 * A pure function: the caller decides when a text must be masked ({@code DenouncerIdentityPolicy}).
 */
public final class DenouncerRedactor {

    /** What stands where an identifying detail was. */
    public static final String MASK = "[đã che thông tin người tố cáo]";

    /** Forms of address before a given name, folded. */
    private static final String HONORIFICS = "ong|ba|anh|chi|co|chu|cu|em|bac|di|thim|mo";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String WORD_GAP = "[\\s,.;:/\\-]+";
    private static final String DIGIT_GAP = "[\\s.\\-()]*";

    private DenouncerRedactor() {
    }

    /** The text with every identifying detail of the senders masked; {@code null} stays {@code null}. */
    public static String mask(String text, List<Sender> senders) {
        if (text == null || text.isEmpty() || senders == null || senders.isEmpty()) {
            return text;
        }
        String original = Normalizer.normalize(text, Normalizer.Form.NFC);
        Folded folded = Folded.of(original);
        List<int[]> ranges = new ArrayList<>();
        for (Sender s : senders) {
            nameRanges(s.name(), folded, ranges);
            Pattern address = words(s.address());
            if (address != null) {
                folded.find(address, 0, ranges);
            }
            phoneRanges(s.phone(), original, ranges);
            idRanges(s.idNumber(), original, ranges);
            if (s.email() != null) {
                find(Pattern.compile(WORD_START + Pattern.quote(s.email()) + WORD_END, Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE), original, 0, ranges);
            }
        }
        return replace(original, ranges);
    }

    /** The text of each line masked (documents keep their paragraphs). */
    public static List<String> maskAll(List<String> texts, List<Sender> senders) {
        return texts == null ? null : texts.stream().map(t -> mask(t, senders)).toList();
    }

    private static void nameRanges(String name, Folded folded, List<int[]> ranges) {
        String[] tokens = tokens(name);
        if (tokens.length == 0) {
            return;
        }
        if (tokens.length > 1) {
            folded.find(Pattern.compile(WORD_START + String.join(WORD_GAP, quoted(tokens)) + WORD_END), 0, ranges);
        }
        String given = tokens[tokens.length - 1];
        folded.find(Pattern.compile(WORD_START + "(?:" + HONORIFICS + ")\\s+(" + Pattern.quote(given) + ")" + WORD_END),
                1, ranges);
    }

    private static void phoneRanges(String phone, String text, List<int[]> ranges) {
        if (phone == null) {
            return;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("84")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        if (digits.length() < 6) {
            return;
        }
        String spaced = String.join(DIGIT_GAP, digits.split(""));
        find(Pattern.compile("(?<![\\d+(])(?:\\(?\\+?84\\)?|0)?" + DIGIT_GAP + spaced + "(?!\\d)"), text, 0, ranges);
    }

    private static void idRanges(String idNumber, String text, List<int[]> ranges) {
        if (idNumber == null) {
            return;
        }
        String spaced = String.join("[\\s.\\-]?", idNumber.split(""));
        find(Pattern.compile("(?<!\\d)" + spaced + "(?!\\d)"), text, 0, ranges);
    }

    private static void find(Pattern pattern, String text, int group, List<int[]> ranges) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            ranges.add(new int[] {m.start(group), m.end(group)});
        }
    }

    private static String replace(String text, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return text;
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] >= at) {
                out.append(text, at, r[0]).append(MASK);
            }
            at = Math.max(at, r[1]);
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    private static String[] tokens(String value) {
        String f = VietnameseText.fold(value);
        if (f == null || f.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(f.split("[\\s,.;:/\\-]+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    private static String[] quoted(String[] tokens) {
        return Arrays.stream(tokens).map(Pattern::quote).toArray(String[]::new);
    }

    /** A whole value as a pattern of its folded words; null for a value of fewer than two characters. */
    private static Pattern words(String value) {
        String[] tokens = tokens(value);
        if (tokens.length == 0 || String.join("", tokens).length() < 2) {
            return null;
        }
        return Pattern.compile(WORD_START + String.join(WORD_GAP, quoted(tokens)) + WORD_END);
    }

    /** The text folded character by character, each folded character knowing where it came from in the original. */
    private record Folded(String text, int[] from, int[] to) {

        static Folded of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            List<Integer> from = new ArrayList<>();
            List<Integer> to = new ArrayList<>();
            int i = 0;
            while (i < original.length()) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String one = new String(Character.toChars(cp));
                String f = Character.isWhitespace(cp) ? " " : VietnameseText.fold(one);
                for (int k = 0; k < f.length(); k++) {
                    out.append(f.charAt(k));
                    from.add(i);
                    to.add(next);
                }
                i = next;
            }
            return new Folded(out.toString(), from.stream().mapToInt(Integer::intValue).toArray(),
                    to.stream().mapToInt(Integer::intValue).toArray());
        }

        void find(Pattern pattern, int group, List<int[]> ranges) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end(group) > m.start(group)) {
                    ranges.add(new int[] {from[m.start(group)], to[m.end(group) - 1]});
                }
            }
        }
    }
}
