package vn.lamchu.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.identity.StaffDirectory.StaffMember;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Conflict of interest on denunciations: a denunciation about a person is never routed to, listed for or readable by
 * that person, nor by anyone who is that person's subordinate. Administrators are not exempt.
 * <p>
 * Legal basis (Luật Tố cáo 2018, Luật số 25/2018/QH14, text in {@code shared/domain/law-texts/to-cao.md}):
 * <ul>
 * <li>Điều 12 khoản 1: a denunciation about an official is resolved by the head of the body that manages them; one
 * about the head or a deputy head of a body by the head of the <em>directly superior</em> body, never inside the body
 * the accused leads;</li>
 * <li>Điều 13 khoản 1 and 4: the commune Chair resolves denunciations about the civil servants he directly manages,
 * the provincial Chair those about the heads of bodies under the province (the legacy district Chair, khoản 2, those
 * about commune Chairs and Vice-Chairs: after 1/7/2025 the province, RULEBOOK §4.7, §13.3);</li>
 * <li>Điều 8 khoản 3, 5 and 9: revealing the denouncer, resolving a denunciation unlawfully or abusing one's position
 * in resolving it, and shielding the person denounced are prohibited; Điều 47 khoản 2 and Điều 56: the denouncer's
 * identity is kept secret from everyone who need not know it, and first of all from the person denounced;</li>
 * <li>Luật Phòng, chống tham nhũng 2018 (36/2018/QH14), Điều 23: a task that presents a conflict of interest is taken
 * away from the person concerned.</li>
 * </ul>
 * Hence the accused and the subordinates of an accused leader get "not found" (404, existence not revealed) on the
 * case, never see it in a list, never get a notice about it, and can neither receive it by forwarding nor be assigned
 * to it (409). The conflicted set is computed when the accused is recorded and kept with the case
 * ({@code case_accused}); it is not recomputed when staff later leave a unit ({@code identity.StaffLeftUnit}): an
 * account that left a conflicted unit stays conflicted, one that joins it is conflicted through the unit.
 */
@Service
@Transactional(readOnly = true)
public class ConflictOfInterest {

    /**
     * SQL predicate on a case aliased {@code c}: the actor named by the parameters {@code :conflictMe} (account) and
     * {@code :conflictUnit} (unit) is not conflicted on it. Bind them with {@link #bind}.
     */
    public static final String NOT_CONFLICTED = """
            not exists (select 1 from case_accused x where x.tenant_id = c.tenant_id and x.case_id = c.id
              and (x.conflicted_account_ids @> array[cast(:conflictMe as uuid)]
                   or x.conflicted_unit_ids @> array[cast(:conflictUnit as uuid)]))""";

    private static final String COLUMNS = """
            account_id, account_name, name, position, accused_unit_id, leads_unit, conflicted_account_ids,
            conflicted_unit_ids, recorded_at, recorded_by""";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final StaffDirectory staff;

    ConflictOfInterest(JdbcClient jdbc, OrgDirectory org, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.org = org;
        this.staff = staff;
    }

