package vn.lamchu.voters;

/** Where a voter meeting stands: planned (on the public schedule), held (with its attendance) or cancelled. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
