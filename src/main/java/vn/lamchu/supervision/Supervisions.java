package vn.lamchu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Supervision programmes and their supervisions, step by step (RULEBOOK §8.4, NQLT 403/2017 arts 3–9): the yearly
 * plan, the notice to the supervised body (checked against MTTQ-notice, or BTTND-plan for an inspection), its report
 * (MTTQ-report-in: a late report is recorded and shown late), the session, the team's report (MTTQ-team-report,
 * watched by {@link RecommendationWatch}), the conclusion and its recommendations (sent through
 * {@link Recommendations}). Staff act for a programme when they hold the body's permission and its owner unit is in
 * their scope.
 */
@Service
@Transactional
public class Supervisions {

    /** A plan of a year. */
    public record Plan(UUID id, SupervisionBody body, UnitId ownerUnitId, String ownerUnitName, int year, String title,
                       LocalDate adoptedOn, boolean published, int supervisions) {
    }

    /** A new supervision in a plan. */
    public record NewSupervision(UnitId leadingUnitId, Supervision.Role role, Supervision.Form form, String title,
                                 String topic, UnitId subjectUnitId, String subjectPeople, String team,
                                 LocalDate sessionOn) {
    }

    /** A step on a supervision. Labels {@code supervision.step.NAME}. */
    public enum Step { NOTIFY, REPORT_IN, HOLD, TEAM_REPORT, CONCLUDE, PROGRESS }

    static final String COLUMNS = """
            s.id, s.plan_id, p.year, p.body, s.owner_unit_id, ou.name as owner_name, s.leading_unit_id,
            lu.name as leading_name, s.role, s.form, s.title, s.topic, s.subject_unit_id, su.name as subject_name,
            s.subject_people, s.team, s.session_on, s.notice_sent_on, s.report_received_on, s.session_held_on,
            s.team_report_on, s.conclusion, s.concluded_on, s.project_progress, s.status""";
    static final String FROM = """
            from sv_supervision s
            join sv_plan p on p.tenant_id = s.tenant_id and p.id = s.plan_id
            join org_unit ou on ou.tenant_id = s.tenant_id and ou.id = s.owner_unit_id
            join org_unit lu on lu.tenant_id = s.tenant_id and lu.id = s.leading_unit_id
            join org_unit su on su.tenant_id = s.tenant_id and su.id = s.subject_unit_id""";

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final Recommendations recommendations;
    private final AuditLog audit;
    private final Clock clock;

