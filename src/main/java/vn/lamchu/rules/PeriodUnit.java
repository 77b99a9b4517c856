package vn.lamchu.rules;

/**
 * The unit of a rule's duration. A law that says "ngày" counts calendar days under the Civil Code; a law that says
 * "ngày làm việc" counts working days, and that specialised rule takes precedence (Bộ luật Dân sự 2015, Điều 145
 * khoản 1: the Code's way of counting applies "trừ trường hợp … pháp luật có quy định khác").
 */
public enum PeriodUnit {
    CALENDAR_DAYS,
    WORKING_DAYS,
    WEEKS,
    MONTHS,
    YEARS
}
