package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lamchu.shared.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseEvents.CaseStepTaken;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.org.Unit;
import vn.lamchu.shared.UnitId;

/**
 * Every office step on a case, and the citizen's rating. Each step loads the case (locked), checks the actor's scope
 * (a case outside it is 404) and permission, runs the aggregate's method (which checks the state), recomputes the
 * deadline, stores the case with its new timeline entries, issues the step's document, writes the audit log, leaves
 * notices in the office and publishes an event, all in one transaction.
 */
@Service
@Transactional
public class CaseHandling {

    private final CaseStore store;
    private final CaseDeadlines deadlines;
    private final CaseCategories categories;
    private final CaseDocuments documents;
    private final CaseNotices notices;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final SecretBox box;
    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ProceedingDocuments proceedingDocuments;
    private final SuperiorBodies superiors;
    private final Clock clock;
    private final ConflictOfInterest conflicts;

    CaseHandling(CaseStore store, CaseDeadlines deadlines, CaseCategories categories, CaseDocuments documents,
                 CaseNotices notices, AuditLog audit, CurrentActor currentActor, ApplicationEventPublisher events,
                 SecretBox box, JdbcClient jdbc, StaffDirectory staff, ProceedingDocuments proceedingDocuments,
                 SuperiorBodies superiors, Clock clock, ConflictOfInterest conflicts) {
        this.proceedingDocuments = proceedingDocuments;
        this.superiors = superiors;
        this.store = store;
        this.deadlines = deadlines;
        this.categories = categories;
        this.documents = documents;
        this.notices = notices;
        this.audit = audit;
        this.currentActor = currentActor;
        this.events = events;
        this.box = box;
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /** Classifies a letter (CASE_HANDLE). */
    public CitizenCase classify(CaseId id, Integer expectedVersion, Classification classification) {
        Actor actor = require(Permission.CASE_HANDLE);
        if (classification.categoryCode() != null
                && categories.find(actor.tenantId(), classification.categoryCode()).isEmpty()) {
            throw DomainException.invalid("cases.error.category", classification.categoryCode());
        }
        return step(actor, id, expectedVersion, "classify", c -> c.classify(classification, now(), StepActor.of(actor)),
                Map.of("kind", classification.kind().name(), "eligibility", classification.eligibility().name(),
                        "competence", classification.competence().name()));
    }

    /**
     * Assigns the case to an officer of its unit, or back to the unit's pool (null). An officer may take a case
     * himself; assigning someone else is a leader's act (CASE_APPROVE).
     */
    public CitizenCase assign(CaseId id, Integer expectedVersion, UUID accountId, String reason) {
        Actor actor = require(Permission.CASE_HANDLE);
        boolean self = actor.accountId().equals(accountId);
        if (!self && !actor.can(Permission.CASE_APPROVE)) {
            throw new AccessDeniedException("CASE_APPROVE");
        }
        String name = accountId == null ? null : officerName(actor.tenantId(), accountId);
        CitizenCase c = step(actor, id, expectedVersion, "assign",
                x -> {
                    if (accountId != null) {
                        checkOfficerOfUnit(x, accountId);
                    }
                    x.assign(accountId, name, reason, now(), StepActor.of(actor));
                },
                accountId == null ? Map.of("assignee", "") : Map.of("assignee", accountId.toString()));
        if (accountId != null && !self) {
            notices.toAccount(c, accountId, CaseNotices.Kind.ASSIGNED);
        }
        return c;
    }

    /** The officer proposes a decision; it waits for the leader's signature (CASE_HANDLE). */
    public CitizenCase propose(CaseId id, Integer expectedVersion, Decision decision) {
        Actor actor = require(Permission.CASE_HANDLE);
        Decision named = checkTarget(actor, decision);
        CitizenCase c = step(actor, id, expectedVersion, "propose",
                x -> x.propose(named, now(), StepActor.of(actor)), Map.of("decision", named.kind().name()));
        notices.toLeaders(c, CaseNotices.Kind.AWAITING_APPROVAL);
        return c;
    }

    /** The leader signs the pending proposal (CASE_APPROVE); its document is issued. */
    public CitizenCase approve(CaseId id, Integer expectedVersion) {
        Actor actor = require(Permission.CASE_APPROVE);
        if (store.find(actor.tenantId(), id).map(x -> x.pendingAct != null).orElse(false)) {
            return approveAct(actor, id, expectedVersion);
        }
        Decision[] taken = new Decision[1];
        CitizenCase c = step(actor, id, expectedVersion, "approve",
                x -> taken[0] = x.approve(today(), now(), StepActor.of(actor)), Map.of());
        afterDecision(actor, c, taken[0]);
        return c;
    }

    /** The leader sends the proposal back to the officer with a reason (CASE_APPROVE). */
    public CitizenCase sendBack(CaseId id, Integer expectedVersion, String reason) {
        Actor actor = require(Permission.CASE_APPROVE);
        CitizenCase c = step(actor, id, expectedVersion, "send_back", x -> x.sendBack(reason, now(), StepActor.of(actor)),
                Map.of());
        if (c.assigneeId != null) {
            notices.toAccount(c, c.assigneeId, CaseNotices.Kind.ASSIGNED);
        }
        return c;
    }

    /** The leader decides and signs directly (CASE_APPROVE). */
    public CitizenCase decide(CaseId id, Integer expectedVersion, Decision decision) {
        Actor actor = require(Permission.CASE_APPROVE);
        Decision named = checkTarget(actor, decision);
        CitizenCase c = step(actor, id, expectedVersion, decision.kind().name().toLowerCase(java.util.Locale.ROOT),
                x -> x.decide(named, today(), now(), StepActor.of(actor)), Map.of("decision", named.kind().name()));
        afterDecision(actor, c, named);
        return c;
    }

    /** Publishes an answer (CASE_APPROVE): with the sender's consent or where the law requires it. */
    public CitizenCase publish(CaseId id, Integer expectedVersion) {
        Actor actor = require(Permission.CASE_APPROVE);
        return step(actor, id, expectedVersion, "publish",
                x -> x.publish(requiredByLaw(x), today(), now(), StepActor.of(actor)), Map.of());
    }

    /** After a poor rating, the leader stands by the answer (CASE_APPROVE). */
    public CitizenCase confirmAnswer(CaseId id, Integer expectedVersion, String reason) {
        Actor actor = require(Permission.CASE_APPROVE);
        return step(actor, id, expectedVersion, "confirm_answer",
                x -> x.confirmAnswer(reason, today(), now(), StepActor.of(actor)), Map.of());
    }

    /** After a poor rating, the leader has the case answered anew (CASE_APPROVE). */
    public CitizenCase reopen(CaseId id, Integer expectedVersion, String reason) {
        Actor actor = require(Permission.CASE_APPROVE);
        CitizenCase c = step(actor, id, expectedVersion, "reopen", x -> x.reopen(reason, today(), now(),
                StepActor.of(actor)), Map.of());
        if (c.assigneeId != null) {
            notices.toAccount(c, c.assigneeId, CaseNotices.Kind.ASSIGNED);
        }
        return c;
    }

    /**
     * Links duplicates into a group handled once: the lead is handled, the others follow it and every sender gets its
     * answer (CASE_HANDLE). All cases must be in the actor's scope and open.
     */
    public CitizenCase group(CaseId leadId, List<CaseId> memberIds) {
        Actor actor = require(Permission.CASE_HANDLE);
        if (memberIds == null || memberIds.isEmpty() || memberIds.contains(leadId)) {
            throw DomainException.invalid("cases.error.groupMembers");
        }
        TenantId tenant = actor.tenantId();
        CitizenCase lead = load(actor, leadId);
        UUID group = lead.groupId;
        if (group == null) {
            group = Ids.newId(clock);
            jdbc.sql("insert into case_group (tenant_id, id, lead_case_id, created_at, created_by) values (?, ?, ?, ?, ?)")
                    .params(tenant.value(), group, lead.id.value(), Timestamp.from(now()), actor.username()).update();
            lead.leadGroup(group);
            store.update(lead, now());
        }
        for (CaseId memberId : new ArrayList<>(memberIds)) {
            CitizenCase member = load(actor, memberId);
            if (group.equals(member.groupId)) {
                continue;
            }
            member.joinGroup(group, lead, now(), StepActor.of(actor));
            deadlines.recompute(member, null);
            store.update(member, now());
            audit.recordChange(tenant, "case", member.id.toString(), "group", null,
                    Map.of("lead", lead.number, "group", group.toString()));
            events.publishEvent(new CaseStepTaken(tenant, member.id, CaseAction.GROUP, member.status, member.handlingUnit));
        }
        return lead;
    }

    /**
     * The citizen rates the answer by receipt code. A poor rating sends the case back to the unit's leader.
     *
     * @throws NotFoundException if no case has this code
     */
    public CitizenCase rate(TenantId tenant, ReceiptCode code, int stars, String comment) {
        CitizenCase c = store.findByReceipt(tenant, code.hash(box)).orElseThrow(() -> new NotFoundException("case", "?"));
        c = store.findForUpdate(tenant, c.id).orElseThrow();
        c.rate(stars, comment, now());
        deadlines.recompute(c, categories.find(tenant, c.categoryCode).orElse(null));
        store.update(c, now());
        audit.recordChange(tenant, "case", c.id.toString(), "rate", null, Map.of("stars", stars));
        if (c.status == CaseStatus.REVIEW_REQUESTED) {
            notices.toLeaders(c, CaseNotices.Kind.RATED_POOR);
        }
        events.publishEvent(new CaseStepTaken(tenant, c.id, CaseAction.RATE, c.status, c.handlingUnit));
        return c;
    }

    /**
     * Moves every open case of an officer (who left or moved) back to the pool of its unit, or to another officer of
     * the same unit; returns how many moved (CASE_APPROVE). Nothing is left assigned to someone who cannot act.
     */
    public int reassignAll(UUID fromAccount, UUID toAccount, String reason) {
        Actor actor = require(Permission.CASE_APPROVE);
        List<UUID> ids = jdbc.sql("""
                        select id from citizen_case where tenant_id = ? and assignee_id = ? and closed_on is null
                        order by received_at""")
                .params(actor.tenantId().value(), fromAccount).query(UUID.class).list();
        int moved = 0;
        for (UUID id : ids) {
            CitizenCase c = store.findForUpdate(actor.tenantId(), new CaseId(id)).orElseThrow();
            if (!currentActor.canSee(actor.tenantId(), c.handlingUnit)) {
                continue;
            }
            String name = toAccount == null ? null : officerName(actor.tenantId(), toAccount);
            if (toAccount != null) {
                checkOfficerOfUnit(c, toAccount);
            }
            c.assign(toAccount, name, reason, now(), StepActor.of(actor));
            store.update(c, now());
            audit.recordChange(actor.tenantId(), "case", id.toString(), "reassign", reason,
                    Map.of("from", fromAccount.toString(), "to", toAccount == null ? "" : toAccount.toString()));
            moved++;
        }
        return moved;
    }

    /**
     * Moves the open cases of a unit that ended (merged, abolished) to its successor: used by the reorganisation
     * listener and by administrators. Runs as the system when nobody is signed in.
     */
    public int moveOpenCases(TenantId tenant, UnitId from, UnitId to, String reason) {
        List<UUID> ids = jdbc.sql("""
                        select id from citizen_case where tenant_id = ? and handling_unit_id = ? and closed_on is null""")
                .params(tenant.value(), from.value()).query(UUID.class).list();
        StepActor by = currentActor.current().map(StepActor::of).orElse(StepActor.SYSTEM);
        int moved = 0;
        for (UUID id : ids) {
            if (moveCase(tenant, new CaseId(id), from, to, reason, by)) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * Moves one case that is still open at {@code from} to {@code to} and tells the leaders of {@code to}; does
     * nothing if someone moved or closed it meanwhile, so that running it again changes nothing.
     */
    boolean moveCase(TenantId tenant, CaseId id, UnitId from, UnitId to, String reason, StepActor by) {
        CitizenCase c = store.findForUpdate(tenant, id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        if (!c.handlingUnit.equals(from) || !c.status.isOpen() || from.equals(to)) {
            return false;
        }
        c.moveTo(to, reason, now(), by);
        store.update(c, now());
        audit.recordChange(tenant, "case", id.toString(), "move_unit", reason,
                Map.of("from", from.toString(), "to", to.toString()));
        notices.toLeadersAnew(c, CaseNotices.Kind.MOVED_IN);
        events.publishEvent(new CaseStepTaken(tenant, c.id, CaseAction.MOVE_UNIT, c.status, to));
        return true;
    }

    /**
     * {@link #reassignAll} to the pool, run by the system when an account left its unit or was disabled (nobody
     * signed in asked for it): every case still open at {@code unit} and assigned to {@code account} goes back to the
     * unit's pool, with a step by "system", and the unit's leaders are told. Running it again changes nothing.
     *
     * @return how many cases went back to the pool
     */
    int returnToPool(TenantId tenant, UUID account, UnitId unit, String reason) {
        List<UUID> ids = jdbc.sql("""
                        select id from citizen_case where tenant_id = ? and assignee_id = ? and handling_unit_id = ?
                          and closed_on is null order by received_at""")
                .params(tenant.value(), account, unit.value()).query(UUID.class).list();
        int returned = 0;
        for (UUID id : ids) {
            CitizenCase c = store.findForUpdate(tenant, new CaseId(id)).orElseThrow();
            if (!account.equals(c.assigneeId) || !c.handlingUnit.equals(unit) || !c.status.isOpen()) {
                continue;
            }
            c.assign(null, null, reason, now(), StepActor.SYSTEM);
            store.update(c, now());
            audit.recordChange(tenant, "case", id.toString(), "reassign", reason,
                    Map.of("from", account.toString(), "to", ""));
            notices.toLeadersAnew(c, CaseNotices.Kind.RETURNED_TO_POOL);
            events.publishEvent(new CaseStepTaken(tenant, c.id, CaseAction.ASSIGN, c.status, c.handlingUnit));
            returned++;
        }
        return returned;
    }

    // ---- complaints and denunciations ---------------------------------------------------------------------------

    /**
     * Takes a step of a complaint or denunciation procedure. A signed step (a notice, decision or conclusion the head
     * signs) needs CASE_APPROVE; any other step CASE_HANDLE. The step's document is issued at once.
     */
    public CitizenCase act(CaseId id, Integer expectedVersion, ProceedingAct act) {
        Actor actor = require(act.kind().signed() ? Permission.CASE_APPROVE : Permission.CASE_HANDLE);
        ProceedingAct targeted = withSuperior(actor, id, act);
        CitizenCase c = step(actor, id, expectedVersion, act.kind().name().toLowerCase(java.util.Locale.ROOT),
                x -> x.act(targeted, context(x), now(), StepActor.of(actor)), actDetails(targeted));
        afterAct(actor, c, targeted);
        return c;
    }

    /** The officer proposes a signed step for the leader (CASE_HANDLE); the unit's leaders are told. */
    public CitizenCase proposeAct(CaseId id, Integer expectedVersion, ProceedingAct act) {
        Actor actor = require(Permission.CASE_HANDLE);
        CitizenCase c = step(actor, id, expectedVersion, "propose",
                x -> x.proposeAct(act, now(), StepActor.of(actor)), Map.of("act", act.kind().name()));
        notices.toLeaders(c, CaseNotices.Kind.AWAITING_APPROVAL);
        return c;
    }

    private CitizenCase approveAct(Actor actor, CaseId id, Integer expectedVersion) {
        ProceedingAct[] taken = new ProceedingAct[1];
        CitizenCase c = step(actor, id, expectedVersion, "approve",
                x -> taken[0] = x.approveAct(context(x), now(), StepActor.of(actor)), Map.of());
        afterAct(actor, c, taken[0]);
        return c;
    }

    /**
     * The step whose documents follow, and the notices: a case moved to a superior unit (second complaint, further
     * denunciation) is announced to that unit's leaders.
     */
    private void afterAct(Actor actor, CitizenCase c, ProceedingAct act) {
        if (act.kind().issuesDocument()) {
            proceedingDocuments.issue(actor, c, act);
        }
        if (act.kind() == ProceedingActKind.APPEAL || act.kind() == ProceedingActKind.FURTHER) {
            notices.toLeadersAnew(c, CaseNotices.Kind.MOVED_IN);
        }
    }

    /** Fills in the superior body a second complaint or a further denunciation goes to when none was named. */
    private ProceedingAct withSuperior(Actor actor, CaseId id, ProceedingAct act) {
        if (act.kind() != ProceedingActKind.APPEAL && act.kind() != ProceedingActKind.FURTHER) {
            return act;
        }
        if (act.targetUnitId() != null) {
            checkTarget(actor, new Decision(DecisionKind.FORWARD, "-", act.targetUnitId(), null));
            return act;
        }
        CitizenCase c = store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        return superiors.of(c.tenant, c.handlingUnit).map(u -> act.withTarget(u.id().value()))
                .orElseThrow(() -> DomainException.invalid("cases.proceeding.error.target"));
    }

    private ProceedingContext context(CitizenCase c) {
        return new ProceedingContext(today(), c.dueOn, deadlines::due);
    }

    private static Map<String, Object> actDetails(ProceedingAct act) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("act", act.kind().name());
        if (act.result() != null) {
            details.put("result", act.result());
        }
        if (act.ground() != null) {
            details.put("ground", act.ground());
        }
        if (act.targetUnitId() != null) {
            details.put("target", act.targetUnitId().toString());
        }
        return details;
    }

    /**
     * A citizen's second complaint by receipt code, on the portal, inside the window of Luật Khiếu nại 2011, Điều 33:
     * the case goes to the superior of the first resolver. Runs without a signed-in actor.
     */
    public CitizenCase appealByCitizen(TenantId tenant, ReceiptCode code, String reason) {
        CitizenCase c = store.findByReceipt(tenant, code.hash(box)).orElseThrow(() -> new NotFoundException("case", "?"));
        c = store.findForUpdate(tenant, c.id).orElseThrow();
        UnitId superior = superiors.of(tenant, c.handlingUnit).map(Unit::id)
                .orElseThrow(() -> DomainException.conflict("cases.proceeding.error.target"));
        ProceedingAct act = ProceedingAct.of(ProceedingActKind.APPEAL, reason).withTarget(superior.value());
        CaseStatus before = c.status;
        c.act(act, context(c), now(), StepActor.PUBLIC);
        deadlines.recompute(c, categories.find(tenant, c.categoryCode).orElse(null));
        store.update(c, now());
        audit.recordChange(tenant, "case", c.id.toString(), "appeal", null,
                Map.of("from", before.name(), "to", c.status.name(), "target", superior.toString()));
        notices.toLeadersAnew(c, CaseNotices.Kind.MOVED_IN);
        events.publishEvent(new CaseStepTaken(tenant, c.id, CaseAction.APPEAL, c.status, c.handlingUnit));
        return c;
    }

    /**
     * A complaint decision that nobody challenged becomes legally effective once the time for a second complaint or a
     * lawsuit has passed (Luật Khiếu nại 2011, Điều 44; rule KN-final, the case's deadline while its decision is
     * sent). Taken by the deadline watch as "system"; idempotent: false when the case no longer waits for it (already
     * final, appealed, taken to court) or when its day has not come.
     */
    public boolean finaliseUnchallenged(TenantId tenant, CaseId id) {
        CitizenCase c = store.findForUpdate(tenant, id).orElse(null);
        if (c == null || c.proceeding == null || c.proceeding.stage() != ProceedingStage.SENT
                || !"KN-final".equals(c.dueRule)) {
            return false;
        }
        CaseStatus before = c.status;
        try {
            c.act(ProceedingAct.of(ProceedingActKind.BECOME_FINAL, null), context(c), now(), StepActor.SYSTEM);
        } catch (DomainException notYet) {
            return false;
        }
        deadlines.recompute(c, categories.find(tenant, c.categoryCode).orElse(null));
        store.update(c, now());
        audit.recordChange(tenant, "case", c.id.toString(), "become_final", null,
                Map.of("from", before.name(), "to", c.status.name(), "by", "deadline watch"));
        events.publishEvent(new CaseStepTaken(tenant, c.id, CaseAction.BECOME_FINAL, c.status, c.handlingUnit));
        return true;
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private CitizenCase step(Actor actor, CaseId id, Integer expectedVersion, String auditAction,
                             Consumer<CitizenCase> change, Map<String, ?> details) {
        CitizenCase c = load(actor, id);
        if (expectedVersion != null && expectedVersion != c.version) {
            throw DomainException.conflict("cases.error.stale");
        }
        CaseStatus before = c.status;
        int stepsBefore = c.lastSeq;
        change.accept(c);
        conflicts.checkStep(c); // never forwarded to the accused's subtree (ConflictOfInterest)
        deadlines.recompute(c, categories.find(actor.tenantId(), c.categoryCode).orElse(null));
        store.update(c, now());
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("from", before.name());
        all.put("to", c.status.name());
        audit.recordChange(actor.tenantId(), "case", c.id.toString(), auditAction, null, all);
        if (c.lastSeq > stepsBefore) {
            events.publishEvent(new CaseStepTaken(actor.tenantId(), c.id, CaseAction.valueOf(
                    auditAction.toUpperCase(java.util.Locale.ROOT)), c.status, c.handlingUnit));
        }
        return c;
    }

    private void afterDecision(Actor actor, CitizenCase c, Decision decision) {
        if (decision.kind().issuesDocument()) {
            documents.issue(actor, c, decision);
        }
        if (c.status == CaseStatus.ANSWERED && c.publishedOn == null && (requiredByLaw(c) || c.publishConsent)) {
            c.publish(requiredByLaw(c), today(), now(), StepActor.of(actor));
            store.update(c, now());
        }
        if (c.groupId != null && c.status.isFinal()) {
            for (CitizenCase member : store.groupMembers(c.tenant, c.groupId)) {
                if (member.id.equals(c.id)) {
                    continue;
                }
                CitizenCase locked = store.findForUpdate(c.tenant, member.id).orElseThrow();
                locked.followLead(c, today(), now());
                deadlines.recompute(locked, null);
                store.update(locked, now());
                audit.recordChange(c.tenant, "case", locked.id.toString(), "follow_lead", null,
                        Map.of("lead", c.number, "to", locked.status.name()));
            }
        }
        if (c.status == CaseStatus.RECEIVED) {
            notices.toLeaders(c, CaseNotices.Kind.ASSIGNED);
        }
    }

    private boolean requiredByLaw(CitizenCase c) {
        return categories.find(c.tenant, c.categoryCode).map(CaseCategory::regulation).orElse(false);
    }

    /**
     * Checks that a unit named as the target exists today, and names it in the decision, so that the timeline (and
     * the sender following the case) says where the letter went.
     */
    private Decision checkTarget(Actor actor, Decision decision) {
        if (decision.targetUnitId() == null) {
            return decision;
        }
        String name = jdbc.sql("select name from org_unit where tenant_id = ? and id = ? and valid_to is null")
                .params(actor.tenantId().value(), decision.targetUnitId()).query(String.class).optional()
                .orElseThrow(() -> DomainException.invalid("cases.error.targetUnit"));
        return new Decision(decision.kind(), decision.text(), decision.targetUnitId(), name);
    }

    private void checkOfficerOfUnit(CitizenCase c, UUID accountId) {
        conflicts.checkAssignee(c, accountId); // never to the accused or a subordinate (ConflictOfInterest)
        boolean officer = staff.find(c.tenant, accountId)
                .filter(m -> m.unitId().equals(c.handlingUnit) && m.can(Permission.CASE_HANDLE)).isPresent();
        if (!officer) {
            throw DomainException.invalid("cases.error.assignee");
        }
    }

    private String officerName(TenantId tenant, UUID accountId) {
        return staff.find(tenant, accountId).map(StaffDirectory.StaffMember::displayName)
                .orElseThrow(() -> DomainException.invalid("cases.error.assignee"));
    }

    private CitizenCase load(Actor actor, CaseId id) {
        CitizenCase c = store.findForUpdate(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case",
                id.toString()));
        currentActor.checkCanSee(actor.tenantId(), c.handlingUnit);
        conflicts.checkNotExcluded(actor, id); // 404 for the accused and subordinates (ConflictOfInterest)
        return c;
    }

    private Actor require(Permission permission) {
        Actor actor = currentActor.require();
        if (!actor.can(permission)) {
            throw new AccessDeniedException(permission.name());
        }
        return actor;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }
}