    Supervisions(JdbcClient jdbc, CurrentActor currentActor, OrgDirectory org, Recommendations recommendations,
                 AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.org = org;
        this.recommendations = recommendations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adopts a yearly plan. The Front's plan is made in the fourth quarter for the next year (NQLT 403/2017 Điều 3);
     * it may be adjusted later, so a plan adopted during its own year is accepted too, but never one adopted earlier
     * than the fourth quarter before.
     */
    public Plan createPlan(Actor actor, SupervisionBody body, UnitId ownerUnit, int year, String title,
                           LocalDate adoptedOn, boolean published) {
        requireBody(actor, body, ownerUnit);
        String name = VietnameseText.normalizeOrNull(title);
        if (name == null) {
            throw DomainException.invalid("supervision.error.titleMissing");
        }
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("supervision.error.year");
        }
        if (adoptedOn != null && adoptedOn.isBefore(LocalDate.of(year - 1, 10, 1))) {
            throw DomainException.invalid("supervision.error.planTooEarly", year);
        }
        if (adoptedOn != null && adoptedOn.isAfter(LegalTime.today(clock))) {
            throw DomainException.invalid("supervision.error.dateInFuture");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_plan (tenant_id, id, owner_unit_id, body, year, title, adopted_on, published,
                            created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, ownerUnit.value(), body.name(), year, name, adoptedOn, published,
                        Timestamp.from(clock.instant()), actor.username()).update();
        audit.recordChange(actor.tenantId(), "sv_plan", id.toString(), "create", null,
                Map.of("year", year, "body", body.name()));
        return plan(actor, id);
    }

    /** Adds a supervision to a plan. */
    public Supervision add(Actor actor, UUID planId, NewSupervision request) {
        Plan plan = plan(actor, planId);
        requireBody(actor, plan.body(), plan.ownerUnitId());
        String title = VietnameseText.normalizeOrNull(request.title());
        String topic = VietnameseText.normalizeOrNull(request.topic());
        if (title == null) {
            throw DomainException.invalid("supervision.error.titleMissing");
        }
        if (topic == null) {
            throw DomainException.invalid("supervision.error.topicMissing");
        }
        if (request.subjectUnitId() == null || org.unit(actor.tenantId(), request.subjectUnitId()).isEmpty()) {
            throw DomainException.invalid("supervision.error.subjectMissing");
        }
        UnitId leading = request.leadingUnitId() == null ? plan.ownerUnitId() : request.leadingUnitId();
        if (org.unit(actor.tenantId(), leading).isEmpty()) {
            throw DomainException.invalid("supervision.error.leadingMissing");
        }
        Supervision.Role role = request.role() == null ? Supervision.Role.LEAD : request.role();
        Supervision.Form form = request.form() == null ? defaultForm(plan.body()) : request.form();
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_supervision (tenant_id, id, plan_id, owner_unit_id, leading_unit_id, role, form,
                            title, topic, subject_unit_id, subject_people, team, session_on, status, created_at,
                            created_by, project_progress)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?)""")
                .params(actor.tenantId().value(), id, planId, plan.ownerUnitId().value(), leading.value(), role.name(),
                        form.name(), title, topic, request.subjectUnitId().value(),
                        VietnameseText.normalizeOrNull(request.subjectPeople()),
                        VietnameseText.normalizeOrNull(request.team()), request.sessionOn(),
                        Timestamp.from(clock.instant()), actor.username(),
                        plan.body() == SupervisionBody.COMMUNITY_INVESTMENT ? 0 : null).update();
        audit.recordChange(actor.tenantId(), "sv_supervision", id.toString(), "create", null,
                Map.of("plan", planId.toString(), "role", role.name(), "form", form.name()));
        return supervision(actor, id);
    }

    /**
     * Plans a follow-up supervision (giám sát lại) of how an answered recommendation was carried out: in the issuing
     * body's plan for the year of the session, of the body the recommendation was addressed to, led by the issuer
     * (Luật Mặt trận Tổ quốc Việt Nam 2015, Điều 28 khoản 4–7: the Front monitors and chases how its recommendations
     * are carried out). One per recommendation.
     *
     * @throws DomainException (conflict) before the recommendation is answered, or when it already has one;
     *                         (invalid) when the body has no plan for that year
     */
    public Supervision followUp(Actor actor, UUID recommendationId, LocalDate sessionOn) {
        Recommendation r = recommendations.visible(actor, recommendationId);
        requireBody(actor, r.source(), r.issuingUnitId());
        if (r.status() == Recommendation.Status.AWAITING) {
            throw DomainException.conflict("supervision.error.followUpUnanswered", r.code());
        }
        if (followUpOf(actor, recommendationId).isPresent()) {
            throw DomainException.conflict("supervision.error.followUpExists", r.code());
        }
        if (sessionOn == null) {
            throw DomainException.invalid("supervision.error.followUpDate");
        }
        Plan plan = plans(actor).stream().filter(p -> p.body() == r.source() && p.year() == sessionOn.getYear()
                        && p.ownerUnitId().equals(r.issuingUnitId())).findFirst()
                .orElseThrow(() -> DomainException.invalid("supervision.error.followUpPlan", sessionOn.getYear()));
        Supervision original = supervision(actor, r.supervisionId());
        String topic = r.followUp() != null ? r.followUp() : r.text();
        Supervision added = add(actor, plan.id(), new NewSupervision(r.issuingUnitId(), Supervision.Role.LEAD,
                original.form(), "Giám sát lại việc thực hiện kiến nghị " + r.code() + ": " + original.title(), topic,
                r.addressedUnitId(), null, original.team(), sessionOn));
        jdbc.sql("update sv_supervision set follows_recommendation_id = ? where tenant_id = ? and id = ?")
                .params(recommendationId, actor.tenantId().value(), added.id()).update();
        audit.recordChange(actor.tenantId(), "sv_supervision", added.id().toString(), "follow-up", null,
                Map.of("recommendation", recommendationId.toString()));
        return added;
    }

    /** The follow-up supervision of a recommendation, if one was planned. */
    public Optional<UUID> followUpOf(Actor actor, UUID recommendationId) {
        return jdbc.sql("select id from sv_supervision where tenant_id = ? and follows_recommendation_id = ?")
                .params(actor.tenantId().value(), recommendationId).query(UUID.class).optional();
    }

    /** The recommendation a supervision follows up, if it is a follow-up. */
    public Optional<UUID> follows(Actor actor, UUID supervisionId) {
        return jdbc.sql("select follows_recommendation_id from sv_supervision where tenant_id = ? and id = ?")
                .params(actor.tenantId().value(), supervisionId).query(UUID.class).optional();
    }

    private static Supervision.Form defaultForm(SupervisionBody body) {
        return switch (body) {
            case FRONT -> Supervision.Form.TEAM;
            case INSPECTION_BOARD -> Supervision.Form.INSPECTION;
            case COMMUNITY_INVESTMENT -> Supervision.Form.INVESTMENT;
        };
    }

    /**
     * Takes a step. Dates default to today and are never in the future.
     * <ul>
     *   <li>NOTIFY: the notice must reach the supervised body at least MTTQ-notice (15 days, NQLT 403/2017 Điều 7
     *       khoản 3) — for an inspection BTTND-plan (5 working days, ND 59/2023 Điều 14) — before the session.</li>
     *   <li>REPORT_IN: the supervised body's report; recorded even when later than MTTQ-report-in (the lateness is
     *       the supervised body's, shown on the page).</li>
     *   <li>HOLD, TEAM_REPORT (MTTQ-team-report: within 15 days of the session, NQLT 403/2017 Điều 9), CONCLUDE (a
     *       conclusion text is required), PROGRESS (a project's progress in percent).</li>
     * </ul>
     */
    public Supervision step(Actor actor, UUID id, Step step, LocalDate date, String text, Integer progress) {
        Supervision s = supervision(actor, id);
        requireBody(actor, s.body(), s.ownerUnitId());
        LocalDate today = LegalTime.today(clock);
        LocalDate on = date == null ? today : date;
        if (on.isAfter(today)) {
            throw DomainException.invalid("supervision.error.dateInFuture");
        }
        SupervisionDeadlines deadlines = recommendations.deadlines();
        switch (step) {
            case NOTIFY -> {
                expect(s, Supervision.Status.PLANNED);
                if (s.sessionOn() == null) {
                    throw DomainException.invalid("supervision.error.sessionMissing");
                }
                deadlines.checkNotice(s.body(), on, s.sessionOn());
                update(actor, id, "notice_sent_on = :on, status = 'NOTIFIED'", on);
            }
            case REPORT_IN -> {
                if (s.status() == Supervision.Status.PLANNED) {
                    throw DomainException.conflict("supervision.error.step", step.name());
                }
                update(actor, id, "report_received_on = :on", on);
            }
            case HOLD -> {
                expect(s, Supervision.Status.NOTIFIED);
                update(actor, id, "session_held_on = :on, status = 'HELD'", on);
            }
            case TEAM_REPORT -> {
                expect(s, Supervision.Status.HELD);
                if (on.isBefore(s.sessionHeldOn())) {
                    throw DomainException.invalid("supervision.error.beforeSession");
                }
                update(actor, id, "team_report_on = :on, status = 'REPORTED'", on);
            }
            case CONCLUDE -> {
                if (s.status() != Supervision.Status.REPORTED && s.status() != Supervision.Status.HELD) {
                    throw DomainException.conflict("supervision.error.step", step.name());
                }
                String conclusion = VietnameseText.normalizeOrNull(text);
                if (conclusion == null) {
                    throw DomainException.invalid("supervision.error.conclusionMissing");
                }
                jdbc.sql("""
                                update sv_supervision set conclusion = :text, concluded_on = :on, status = 'CONCLUDED'
                                where tenant_id = :tenant and id = :id""")
                        .param("text", conclusion).param("on", on).param("tenant", actor.tenantId().value())
                        .param("id", id).update();
            }
            case PROGRESS -> {
                if (progress == null || progress < 0 || progress > 100) {
                    throw DomainException.invalid("supervision.error.progress");
                }
                jdbc.sql("update sv_supervision set project_progress = ? where tenant_id = ? and id = ?")
                        .params(progress, actor.tenantId().value(), id).update();
            }
        }
        audit.recordChange(actor.tenantId(), "sv_supervision", id.toString(), step.name().toLowerCase(), null,
                Map.of("on", on.toString()));
        return supervision(actor, id);
    }

    /** Sends a recommendation of a supervision to a body; the issuer is the supervision's leading unit if in scope. */
    public Recommendation recommend(Actor actor, UUID id, UnitId addressed, String text, LocalDate sentOn) {
        Supervision s = supervision(actor, id);
        if (s.status() != Supervision.Status.CONCLUDED && s.status() != Supervision.Status.REPORTED
                && s.status() != Supervision.Status.HELD) {
            throw DomainException.conflict("supervision.error.notHeld");
        }
        UnitId issuing = currentActor.canSee(actor.tenantId(), s.leadingUnitId()) ? s.leadingUnitId() : s.ownerUnitId();
        return recommendations.issue(actor, new Recommendations.NewRecommendation(s.body(), id, issuing,
                addressed == null ? s.subjectUnitId() : addressed, text, sentOn));
    }

    private void expect(Supervision s, Supervision.Status status) {
        if (s.status() != status) {
            throw DomainException.conflict("supervision.error.step", s.status().name());
        }
    }

    private void update(Actor actor, UUID id, String set, LocalDate on) {
        jdbc.sql("update sv_supervision set " + set + " where tenant_id = :tenant and id = :id")
                .param("on", on).param("tenant", actor.tenantId().value()).param("id", id).update();
    }

    @Transactional(readOnly = true)
    public Plan plan(Actor actor, UUID id) {
        Plan plan = jdbc.sql(PLAN_SQL + " where p.tenant_id = ? and p.id = ?")
                .params(actor.tenantId().value(), id).query(Supervisions::mapPlan).optional()
                .orElseThrow(() -> new NotFoundException("plan", String.valueOf(id)));
        if (!currentActor.canSee(actor.tenantId(), plan.ownerUnitId())) {
            throw new NotFoundException("plan", String.valueOf(id));
        }
        return plan;
    }

    /** The plans owned by units in the actor's scope, newest year first. */
    @Transactional(readOnly = true)
    public List<Plan> plans(Actor actor) {
        UUID[] scope = org.subtree(actor.tenantId(), actor.unitId()).stream().map(UnitId::value).toArray(UUID[]::new);
        return jdbc.sql(PLAN_SQL + " where p.tenant_id = :tenant and p.owner_unit_id = any(cast(:scope as uuid[])) order by p.year desc, p.title")
                .param("tenant", actor.tenantId().value()).param("scope", scope).query(Supervisions::mapPlan).list();
    }

    /** Published plans of a tenant, for the portal. */
    @Transactional(readOnly = true)
    public List<Plan> publishedPlans(TenantId tenant) {
        return jdbc.sql(PLAN_SQL + " where p.tenant_id = ? and p.published order by p.year desc, p.body, p.title")
                .param(tenant.value()).query(Supervisions::mapPlan).list();
    }

    /** The supervisions of a published plan, for the portal. */
    @Transactional(readOnly = true)
    public List<Supervision> publishedSupervisions(TenantId tenant, UUID planId) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " where s.tenant_id = ? and s.plan_id = ? and p.published"
                        + " order by s.session_on nulls last, s.title")
                .params(tenant.value(), planId).query(Supervisions::map).list();
    }

    @Transactional(readOnly = true)
    public Supervision supervision(Actor actor, UUID id) {
        Supervision s = jdbc.sql("select " + COLUMNS + " " + FROM + " where s.tenant_id = ? and s.id = ?")
                .params(actor.tenantId().value(), id).query(Supervisions::map).optional()
                .orElseThrow(() -> new NotFoundException("supervision", String.valueOf(id)));
        if (!currentActor.canSee(actor.tenantId(), s.ownerUnitId())
                && !currentActor.canSee(actor.tenantId(), s.subjectUnitId())) {
            throw new NotFoundException("supervision", String.valueOf(id));
        }
        return s;
    }

    @Transactional(readOnly = true)
    public List<Supervision> ofPlan(Actor actor, UUID planId) {
        plan(actor, planId);
        return jdbc.sql("select " + COLUMNS + " " + FROM + " where s.tenant_id = ? and s.plan_id = ?"
                        + " order by s.session_on nulls last, s.title")
                .params(actor.tenantId().value(), planId).query(Supervisions::map).list();
    }

    /** Which bodies the actor may act for: the Front (SUPERVISION_MANAGE) and the boards (INSPECTION_BOARD_WORK). */
    public static boolean mayActFor(Actor actor, SupervisionBody body) {
        return Recommendations.mayActFor(actor, body);
    }

    private void requireBody(Actor actor, SupervisionBody body, UnitId owner) {
        if (!mayActFor(actor, body)) {
            throw new AccessDeniedException(Recommendations.issuerPermission(body).name());
        }
        if (owner == null) {
            throw DomainException.invalid("supervision.error.ownerMissing");
        }
        currentActor.checkCanSee(actor.tenantId(), owner);
    }

    /** The first unit of a kind in the actor's scope (the Front committee, the board), for defaults on forms. */
    @Transactional(readOnly = true)
    public Optional<UnitId> ownUnit(Actor actor, SupervisionBody body) {
        String kind = switch (body) {
            case FRONT -> "FATHERLAND_FRONT_COMMITTEE";
            case INSPECTION_BOARD -> "PEOPLES_INSPECTION_BOARD";
            case COMMUNITY_INVESTMENT -> "COMMUNITY_INVESTMENT_SUPERVISION_BOARD";
        };
        UUID[] scope = org.subtree(actor.tenantId(), actor.unitId()).stream().map(UnitId::value).toArray(UUID[]::new);
        return jdbc.sql("""
                        select id from org_unit where tenant_id = :tenant and id = any(cast(:scope as uuid[])) and kind = :kind
                          and valid_to is null order by code limit 1""")
                .param("tenant", actor.tenantId().value()).param("scope", scope).param("kind", kind)
                .query((rs, n) -> new UnitId(rs.getObject(1, UUID.class))).optional();
    }

    static final String PLAN_SQL = """
            select p.id, p.body, p.owner_unit_id, u.name, p.year, p.title, p.adopted_on, p.published,
                   (select count(*) from sv_supervision s where s.tenant_id = p.tenant_id and s.plan_id = p.id) as n
            from sv_plan p join org_unit u on u.tenant_id = p.tenant_id and u.id = p.owner_unit_id""";

    static Plan mapPlan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getObject(1, UUID.class), SupervisionBody.valueOf(rs.getString(2)),
                new UnitId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getInt(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getInt(9));
    }

    static Supervision map(ResultSet rs, int n) throws SQLException {
        Integer progress = rs.getObject("project_progress", Integer.class);
        return new Supervision(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getInt("year"),
                SupervisionBody.valueOf(rs.getString("body")), new UnitId(rs.getObject("owner_unit_id", UUID.class)),
                rs.getString("owner_name"), new UnitId(rs.getObject("leading_unit_id", UUID.class)),
                rs.getString("leading_name"), Supervision.Role.valueOf(rs.getString("role")),
                Supervision.Form.valueOf(rs.getString("form")), rs.getString("title"), rs.getString("topic"),
                new UnitId(rs.getObject("subject_unit_id", UUID.class)), rs.getString("subject_name"),
                rs.getString("subject_people"), rs.getString("team"), rs.getObject("session_on", LocalDate.class),
                rs.getObject("notice_sent_on", LocalDate.class), rs.getObject("report_received_on", LocalDate.class),
                rs.getObject("session_held_on", LocalDate.class), rs.getObject("team_report_on", LocalDate.class),
                rs.getString("conclusion"), rs.getObject("concluded_on", LocalDate.class), progress,
                Supervision.Status.valueOf(rs.getString("status")));
    }
}
