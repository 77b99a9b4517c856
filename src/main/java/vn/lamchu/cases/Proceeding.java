package vn.lamchu.cases;

import static vn.lamchu.cases.ProceedingAct.yes;
import static vn.lamchu.cases.ProceedingActKind.*;
import static vn.lamchu.cases.ProceedingStage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.lamchu.cases.ProceedingGrounds.ComplaintRefusal;
import vn.lamchu.cases.ProceedingGrounds.ComplaintResult;
import vn.lamchu.cases.ProceedingGrounds.DenunciationRefusal;
import vn.lamchu.cases.ProceedingGrounds.DenunciationResult;
import vn.lamchu.cases.ProceedingGrounds.NotProcessed;
import vn.lamchu.cases.ProceedingGrounds.Termination;
import vn.lamchu.rules.VariantFlag;
import vn.lamchu.shared.DomainException;

/**
 * The legal procedure of a complaint or a denunciation once its letter is proposed for acceptance: the state machines of
 * RULEBOOK §15.2 "Complaint" and "Denunciation". Each step checks the stage and what the law requires before it
 * (a verification before a decision, a dialogue when the request and the findings differ, the extensions a complexity
 * allows, the windows for a second complaint) and refuses anything else with a 409. It is kept with the case as JSON.
 *
 * <p>Complaints (Luật Khiếu nại 2011): acceptance or refusal on a ground of Điều 11 (Điều 27, 36), time limit to complain
 * (Điều 9, 48), verification (Điều 29, 38), dialogue (Điều 30, 39: required in first instance when the request and the
 * findings differ, always in second instance), decision (Điều 31, 40), sending (Điều 32, 41), second complaint within
 * the window or after the deadline lapsed (Điều 7, 33), finality (Điều 44), enforcement, publication of second-instance
 * decisions (Điều 41 khoản 2), withdrawal (Điều 10), suspension and termination (Điều 11a, Luật số 136/2025/QH15).
 *
 * <p>Denunciations (Luật Tố cáo 2018): initial processing (Điều 24), not processed (Điều 24 khoản 3, Điều 25, with the
 * optional management check), acceptance or refusal (Điều 29), notices (Điều 29 khoản 3), verification, extensions by
 * complexity (Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3), conclusion (Điều 35), action (Điều 36), publication (Điều 40),
 * suspension and termination (Điều 34), withdrawal (Điều 33), further denunciation and re-resolution (Điều 37).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Proceeding {

    /** A closed period during which the clock stopped. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** What the first instance decided, kept when a second complaint or a re-resolution starts. */
    public record Earlier(int instance, String result, LocalDate decidedOn, String text, UUID unitId) {
    }

    ProceedingKind kind;
    ProceedingStage stage;
    ProceedingStage resumeStage;
    int instance = 1;
    LocalDate instanceReceivedOn;
    boolean discipline;
    boolean dismissal;
    boolean complex;
    boolean veryComplex;
    boolean remote;
    boolean severalPlaces;
    String complexityReason;
    LocalDate knownOn;
    LocalDate acceptedOn;
    String refusalGround;
    String findings;
    Boolean matchesRequest;
    LocalDate verifiedOn;
    boolean dialogueRequired;
    LocalDate dialogueOn;
    String dialoguePlace;
    LocalDate dialogueNotifiedOn;
    LocalDate dialogueHeldOn;
    String dialogueResult;
    String result;
    String decisionText;
    LocalDate decidedOn;
    LocalDate sentOn;
    LocalDate notifiedOn;
    int extensions;
    LocalDate suspendedOn;
    List<Period> suspensions = new ArrayList<>();
    LocalDate withdrawnOn;
    String terminationGround;
    LocalDate terminatedOn;
    String notProcessedGround;
    boolean managementCheck;
    String checkResult;
    LocalDate actedOn;
    String actionText;
    LocalDate publishedOn;
    String publicationForm;
    LocalDate appealedOn;
    LocalDate finalOn;
    LocalDate enforcedOn;
    LocalDate furtherOn;
    LocalDate closedOn;
    List<Earlier> earlier = new ArrayList<>();

    Proceeding() {
        // for JSON
    }

    /** Starts the procedure when the letter is proposed for acceptance. */
    static Proceeding start(ProceedingKind kind, LocalDate receivedOn) {
        Proceeding p = new Proceeding();
        p.kind = kind;
        p.stage = kind == ProceedingKind.COMPLAINT ? AWAITING_ACCEPTANCE : INITIAL_PROCESSING;
        p.instanceReceivedOn = receivedOn;
        return p;
    }

    /** Which steps the law opens in the current stage (the office shows only these). */
    public Set<ProceedingActKind> options() {
        EnumSet<ProceedingActKind> open = EnumSet.noneOf(ProceedingActKind.class);
        for (ProceedingActKind k : ProceedingActKind.values()) {
            if (k.appliesTo(kind) && allowedIn(k)) {
                open.add(k);
            }
        }
        return open;
    }

    private boolean allowedIn(ProceedingActKind k) {
        boolean active = stage == VERIFYING || stage == DIALOGUE || stage == VERIFIED;
        return switch (k) {
            case KN_ACCEPT, KN_REFUSE -> stage == AWAITING_ACCEPTANCE;
            case TC_ACCEPT, TC_REFUSE, NOT_PROCESS -> stage == INITIAL_PROCESSING;
            case FINISH_CHECK -> stage == MANAGEMENT_CHECK;
            case VERIFY -> stage == VERIFYING || stage == VERIFIED && kind == ProceedingKind.DENUNCIATION;
            case SCHEDULE_DIALOGUE -> stage == DIALOGUE || stage == VERIFYING && instance == 2;
            case HOLD_DIALOGUE -> stage == DIALOGUE && dialogueOn != null;
            case KN_DECIDE, CONCLUDE -> stage == VERIFIED;
            case SEND_DECISION -> stage == DECIDED || stage == CONCLUDED && sentOn == null;
            case APPEAL -> instance == 1 && (stage == SENT || stage == DECIDED || active);
            case LAWSUIT -> stage == SENT || stage == DECIDED || stage == FINAL || active;
            case BECOME_FINAL -> stage == SENT;
            case ENFORCE -> stage == FINAL;
            case NOTIFY -> (stage == VERIFYING || stage == VERIFIED) && notifiedOn == null;
            case EXTEND -> active;
            case ACT_ON_CONCLUSION -> stage == CONCLUDED && actedOn == null;
            case PUBLISH_DECISION -> publishedOn == null && (kind == ProceedingKind.DENUNCIATION
                    ? stage == CONCLUDED
                    : instance == 2 && (stage == SENT || stage == FINAL || stage == ENFORCED));
            case FURTHER -> stage == RESOLVED;
            case REFUSE_RE_RESOLUTION, RE_RESOLVE -> stage == FURTHER_REVIEW;
            case SET_COMPLEXITY -> stage == AWAITING_ACCEPTANCE || stage == INITIAL_PROCESSING || active;
            case SUSPEND, WITHDRAW -> active || stage == AWAITING_ACCEPTANCE || stage == INITIAL_PROCESSING;
            case RESUME -> stage == SUSPENDED;
            case TERMINATE -> active || stage == SUSPENDED || stage == AWAITING_ACCEPTANCE
                    || stage == INITIAL_PROCESSING;
        };
    }

    /**
     * Takes a step.
     *
     * @param signatories whether the letter is signed by one or more people or anonymous (Luật Tố cáo 2018, Điều 25)
     * @return the unit the case moves to (a second complaint, a further denunciation), or null
     * @throws DomainException 409 when the stage does not admit the step or the law forbids it now; 400 for a missing field
     */
    UUID apply(ProceedingAct act, Signatories signatories, ProceedingContext ctx) {
        ProceedingActKind k = act.kind();
        if (!k.appliesTo(kind)) {
            throw DomainException.conflict("cases.proceeding.error.wrongKind", k.name(), kind.name());
        }
        if (!allowedIn(k)) {
            throw DomainException.conflict("cases.proceeding.error.illegalStep", k.name(), stage.name());
        }
        LocalDate today = ctx.today();
        switch (k) {
            case KN_ACCEPT -> acceptComplaint(act, ctx);
            case KN_REFUSE -> {
                refusalGround = requireEnum(ComplaintRefusal.class, act.ground()).name();
                close(NOT_ACCEPTED, today);
            }
            case TC_ACCEPT -> {
                // Điều 25 khoản 1: an anonymous or pseudonymous letter is not handled as a denunciation
                if (signatories == Signatories.ANONYMOUS) {
                    throw DomainException.conflict("cases.proceeding.error.anonymousDenunciation");
                }
                applyFlags(act);
                acceptedOn = today;
                stage = VERIFYING;
            }
            case TC_REFUSE -> {
                refusalGround = requireEnum(DenunciationRefusal.class, act.ground()).name();
                close(NOT_ACCEPTED, today);
            }
            case NOT_PROCESS -> {
                NotProcessed ground = requireEnum(NotProcessed.class, act.ground());
                notProcessedGround = ground.name();
                if (yes(act.managementCheck())) {
                    // Điều 25 khoản 2: only information that names a violator with concrete evidence can be checked
                    if (!ground.checkable()) {
                        throw DomainException.conflict("cases.proceeding.error.checkNotAllowed");
                    }
                    requireText(act);
                    managementCheck = true;
                    stage = MANAGEMENT_CHECK;
                } else {
                    close(NOT_PROCESSED, today);
                }
            }
            case FINISH_CHECK -> {
                checkResult = requireText(act);
                close(NOT_PROCESSED, today);
            }
            case VERIFY -> verify(act, today);
            case SCHEDULE_DIALOGUE -> scheduleDialogue(act, ctx);
            case HOLD_DIALOGUE -> {
                dialogueResult = requireText(act);
                if (act.attended() == null) {
                    throw DomainException.invalid("cases.proceeding.error.attended");
                }
                if (today.isBefore(dialogueOn)) {
                    throw DomainException.conflict("cases.proceeding.error.dialogueNotYet");
                }
                dialogueHeldOn = today;
                stage = VERIFIED;
            }
            case KN_DECIDE -> {
                result = requireEnum(ComplaintResult.class, act.result()).name();
                decisionText = requireText(act);
                decidedOn = today;
                stage = DECIDED;
            }
            case CONCLUDE -> {
                result = requireEnum(DenunciationResult.class, act.result()).name();
                decisionText = requireText(act);
                decidedOn = today;
                stage = CONCLUDED;
            }
            case SEND_DECISION -> {
                sentOn = today;
                if (kind == ProceedingKind.COMPLAINT) {
                    stage = SENT;
                } else {
                    finishConclusion(today);
                }
            }
            case APPEAL -> {
                return appeal(act, ctx);
            }
            case LAWSUIT -> close(ProceedingStage.LAWSUIT, today);
            case BECOME_FINAL -> {
                LocalDate appealEnds = ctx.due(CaseDeadlines.KN_FINAL, decidedOn, remote ? Set.of(VariantFlag.REMOTE) : Set.of());
                // Điều 44: final when the time for a second complaint or a lawsuit has passed
                if (!today.isAfter(appealEnds)) {
                    throw DomainException.conflict("cases.proceeding.error.notFinalYet", vn.lamchu.rules.DateText.of(appealEnds));
                }
                finalOn = today;
                stage = FINAL;
            }
            case ENFORCE -> {
                actionText = requireText(act);
                enforcedOn = today;
                close(ENFORCED, today);
            }
            case NOTIFY -> notifiedOn = today;
            case EXTEND -> extend(ctx);
            case ACT_ON_CONCLUSION -> {
                actionText = requireText(act);
                actedOn = today;
                finishConclusion(today);
            }
            case PUBLISH_DECISION -> {
                if (act.place() == null) {
                    throw DomainException.invalid("cases.proceeding.error.publicationForm");
                }
                publicationForm = act.place();
                publishedOn = today;
                if (kind == ProceedingKind.DENUNCIATION) {
                    finishConclusion(today);
                }
            }
            case FURTHER -> {
                requireText(act);
                return further(act, today);
            }
            case REFUSE_RE_RESOLUTION -> {
                requireText(act);
                close(RESOLVED, today);
            }
            case RE_RESOLVE -> {
                requireText(act);
                keepEarlier(null);
                instance = 2;
                acceptedOn = today;
                extensions = 0;
                suspensions = new ArrayList<>();
                resetResolution();
                stage = VERIFYING;
            }
            case SET_COMPLEXITY -> {
                complexityReason = requireText(act);
                applyFlags(act);
            }
            case SUSPEND -> {
                requireText(act);
                resumeStage = stage;
                suspendedOn = today;
                stage = SUSPENDED;
            }
            case RESUME -> {
                requireText(act);
                // Luật Tố cáo 2018, Điều 34 khoản 2: the suspended time is not counted
                suspensions.add(new Period(suspendedOn, today.minusDays(1).isBefore(suspendedOn) ? suspendedOn : today.minusDays(1)));
                stage = resumeStage;
                resumeStage = null;
                suspendedOn = null;
            }
            case WITHDRAW -> {
                if (withdrawnOn != null) {
                    throw DomainException.conflict("cases.proceeding.error.alreadyWithdrawn");
                }
                withdrawnOn = today;
            }
            case TERMINATE -> terminate(act, today);
        }
        return null;
    }

    private void acceptComplaint(ProceedingAct act, ProceedingContext ctx) {
        discipline = yes(act.discipline()) || discipline;
        dismissal = discipline && (yes(act.dismissal()) || dismissal);
        applyFlags(act);
        if (act.date() != null) {
            knownOn = act.date();
            if (knownOn.isAfter(instanceReceivedOn)) {
                throw DomainException.invalid("cases.proceeding.error.knownAfterReceipt");
            }
            // Luật Khiếu nại 2011, Điều 9 (90 days) and Điều 48 (15 / 10 / 30 days for discipline): a complaint
            // after the time limit is not accepted (Điều 11 khoản 6) unless an objective obstacle stopped the clock
            String rule = discipline ? CaseDeadlines.KN_DISC : CaseDeadlines.KN_LIMIT;
            Set<VariantFlag> flags = discipline && instance == 2
                    ? (dismissal ? Set.of(VariantFlag.SECOND, VariantFlag.DISMISSAL) : Set.of(VariantFlag.SECOND))
                    : Set.of();
            LocalDate limit = ctx.due(rule, knownOn, flags);
            if (instanceReceivedOn.isAfter(limit) && act.obstacle() == null) {
                throw DomainException.conflict("cases.proceeding.error.limitExpired", vn.lamchu.rules.DateText.of(limit));
            }
        }
        acceptedOn = ctx.today();
        stage = VERIFYING;
    }

    private void verify(ProceedingAct act, LocalDate today) {
        findings = requireText(act);
        verifiedOn = today;
        if (kind == ProceedingKind.DENUNCIATION) {
            stage = VERIFIED;
            return;
        }
        if (act.matchesRequest() == null) {
            throw DomainException.invalid("cases.proceeding.error.matchesRequest");
        }
        matchesRequest = act.matchesRequest();
        // Điều 30 khoản 1: first instance, dialogue when the request and the findings differ; Điều 39 khoản 1 (and
        // Nghị định 155/2026/NĐ-CP, Điều 28 khoản 2 [U]): second instance, always
        dialogueRequired = instance == 2 || !matchesRequest;
        stage = dialogueRequired && dialogueHeldOn == null ? DIALOGUE : VERIFIED;
    }

    private void scheduleDialogue(ProceedingAct act, ProceedingContext ctx) {
        if (act.date() == null) {
            throw DomainException.invalid("cases.proceeding.error.dialogueDate");
        }
        if (act.place() == null) {
            throw DomainException.invalid("cases.proceeding.error.dialoguePlace");
        }
        // Nghị định 155/2026/NĐ-CP, Điều 28 [U]: the parties are told at least 5 days before (rule KN-dialogue)
        LocalDate latestNotice = ctx.due(CaseDeadlines.KN_DIALOGUE, act.date(), Set.of());
        if (ctx.today().isAfter(latestNotice)) {
            throw DomainException.conflict("cases.proceeding.error.dialogueNotice", vn.lamchu.rules.DateText.of(latestNotice));
        }
        dialogueOn = act.date();
        dialoguePlace = act.place();
        dialogueNotifiedOn = ctx.today();
        if (stage == VERIFYING) {
            dialogueRequired = true;
        }
    }

    private UUID appeal(ProceedingAct act, ProceedingContext ctx) {
        LocalDate today = ctx.today();
        boolean lapsed = stage == VERIFYING || stage == DIALOGUE || stage == VERIFIED;
        if (lapsed) {
            // Điều 33 khoản 1: a second complaint when the first-instance deadline passed unanswered
            if (ctx.currentDue() == null || !today.isAfter(ctx.currentDue())) {
                throw DomainException.conflict("cases.proceeding.error.appealTooEarly");
            }
        } else {
            LocalDate from = sentOn != null ? sentOn : decidedOn;
            String rule = discipline ? CaseDeadlines.KN_DISC : CaseDeadlines.KN_APPEAL;
            Set<VariantFlag> flags = discipline
                    ? (dismissal ? Set.of(VariantFlag.SECOND, VariantFlag.DISMISSAL) : Set.of(VariantFlag.SECOND))
                    : remote ? Set.of(VariantFlag.REMOTE) : Set.of();
            LocalDate window = ctx.due(rule, from, flags);
            if (today.isAfter(window)) {
                throw DomainException.conflict("cases.proceeding.error.appealTooLate", vn.lamchu.rules.DateText.of(window));
            }
        }
        if (act.targetUnitId() == null) {
            throw DomainException.invalid("cases.proceeding.error.target");
        }
        appealedOn = today;
        keepEarlier(null);
        instance = 2;
        instanceReceivedOn = today;
        acceptedOn = null;
        extensions = 0;
        suspensions = new ArrayList<>();
        resetResolution();
        stage = AWAITING_ACCEPTANCE;
        return act.targetUnitId();
    }

    private UUID further(ProceedingAct act, LocalDate today) {
        if (act.targetUnitId() == null) {
            throw DomainException.invalid("cases.proceeding.error.target");
        }
        furtherOn = today;
        closedOn = null;
        stage = FURTHER_REVIEW;
        return act.targetUnitId();
    }

    private void extend(ProceedingContext ctx) {
        // Luật Tố cáo 2018, Điều 30 khoản 1: complex once, very complex twice, 30 days each (Nghị định 31/2019/NĐ-CP, Điều 3)
        int allowed = veryComplex ? 2 : complex ? 1 : 0;
        if (allowed == 0) {
            throw DomainException.conflict("cases.proceeding.error.extendNotComplex");
        }
        if (extensions >= allowed) {
            throw DomainException.conflict("cases.proceeding.error.extendNoMore", allowed);
        }
        if (ctx.currentDue() != null && ctx.today().isAfter(ctx.currentDue())) {
            throw DomainException.conflict("cases.proceeding.error.extendLate", vn.lamchu.rules.DateText.of(ctx.currentDue()));
        }
        extensions++;
    }

    private void terminate(ProceedingAct act, LocalDate today) {
        Termination ground = requireEnum(Termination.class, act.ground());
        if (!ground.appliesTo(kind)) {
            throw DomainException.conflict("cases.proceeding.error.groundNotForKind");
        }
        requireText(act);
        if (ground == Termination.WITHDRAWN && withdrawnOn == null) {
            throw DomainException.conflict("cases.proceeding.error.notWithdrawn");
        }
        terminationGround = ground.name();
        terminatedOn = today;
        close(TERMINATED, today);
    }

    /** A conclusion is done when it was sent, acted on and published (Luật Tố cáo 2018, Điều 35, 36, 40). */
    private void finishConclusion(LocalDate today) {
        if (sentOn != null && actedOn != null && publishedOn != null) {
            close(RESOLVED, today);
        }
    }

    private void applyFlags(ProceedingAct act) {
        if (act.complex() != null) {
            complex = act.complex();
        }
        if (act.veryComplex() != null) {
            veryComplex = act.veryComplex();
        }
        if (veryComplex) {
            complex = true;
        }
        if (act.remote() != null) {
            remote = act.remote();
        }
        if (act.severalPlaces() != null) {
            severalPlaces = act.severalPlaces();
        }
        if (extensions > (veryComplex ? 2 : complex ? 1 : 0)) {
            throw DomainException.conflict("cases.proceeding.error.extensionsExceed");
        }
    }

    private void keepEarlier(UUID unit) {
        if (result != null) {
            earlier.add(new Earlier(instance, result, decidedOn, decisionText, unit));
        }
    }

    private void resetResolution() {
        findings = null;
        matchesRequest = null;
        verifiedOn = null;
        dialogueRequired = false;
        dialogueOn = null;
        dialoguePlace = null;
        dialogueNotifiedOn = null;
        dialogueHeldOn = null;
        dialogueResult = null;
        result = null;
        decisionText = null;
        decidedOn = null;
        sentOn = null;
        notifiedOn = null;
        actedOn = null;
        actionText = null;
        publishedOn = null;
        publicationForm = null;
        finalOn = null;
        closedOn = null;
    }

    private void close(ProceedingStage closing, LocalDate today) {
        stage = closing;
        closedOn = today;
    }

    private static String requireText(ProceedingAct act) {
        if (act.text() == null) {
            throw DomainException.invalid("cases.proceeding.error.text." + act.kind().name());
        }
        return act.text();
    }

    private static <E extends Enum<E>> E requireEnum(Class<E> type, String name) {
        if (name != null) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(name)) {
                    return value;
                }
            }
        }
        throw DomainException.invalid("cases.proceeding.error." + type.getSimpleName());
    }

    /** The variant flags of the resolution deadline. */
    Set<VariantFlag> resolutionFlags() {
        EnumSet<VariantFlag> flags = EnumSet.noneOf(VariantFlag.class);
        if (kind == ProceedingKind.DENUNCIATION) {
            if (veryComplex) {
                flags.add(VariantFlag.VERY_COMPLEX);
            } else if (complex) {
                flags.add(VariantFlag.COMPLEX);
            }
            return flags;
        }
        if (complex) {
            flags.add(VariantFlag.COMPLEX);
        }
        if (remote && !discipline) {
            flags.add(VariantFlag.REMOTE);
        }
        return flags;
    }

    // ---- read access -------------------------------------------------------------------------------------------

    public ProceedingKind kind() { return kind; }
    public ProceedingStage stage() { return stage; }
    public ProceedingStage resumeStage() { return resumeStage; }
    public int instance() { return instance; }
    public LocalDate instanceReceivedOn() { return instanceReceivedOn; }
    public boolean discipline() { return discipline; }
    public boolean dismissal() { return dismissal; }
    public boolean complex() { return complex; }
    public boolean veryComplex() { return veryComplex; }
    public boolean remote() { return remote; }
    public boolean severalPlaces() { return severalPlaces; }
    public String complexityReason() { return complexityReason; }
    public LocalDate knownOn() { return knownOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public String refusalGround() { return refusalGround; }
    public String findings() { return findings; }
    public Boolean matchesRequest() { return matchesRequest; }
    public LocalDate verifiedOn() { return verifiedOn; }
    public boolean dialogueRequired() { return dialogueRequired; }
    public LocalDate dialogueOn() { return dialogueOn; }
    public String dialoguePlace() { return dialoguePlace; }
    public LocalDate dialogueHeldOn() { return dialogueHeldOn; }
    public String dialogueResult() { return dialogueResult; }
    public String result() { return result; }
    public String decisionText() { return decisionText; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate sentOn() { return sentOn; }
    public LocalDate notifiedOn() { return notifiedOn; }
    public int extensions() { return extensions; }
    public LocalDate suspendedOn() { return suspendedOn; }
    public List<Period> suspensions() { return List.copyOf(suspensions); }
    public LocalDate withdrawnOn() { return withdrawnOn; }
    public String terminationGround() { return terminationGround; }
    public String notProcessedGround() { return notProcessedGround; }
    public boolean managementCheck() { return managementCheck; }
    public String checkResult() { return checkResult; }
    public LocalDate actedOn() { return actedOn; }
    public String actionText() { return actionText; }
    public LocalDate publishedOn() { return publishedOn; }
    public String publicationForm() { return publicationForm; }
    public LocalDate appealedOn() { return appealedOn; }
    public LocalDate finalOn() { return finalOn; }
    public LocalDate furtherOn() { return furtherOn; }
    public LocalDate closedOn() { return closedOn; }
    public List<Earlier> earlier() { return List.copyOf(earlier); }
}
