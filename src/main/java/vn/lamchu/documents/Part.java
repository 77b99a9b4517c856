package vn.lamchu.documents;

/**
 * The typography of each component of an official document, from the table of Nghị định 30/2020/NĐ-CP, Phụ lục I
 * (box numbers in brackets). Where the decree allows a range, the size of its sample is used. Both writers take
 * sizes and styles from here, so the DOCX and the PDF agree.
 */
enum Part {
    /** Tên cơ quan chủ quản (ô 2): UPPER, 12–13, upright, not bold. */
    GOVERNING_BODY(12, false, false),
    /** Tên cơ quan ban hành (ô 2): UPPER, 12–13, bold; a short solid line under it. */
    ISSUING_BODY(12, true, false),
    /** Số, ký hiệu (ô 3): 13, upright. */
    NUMBER(13, false, false),
    /** Trích yếu of a công văn, "V/v …" (ô 5b): 12–13, upright, 6 pt below the number. */
    LETTER_SUBJECT(12, false, false),
    /** Quốc hiệu (ô 1): UPPER, 12–13, bold. */
    NATIONAL_NAME(12, true, false),
    /** Tiêu ngữ (ô 1): 13–14, bold, a solid line as long as the text under it. */
    MOTTO(13, true, false),
    /** Địa danh, ngày tháng năm (ô 4): 13–14, italic. */
    PLACE_AND_DATE(13, false, true),
    /** Tên loại văn bản (ô 5a): UPPER, 13–14, bold, centred. */
    KIND(14, true, false),
    /** Trích yếu (ô 5a): 13–14, bold, centred under the type, a short solid line under it. */
    SUMMARY(14, true, false),
    /** "Kính gửi:" and the addressees (ô 9a): 13–14, upright. */
    ADDRESSEES(14, false, false),
    /** Nội dung (ô 6): 13–14, upright, justified. */
    BODY(14, false, false),
    /** Quyền hạn and chức vụ of the signer (ô 7a): UPPER, 13–14, bold. */
    SIGNER_TITLE(14, true, false),
    /** Họ tên người ký (ô 7b): 13–14, bold. */
    SIGNER_NAME(14, true, false),
    /** "Nơi nhận:" (ô 9b): 12, bold italic. */
    RECIPIENTS_LABEL(12, true, true),
    /** The recipients (ô 9b): 11, upright. */
    RECIPIENTS(11, false, false),
    /** Page numbers: 13–14, upright, centred in the top margin, not on page 1. */
    PAGE_NUMBER(13, false, false),
    /** The caller's note below the signature block: not part of the decree's layout, kept small. */
    NOTE(10, false, true);

    final int points;
    final boolean bold;
    final boolean italic;

    Part(int points, boolean bold, boolean italic) {
        this.points = points;
        this.bold = bold;
        this.italic = italic;
    }

    /** The CSS class of this part in the PDF's HTML, e.g. "issuing-body". */
    String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
