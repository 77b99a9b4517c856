package vn.lamchu.rules;

/** What a rule's duration means for the date that it gives. */
public enum TermKind {
    /** "Trong thời hạn N … kể từ …": an act due within N units after the trigger. */
    WITHIN,
    /** "Chậm nhất là N … trước …", "ít nhất N … trước …": the latest date for an act N units before an event. */
    AT_LEAST_BEFORE,
    /** "Ít nhất N ngày liên tục": something (a posting, a broadcast) must last at least N consecutive days. */
    AT_LEAST_LASTING,
    /** "Trước ngày 31 tháng 12": a fixed day of the year. */
    BY_FIXED_DATE,
    /** "Ít nhất N ngày mỗi tuần / tháng / năm": a recurring obligation in each calendar period. */
    AT_LEAST_PER_PERIOD
}
