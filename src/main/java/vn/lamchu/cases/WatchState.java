package vn.lamchu.cases;

/** What the deadline watch says of an open case. */
public enum WatchState {
    NORMAL, DUE_SOON, OVERDUE
}
