package vn.lamchu.voters;

/**
 * When a voter meeting is held relative to the council's sessions (RULEBOOK §6 "Forms and modes": before and after
 * regular sessions, before and after extraordinary or thematic sessions, or by theme). Nghị quyết liên tịch
 * 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN [S]. Labels: {@code voters.timing.NAME}.
 */
public enum MeetingTiming {
    /** Before session X: the deputies report the session's planned content and collect opinions. */
    BEFORE_SESSION,
    /** After session X: the deputies report its results and the answers to earlier opinions. */
    AFTER_SESSION,
    /** A thematic meeting (by theme, sector or group of voters), not tied to a session. */
    THEMATIC
}
