package vn.lamchu.cases.web;

import java.util.List;
import java.util.Set;

import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.DecisionKind;
import vn.lamchu.cases.DecisionOptions;
import vn.lamchu.identity.StaffDirectory.StaffMember;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Permission;

/**
 * The steps the actor may take on a case now: legal in the case's state (the aggregate's and the letter-handling
 * policy's rules) and allowed by the actor's permissions. The page shows exactly these; the core still checks each.
 *
 * @param take     an officer of the handling unit takes the case ("Nhận xử lý")
 * @param assign   a leader assigns an officer of the handling unit, or gives the case back to the unit's pool
 * @param propose  the decisions an officer may propose for the leader's signature
 * @param decide   the decisions a leader may take and sign directly
 * @param review   after a poor rating: confirm the answer or have it answered anew
 * @param group    other letters may be grouped under this one as duplicates
 */
record CaseActions(boolean classify, boolean take, boolean assign, List<StaffMember> officers,
                   Set<DecisionKind> propose, Set<DecisionKind> decide, boolean approve, boolean publish,
                   boolean review, boolean group) {

    static CaseActions of(Actor actor, CitizenCase c, List<StaffMember> officers, boolean publicationRequired,
                          boolean actsHere) {
        // a unit that forwarded the case may still read it; only the unit holding it now acts
        boolean handle = actsHere && actor.can(Permission.CASE_HANDLE);
        boolean leader = actsHere && actor.can(Permission.CASE_APPROVE);
        CaseStatus status = c.status();
        boolean assignable = status.isOpen() && status != CaseStatus.GROUPED;
        Set<DecisionKind> open = DecisionOptions.open(c);
        return new CaseActions(
                handle && (status == CaseStatus.RECEIVED || status == CaseStatus.CLASSIFIED),
                handle && assignable && actor.unitId().equals(c.handlingUnit())
                        && !actor.accountId().equals(c.assigneeId()),
                handle && leader && assignable,
                handle && leader && assignable ? officers : List.of(),
                handle && !leader ? open : Set.of(),
                leader ? open : Set.of(),
                leader && status == CaseStatus.AWAITING_APPROVAL,
                leader && status == CaseStatus.ANSWERED && c.publishedOn() == null
                        && (c.publishConsent() || publicationRequired),
                leader && status == CaseStatus.REVIEW_REQUESTED,
                handle && canLead(c));
    }

    /** Whether a case can lead a group of duplicates (the aggregate's rule for leading a group). */
    static boolean canLead(CitizenCase c) {
        return c.status().isOpen() && c.status() != CaseStatus.GROUPED && c.proceeding() == null;
    }

    /** Whether a case can join a group (the aggregate's rule for joining). */
    static boolean canJoin(CaseStatus status) {
        return status.isOpen() && status != CaseStatus.GROUPED && status != CaseStatus.AWAITING_APPROVAL;
    }

    public boolean any() {
        return classify || take || assign || !propose.isEmpty() || !decide.isEmpty() || approve || publish || review;
    }
}
