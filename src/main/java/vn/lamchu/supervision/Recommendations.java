package vn.lamchu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * The ONE recommendation tracker of the Front's supervisions, the People's Inspection Board and community investment
 * supervision: each recommendation is addressed to a body, gets an answer deadline from the rule data
 * ({@link SupervisionBody#answerRule()}), is answered by the addressed body's leaders (CASE_APPROVE inside their
 * scope: the answer is the body's signed reply) and assessed by the issuer. {@link RecommendationWatch} reminds and
 * escalates.
 *
 * <p>Who sees a recommendation: staff whose scope holds the issuing unit, the addressed unit, or a unit it was
 * escalated to.
 */
@Service
@Transactional
public class Recommendations {

    static final String COLUMNS = """
            r.id, r.number, r.source, r.supervision_id, s.title as supervision_title, r.issuing_unit_id,
            iu.name as issuing_name, r.addressed_unit_id, au.name as addressed_name, r.text, r.sent_on, r.rule_id,
            r.rule_version, r.due_on, r.status, r.answer, r.answered_on, r.answered_by, r.assessment,
            r.assessment_reason, r.assessed_on, r.follow_up, r.case_id,
            (select happened_on from sv_recommendation_event e where e.tenant_id = r.tenant_id
                and e.recommendation_id = r.id and e.kind = 'REMINDER') as reminded_on,
            (select happened_on from sv_recommendation_event e where e.tenant_id = r.tenant_id
                and e.recommendation_id = r.id and e.kind = 'ESCALATION') as escalated_on""";
    static final String FROM = """
            from sv_recommendation r
            left join sv_supervision s on s.tenant_id = r.tenant_id and s.id = r.supervision_id
            join org_unit iu on iu.tenant_id = r.tenant_id and iu.id = r.issuing_unit_id
            join org_unit au on au.tenant_id = r.tenant_id and au.id = r.addressed_unit_id""";

    /** A new recommendation. */
    public record NewRecommendation(SupervisionBody source, UUID supervisionId, UnitId issuingUnitId,
                                    UnitId addressedUnitId, String text, LocalDate sentOn) {
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final OrgDirectory org;
    private final RuleCatalog rules;
    private final AuditLog audit;
    private final CaseIntake intake;
    private final Clock clock;

    Recommendations(JdbcClient jdbc, CurrentActor currentActor, OrgDirectory org, RuleCatalog rules, AuditLog audit,
                    CaseIntake intake, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.org = org;
        this.rules = rules;
        this.audit = audit;
        this.intake = intake;
        this.clock = clock;
    }

    /** The deadline arithmetic over the rule data. */
    public SupervisionDeadlines deadlines() {
        return new SupervisionDeadlines(rules.calculator(), (id, date) -> rules.rule(id).versionOn(date)
                .orElseThrow(() -> DomainException.invalid("rules.error.noVersion", id,
                        vn.lamchu.rules.DateText.of(date))));
    }

    /** The permission that lets staff act for the issuing body. */
    static Permission issuerPermission(SupervisionBody body) {
        return body == SupervisionBody.FRONT ? Permission.SUPERVISION_MANAGE : Permission.INSPECTION_BOARD_WORK;
    }

    /**
     * Whether the actor may act for a body: the Front's staff (SUPERVISION_MANAGE) for the Front, the boards' members
     * (INSPECTION_BOARD_WORK) for the inspection board; a community investment supervision board is set up by the
     * commune Front per project and has Front, board and resident members (Luật DCCS 2022 Điều 41), so either.
     */
    static boolean mayActFor(Actor actor, SupervisionBody body) {
        return actor.can(issuerPermission(body))
                || (body == SupervisionBody.COMMUNITY_INVESTMENT && actor.can(Permission.SUPERVISION_MANAGE));
    }

    /**
     * Sends a recommendation: its answer deadline is computed from {@code sentOn} under the rule version in force
     * that day.
     *
     * @throws DomainException (invalid) for an empty text, a date in the future or an unknown addressed body
     */
    public Recommendation issue(Actor actor, NewRecommendation request) {
        requireIssuer(actor, request.source(), request.issuingUnitId());
        String text = VietnameseText.normalizeOrNull(request.text());
        if (text == null) {
            throw DomainException.invalid("supervision.error.textMissing");
        }
        if (request.addressedUnitId() == null || org.unit(actor.tenantId(), request.addressedUnitId()).isEmpty()) {
            throw DomainException.invalid("supervision.error.addressedMissing");
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate sentOn = request.sentOn() == null ? today : request.sentOn();
        if (sentOn.isAfter(today)) {
            throw DomainException.invalid("supervision.error.dateInFuture");
        }
        String ruleId = request.source().answerRule();
        SupervisionDeadlines deadlines = deadlines();
        RuleVersion version = deadlines.version(ruleId, sentOn);
        LocalDate due = deadlines.answerDue(request.source(), sentOn);
        UUID id = Ids.newId(clock);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('sv_recommendation_number'), hashtext(?))")
                .param(actor.tenantId().value().toString()).query().listOfRows();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from sv_recommendation where tenant_id = ?")
                .param(actor.tenantId().value()).query(Integer.class).single();
        jdbc.sql("""
                        insert into sv_recommendation (tenant_id, id, number, source, supervision_id, issuing_unit_id,
                            addressed_unit_id, text, sent_on, rule_id, rule_version, due_on, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING', ?, ?)""")
                .params(actor.tenantId().value(), id, number, request.source().name(), request.supervisionId(),
                        request.issuingUnitId().value(), request.addressedUnitId().value(), text, sentOn, ruleId,
                        version.number(), due, Timestamp.from(clock.instant()), actor.username())
                .update();
        audit.recordChange(actor.tenantId(), "sv_recommendation", id.toString(), "create", null,
                Map.of("number", number, "addressedUnit", request.addressedUnitId().toString(), "dueOn", due.toString(),
                        "rule", ruleId + " v" + version.number()));
        return get(actor.tenantId(), id);
    }

    /**
     * The addressed body's written answer.
     *
     * @throws AccessDeniedException unless the actor may approve for the addressed body
     * @throws DomainException       (conflict) if it was already answered; (invalid) for an empty answer
     */
    public Recommendation answer(Actor actor, UUID id, String answerText, LocalDate answeredOn) {
        Recommendation r = visible(actor, id);
        if (!actor.can(Permission.CASE_APPROVE) || !currentActor.canSee(actor.tenantId(), r.addressedUnitId())) {
            throw new AccessDeniedException("CASE_APPROVE");
        }
        if (r.status() != Recommendation.Status.AWAITING) {
            throw DomainException.conflict("supervision.error.alreadyAnswered", r.code());
        }
        String text = VietnameseText.normalizeOrNull(answerText);
        if (text == null) {
            throw DomainException.invalid("supervision.error.answerMissing");
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate on = answeredOn == null ? today : answeredOn;
        if (on.isAfter(today) || on.isBefore(r.sentOn())) {
            throw DomainException.invalid("supervision.error.answerDate");
        }
        jdbc.sql("""
                        update sv_recommendation set status = 'ANSWERED', answer = ?, answered_on = ?, answered_by = ?
                        where tenant_id = ? and id = ? and status = 'AWAITING'""")
                .params(text, on, actor.displayName(), actor.tenantId().value(), id).update();
        notice(actor.tenantId(), r.issuingUnitId(), id, "ANSWERED", today);
        audit.recordChange(actor.tenantId(), "sv_recommendation", id.toString(), "answer", null,
                Map.of("answeredOn", on.toString(), "late", on.isAfter(r.dueOn())));
        return get(actor.tenantId(), id);
    }

    /**
     * The issuer's assessment of the answer; a partial or rejected assessment needs its reasons, and may say what a
     * follow-up supervision is to check.
     */
    public Recommendation assess(Actor actor, UUID id, Recommendation.Assessment assessment, String reason,
                                 String followUp) {
        Recommendation r = visible(actor, id);
        requireIssuer(actor, r.source(), r.issuingUnitId());
        if (r.status() != Recommendation.Status.ANSWERED) {
            throw DomainException.conflict("supervision.error.notAnswered", r.code());
        }
        if (assessment == null) {
            throw DomainException.invalid("supervision.error.assessmentMissing");
        }
        String why = VietnameseText.normalizeOrNull(reason);
        if (assessment != Recommendation.Assessment.ACCEPTED && why == null) {
            throw DomainException.invalid("supervision.error.reasonMissing");
        }
        jdbc.sql("""
                        update sv_recommendation set status = 'ASSESSED', assessment = ?, assessment_reason = ?,
                            assessed_on = ?, follow_up = ? where tenant_id = ? and id = ?""")
                .params(assessment.name(), why, LegalTime.today(clock), VietnameseText.normalizeOrNull(followUp),
                        actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "sv_recommendation", id.toString(), "assess", why,
                Map.of("assessment", assessment.name()));
        return get(actor.tenantId(), id);
    }

    /**
     * A finding about a person's conduct opens a case through the one intake (Channel.FORWARDED, forwarded by the
     * issuing Front committee or board). The actor needs CASE_RECEIVE, as for every staff intake.
     */
    public UUID openCase(Actor actor, UUID id, String title, String body) {
        Recommendation r = visible(actor, id);
        requireIssuer(actor, r.source(), r.issuingUnitId());
        if (r.caseId() != null) {
            throw DomainException.conflict("supervision.error.caseOpened", r.code());
        }
        if (!actor.can(Permission.CASE_RECEIVE)) {
            throw DomainException.invalid("supervision.error.noCaseReceive");
        }
        UnitId place = new SupervisionUnits(org).area(actor.tenantId(), r.addressedUnitId()).map(u -> u.id())
                .orElse(r.addressedUnitId());
        IntakeReceipt receipt = intake.submit(actor.tenantId(), new IntakeRequest(Channel.FORWARDED,
                "sv-recommendation-" + id, ContentKind.FEEDBACK, title, body, null, place.value(), null, false,
                List.of(new vn.lamchu.cases.Sender(r.issuingUnitName(), r.issuingUnitName(), null, null)), false, r.issuingUnitName(), null, null, List.of()));
        jdbc.sql("update sv_recommendation set case_id = ? where tenant_id = ? and id = ?")
                .params(receipt.caseId().value(), actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "sv_recommendation", id.toString(), "open-case", null,
                Map.of("case", receipt.caseId().value().toString()));
        return receipt.caseId().value();
    }

    /** The recommendation, if the actor may see it. */
    @Transactional(readOnly = true)
    public Recommendation visible(Actor actor, UUID id) {
        Recommendation r = find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("recommendation",
                String.valueOf(id)));
        if (!canSee(actor, r)) {
            throw new NotFoundException("recommendation", String.valueOf(id));
        }
        return r;
    }

    boolean canSee(Actor actor, Recommendation r) {
        if (currentActor.canSee(actor.tenantId(), r.issuingUnitId())
                || currentActor.canSee(actor.tenantId(), r.addressedUnitId())) {
            return true;
        }
        return jdbc.sql("""
                        select superior_unit_id, party_unit_id from sv_recommendation_event
                        where tenant_id = ? and recommendation_id = ? and kind = 'ESCALATION'""")
                .params(actor.tenantId().value(), r.id())
                .query((rs, n) -> List.of(Optional.ofNullable(rs.getObject(1, UUID.class)),
                        Optional.ofNullable(rs.getObject(2, UUID.class)))).list().stream()
                .flatMap(List::stream).flatMap(Optional::stream)
                .anyMatch(u -> currentActor.canSee(actor.tenantId(), new UnitId(u)));
    }

    /** Recommendations in the actor's scope (issued by, addressed to, or escalated to a unit in it), newest first. */
    @Transactional(readOnly = true)
    public List<Recommendation> inScope(Actor actor, UUID supervisionId, int limit) {
        Set<UnitId> scope = org.subtree(actor.tenantId(), actor.unitId());
        UUID[] ids = scope.stream().map(UnitId::value).toArray(UUID[]::new);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " " + FROM + " " + """
                 where r.tenant_id = :tenant and (r.issuing_unit_id = any(cast(:scope as uuid[])) or r.addressed_unit_id = any(cast(:scope as uuid[]))
                   or exists (select 1 from sv_recommendation_event e where e.tenant_id = r.tenant_id
                      and e.recommendation_id = r.id and (e.superior_unit_id = any(cast(:scope as uuid[])) or e.party_unit_id = any(cast(:scope as uuid[])))))""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", actor.tenantId().value());
        params.put("scope", ids);
        if (supervisionId != null) {
            sql.append(" and r.supervision_id = :supervision");
            params.put("supervision", supervisionId);
        }
        sql.append(" order by r.number desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Recommendations::map).list();
    }

    /** The recommendations of concluded, published supervisions with their answers, for the portal. */
    @Transactional(readOnly = true)
    public List<Recommendation> published(TenantId tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " " + """
                         join sv_plan p on p.tenant_id = s.tenant_id and p.id = s.plan_id
                        where r.tenant_id = ? and s.status = 'CONCLUDED' and p.published
                        order by r.number desc limit ?""")
                .params(tenant.value(), limit).query(Recommendations::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " " + FROM + " where r.tenant_id = ? and r.id = ?")
                .params(tenant.value(), id).query(Recommendations::map).optional();
    }

    Recommendation get(TenantId tenant, UUID id) {
        return find(tenant, id).orElseThrow(() -> new NotFoundException("recommendation", id.toString()));
    }

    /** Notices for the units in the actor's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> notices(Actor actor, int limit) {
        UUID[] scope = org.subtree(actor.tenantId(), actor.unitId()).stream().map(UnitId::value).toArray(UUID[]::new);
        return jdbc.sql("""
                        select n.kind, n.created_on, n.subject_id, u.name,
                               coalesce((select 'KN-' || r.number || ': ' || left(r.text, 120) from sv_recommendation r
                                          where r.tenant_id = n.tenant_id and r.id = n.subject_id),
                                        (select s.title from sv_supervision s where s.tenant_id = n.tenant_id
                                          and s.id = n.subject_id)) as subject,
                               exists (select 1 from sv_recommendation r where r.tenant_id = n.tenant_id
                                          and r.id = n.subject_id) as about_recommendation
                        from sv_notice n join org_unit u on u.tenant_id = n.tenant_id and u.id = n.unit_id
                        where n.tenant_id = :tenant and n.unit_id = any(cast(:scope as uuid[]))
                        order by n.created_on desc, n.kind limit :limit""")
                .param("tenant", actor.tenantId().value()).param("scope", scope).param("limit", limit)
                .query((rs, n) -> new Notice(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** A notice left for a unit's staff. */
    public record Notice(String kind, LocalDate createdOn, UUID subjectId, String unitName, String subject,
                         boolean aboutRecommendation) {
    }

    /** Leaves a notice for a unit, once per subject and kind. */
    void notice(TenantId tenant, UnitId unit, UUID subject, String kind, LocalDate on) {
        jdbc.sql("""
                        insert into sv_notice (tenant_id, id, unit_id, subject_id, kind, created_on)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(tenant.value(), Ids.newId(clock), unit.value(), subject, kind, on).update();
    }

    private void requireIssuer(Actor actor, SupervisionBody body, UnitId issuingUnit) {
        if (!mayActFor(actor, body)) {
            throw new AccessDeniedException(issuerPermission(body).name());
        }
        if (issuingUnit == null) {
            throw DomainException.invalid("supervision.error.issuingMissing");
        }
        currentActor.checkCanSee(actor.tenantId(), issuingUnit);
    }

    static Recommendation map(ResultSet rs, int n) throws SQLException {
        String assessment = rs.getString("assessment");
        UUID caseId = rs.getObject("case_id", UUID.class);
        return new Recommendation(rs.getObject("id", UUID.class), rs.getInt("number"),
                SupervisionBody.valueOf(rs.getString("source")), rs.getObject("supervision_id", UUID.class),
                rs.getString("supervision_title"), new UnitId(rs.getObject("issuing_unit_id", UUID.class)),
                rs.getString("issuing_name"), new UnitId(rs.getObject("addressed_unit_id", UUID.class)),
                rs.getString("addressed_name"), rs.getString("text"), rs.getObject("sent_on", LocalDate.class),
                rs.getString("rule_id"), rs.getInt("rule_version"), rs.getObject("due_on", LocalDate.class),
                Recommendation.Status.valueOf(rs.getString("status")), rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"),
                assessment == null ? null : Recommendation.Assessment.valueOf(assessment),
                rs.getString("assessment_reason"), rs.getObject("assessed_on", LocalDate.class),
                rs.getString("follow_up"), caseId, rs.getObject("reminded_on", LocalDate.class),
                rs.getObject("escalated_on", LocalDate.class));
    }
}