    /** Binds the parameters of {@link #NOT_CONFLICTED} for the actor. */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor) {
        return spec.param("conflictMe", actor.accountId()).param("conflictUnit", actor.unitId().value());
    }

    /** Whether an accused staff member leads their unit: UNIT_LEADER, or any role that may approve (CASE_APPROVE). */
    public static boolean leads(StaffMember accused) {
        return accused.can(Permission.CASE_APPROVE);
    }

    /**
     * Who an accusation against this staff member conflicts: the member; if they lead their unit, every unit of its
     * subtree and every account working in one of them.
     *
     * @param subtree    a unit and every unit below it
     * @param accountsIn the accounts working in a unit
     */
    static AccusedPerson.Conflicted conflictedBy(StaffMember accused, Function<UnitId, Set<UnitId>> subtree,
                                                 Function<UnitId, Collection<UUID>> accountsIn) {
        Set<UUID> accounts = new HashSet<>();
        accounts.add(accused.accountId());
        if (!leads(accused)) {
            return new AccusedPerson.Conflicted(accounts, Set.of());
        }
        Set<UnitId> units = subtree.apply(accused.unitId());
        units.forEach(unit -> accounts.addAll(accountsIn.apply(unit)));
        return new AccusedPerson.Conflicted(accounts, units);
    }

    /** {@link #conflictedBy} from the tenant's organisation and staff as they are today. */
    AccusedPerson.Conflicted conflictedBy(TenantId tenant, StaffMember accused) {
        return conflictedBy(accused, unit -> org.subtree(tenant, unit),
                unit -> staff.ofUnit(tenant, unit, Permission.OFFICE_ACCESS).stream().map(StaffMember::accountId)
                        .toList());
    }

    /** The accused recorded on a case, if any. */
    public Optional<AccusedPerson> accused(TenantId tenant, CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from case_accused where tenant_id = ? and case_id = ?")
                .params(tenant.value(), id.value()).query(ConflictOfInterest::map).optional();
    }

    /** Whether the actor is conflicted on the case. */
    public boolean excludes(Actor actor, CaseId id) {
        return conflicted(actor.tenantId(), id).concerns(actor.accountId(), actor.unitId());
    }

    /**
     * Hides the case from a conflicted actor.
     *
     * @throws NotFoundException if the actor is conflicted on it (the same answer as for a case that does not exist)
     */
    public void checkNotExcluded(Actor actor, CaseId id) {
        if (excludes(actor, id)) {
            throw new NotFoundException("case", id.toString());
        }
    }

    /** The staff members who are not conflicted on the case (for the assignee pickers). */
    public List<StaffMember> withoutConflicted(TenantId tenant, CaseId id, List<StaffMember> members) {
        AccusedPerson.Conflicted conflicted = conflicted(tenant, id);
        return members.stream().filter(m -> !conflicted.concerns(m.accountId(), m.unitId())).toList();
    }

    /** The accounts conflicted on any of these cases (for a picker that serves several cases at once). */
    public Set<UUID> conflictedAccounts(TenantId tenant, Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> out = new HashSet<>();
        jdbc.sql("""
                        select conflicted_account_ids from case_accused
                        where tenant_id = :tenant and case_id = any(:ids)""")
                .param("tenant", tenant.value()).param("ids", ids.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(rs -> {
                    out.addAll(uuids(rs.getArray(1)));
                });
        return out;
    }

    /**
     * Whether the account is conflicted on the case: it is named, or it works in a conflicted unit. No notice is left
     * for it (Luật Tố cáo 2018, Điều 8 khoản 3) and it cannot be given the case.
     */
    boolean concernsAccount(TenantId tenant, CaseId id, UUID account) {
        AccusedPerson.Conflicted conflicted = conflicted(tenant, id);
        if (conflicted.accounts().contains(account)) {
            return true;
        }
        return !conflicted.units().isEmpty()
                && staff.find(tenant, account).map(m -> conflicted.units().contains(m.unitId())).orElse(false);
    }

    /**
     * Refuses to give the case to a conflicted officer.
     *
     * @throws DomainException (conflict) if the account is conflicted on the case
     */
    void checkAssignee(CitizenCase c, UUID account) {
        if (account != null && concernsAccount(c.tenant, c.id, account)) {
            throw DomainException.conflict("conflict.error.assignee");
        }
    }

    /**
     * Refuses a step that would put the case, or a proposal to forward it, at a conflicted unit.
     *
     * @throws DomainException (conflict) if the case's unit or the unit a pending proposal forwards it to is conflicted
     */
    void checkStep(CitizenCase c) {
        AccusedPerson.Conflicted conflicted = conflicted(c.tenant, c.id);
        if (conflicted.units().isEmpty()) {
            return;
        }
        boolean pendingThere = c.pending != null && c.pending.targetUnitId() != null
                && conflicted.units().contains(new UnitId(c.pending.targetUnitId()));
        if (conflicted.units().contains(c.handlingUnit) || pendingThere) {
            throw DomainException.conflict("conflict.error.unit");
        }
    }

    AccusedPerson.Conflicted conflicted(TenantId tenant, CaseId id) {
        return accused(tenant, id).map(AccusedPerson::conflicted).orElse(AccusedPerson.Conflicted.NONE);
    }

    private static AccusedPerson map(ResultSet rs, int row) throws SQLException {
        UUID unit = rs.getObject("accused_unit_id", UUID.class);
        return new AccusedPerson(rs.getObject("account_id", UUID.class), rs.getString("account_name"),
                rs.getString("name"), rs.getString("position"), unit == null ? null : new UnitId(unit),
                rs.getBoolean("leads_unit"), new AccusedPerson.Conflicted(uuids(rs.getArray("conflicted_account_ids")),
                uuids(rs.getArray("conflicted_unit_ids")).stream().map(UnitId::new).collect(java.util.stream.Collectors.toSet())),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new HashSet<>(java.util.Arrays.asList((UUID[]) array.getArray()));
    }
}
