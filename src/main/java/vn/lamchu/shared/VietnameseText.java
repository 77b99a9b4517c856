package vn.lamchu.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as people type it: with or without diacritics, in composed or decomposed Unicode.
 * Every input is stored NFC-normalised; searches compare the folded form (no diacritics, đ → d, lower case).
 * The database's {@code lamchu_fold(text)} function folds the same way, so an index can serve the search.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC-normalised, trimmed, inner runs of white space collapsed to one space; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ");
    }

    /**
     * NFC-normalised text of several lines, as a letter or an answer is written: each line trimmed and its inner runs of
     * spaces collapsed, line breaks kept, at most one empty line in a row; {@code null} or blank becomes {@code null}.
     */
    public static String normalizeLines(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(nfc.length());
        int blank = 0;
        for (String line : nfc.split("\n", -1)) {
            String clean = line.strip().replaceAll("[ \t\u00A0]+", " ");
            if (clean.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(clean);
            blank = 0;
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Like {@link #normalize} but a blank text becomes {@code null}. */
    public static String normalizeOrNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }

    /** Diacritics removed, đ/Đ as d, lower case: "Phường Bình Minh" → "phuong binh minh". */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
