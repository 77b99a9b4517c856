package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.identity.StaffDirectory.StaffMember;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Staff record who is denounced on a case, at intake or while classifying (Luật Tố cáo 2018, Điều 23 khoản 1: the
 * letter names the person denounced). Recording computes who is conflicted ({@link ConflictOfInterest}), keeps it with
 * the case, writes the audit log, and, when the case sits in the subtree the accused leads, moves it to the directly
 * superior body ({@link ConflictRouting}); a conflicted assignee gives the case back to the unit's pool.
 */
@Service
@Transactional
public class AccusedPersons {

    static final int TEXT_MAX = 200;

    /** What staff record: an account of the tenant and/or a name and position for someone without one. */
    public record Command(UUID accountId, String name, String position) {
    }

    /** The recording and where the case is now; {@code stillReadable}: whether the recorder may still open it. */
    public record Outcome(AccusedPerson accused, UnitId handlingUnit, String handlingUnitName, boolean moved,
                          boolean stillReadable) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseHandling handling;
    private final CaseQueries queries;
    private final ConflictOfInterest conflicts;
    private final ConflictRouting routing;
    private final StaffDirectory staff;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    AccusedPersons(JdbcClient jdbc, CaseStore store, CaseHandling handling, CaseQueries queries, ConflictOfInterest conflicts,
                   ConflictRouting routing, StaffDirectory staff, OrgDirectory org, AuditLog audit,
                   CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.handling = handling;
        this.queries = queries;
        this.conflicts = conflicts;
        this.routing = routing;
        this.staff = staff;
        this.org = org;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * What the case page shows about the accused: whether the letter is a denunciation, who is recorded, and whether
     * the actor may record or correct it (a denunciation still open, at a unit in the actor's scope).
     */
    public record Section(boolean denunciation, boolean mayRecord, AccusedPerson accused) {
    }

    /**
     * The accused section of a case the actor may read.
     *
     * @throws NotFoundException if the case does not exist, is outside the actor's scope or the actor is conflicted
     */
    @Transactional(readOnly = true)
    public Section section(Actor actor, CaseId id) {
        CitizenCase c = store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        queries.checkCanRead(actor, c);
        boolean denunciation = c.kind == ContentKind.DENUNCIATION || c.kind == ContentKind.MIXED;
        return new Section(denunciation, denunciation && c.status.isOpen() && mayRecord(actor) && queries.actsOn(actor, c),
                conflicts.accused(actor.tenantId(), id).orElse(null));
    }

    /**
     * The accused recorded on a case the actor may read.
     *
     * @throws NotFoundException if the case does not exist, is outside the actor's scope or the actor is conflicted
     */
    @Transactional(readOnly = true)
    public Optional<AccusedPerson> find(Actor actor, CaseId id) {
        return Optional.ofNullable(section(actor, id).accused());
    }

    /** Staff who may record the accused: those who receive or handle letters. */
    public static boolean mayRecord(Actor actor) {
        return actor.can(Permission.CASE_RECEIVE) || actor.can(Permission.CASE_HANDLE);
    }

    /**
     * Records (or corrects) who is denounced on an open denunciation or mixed letter of the actor's unit.
     *
     * @throws NotFoundException if the case is not the actor's to act on, or the actor is conflicted on it
     * @throws DomainException   (invalid) if the letter is no denunciation, nobody is named, the account is unknown or a
     *                           text is too long; (conflict) if the case is closed or no unit of the tenant can handle it
     */
    public Outcome record(CaseId id, Command command) {
        Actor actor = currentActor.require();
        if (!mayRecord(actor)) {
            throw new AccessDeniedException(Permission.CASE_HANDLE.name());
        }
        CitizenCase c = store.findForUpdate(actor.tenantId(), id)
                .orElseThrow(() -> new NotFoundException("case", id.toString()));
        currentActor.checkCanSee(actor.tenantId(), c.handlingUnit);
        conflicts.checkNotExcluded(actor, id);
        if (c.kind != ContentKind.DENUNCIATION && c.kind != ContentKind.MIXED) {
            throw DomainException.invalid("conflict.error.kind");
        }
        if (!c.status.isOpen()) {
            throw DomainException.conflict("conflict.error.closed");
        }
        String name = text(command.name());
        String position = text(command.position());
        StaffMember member = null;
        if (command.accountId() != null) {
            member = staff.find(actor.tenantId(), command.accountId())
                    .orElseThrow(() -> DomainException.invalid("conflict.error.account"));
        } else if (name == null) {
            throw DomainException.invalid("conflict.error.required");
        }
        AccusedPerson.Conflicted conflicted = member == null ? AccusedPerson.Conflicted.NONE
                : conflicts.conflictedBy(actor.tenantId(), member);
        AccusedPerson accused = new AccusedPerson(member == null ? null : member.accountId(),
                member == null ? null : member.displayName(), name, position, member == null ? null : member.unitId(),
                member != null && ConflictOfInterest.leads(member), conflicted, clock.instant(), actor.username());
        UnitId target = routing.awayFrom(actor.tenantId(), c.handlingUnit, conflicted, LegalTime.today(clock))
                .orElseThrow(() -> DomainException.conflict("conflict.error.noUnit"));
        save(actor, id, accused);
        boolean moved = !target.equals(c.handlingUnit);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountId", accused.accountId() == null ? "" : accused.accountId().toString());
        details.put("name", name == null ? "" : name);
        details.put("position", position == null ? "" : position);
        details.put("leading", accused.leading());
        details.put("conflictedAccounts", conflicted.accounts().size());
        details.put("conflictedUnits", conflicted.units().size());
        details.put("movedTo", moved ? target.toString() : "");
        audit.recordChange(actor.tenantId(), "case", id.toString(), "record_accused", null, details);
        if (moved) {
            String reason = ("Người bị tố cáo lãnh đạo đơn vị đang giữ hồ sơ; hồ sơ chuyển lên %s để tránh xung đột lợi ích"
                    + " (Luật Tố cáo 2018, Điều 12 khoản 1).").formatted(unitName(actor, target));
            handling.moveCase(actor.tenantId(), id, c.handlingUnit, target, reason, StepActor.of(actor));
        } else if (c.assigneeId != null && conflicts.concernsAccount(actor.tenantId(), id, c.assigneeId)) {
            c.assign(null, null, "Cán bộ được giao có xung đột lợi ích với người bị tố cáo.", clock.instant(),
                    StepActor.of(actor));
            store.update(c, clock.instant());
        }
        return new Outcome(accused, target, unitName(actor, target), moved, !conflicted.concerns(actor.accountId(),
                actor.unitId()));
    }

    private void save(Actor actor, CaseId id, AccusedPerson a) {
        UUID[] accounts = a.conflicted().accounts().toArray(UUID[]::new);
        UUID[] units = a.conflicted().units().stream().map(UnitId::value).toArray(UUID[]::new);
        jdbc.sql("""
                        insert into case_accused (tenant_id, case_id, account_id, account_name, name, position,
                            accused_unit_id, leads_unit, conflicted_account_ids, conflicted_unit_ids, recorded_at, recorded_by)
                        values (:tenant, :case, :account, :accountName, :name, :position, :unit, :leading, :accounts,
                                :units, :at, :by)
                        on conflict (tenant_id, case_id) do update set account_id = excluded.account_id,
                            account_name = excluded.account_name, name = excluded.name, position = excluded.position,
                            accused_unit_id = excluded.accused_unit_id, leads_unit = excluded.leads_unit,
                            conflicted_account_ids = excluded.conflicted_account_ids,
                            conflicted_unit_ids = excluded.conflicted_unit_ids, recorded_at = excluded.recorded_at,
                            recorded_by = excluded.recorded_by, version = case_accused.version + 1""")
                .param("tenant", actor.tenantId().value()).param("case", id.value())
                .param("account", a.accountId()).param("accountName", a.accountName()).param("name", a.name())
                .param("position", a.position())
                .param("unit", a.accusedUnit() == null ? null : a.accusedUnit().value())
                .param("leading", a.leading()).param("accounts", accounts).param("units", units)
                .param("at", Timestamp.from(a.recordedAt())).param("by", actor.username())
                .update();
    }

    private static String text(String value) {
        String normalized = VietnameseText.normalizeOrNull(value);
        if (normalized != null && normalized.length() > TEXT_MAX) {
            throw DomainException.invalid("conflict.error.tooLong", TEXT_MAX);
        }
        return normalized;
    }

    private String unitName(Actor actor, UnitId unit) {
        return org.unit(actor.tenantId(), unit).map(Unit::name).orElse(null);
    }
}
