package vn.lamchu.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.lamchu.rules.Confidence;
import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.PeriodUnit;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.VariantFlag;

/**
 * The deadline that runs for a case in its state, always from {@code rules} (RULEBOOK §15.1):
 * <ul>
 *   <li>a letter being classified: a denunciation's initial processing TC-init (Luật Tố cáo 2018, Điều 24); a
 *       complaint's acceptance KN-accept (Luật Khiếu nại 2011, Điều 27); a citizen met in person is told the outcome
 *       under TCD-28 (Luật Tiếp công dân 2013, Điều 28); feedback on administrative regulations found outside competence
 *       is forwarded under PAKN-fwd (Nghị định 20/2008/NĐ-CP, Điều 9); any other letter under XLD-handle (Thông tư
 *       05/2021/TT-TTCP, unconfirmed and configurable);</li>
 *   <li>feedback taken up in house: PAKN-answer from the day it was taken up, or the category's own number of working
 *       days (RULEBOOK §5.3: configurable per channel and category);</li>
 *   <li>a complaint or denunciation proposed for acceptance keeps its acceptance / initial-processing clock;</li>
 *   <li>a filed letter is kept until the end of rule KN-TC-archive (one year, Thông tư 07/2014/TT-TTCP, Điều 28);</li>
 *   <li>nothing runs while the case waits on a lower body, follows its group's lead or is closed.</li>
 * </ul>
 */
@Component
class CaseDeadlines {

    static final String XLD_HANDLE = "XLD-handle";
    static final String TCD_28 = "TCD-28";
    static final String TC_INIT = "TC-init";
    static final String KN_ACCEPT = "KN-accept";
    static final String PAKN_FWD = "PAKN-fwd";
    static final String PAKN_ANSWER = "PAKN-answer";
    static final String TC_FWD = "TC-fwd";
    static final String KN_1 = "KN-1";
    static final String KN_2 = "KN-2";
    static final String KN_DISC_RES = "KN-disc-res";
    static final String KN_SEND1 = "KN-send1";
    static final String KN_SEND2 = "KN-send2";
    static final String KN_APPEAL = "KN-appeal";
    static final String KN_FINAL = "KN-final";
    static final String KN_LIMIT = "KN-limit";
    static final String KN_DISC = "KN-disc";
    static final String KN_DIALOGUE = "KN-dialogue";
    static final String TC_NOTIFY = "TC-notify";
    static final String TC_RES = "TC-res";
    static final String TC_CONCL_SEND = "TC-concl-send";
    static final String TC_ACT = "TC-act";
    static final String TC_PUBLISH = "TC-publish";
    static final String TC_FURTHER = "TC-further";
    /** Filed letters are kept one year, then destroyed on the head's decision (Thông tư 07/2014/TT-TTCP, Điều 28 khoản 2). */
    static final String KN_TC_ARCHIVE = "KN-TC-archive";

    private final RuleCatalog rules;

    CaseDeadlines(RuleCatalog rules) {
        this.rules = rules;
    }

    /** Sets the case's deadline for its current state. */
    void recompute(CitizenCase c, CaseCategory category) {
        CaseStatus stage = c.status == CaseStatus.AWAITING_APPROVAL ? c.pendingFrom : c.status;
        if (c.proceeding != null && (stage == CaseStatus.ACCEPTANCE_PROPOSED || stage == CaseStatus.IN_PROCEEDING)) {
            Next next = proceedingDeadline(c.proceeding, c.receivedOn);
            c.due(next == null ? null : next.due, next == null ? null : next.rule);
            return;
        }
        switch (stage) {
            case RECEIVED, CLASSIFIED, ACCEPTANCE_PROPOSED -> {
                String rule = letterRule(c, category);
                LocalDate start = c.takenUpOn != null && stage != CaseStatus.ACCEPTANCE_PROPOSED ? c.takenUpOn : c.receivedOn;
                if (stage == CaseStatus.ACCEPTANCE_PROPOSED && c.kind != null && c.kind.isFeedbackOrRecommendation()) {
                    c.due(null, null);
                    return;
                }
                c.due(rules.deadline(rule, DeadlineRequest.from(start), null).due(), rule);
            }
            case IN_HANDLING -> {
                LocalDate start = c.takenUpOn != null ? c.takenUpOn : c.receivedOn;
                if (category != null && category.answerDays() != null) {
                    c.due(categoryDeadline(category, start).due(), PAKN_ANSWER);
                } else {
                    c.due(rules.deadline(PAKN_ANSWER, DeadlineRequest.from(start), null).due(), PAKN_ANSWER);
                }
            }
            case FILED -> {
                c.due(null, null);
                if (c.closedOn != null) {
                    c.retainUntil = rules.deadline(KN_TC_ARCHIVE, DeadlineRequest.from(c.closedOn), null).due();
                }
            }
            default -> c.due(null, null);
        }
    }

    /** A deadline and the rule it comes from. */
    record Next(LocalDate due, String rule) {
    }

