package vn.lamchu.voters;

import java.time.LocalDate;

import vn.lamchu.shared.DomainException;

/**
 * The checks on a voter meeting's life, from RULEBOOK §6 (Nghị quyết liên tịch 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN,
 * articles on the forms of voter meetings and on reporting to voters [S]):
 * <ul>
 *   <li>a meeting "before session X" is held before the session opens, one "after session X" on or after its opening
 *       day (deputies report the planned content before a session, its results and resolutions after it);</li>
 *   <li>a meeting is held (its attendance recorded) only once its day has come, not before its planned day, and only
 *       if it was planned; a cancelled or held meeting is not cancelled;</li>
 *   <li>opinions are recorded only for a held meeting;</li>
 *   <li>voters' opinions are compiled for a coming session, to be reported to it (Luật Mặt trận Tổ quốc Việt Nam 2015,
 *       Điều 15 khoản 3 [V]: the compiled recommendations are reported to the People's Council session): not once the
 *       session has opened;</li>
 *   <li>the report of answers goes back to voters at a meeting of the same council held after the compilation was sent
 *       to the standing committee (the deputies report the answers to earlier opinions at the next meeting).</li>
 * </ul>
 */
public final class VoterMeetingRules {

    /** The largest attendance accepted for one meeting: a typo guard, not a legal limit. */
    public static final int MAX_ATTENDANCE = 100_000;

    private VoterMeetingRules() {
    }

    /** @throws DomainException (invalid, on field {@code timing}) if the meeting's day does not fit its timing */
    public static void checkTiming(MeetingTiming timing, LocalDate meetingDay, LocalDate sessionOpens) {
        if (timing == null) {
            throw DomainException.invalid("voters.error.timing");
        }
        if (timing == MeetingTiming.THEMATIC) {
            return;
        }
        if (sessionOpens == null) {
            throw DomainException.invalid("voters.error.sessionRequired");
        }
        if (timing == MeetingTiming.BEFORE_SESSION && !meetingDay.isBefore(sessionOpens)) {
            throw DomainException.invalid("voters.error.beforeSession");
        }
        if (timing == MeetingTiming.AFTER_SESSION && meetingDay.isBefore(sessionOpens)) {
            throw DomainException.invalid("voters.error.afterSession");
        }
    }

    /** @throws DomainException if the meeting cannot be recorded as held on {@code heldOn} with this attendance */
    public static void checkHold(MeetingStatus status, LocalDate plannedDay, LocalDate heldOn, Integer attendance,
                                 LocalDate today) {
        if (status != MeetingStatus.PLANNED) {
            throw DomainException.conflict("voters.error.notPlanned");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            throw DomainException.invalid("voters.error.heldOnFuture");
        }
        if (heldOn.isBefore(plannedDay)) {
            throw DomainException.invalid("voters.error.heldBeforePlanned");
        }
        if (attendance == null || attendance < 0 || attendance > MAX_ATTENDANCE) {
            throw DomainException.invalid("voters.error.attendance", MAX_ATTENDANCE);
        }
    }

    /** @throws DomainException (conflict) unless the meeting is planned */
    public static void checkCancel(MeetingStatus status) {
        if (status != MeetingStatus.PLANNED) {
            throw DomainException.conflict("voters.error.notPlanned");
        }
    }

    /** @throws DomainException (conflict) unless the meeting was held */
    public static void checkOpinion(MeetingStatus status) {
        if (status != MeetingStatus.HELD) {
            throw DomainException.conflict("voters.error.notHeld");
        }
    }

    /** @throws DomainException (conflict) if the session opened before {@code today} */
    public static void checkCompile(LocalDate sessionOpens, LocalDate today) {
        if (sessionOpens.isBefore(today)) {
            throw DomainException.conflict("voters.error.sessionOpened");
        }
    }

    /**
     * @param sentOn           when the compilation went to the standing committee (null: not sent)
     * @param meetingDay       the day of the meeting where the report is presented
     * @param sameCouncil      whether that meeting is one of the compilation's council
     * @throws DomainException (conflict) if the report cannot be presented at that meeting
     */
    public static void checkReportBack(LocalDate sentOn, LocalDate meetingDay, boolean sameCouncil,
                                       MeetingStatus meetingStatus) {
        if (sentOn == null) {
            throw DomainException.conflict("voters.error.notSent");
        }
        if (!sameCouncil) {
            throw DomainException.invalid("voters.error.reportMeeting");
        }
        if (meetingStatus == MeetingStatus.CANCELLED || meetingDay.isBefore(sentOn)) {
            throw DomainException.invalid("voters.error.reportMeetingEarly");
        }
    }
}
