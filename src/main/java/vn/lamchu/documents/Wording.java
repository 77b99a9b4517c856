package vn.lamchu.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed wording of an official document and the lines derived from a document's fields. These are legal fixed
 * phrases of Nghị định 30/2020/NĐ-CP, Phụ lục I (ô 1, 3, 4, 5b, 9a, 9b), so they stay Vietnamese whatever the
 * user's language and live here rather than in a message bundle.
 */
final class Wording {

    /** Quốc hiệu, ô 1. */
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ, ô 1: initial capitals, hyphens with a space on each side. */
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Số, ký hiệu, ô 3. */
    static final String NUMBER_LABEL = "Số:";
    /** Trích yếu of a công văn, ô 5b. */
    static final String LETTER_SUBJECT_PREFIX = "V/v ";
    /** Ô 9a. */
    static final String ADDRESSEE_LABEL = "Kính gửi:";
    /** Ô 9b. */
    static final String RECIPIENTS_LABEL = "Nơi nhận:";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Room left in "Số:" for a number written by hand (no-break spaces, so neither DOCX nor PDF collapses them). */
    private static final String BLANK_NUMBER = "\u00a0".repeat(12);

    private Wording() {
    }

    /**
     * "Tân Phú, ngày 05 tháng 01 năm 2026": a comma after the place; a leading zero for days below 10 and for months
     * 1 and 2 only (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 4), so "tháng 3" but "tháng 02".
     */
    static String placeAndDate(String place, LocalDate date) {
        int month = date.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(),
                month <= 2 ? "%02d".formatted(month) : Integer.toString(month), date.getYear());
    }

    /** "Số: 15/UBND-VP"; a blank to fill in by hand when the number is not known yet. */
    static String numberLine(String numberAndSymbol) {
        if (numberAndSymbol == null) {
            return NUMBER_LABEL + BLANK_NUMBER;
        }
        if (numberAndSymbol.startsWith("/")) {
            return NUMBER_LABEL + BLANK_NUMBER + numberAndSymbol;
        }
        return NUMBER_LABEL + " " + numberAndSymbol;
    }

    /** "V/v …" for a công văn; a subject that already starts with "V/v" is not prefixed twice. */
    static String letterSubject(String summary) {
        String text = summary.regionMatches(true, 0, "V/v", 0, 3) ? summary.substring(3).strip() : summary;
        return LETTER_SUBJECT_PREFIX + text;
    }

    /**
     * Items of a list under "Kính gửi:" or "Nơi nhận:": each "- …;", the last "- …." (Phụ lục I, ô 9a and 9b).
     * Punctuation the caller put at the end is replaced.
     */
    static List<String> listItems(List<String> entries) {
        List<String> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]+$", "");
            items.add("- " + text + (i == entries.size() - 1 ? "." : ";"));
        }
        return items;
    }

    /** Upper case the Vietnamese way (tên cơ quan, tên loại, quyền hạn and chức vụ are UPPER in Phụ lục I). */
    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }
}
