package vn.lamchu.cases.messages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseNotices;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.DenouncerIdentityPolicy;
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.identity.StaffDirectory;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * A case's message thread between the person who holds its receipt code and the handling office (anonymous
 * follow-up). The code is the citizen's only key, for every kind of case — also information containing a denunciation
 * that was not handled as one (Luật Tố cáo 2018, Điều 25) — so a denouncer can answer questions without ever revealing
 * who they are (Điều 9, Điều 47 khoản 2). Nothing about the citizen is stored with a message: no account, no address,
 * no browser; the office's side keeps the officer who wrote, and the citizen sees only "the handling office".
 * <p>
 * Reading marks the other side's messages as read; a new citizen message leaves a {@link CaseNotices.Kind#MESSAGE}
 * notice for the assignee, or for the handling unit's officers if nobody is assigned. Limits: {@link MessageLimits}.
 */
@Service
@Transactional
public class CaseMessages {

    /** Who wrote a message. */
    public enum Side { CITIZEN, OFFICE }

    /** A message as the office sees it: with the officer who wrote an office message. */
    public record Message(int seq, Instant at, Side side, UUID staffId, String staffName, String text, Instant readAt) {
    }

    /** A message as the citizen sees it: never a name on the office's side; {@code read} by the other side. */
    public record CitizenMessage(int seq, Instant at, Side side, String text, boolean read) {
    }

    /**
     * The thread as the citizen sees it.
     *
     * @param canWrite       whether the citizen may write now (the case is open or closed less than 30 days ago)
     * @param writableUntil  the last day to write on a closed case; null while it is open
     * @param remainingToday messages the citizen may still send today
     */
    public record CitizenThread(List<CitizenMessage> messages, boolean canWrite, LocalDate writableUntil,
                                int remainingToday) {
    }

    /**
     * The thread as staff see it.
     *
     * @param canReply whether the actor may answer: they may handle cases and the case's unit is in their scope
     */
    public record OfficeThread(CaseId caseId, String caseNumber, String caseTitle, List<Message> messages,
                               boolean canReply) {
    }

    /** What the thread needs of a case. */
    private record Head(TenantId tenant, CaseId id, ContentKind kind, CaseStatus status, LocalDate closedOn,
                        UUID assigneeId, UnitId handlingUnit) {

        static Head of(CitizenCase c) {
            return new Head(c.tenant(), c.id(), c.kind(), c.status(), c.closedOn(), c.assigneeId(), c.handlingUnit());
        }
    }

    private static final String MESSAGE_SELECT =
            "select seq, at, side, staff_id, staff_name, body, read_at from case_message ";

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final StaffDirectory staff;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final SecretBox box;
    private final Clock clock;

    CaseMessages(JdbcClient jdbc, CaseQueries queries, StaffDirectory staff, CurrentActor currentActor, AuditLog audit,
                 SecretBox box, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.staff = staff;
        this.currentActor = currentActor;
        this.audit = audit;
        this.box = box;
        this.clock = clock;
    }

    // ---- the citizen's side, by receipt code ---------------------------------------------------------------------

    /**
     * The thread of the case with this code; the office's messages are marked read (the answer still shows which were
     * new to this reading).
     *
     * @throws NotFoundException if no case of the tenant has this code
     */
    public CitizenThread forCitizen(TenantId tenant, ReceiptCode code) {
        Head head = byReceipt(tenant, code, false);
        List<CitizenMessage> messages = messages(head).stream()
                .map(m -> new CitizenMessage(m.seq(), m.at(), m.side(), m.text(), m.readAt() != null)).toList();
        jdbc.sql("""
                        update case_message set read_at = ?
                        where tenant_id = ? and case_id = ? and side = 'OFFICE' and read_at is null""")
                .params(Timestamp.from(clock.instant()), tenant.value(), head.id().value()).update();
        LocalDate today = LegalTime.today(clock);
        return new CitizenThread(messages, MessageLimits.citizenMayWrite(head.status(), head.closedOn(), today),
                MessageLimits.writableUntil(head.status(), head.closedOn()),
                MessageLimits.remainingToday(sentToday(head, today)));
    }

