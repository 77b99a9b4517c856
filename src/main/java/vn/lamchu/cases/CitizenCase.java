package vn.lamchu.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * A letter and, for feedback and recommendations, its whole procedure (RULEBOOK §15.2 "Letter" and
 * "Feedback/recommendation"). Every step is a method named after the procedure: it checks the current state, refuses an
 * illegal step with a 409 ({@link DomainException#conflict}), records who, when and why on the timeline and registers an
 * event. Deadlines are recomputed by {@link CaseDeadlines} after each step, by the application service.
 */
public final class CitizenCase {

    /** Stars at or below which a rating sends the answer back to the unit's leader. */
    public static final int POOR_RATING = 2;

    final TenantId tenant;
    final CaseId id;
    final String number;
    final Channel channel;
    final String forwardedBy;
    final LocalDate receivedOn;
    final Instant receivedAt;
    final String title;
    final String body;
    final boolean anonymous;
    final boolean publishConsent;
    final String senderKey;

    ContentKind kind;
    CaseStatus status;
    String categoryCode;
    UUID placeUnitId;
    String placeText;
    Signatories signatories;
    int signatoryCount;
    UnitId handlingUnit;
    UUID assigneeId;
    String assigneeName;
    Eligibility eligibility;
    String ineligibleReason;
    Competence competence;
    DecisionKind outcome;
    boolean repeated;
    boolean guidedBefore;
    UUID groupId;
    Decision pending;
    CaseStatus pendingFrom;
    String forwardedTo;
    String answer;
    LocalDate answeredOn;
    LocalDate publishedOn;
    Integer rating;
    String ratingComment;
    LocalDate dueOn;
    String dueRule;
    WatchState watch = WatchState.NORMAL;
    LocalDate retainUntil;
    LocalDate closedOn;
    LocalDate takenUpOn;
    int version;
    /** The units that held the case before (forwarded inside the province, moved by a reorganisation). */
    java.util.Set<UnitId> pastUnits = new java.util.LinkedHashSet<>();
    /** Set (not stored) when a decision moved the case: the unit that took the decision and issues its document. */
    UnitId decidedBy;
    /** The complaint or denunciation procedure, from the proposal for acceptance on (null for other letters). */
    Proceeding proceeding;
    /** A signed step of the procedure proposed by the officer, waiting for the leader. */
    ProceedingAct pendingAct;

    private final List<CaseStep> newSteps = new ArrayList<>();
    int lastSeq;

    CitizenCase(TenantId tenant, CaseId id, String number, Channel channel, String forwardedBy, LocalDate receivedOn,
                Instant receivedAt, String title, String body, boolean anonymous, boolean publishConsent,
                String senderKey) {
        this.tenant = tenant;
        this.id = id;
        this.number = number;
        this.channel = channel;
        this.forwardedBy = forwardedBy;
        this.receivedOn = receivedOn;
        this.receivedAt = receivedAt;
        this.title = title;
        this.body = body;
        this.anonymous = anonymous;
        this.publishConsent = publishConsent;
        this.senderKey = senderKey;
    }

    // ---- steps -------------------------------------------------------------------------------------------------

    /** Records the receipt (the letter is logged at once: Thông tư 07/2014/TT-TTCP, Điều 3 khoản 2). */
    void receive(Instant at, StepActor by) {
        status = CaseStatus.RECEIVED;
        step(at, by, CaseAction.RECEIVE, null, null, true);
    }

    /** Classifies (or re-classifies) the letter, Thông tư 07/2014/TT-TTCP, Điều 6. */
    public void classify(Classification classification, Instant at, StepActor by) {
        require(status == CaseStatus.RECEIVED || status == CaseStatus.CLASSIFIED, CaseAction.CLASSIFY);
        kind = classification.kind();
        eligibility = classification.eligibility();
        ineligibleReason = classification.ineligibleReason();
        competence = classification.competence();
        signatories = classification.signatories();
        signatoryCount = classification.signatoryCount();
        if (classification.categoryCode() != null) {
            categoryCode = classification.categoryCode();
        }
        if (classification.placeUnitId() != null) {
            placeUnitId = classification.placeUnitId();
        }
        status = CaseStatus.CLASSIFIED;
        step(at, by, CaseAction.CLASSIFY, null, null, true);
    }

    /** Assigns the case to an officer of the handling unit (null: back to the unit's pool). */
    public void assign(UUID accountId, String name, String reason, Instant at, StepActor by) {
        require(status.isOpen() && status != CaseStatus.GROUPED, CaseAction.ASSIGN);
        assigneeId = accountId;
        assigneeName = accountId == null ? null : name;
        step(at, by, CaseAction.ASSIGN, reason, null, false);
    }

    /** The officer proposes a decision for the leader to sign. */
    public void propose(Decision decision, Instant at, StepActor by) {
        LetterHandlingPolicy.check(this, decision);
        pendingFrom = status;
        pending = decision;
        status = CaseStatus.AWAITING_APPROVAL;
        step(at, by, CaseAction.PROPOSE, decision.kind().name(), null, false);
    }

    /** The leader sends the proposal back to the officer, saying why. */
    public void sendBack(String reason, Instant at, StepActor by) {
        require(status == CaseStatus.AWAITING_APPROVAL, CaseAction.SEND_BACK);
        if (VietnameseText.normalizeOrNull(reason) == null) {
            throw DomainException.invalid("cases.error.reasonRequired");
        }
        status = pendingFrom;
        pending = null;
        pendingAct = null;
        pendingFrom = null;
        step(at, by, CaseAction.SEND_BACK, reason, null, false);
    }

    /** The leader signs the proposed decision; returns it so that its document can be issued. */
    public Decision approve(LocalDate today, Instant at, StepActor by) {
        require(status == CaseStatus.AWAITING_APPROVAL && pending != null, CaseAction.APPROVE);
        Decision decision = pending;
        status = pendingFrom;
        pending = null;
        pendingFrom = null;
        step(at, by, CaseAction.APPROVE, null, null, false);
        decide(decision, today, at, by);
        return decision;
    }

    /**
     * Takes a decision (a leader signing directly, or {@link #approve}). Forwarding to a unit inside the system moves
     * the case there as a newly received letter.
     */
    public void decide(Decision decision, LocalDate today, Instant at, StepActor by) {
        LetterHandlingPolicy.check(this, decision);
        outcome = decision.kind();
        decidedBy = handlingUnit;
        String publicNote = null;
        switch (decision.kind()) {
            case ACCEPT -> {
                status = kind.isFeedbackOrRecommendation() ? CaseStatus.IN_HANDLING : CaseStatus.ACCEPTANCE_PROPOSED;
                takenUpOn = today;
                if (!kind.isFeedbackOrRecommendation()) {
                    proceeding = Proceeding.start(kind == ContentKind.COMPLAINT ? ProceedingKind.COMPLAINT
                            : ProceedingKind.DENUNCIATION, receivedOn);
                }
            }
            case GUIDE -> {
                status = CaseStatus.GUIDED;
                publicNote = decision.text();
            }
            case FORWARD -> {
                forwardedTo = decision.targetBody();
                publicNote = decision.targetBody();
                if (decision.targetUnitId() != null) {
                    pastUnits.add(handlingUnit);
                    handlingUnit = new UnitId(decision.targetUnitId());
                    assigneeId = null;
                    assigneeName = null;
                    status = CaseStatus.RECEIVED;
                    eligibility = null;
                    competence = null;
                    takenUpOn = today;
                } else {
                    status = CaseStatus.FORWARDED;
                }
            }
            case RETURN -> {
                status = CaseStatus.RETURNED;
                publicNote = forwardedBy;
            }
            case FILE -> {
                status = CaseStatus.FILED;
                retainUntil = today.plusYears(1);
            }
            case CHASE -> {
                status = CaseStatus.CHASED;
                forwardedTo = decision.targetBody();
                publicNote = decision.targetBody();
            }
            case ANSWER -> {
                status = CaseStatus.ANSWERED;
                answer = decision.text();
                answeredOn = today;
                publishedOn = null; // a new answer (after a reopening) is published anew
                rating = null;
                ratingComment = null;
                publicNote = decision.text();
            }
        }
        closedOn = status.isFinal() ? today : null;
        step(at, by, CaseAction.of(decision.kind()), decision.text(), publicNote, true);
    }

    /**
     * Publishes the answer: when the sender agreed, or when the law requires it (the result of handling feedback on
     * administrative regulations, Nghị định 20/2008/NĐ-CP, Điều 19 as amended).
     */
    public void publish(boolean requiredByLaw, LocalDate today, Instant at, StepActor by) {
        require(status == CaseStatus.ANSWERED && publishedOn == null, CaseAction.PUBLISH);
        if (!publishConsent && !requiredByLaw) {
            throw DomainException.conflict("cases.error.publishWithoutConsent");
        }
        publishedOn = today;
        step(at, by, CaseAction.PUBLISH, null, null, true);
    }

    // ---- complaints and denunciations ---------------------------------------------------------------------------

    /** The officer proposes a signed step of the procedure (a notice, decision, conclusion) for the leader to sign. */
    public void proposeAct(ProceedingAct act, Instant at, StepActor by) {
        Proceeding p = requireProceeding(act);
        if (!act.kind().signed()) {
            throw DomainException.conflict("cases.proceeding.error.notSigned", act.kind().name());
        }
        if (!p.options().contains(act.kind())) {
            throw DomainException.conflict("cases.proceeding.error.illegalStep", act.kind().name(), p.stage.name());
        }
        pendingFrom = status;
        pendingAct = act;
        status = CaseStatus.AWAITING_APPROVAL;
        step(at, by, CaseAction.PROPOSE, act.kind().name(), null, false);
    }

    /** The leader signs the proposed step of the procedure; returns it so that its document can be issued. */
    public ProceedingAct approveAct(ProceedingContext ctx, Instant at, StepActor by) {
        require(status == CaseStatus.AWAITING_APPROVAL && pendingAct != null, CaseAction.APPROVE);
        ProceedingAct act = pendingAct;
        CaseStatus from = pendingFrom;
        status = pendingFrom;
        pendingAct = null;
        pendingFrom = null;
        step(at, by, CaseAction.APPROVE, null, null, false);
        try {
            act(act, ctx, at, by);
        } catch (DomainException e) {
            status = CaseStatus.AWAITING_APPROVAL;
            pendingAct = act;
            pendingFrom = from;
            throw e;
        }
        return act;
    }

    /**
     * Takes a step of the complaint or denunciation procedure (see {@link Proceeding}). A second complaint or a further
     * denunciation moves the case to the superior unit named in the step.
     */
    public void act(ProceedingAct act, ProceedingContext ctx, Instant at, StepActor by) {
        Proceeding p = requireProceeding(act);
        UnitId before = handlingUnit;
        UUID target = p.apply(act, signatories, ctx);
        decidedBy = before;
        if (target != null) {
            if (target.equals(handlingUnit.value())) {
                throw DomainException.conflict("cases.error.forwardToSelf");
            }
            pastUnits.add(handlingUnit);
            handlingUnit = new UnitId(target);
            assigneeId = null;
            assigneeName = null;
            takenUpOn = ctx.today();
        }
        ProceedingStage stage = p.stage;
        status = stage.isClosed() ? CaseStatus.RESOLVED
                : stage == ProceedingStage.AWAITING_ACCEPTANCE || stage == ProceedingStage.INITIAL_PROCESSING
                ? CaseStatus.ACCEPTANCE_PROPOSED : CaseStatus.IN_PROCEEDING;
        closedOn = status.isFinal() ? ctx.today() : null;
        step(at, by, CaseAction.of(act.kind()), act.text(), ProceedingWording.publicNote(act, p),
                ProceedingWording.visible(act.kind()));
    }

    private Proceeding requireProceeding(ProceedingAct act) {
        if (proceeding == null && status == CaseStatus.ACCEPTANCE_PROPOSED && kind != null
                && !kind.isFeedbackOrRecommendation()) {
            // a case proposed for acceptance before the procedures existed
            proceeding = Proceeding.start(kind == ContentKind.COMPLAINT ? ProceedingKind.COMPLAINT
                    : ProceedingKind.DENUNCIATION, receivedOn);
        }
        if (proceeding == null || status == CaseStatus.AWAITING_APPROVAL) {
            throw DomainException.conflict("cases.proceeding.error.illegalStep", act.kind().name(),
                    proceeding == null ? status.name() : CaseStatus.AWAITING_APPROVAL.name());
        }
        return proceeding;
    }

    /** The sender rates the answer; a poor rating sends it back to the unit's leader for a second look. */
    public void rate(int stars, String comment, Instant at) {
        require(status == CaseStatus.ANSWERED && rating == null, CaseAction.RATE);
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("cases.error.rating");
        }
        rating = stars;
        ratingComment = VietnameseText.normalizeOrNull(comment);
        if (stars <= POOR_RATING) {
            status = CaseStatus.REVIEW_REQUESTED;
            closedOn = null;
        }
        step(at, StepActor.PUBLIC, CaseAction.RATE, ratingComment, null, true);
    }

    /** The leader, having looked again after a poor rating, stands by the answer. */
    public void confirmAnswer(String reason, LocalDate today, Instant at, StepActor by) {
        require(status == CaseStatus.REVIEW_REQUESTED, CaseAction.CONFIRM_ANSWER);
        status = CaseStatus.ANSWERED;
        closedOn = today;
        step(at, by, CaseAction.CONFIRM_ANSWER, reason, VietnameseText.normalizeOrNull(reason), true);
    }

    /** The leader, having looked again after a poor rating, has the case answered anew. */
    public void reopen(String reason, LocalDate today, Instant at, StepActor by) {
        require(status == CaseStatus.REVIEW_REQUESTED, CaseAction.REOPEN);
        if (VietnameseText.normalizeOrNull(reason) == null) {
            throw DomainException.invalid("cases.error.reasonRequired");
        }
        status = CaseStatus.IN_HANDLING;
        takenUpOn = today;
        closedOn = null;
        step(at, by, CaseAction.REOPEN, reason, null, true);
    }

    /** Links this case into a group of duplicates led by another case; it will get the lead's outcome. */
    void joinGroup(UUID group, CitizenCase lead, Instant at, StepActor by) {
        require(status.isOpen() && status != CaseStatus.GROUPED && status != CaseStatus.AWAITING_APPROVAL
                        && proceeding == null,
                CaseAction.GROUP);
        groupId = group;
        status = CaseStatus.GROUPED;
        assigneeId = null;
        assigneeName = null;
        step(at, by, CaseAction.GROUP, lead.number, null, false);
    }

    /** Marks this case as leading its group. */
    void leadGroup(UUID group) {
        if (status.isFinal() || status == CaseStatus.GROUPED) {
            throw DomainException.conflict("cases.error.illegalStep", CaseAction.GROUP.name(), status.name());
        }
        groupId = group;
    }

    /** A grouped case takes the final outcome of its lead: every sender gets the answer. */
    void followLead(CitizenCase lead, LocalDate today, Instant at) {
        if (status != CaseStatus.GROUPED || !lead.status.isFinal()) {
            return;
        }
        status = lead.status;
        outcome = lead.outcome;
        answer = lead.answer;
        answeredOn = lead.answeredOn;
        forwardedTo = lead.forwardedTo;
        closedOn = today;
        retainUntil = lead.retainUntil;
        String note = lead.answer != null ? lead.answer : lead.forwardedTo;
        step(at, StepActor.SYSTEM, CaseAction.FOLLOW_LEAD, lead.number, note, true);
    }

    /** Moves an open case to another unit (the unit was merged or abolished), back to that unit's pool. */
    void moveTo(UnitId unit, String reason, Instant at, StepActor by) {
        if (!status.isOpen()) {
            return;
        }
        pastUnits.add(handlingUnit);
        handlingUnit = unit;
        assigneeId = null;
        assigneeName = null;
        step(at, by, CaseAction.MOVE_UNIT, reason, null, false);
    }

    void markRepeated(boolean isRepeated, boolean wasGuidedBefore) {
        repeated = isRepeated;
        guidedBefore = wasGuidedBefore;
    }

    void due(LocalDate date, String rule) {
        if (!java.util.Objects.equals(date, dueOn)) {
            watch = WatchState.NORMAL;
        }
        dueOn = date;
        dueRule = rule;
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private void require(boolean allowed, CaseAction action) {
        if (!allowed) {
            throw DomainException.conflict("cases.error.illegalStep", action.name(), status.name());
        }
    }

    private void step(Instant at, StepActor by, CaseAction action, String reason, String publicNote, boolean visible) {
        lastSeq++;
        newSteps.add(new CaseStep(lastSeq, at, by.username(), by.displayName(), action, status,
                VietnameseText.normalizeOrNull(reason), publicNote, visible, dueOn));
    }

    /** The steps taken since the case was loaded; the store appends them and fills in the deadline then in force. */
    List<CaseStep> takeNewSteps() {
        List<CaseStep> steps = newSteps.stream()
                .map(s -> new CaseStep(s.seq(), s.at(), s.actor(), s.actorName(), s.action(), s.status(), s.reason(),
                        s.publicNote(), s.visible(), status.isOpen() ? dueOn : null))
                .toList();
        newSteps.clear();
        return steps;
    }

    // ---- read access -------------------------------------------------------------------------------------------

    public TenantId tenant() { return tenant; }
    public CaseId id() { return id; }
    public String number() { return number; }
    public Channel channel() { return channel; }
    public String forwardedBy() { return forwardedBy; }
    public LocalDate receivedOn() { return receivedOn; }
    public Instant receivedAt() { return receivedAt; }
    public String title() { return title; }
    public String body() { return body; }
    public boolean anonymous() { return anonymous; }
    public boolean publishConsent() { return publishConsent; }
    public ContentKind kind() { return kind; }
    public CaseStatus status() { return status; }
    public String categoryCode() { return categoryCode; }
    public UUID placeUnitId() { return placeUnitId; }
    public String placeText() { return placeText; }
    public Signatories signatories() { return signatories; }
    public int signatoryCount() { return signatoryCount; }
    public UnitId handlingUnit() { return handlingUnit; }
    public UUID assigneeId() { return assigneeId; }
    public String assigneeName() { return assigneeName; }
    public Eligibility eligibility() { return eligibility; }
    public String ineligibleReason() { return ineligibleReason; }
    public Competence competence() { return competence; }
    public DecisionKind outcome() { return outcome; }
    public boolean repeated() { return repeated; }
    public boolean guidedBefore() { return guidedBefore; }
    public UUID groupId() { return groupId; }
    public Decision pending() { return pending; }
    public CaseStatus pendingFrom() { return pendingFrom; }
    public String forwardedTo() { return forwardedTo; }
    public String answer() { return answer; }
    public LocalDate answeredOn() { return answeredOn; }
    public LocalDate publishedOn() { return publishedOn; }
    public Integer rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public LocalDate dueOn() { return dueOn; }
    public String dueRule() { return dueRule; }
    public WatchState watch() { return watch; }
    public LocalDate retainUntil() { return retainUntil; }
    public LocalDate closedOn() { return closedOn; }
    public LocalDate takenUpOn() { return takenUpOn; }
    public int version() { return version; }
    public java.util.Set<UnitId> pastUnits() { return java.util.Set.copyOf(pastUnits); }
    public Proceeding proceeding() { return proceeding; }
    public ProceedingAct pendingAct() { return pendingAct; }

    /**
     * The steps of the procedure that can be taken on {@code today}: none while a proposal waits for its signature;
     * a second complaint only after the first decision, or once the first-instance deadline has passed unanswered
     * (Luật Khiếu nại 2011, Điều 33; the windows themselves are checked when it is recorded).
     */
    public java.util.Set<ProceedingActKind> proceedingOptions(LocalDate today) {
        if (proceeding == null || pendingAct != null || status == CaseStatus.AWAITING_APPROVAL) {
            return java.util.Set.of();
        }
        java.util.EnumSet<ProceedingActKind> open = java.util.EnumSet.noneOf(ProceedingActKind.class);
        open.addAll(proceeding.options());
        ProceedingStage stage = proceeding.stage();
        boolean decided = stage == ProceedingStage.DECIDED || stage == ProceedingStage.SENT;
        if (!decided && (dueOn == null || !today.isAfter(dueOn))) {
            open.remove(ProceedingActKind.APPEAL);
        }
        return open;
    }
}
