package vn.lamchu.rules;

/** Why a day was not counted, or why the deadline moved past it. */
public enum SkipReason {
    /** Saturday or Sunday. */
    WEEKEND,
    /** A public holiday (Bộ luật Lao động 2019, Điều 112). */
    PUBLIC_HOLIDAY,
    /** A day off because a holiday fell on a weekend. */
    COMPENSATORY_DAY_OFF,
    /** A working day made a day off by a government swap. */
    SWAPPED_DAY_OFF,
    /** The clock was stopped (suspension, objective obstacle). */
    SUSPENDED;

    static SkipReason of(DayKind kind) {
        return switch (kind) {
            case WEEKEND -> WEEKEND;
            case PUBLIC_HOLIDAY -> PUBLIC_HOLIDAY;
            case COMPENSATORY_DAY_OFF -> COMPENSATORY_DAY_OFF;
            case SWAPPED_DAY_OFF -> SWAPPED_DAY_OFF;
            case WORKING_DAY -> throw new IllegalArgumentException("a working day is not skipped");
        };
    }
}