    /**
     * The citizen writes to the office.
     *
     * @throws NotFoundException                if no case of the tenant has this code
     * @throws MessageLimits.TextRejected       if the text is empty or too long
     * @throws vn.lamchu.shared.DomainException (conflict) {@code messages.error.closed} if the case closed too long ago
     * @throws MessageLimits.LimitReached       if today's messages on this case were sent
     */
    public CitizenMessage postByCitizen(TenantId tenant, ReceiptCode code, String text) {
        Head head = byReceipt(tenant, code, true);
        String body = MessageLimits.text(text);
        LocalDate today = LegalTime.today(clock);
        MessageLimits.checkCitizenMayPost(head.status(), head.closedOn(), today, sentToday(head, today));
        Message m = insert(head, Side.CITIZEN, null, null, body);
        notifyOffice(head);
        audit.recordChange(tenant, "case", head.id().toString(), "citizen_message", null,
                Map.of("seq", m.seq(), "length", body.length()));
        return new CitizenMessage(m.seq(), m.at(), m.side(), m.text(), false);
    }

    // ---- the office's side ----------------------------------------------------------------------------------------

    /**
     * The thread of a case the actor may read (as its page); when the actor may answer, the citizen's messages are
     * marked read (the answer still shows which were new to this reading), and the actor's message notices too.
     *
     * @throws NotFoundException if the case does not exist or is outside the actor's scope
     */
    public OfficeThread forStaff(CaseId id) {
        Actor actor = currentActor.require();
        CitizenCase c = queries.readable(actor, id);
        boolean canReply = canReply(actor, c);
        List<Message> messages = messages(Head.of(c));
        if (canReply) {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                            update case_message set read_at = ?
                            where tenant_id = ? and case_id = ? and side = 'CITIZEN' and read_at is null""")
                    .params(now, actor.tenantId().value(), id.value()).update();
            jdbc.sql("""
                            update case_notice set read_at = ?
                            where tenant_id = ? and case_id = ? and kind = 'MESSAGE' and account_id = ? and read_at is null""")
                    .params(now, actor.tenantId().value(), id.value(), actor.accountId()).update();
        }
        if (DenouncerIdentityPolicy.withholds(c.kind()) && messages.stream().anyMatch(m -> m.side() == Side.CITIZEN)) {
            // what a protected denouncer wrote may identify them, whatever the warning said (Luật Tố cáo 2018, Điều 56)
            audit.recordRead(actor.tenantId(), "case_message", id.toString(),
                    "Đọc trao đổi với người gửi đơn tố cáo");
        }
        return new OfficeThread(id, c.number(), c.title(), messages, canReply);
    }

    /**
     * An officer of the handling unit answers the citizen. Allowed on a closed case too.
     *
     * @throws NotFoundException          if the case does not exist or is outside the actor's scope
     * @throws AccessDeniedException      if the actor may not handle cases, or only reads this one (a unit that
     *                                    forwarded it)
     * @throws MessageLimits.TextRejected if the text is empty or too long
     */
    public Message reply(CaseId id, String text) {
        Actor actor = currentActor.require();
        CitizenCase c = queries.readable(actor, id);
        if (!canReply(actor, c)) {
            throw new AccessDeniedException("CASE_HANDLE");
        }
        String body = MessageLimits.text(text);
        lock(c.tenant(), c.id());
        Message m = insert(Head.of(c), Side.OFFICE, actor.accountId(), actor.displayName(), body);
        audit.recordChange(actor.tenantId(), "case", id.toString(), "office_message", null,
                Map.of("seq", m.seq(), "length", body.length()));
        return m;
    }

    /** Whether the actor may answer on the case: they handle cases, and the unit holding it is in their scope. */
    public boolean canReply(Actor actor, CitizenCase c) {
        return actor.can(Permission.CASE_HANDLE) && queries.actsOn(actor, c);
    }

    // ---- storage --------------------------------------------------------------------------------------------------

    private Head byReceipt(TenantId tenant, ReceiptCode code, boolean lock) {
        return jdbc.sql("""
                        select id, content_kind, status, closed_on, assignee_id, handling_unit_id from citizen_case
                        where tenant_id = ? and receipt_hash = ?""" + (lock ? " for no key update" : ""))
                .params(tenant.value(), code.hash(box))
                .query((rs, i) -> new Head(tenant, new CaseId(rs.getObject("id", UUID.class)),
                        ContentKind.valueOf(rs.getString("content_kind")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("assignee_id", UUID.class),
                        new UnitId(rs.getObject("handling_unit_id", UUID.class))))
                .optional().orElseThrow(() -> new NotFoundException("case", "receipt"));
    }

    /** Serialises the writers of one thread (numbering, the day's count). */
    private void lock(TenantId tenant, CaseId id) {
        jdbc.sql("select id from citizen_case where tenant_id = ? and id = ? for no key update")
                .params(tenant.value(), id.value()).query(UUID.class).single();
    }

    private List<Message> messages(Head head) {
        return jdbc.sql(MESSAGE_SELECT + "where tenant_id = ? and case_id = ? order by seq")
                .params(head.tenant().value(), head.id().value()).query(CaseMessages::message).list();
    }

    private int sentToday(Head head, LocalDate today) {
        return jdbc.sql("""
                        select count(*) from case_message
                        where tenant_id = ? and case_id = ? and side = 'CITIZEN' and at >= ?""")
                .params(head.tenant().value(), head.id().value(), Timestamp.from(MessageLimits.startOfDay(today)))
                .query(Integer.class).single();
    }

    private Message insert(Head head, Side side, UUID staffId, String staffName, String body) {
        Instant at = clock.instant();
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from case_message where tenant_id = ? and case_id = ?")
                .params(head.tenant().value(), head.id().value()).query(Integer.class).single();
        jdbc.sql("""
                        insert into case_message (tenant_id, case_id, seq, at, side, staff_id, staff_name, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(head.tenant().value(), head.id().value(), seq, Timestamp.from(at), side.name(), staffId,
                        staffName, body)
                .update();
        return new Message(seq, at, side, staffId, staffName, body, null);
    }

    /**
     * Leaves (or brings back as unread) a notice for the assignee; if nobody is assigned, for each officer of the
     * handling unit who may handle cases; if there is none, for the unit's leaders.
     */
    private void notifyOffice(Head head) {
        List<UUID> accounts = head.assigneeId() != null ? List.of(head.assigneeId())
                : staff.ofUnit(head.tenant(), head.handlingUnit(), Permission.CASE_HANDLE).stream()
                        .map(StaffDirectory.StaffMember::accountId).toList();
        if (accounts.isEmpty()) {
            notice(head, null, head.handlingUnit().value());
        }
        accounts.forEach(account -> notice(head, account, null));
    }

    private void notice(Head head, UUID account, UUID unit) {
        jdbc.sql("""
                        insert into case_notice (tenant_id, id, case_id, account_id, unit_id, kind, due_on, created_at)
                        values (?, ?, ?, ?, ?, ?, null, ?)
                        on conflict (tenant_id, case_id, kind, coalesce(account_id, unit_id), coalesce(due_on, date '1900-01-01'))
                        do update set created_at = excluded.created_at, read_at = null""")
                .params(head.tenant().value(), Ids.newId(clock), head.id().value(), account, unit,
                        CaseNotices.Kind.MESSAGE.name(), Timestamp.from(clock.instant()))
                .update();
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Message(rs.getInt("seq"), rs.getTimestamp("at").toInstant(), Side.valueOf(rs.getString("side")),
                rs.getObject("staff_id", UUID.class), rs.getString("staff_name"), rs.getString("body"),
                read == null ? null : read.toInstant());
    }
}
