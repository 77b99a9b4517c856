package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.Permission;

/**
 * Notices in the office: to a named officer, or to the leaders of a unit (every account that may approve and whose
 * scope holds the unit).
 * The same notice is left only once (a deadline notice once per deadline). E-mail will follow through notify's outbox.
 */
@Service
@Transactional
public class CaseNotices {

    /** Why a notice was left. */
    public enum Kind {
        DUE_SOON, OVERDUE, RATED_POOR, ASSIGNED, AWAITING_APPROVAL,
        /** The case came from a unit that ended (merged, split, abolished). */
        MOVED_IN,
        /** The officer holding the case left the unit or was disabled: the case waits to be assigned again. */
        RETURNED_TO_POOL,
        /** The sender wrote on the case's thread (left by {@code cases.messages}). */
        MESSAGE
    }

    /** A notice as the office shows it. */
    public record Notice(UUID id, CaseId caseId, String caseNumber, String caseTitle, Kind kind, LocalDate dueOn,
                         Instant createdAt, boolean read) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Clock clock;
    private final ConflictOfInterest conflicts;

    CaseNotices(JdbcClient jdbc, OrgDirectory org, Clock clock, ConflictOfInterest conflicts) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    private UUID[] scope(Actor actor) {
        return org.subtree(actor.tenantId(), actor.unitId()).stream().map(u -> u.value()).toArray(UUID[]::new);
    }

    void toAccount(CitizenCase c, UUID account, Kind kind) {
        if (conflicts.concernsAccount(c.tenant, c.id, account)) {
            return; // never to the accused or a subordinate (ConflictOfInterest)
        }
        insert(c, account, null, kind);
    }

    void toLeaders(CitizenCase c, Kind kind) {
        insert(c, null, c.handlingUnit.value(), kind);
    }

    /** As {@link #toLeaders}, but a notice of the same kind left before on the case comes back as new and unread. */
    void toLeadersAnew(CitizenCase c, Kind kind) {
        jdbc.sql("""
                        insert into case_notice (tenant_id, id, case_id, account_id, unit_id, kind, due_on, created_at)
                        values (?, ?, ?, null, ?, ?, null, ?)
                        on conflict (tenant_id, case_id, kind, coalesce(account_id, unit_id), coalesce(due_on, date '1900-01-01'))
                        do update set created_at = excluded.created_at, read_at = null""")
                .params(c.tenant.value(), Ids.newId(clock), c.id.value(), c.handlingUnit.value(), kind.name(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private void insert(CitizenCase c, UUID account, UUID unit, Kind kind) {
        LocalDate due = kind == Kind.DUE_SOON || kind == Kind.OVERDUE ? c.dueOn : null;
        jdbc.sql("""
                        insert into case_notice (tenant_id, id, case_id, account_id, unit_id, kind, due_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(c.tenant.value(), Ids.newId(clock), c.id.value(), account, unit, kind.name(), due,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The actor's notices, newest first: addressed to them, or to their unit's leaders when they may approve. */
    @Transactional(readOnly = true)
    public List<Notice> forActor(Actor actor, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                        select n.id, n.case_id, c.number, c.title, n.kind, n.due_on, n.created_at, n.read_at
                        from case_notice n join citizen_case c on c.tenant_id = n.tenant_id and c.id = n.case_id
                        where n.tenant_id = :tenant
                          and (n.account_id = :account or (n.account_id is null and n.unit_id = any(:scope) and :leader))
                          and (not :unread or n.read_at is null)
                          and\s""" + ConflictOfInterest.NOT_CONFLICTED + " order by n.created_at desc limit :limit")
                .param("tenant", actor.tenantId().value()).param("account", actor.accountId())
                .param("scope", scope(actor)).param("leader", actor.can(Permission.CASE_APPROVE))
                .param("unread", unreadOnly).param("limit", limit)
                .param("conflictMe", actor.accountId()).param("conflictUnit", actor.unitId().value())
                .query((rs, i) -> new Notice(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("number"), rs.getString("title"), Kind.valueOf(rs.getString("kind")),
                        CaseStore.date(rs, "due_on"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    /** Marks the actor's notices about a case as read (when they open it). */
    public void markRead(Actor actor, CaseId caseId) {
        jdbc.sql("""
                        update case_notice set read_at = ? where tenant_id = ? and case_id = ? and read_at is null
                          and (account_id = ? or (account_id is null and unit_id = any(?) and ?))""")
                .params(Timestamp.from(clock.instant()), actor.tenantId().value(), caseId.value(), actor.accountId(),
                        scope(actor), actor.can(Permission.CASE_APPROVE))
                .update();
    }
}
