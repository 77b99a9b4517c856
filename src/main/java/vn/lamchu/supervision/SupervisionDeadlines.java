package vn.lamchu.supervision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;

import vn.lamchu.rules.DeadlineCalculator;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.shared.DomainException;

/**
 * The deadlines of supervision, computed from the rule data (RULEBOOK §15.1) — never hard-coded durations. Pure: the
 * caller gives the rule versions and the working calendar (through a {@link DeadlineCalculator}).
 * <ul>
 *   <li>{@code MTTQ-notice}: the plan, the decision establishing the team and the report requirements reach the
 *       supervised body <b>at least 15 days</b> before the working session — NQLT 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN
 *       Điều 7 khoản 3.</li>
 *   <li>{@code MTTQ-report-in}: the supervised body sends its report <b>at least 7 days</b> before the session — same
 *       article.</li>
 *   <li>{@code MTTQ-team-report}: the team leader reports to the Front <b>within 15 days</b> after the session —
 *       NQLT 403/2017 Điều 9.</li>
 *   <li>{@code PBXH-draft}: the drafting body sends the draft for social critique <b>at least 15 days</b> before
 *       submitting it — Luật MTTQ 2015 Điều 36.</li>
 *   <li>{@code BTTND-plan}: the inspection board sends its plan <b>at least 5 working days</b> before starting —
 *       Nghị định 59/2023/NĐ-CP Điều 14.</li>
 *   <li>{@code BTTND-reply}: the commune People's Committee resolves the board's recommendation and notifies the
 *       result <b>within 15 days</b> of receipt — Luật Thực hiện dân chủ ở cơ sở 2022 Điều 40 khoản 1.</li>
 *   <li>{@code MTTQ-reply}: the supervised body answers the Front's recommendation — no number of days in the law
 *       (RULEBOOK §8.4, §16 item 6); a configurable [U] version (migration V4_2_1).</li>
 * </ul>
 */
public final class SupervisionDeadlines {

    private final DeadlineCalculator calculator;
    private final BiFunction<String, LocalDate, RuleVersion> versions;

    /**
     * @param versions the version of a rule in force on a date; throws {@link DomainException} if there is none
     */
    public SupervisionDeadlines(DeadlineCalculator calculator, BiFunction<String, LocalDate, RuleVersion> versions) {
        this.calculator = Objects.requireNonNull(calculator);
        this.versions = Objects.requireNonNull(versions);
    }

    /** The latest day the supervised body may be notified of a session on {@code session}. */
    public LocalDate noticeLatest(SupervisionBody body, LocalDate session) {
        return due(body.noticeRule(), session);
    }

    /** The latest day the supervised body's report must arrive for a session on {@code session} (MTTQ-report-in). */
    public LocalDate reportLatest(LocalDate session) {
        return due("MTTQ-report-in", session);
    }

    /** The last day for the team's report after a session held on {@code heldOn} (MTTQ-team-report). */
    public LocalDate teamReportDue(LocalDate heldOn) {
        return due("MTTQ-team-report", heldOn);
    }

    /** The latest day a draft to be submitted on {@code submission} must reach the Front (PBXH-draft). */
    public LocalDate draftLatest(LocalDate submission) {
        return due("PBXH-draft", submission);
    }

    /** The last day for the addressed body to answer a recommendation it received on {@code sentOn}. */
    public LocalDate answerDue(SupervisionBody body, LocalDate sentOn) {
        return due(body.answerRule(), sentOn);
    }

    /**
     * Checks that a notice sent on {@code sentOn} respects the least notice before {@code session}.
     *
     * @throws DomainException (invalid, {@code supervision.error.noticeLate}) naming the latest allowed day
     */
    public void checkNotice(SupervisionBody body, LocalDate sentOn, LocalDate session) {
        LocalDate latest = noticeLatest(body, session);
        if (sentOn.isAfter(latest)) {
            throw DomainException.invalid("supervision.error.noticeLate", body.noticeRule(),
                    vn.lamchu.rules.DateText.of(latest));
        }
    }

    /** The rule version applied for a rule on a date. */
    public RuleVersion version(String ruleId, LocalDate date) {
        return versions.apply(ruleId, date);
    }

    private LocalDate due(String ruleId, LocalDate event) {
        return calculator.dueDate(versions.apply(ruleId, event), DeadlineRequest.from(event));
    }
}
