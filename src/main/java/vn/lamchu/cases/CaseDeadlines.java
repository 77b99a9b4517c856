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
    /** Filed letters are kept one year, then destroyed on the head's decision (Thông tư 07/2014/TT-TTCP, Điều 28 khoản 2). */
    static final String KN_TC_ARCHIVE = "KN-TC-archive";

    private final RuleCatalog rules;

    CaseDeadlines(RuleCatalog rules) {
        this.rules = rules;
    }

    /** Sets the case's deadline for its current state. */
    void recompute(CitizenCase c, CaseCategory category) {
        CaseStatus stage = c.status == CaseStatus.AWAITING_APPROVAL ? c.pendingFrom : c.status;
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

    /** The deadline a sender is told at intake: when the letter's handling must be decided. */
    Deadline acknowledgement(CitizenCase c) {
        return rules.deadline(letterRule(c, null), DeadlineRequest.from(c.receivedOn), null);
    }

    static String letterRule(CitizenCase c, CaseCategory category) {
        if (c.kind == ContentKind.DENUNCIATION) {
            return TC_INIT;
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
