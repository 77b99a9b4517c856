package vn.lamchu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Social critique (phản biện xã hội, Luật MTTQ 2015 arts 32–36; NQLT 403/2017 arts 14–19): a draft received from the
 * drafting body, which must reach the Front at least 15 days before it is submitted for adoption (PBXH-draft, Luật MTTQ
 * Điều 36 — a draft received later is recorded and shown late, since the lateness is the drafting body's); the
 * critique by meeting, written opinions or dialogue; the critique document; the drafting body's written reply, which
 * must explain every recommendation not accepted (Điều 36).
 */
@Service
@Transactional
public class Critiques {

    /** How the critique is given. Labels {@code supervision.critique.form.NAME}. */
    public enum Form { MEETING, WRITTEN, DIALOGUE }

    /** A draft under critique. */
    public record Critique(UUID id, UnitId frontUnitId, String frontUnitName, UnitId draftingUnitId,
                           String draftingUnitName, String draftTitle, LocalDate receivedOn, LocalDate submissionOn,
                           LocalDate draftLatest, Form form, String opinion, LocalDate critiqueOn, String reply,
                           LocalDate replyOn) {

        /** Whether the draft reached the Front later than PBXH-draft allows. */
        @com.fasterxml.jackson.annotation.JsonProperty("receivedLate")
        public boolean receivedLate() {
            return receivedOn.isAfter(draftLatest);
        }
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final Recommendations recommendations;
    private final AuditLog audit;
    private final Clock clock;

    Critiques(JdbcClient jdbc, CurrentActor currentActor, OrgDirectory org, Recommendations recommendations,
              AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.org = org;
        this.recommendations = recommendations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a draft received for critique. */
    public Critique receive(Actor actor, UnitId frontUnit, UnitId draftingUnit, String draftTitle, LocalDate receivedOn,
                            LocalDate submissionOn, Form form) {
        require(actor, frontUnit);
        String title = VietnameseText.normalizeOrNull(draftTitle);
        if (title == null) {
            throw DomainException.invalid("supervision.error.titleMissing");
        }
        if (draftingUnit == null || org.unit(actor.tenantId(), draftingUnit).isEmpty()) {
            throw DomainException.invalid("supervision.error.draftingMissing");
        }
        if (submissionOn == null) {
            throw DomainException.invalid("supervision.error.submissionMissing");
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today)) {
            throw DomainException.invalid("supervision.error.dateInFuture");
        }
        if (submissionOn.isBefore(received)) {
            throw DomainException.invalid("supervision.error.submissionBeforeReceipt");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_critique (tenant_id, id, front_unit_id, drafting_unit_id, draft_title, received_on,
                            submission_on, form, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, frontUnit.value(), draftingUnit.value(), title, received,
                        submissionOn, (form == null ? Form.WRITTEN : form).name(), Timestamp.from(clock.instant()),
                        actor.username()).update();
        audit.recordChange(actor.tenantId(), "sv_critique", id.toString(), "create", null,
                Map.of("receivedOn", received.toString(), "submissionOn", submissionOn.toString()));
        return get(actor, id);
    }

    /** The Front's critique (the opinions gathered, its recommendations). */
    public Critique critique(Actor actor, UUID id, String opinion, LocalDate on) {
        Critique c = get(actor, id);
        require(actor, c.frontUnitId());
        String text = VietnameseText.normalizeOrNull(opinion);
        if (text == null) {
            throw DomainException.invalid("supervision.error.opinionMissing");
        }
        LocalDate day = date(on);
        jdbc.sql("update sv_critique set opinion = ?, critique_on = ? where tenant_id = ? and id = ?")
                .params(text, day, actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "sv_critique", id.toString(), "critique", null, Map.of("on", day.toString()));
        return get(actor, id);
    }

    /** The drafting body's written reply, recorded by the Front when it arrives (Luật MTTQ Điều 36). */
    public Critique reply(Actor actor, UUID id, String reply, LocalDate on) {
        Critique c = get(actor, id);
        require(actor, c.frontUnitId());
        if (c.opinion() == null) {
            throw DomainException.conflict("supervision.error.noCritiqueYet");
        }
        String text = VietnameseText.normalizeOrNull(reply);
        if (text == null) {
            throw DomainException.invalid("supervision.error.replyMissing");
        }
        LocalDate day = date(on);
        jdbc.sql("update sv_critique set reply = ?, reply_on = ? where tenant_id = ? and id = ?")
                .params(text, day, actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "sv_critique", id.toString(), "reply", null, Map.of("on", day.toString()));
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public Critique get(Actor actor, UUID id) {
        Critique c = jdbc.sql(SELECT + " where c.tenant_id = ? and c.id = ?").params(actor.tenantId().value(), id)
                .query(this::map).optional().orElseThrow(() -> new NotFoundException("critique", String.valueOf(id)));
        if (!currentActor.canSee(actor.tenantId(), c.frontUnitId())
                && !currentActor.canSee(actor.tenantId(), c.draftingUnitId())) {
            throw new NotFoundException("critique", String.valueOf(id));
        }
        return c;
    }

    /** Critiques of Front committees in the actor's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Critique> inScope(Actor actor) {
        UUID[] scope = org.subtree(actor.tenantId(), actor.unitId()).stream().map(UnitId::value).toArray(UUID[]::new);
        return jdbc.sql(SELECT + " where c.tenant_id = :tenant and (c.front_unit_id = any(cast(:scope as uuid[]))"
                        + " or c.drafting_unit_id = any(cast(:scope as uuid[]))) order by c.received_on desc limit 100")
                .param("tenant", actor.tenantId().value()).param("scope", scope).query(this::map).list();
    }

    private LocalDate date(LocalDate on) {
        LocalDate today = LegalTime.today(clock);
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw DomainException.invalid("supervision.error.dateInFuture");
        }
        return day;
    }

    private void require(Actor actor, UnitId frontUnit) {
        if (!actor.can(Permission.SUPERVISION_MANAGE)) {
            throw new AccessDeniedException(Permission.SUPERVISION_MANAGE.name());
        }
        if (frontUnit == null) {
            throw DomainException.invalid("supervision.error.ownerMissing");
        }
        currentActor.checkCanSee(actor.tenantId(), frontUnit);
    }

    private static final String SELECT = """
            select c.id, c.front_unit_id, fu.name as front_name, c.drafting_unit_id, du.name as drafting_name,
                   c.draft_title, c.received_on, c.submission_on, c.form, c.opinion, c.critique_on, c.reply, c.reply_on
            from sv_critique c
            join org_unit fu on fu.tenant_id = c.tenant_id and fu.id = c.front_unit_id
            join org_unit du on du.tenant_id = c.tenant_id and du.id = c.drafting_unit_id""";

    private Critique map(ResultSet rs, int n) throws SQLException {
        LocalDate submission = rs.getObject("submission_on", LocalDate.class);
        return new Critique(rs.getObject("id", UUID.class), new UnitId(rs.getObject("front_unit_id", UUID.class)),
                rs.getString("front_name"), new UnitId(rs.getObject("drafting_unit_id", UUID.class)),
                rs.getString("drafting_name"), rs.getString("draft_title"), rs.getObject("received_on", LocalDate.class),
                submission, recommendations.deadlines().draftLatest(submission), Form.valueOf(rs.getString("form")),
                rs.getString("opinion"), rs.getObject("critique_on", LocalDate.class), rs.getString("reply"),
                rs.getObject("reply_on", LocalDate.class));
    }
}
