package vn.lamchu.cases.protection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.DenouncerIdentityPolicy;
import vn.lamchu.cases.Sender;
import vn.lamchu.cases.SenderRecords;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.identity.PermissionGrants;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.VietnameseText;

/**
 * Seeing a denouncer's identity, need-to-know only (RULEBOOK §15.3; Luật Tố cáo 2018, Điều 9 khoản 1 điểm b, Điều 47
 * khoản 2, Điều 56 khoản 1): the reader holds the explicit permission {@link Permission#DENOUNCER_IDENTITY_REVEAL}
 * (checked against the current grants, so a revocation counts at once), may read the case, and states a reason. Each
 * reveal is audited as a read and logged with who, when and why, never with the identity itself. A denunciation's
 * attachments (which may show the denouncer's handwriting, Điều 56 khoản 2) are served the same way.
 */
@Service
public class IdentityReveals {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    /** What was seen. */
    public enum What { IDENTITY, ATTACHMENT }

    /** One line of the reveal log. */
    public record Reveal(UUID id, CaseId caseId, String username, String displayName, Instant at, String reason,
                         What what, String attachment) {
    }

    /** The identity as revealed, for this response only. */
    public record Revealed(List<Sender> senders, Reveal reveal) {
    }

    /** A protected attachment handed out after a reason. */
    public record ReleasedFile(StoredFile file, java.io.InputStream content, Reveal reveal) {
    }

    private final CaseQueries queries;
    private final SenderRecords senders;
    private final AttachmentStore attachments;
    private final PermissionGrants grants;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    IdentityReveals(CaseQueries queries, SenderRecords senders, AttachmentStore attachments, PermissionGrants grants,
                    AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.senders = senders;
        this.attachments = attachments;
        this.grants = grants;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the actor holds the explicit permission now. */
    public boolean mayReveal(Actor actor) {
        return grants.holds(actor.tenantId(), actor.accountId(), Permission.DENOUNCER_IDENTITY_REVEAL);
    }

    /** Whether the actor may read the reveal log: leaders, auditors and holders of the permission. */
    public static boolean mayReadLog(Actor actor) {
        return actor.can(Permission.CASE_APPROVE) || actor.can(Permission.AUDIT_READ)
                || actor.can(Permission.DENOUNCER_IDENTITY_REVEAL);
    }

    /**
     * Reveals the senders of a denunciation.
     *
     * @throws AccessDeniedException without the permission
     * @throws NotFoundException     if the case is outside the actor's scope
     * @throws DomainException       (invalid) {@code protection.error.reason} without a reason of 10–1000 characters;
     *                               (conflict) {@code protection.error.notProtected} for a letter that is no
     *                               denunciation (its senders are shown anyway)
     */
    @Transactional
    public Revealed reveal(Actor actor, CaseId id, String reason) {
        String why = check(actor, id, reason);
        List<Sender> found = senders.open(actor.tenantId(), id);
        audit.recordRead(actor.tenantId(), "denouncer_identity", id.toString(), why);
        return new Revealed(found, log(actor, id, why, What.IDENTITY, null));
    }

    /**
     * Hands out a protected attachment of a denunciation, under the same conditions as {@link #reveal}.
     *
     * @throws NotFoundException if the case does not hold this file
     */
    @Transactional
    public ReleasedFile attachment(Actor actor, CaseId id, String sha256, String reason) {
        String why = check(actor, id, reason);
        boolean held = jdbc.sql("select count(*) from case_attachment where tenant_id = ? and case_id = ? and sha256 = ?")
                .params(actor.tenantId().value(), id.value(), sha256).query(Integer.class).single() > 0;
        StoredFile file = held ? attachments.find(actor.tenantId(), sha256).orElse(null) : null;
        if (file == null) {
            throw new NotFoundException("case_attachment", sha256);
        }
        audit.recordRead(actor.tenantId(), "denouncer_identity", id + "/" + sha256, why);
        return new ReleasedFile(file, attachments.read(actor.tenantId(), sha256),
                log(actor, id, why, What.ATTACHMENT, sha256));
    }

    /**
     * The reveal log of a case, newest first.
     *
     * @throws AccessDeniedException for anyone but leaders, auditors and holders of the permission
     */
    @Transactional(readOnly = true)
    public List<Reveal> log(Actor actor, CaseId id) {
        if (!mayReadLog(actor)) {
            throw new AccessDeniedException("reveal log");
        }
        queries.detail(actor, id);
        return jdbc.sql("""
                        select id, case_id, username, display_name, revealed_at, reason, what, attachment
                        from denouncer_identity_reveal where tenant_id = ? and case_id = ? order by revealed_at desc, id desc""")
                .params(actor.tenantId().value(), id.value())
                .query((rs, i) -> new Reveal(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        What.valueOf(rs.getString(7)), rs.getString(8)))
                .list();
    }

    /** Permission first (403), then scope (404), then what the case is (409), then the reason (400). */
    private String check(Actor actor, CaseId id, String reason) {
        if (!mayReveal(actor)) {
            throw new AccessDeniedException("DENOUNCER_IDENTITY_REVEAL");
        }
        CaseQueries.Detail detail = queries.detail(actor, id);
        if (!DenouncerIdentityPolicy.withholds(detail.theCase().kind())) {
            throw DomainException.conflict("protection.error.notProtected");
        }
        return checkReason(reason);
    }

    static String checkReason(String reason) {
        String why = VietnameseText.normalizeOrNull(reason);
        if (why == null || why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw DomainException.invalid("protection.error.reason", REASON_MIN, REASON_MAX);
        }
        return why;
    }

    private Reveal log(Actor actor, CaseId id, String reason, What what, String attachment) {
        UUID logId = Ids.newId(clock);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into denouncer_identity_reveal (tenant_id, id, case_id, account_id, username, display_name,
                                                               revealed_at, reason, what, attachment)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), logId, id.value(), actor.accountId(), actor.username(),
                        actor.displayName(), Timestamp.from(now), reason, what.name(), attachment)
                .update();
        return new Reveal(logId, id, actor.username(), actor.displayName(), now, reason, what, attachment);
    }
}