    /**
     * The next deadline of a complaint or denunciation in its stage: the earliest obligation still open.
     * <ul>
     *   <li>complaint awaiting acceptance: KN-accept from the receipt of this instance's letter (Luật Khiếu nại 2011,
     *       Điều 27, 36; 7 working days from 1/7/2026, Nghị định 155/2026/NĐ-CP);</li>
     *   <li>complaint being resolved: KN-1 / KN-2 (Điều 28, 37) or KN-disc-res for discipline (Điều 50) from
     *       acceptance, with the complex / remote variants, suspended time not counted;</li>
     *   <li>complaint decided: KN-send1 (Điều 32) / KN-send2 (Điều 41); sent: KN-final, when it becomes final (Điều 44);</li>
     *   <li>denunciation in initial processing: TC-init (Luật Tố cáo 2018, Điều 24), 10 working days with checks at
     *       several places;</li>
     *   <li>denunciation accepted: TC-notify (Điều 29 khoản 3) until both sides are told, and TC-res (Điều 30) with
     *       its extensions and suspended time not counted;</li>
     *   <li>concluded: TC-concl-send (Điều 35), TC-act (Điều 36), TC-publish (Điều 40), whichever is open and earliest;</li>
     *   <li>further denunciation: TC-further (Điều 37);</li>
     *   <li>suspended, final awaiting enforcement, management check, closed: none.</li>
     * </ul>
     */
    Next proceedingDeadline(Proceeding p, LocalDate receivedOn) {
        java.util.List<vn.lamchu.rules.Suspension> stopped = p.suspensions.stream()
                .map(s -> new vn.lamchu.rules.Suspension(s.from(), s.to())).toList();
        boolean complaint = p.kind == ProceedingKind.COMPLAINT;
        switch (p.stage) {
            case AWAITING_ACCEPTANCE -> {
                return next(KN_ACCEPT, p.instanceReceivedOn != null ? p.instanceReceivedOn : receivedOn, Set.of(), 0, stopped);
            }
            case INITIAL_PROCESSING -> {
                return next(TC_INIT, receivedOn, p.severalPlaces ? Set.of(VariantFlag.SEVERAL_PLACES) : Set.of(), 0,
                        java.util.List.of());
            }
            case VERIFYING, DIALOGUE, VERIFIED -> {
                if (complaint) {
                    String rule = p.discipline ? KN_DISC_RES : p.instance == 2 ? KN_2 : KN_1;
                    Set<VariantFlag> flags = p.discipline
                            ? (p.complex ? Set.of(VariantFlag.COMPLEX) : Set.of())
                            : p.resolutionFlags();
                    return next(rule, p.acceptedOn, flags, 0, stopped);
                }
                Next resolve = next(TC_RES, p.acceptedOn, p.resolutionFlags(), p.extensions, stopped);
                if (p.notifiedOn == null) {
                    return earliest(resolve, next(TC_NOTIFY, p.acceptedOn, Set.of(), 0, java.util.List.of()));
                }
                return resolve;
            }
            case DECIDED -> {
                return next(p.instance == 2 ? KN_SEND2 : KN_SEND1, p.decidedOn, Set.of(), 0, java.util.List.of());
            }
            case SENT -> {
                return next(KN_FINAL, p.decidedOn, p.remote ? Set.of(VariantFlag.REMOTE) : Set.of(), 0, java.util.List.of());
            }
            case CONCLUDED -> {
                Next soonest = null;
                if (p.sentOn == null) {
                    soonest = earliest(soonest, next(TC_CONCL_SEND, p.decidedOn, Set.of(), 0, java.util.List.of()));
                }
                if (p.actedOn == null) {
                    soonest = earliest(soonest, next(TC_ACT, p.decidedOn, Set.of(), 0, java.util.List.of()));
                }
                if (p.publishedOn == null) {
                    soonest = earliest(soonest, next(TC_PUBLISH, p.decidedOn, Set.of(), 0, java.util.List.of()));
                }
                return soonest;
            }
            case FURTHER_REVIEW -> {
                return next(TC_FURTHER, p.furtherOn, Set.of(), 0, java.util.List.of());
            }
            default -> {
                return null;
            }
        }
    }

    private Next next(String rule, LocalDate start, Set<VariantFlag> flags, int extensions,
                      java.util.List<vn.lamchu.rules.Suspension> stopped) {
        DeadlineRequest request = new DeadlineRequest(start, flags, extensions, stopped);
        return new Next(rules.deadline(rule, request, null).due(), rule);
    }

    private static Next earliest(Next a, Next b) {
        if (a == null) {
            return b;
        }
        return b.due.isBefore(a.due) ? b : a;
    }

    /** The due date of a rule from a start date, for the checks inside a procedure's steps. */
    LocalDate due(String rule, LocalDate start, Set<VariantFlag> flags) {
        return rules.deadline(rule, new DeadlineRequest(start, flags, 0, java.util.List.of()), null).due();
    }

    /** The deadline a sender is told at intake: when the letter's handling must be decided. */
    Deadline acknowledgement(CitizenCase c) {
        return rules.deadline(letterRule(c, null), DeadlineRequest.from(c.receivedOn), null);
    }

    static String letterRule(CitizenCase c, CaseCategory category) {
        if (c.kind == ContentKind.DENUNCIATION) {
            // outside competence: forwarded within 5 working days (Luật Tố cáo 2018, Điều 24 khoản 2)
            return c.competence == Competence.OUTSIDE ? TC_FWD : TC_INIT;
        }
        if (c.kind == ContentKind.COMPLAINT) {
            return KN_ACCEPT;
        }
        if (c.competence == Competence.OUTSIDE && category != null && category.regulation()) {
            return PAKN_FWD;
        }
        if (c.channel.inPerson()) {
            return TCD_28;
        }
        return XLD_HANDLE;
    }

    private Deadline categoryDeadline(CaseCategory category, LocalDate start) {
        RuleVersion local = new RuleVersion(PAKN_ANSWER, 1, LocalDate.of(2000, 1, 1), null,
                Map.of(Set.of(), Term.within(category.answerDays(), PeriodUnit.WORKING_DAYS)),
                "Quy chế của địa phương, lĩnh vực " + category.nameVi(), Confidence.UNCONFIRMED, true, null);
        return rules.calculator().calculate(local, DeadlineRequest.from(start));
    }
}
