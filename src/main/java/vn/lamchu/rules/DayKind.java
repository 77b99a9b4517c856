package vn.lamchu.rules;

/** What kind of day a date is for counting working days. */
public enum DayKind {
    /** An ordinary working day, or a weekend day made a working day by a government swap. */
    WORKING_DAY,
    /** Saturday or Sunday. */
    WEEKEND,
    /** A public holiday of Bộ luật Lao động 2019, Điều 112. */
    PUBLIC_HOLIDAY,
    /** A day off given because a public holiday fell on a weekend (Điều 112 khoản 3). */
    COMPENSATORY_DAY_OFF,
    /** A working day made a day off by a government swap (đổi ngày làm việc), worked on another day instead. */
    SWAPPED_DAY_OFF;

    public boolean working() {
        return this == WORKING_DAY;
    }
}
