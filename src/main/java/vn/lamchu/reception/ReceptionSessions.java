package vn.lamchu.reception;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.DenouncerIdentityPolicy;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.Sender;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.rules.Deadline;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.RuleCatalog;
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
 * Reception sessions (RULEBOOK §15.2: Scheduled → Held → Concluded) and what is recorded in them: who received, each
 * visitor or delegation, each matter raised — logged at once as a case through the one intake with
 * {@link Channel#RECEPTION}, so that the written notice of Luật Tiếp công dân 2013, Điều 28 khoản 1 (TCD-28, 10
 * working days) is due and watched like any letter's — the answer given on the spot, and the leader's conclusions
 * (thông báo kết luận việc tiếp công dân).
 *
 * <p>What a matter's case means for the figures, read from the case's status:
 * <ul>
 *   <li><b>notice given</b> (TCD-28: the citizen was told it was accepted, guided, forwarded or answered): the case is
 *       in a final status ({@link CaseStatus#isFinal()}), in a proceeding ({@code IN_PROCEEDING}) or under review
 *       after its answer ({@code REVIEW_REQUESTED});</li>
 *   <li><b>answered</b>: the receiver answered on the spot, or the notice was given;</li>
 *   <li><b>resolved</b>: the case needs nothing more from the office ({@link CaseStatus#isFinal()}: answered,
 *       guided, forwarded, returned, filed, or its complaint/denunciation procedure ended).</li>
 * </ul>
 */
@Service
public class ReceptionSessions {

    static final String VISITOR_PURPOSE = "reception.visitor";
    /** The notice to a citizen received in person (Luật Tiếp công dân 2013, Điều 28 khoản 1). */
    static final String NOTICE_RULE = "TCD-28";
    public static final int MAX_MATTERS = 10;
    /** A group of five or more is a delegation that must send representatives (Luật Tiếp công dân 2013, Điều 30). */
    public static final int DELEGATION_SIZE = 5;
    static final int CONTENT_MAX = 5000;

    public enum Status { SCHEDULED, HELD, CONCLUDED }

    private final JdbcClient jdbc;
    private final CaseIntake intake;
    private final OrgDirectory org;
    private final SecretBox box;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final RuleCatalog rules;
    private final ReceptionScope scope;
    private final Clock clock;

    ReceptionSessions(JdbcClient jdbc, CaseIntake intake, OrgDirectory org, SecretBox box, CurrentActor currentActor,
                      AuditLog audit, RuleCatalog rules, ReceptionScope scope, Clock clock) {
        this.scope = scope;
        this.rules = rules;
        this.jdbc = jdbc;
        this.intake = intake;
        this.org = org;
        this.box = box;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    public record Session(UUID id, UnitId keepingUnitId, String keepingUnitName, UUID scheduleId, boolean scheduled,
                          LocalDate date, Status status, String receiverName, String receiverTitle, String place,
                          String hours, LocalDate publishedOn, LocalDate publishLatest, boolean publishedLate,
                          String conclusion, LocalDate concludedOn, int visits, int persons, int matters) {
    }

    public record Matter(UUID id, int position, ContentKind kind, String title, String priorHandling,
                         String spotAnswer, CaseId caseId, String caseNumber, LocalDate noticeDue, String noticeRule,
                         CaseStatus caseStatus, boolean noticeGiven, boolean noticeOverdue) {

        @JsonProperty("answered")
        public boolean answered() {
            return spotAnswer != null || noticeGiven;
        }

        @JsonProperty("resolved")
        public boolean resolved() {
            return caseStatus != null && caseStatus.isFinal();
        }
    }

    public record Visit(UUID id, String name, String address, String idNumber, String phone, int persons,
                        List<String> representatives, List<Matter> matters) {

        @JsonProperty("delegation")
        public boolean delegation() {
            return persons >= DELEGATION_SIZE;
        }
    }

    public record Detail(Session session, List<Visit> visits) {
    }

    public record NewSession(UUID keepingUnitId, UUID scheduleId, LocalDate date, String receiverName,
                             String receiverTitle, String place, String hours) {
    }

    /**
     * @param persons         how many came (1 for one citizen; five or more: a delegation)
     * @param representatives a delegation's other representatives (the visitor is the first): Nghị định 75/2012/NĐ-CP,
     *                        Điều 5 — at most 2 for 5–10 people, at most 5 for more
     */
    public record NewVisit(String name, String address, String idNumber, String phone, Integer persons,
                           List<String> representatives, List<NewMatter> matters) {
    }

    /** A matter raised: content kind chosen by the receptionist (Thông tư 07/2014/TT-TTCP, Điều 6 khoản 1). */
    public record NewMatter(ContentKind kind, String title, String content, String request, String priorHandling,
                            String spotAnswer) {
    }

    /** An unscheduled (extraordinary) session, or a session planned ahead outside the schedules. */
    @Transactional
    public Session open(NewSession in) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        if (in.keepingUnitId() == null) {
            throw DomainException.invalid("reception.error.keepingUnit");
        }
        UnitId keeping = new UnitId(in.keepingUnitId());
        currentActor.checkCanSee(tenant, keeping);
        LocalDate today = LegalTime.today(clock);
        if (in.date() == null || in.date().isBefore(today.minusYears(1)) || in.date().isAfter(today.plusYears(1))) {
            throw DomainException.invalid("reception.error.date");
        }
        String title = ReceptionSchedules.text(in.receiverTitle(), "reception.error.receiverTitle");
        String place = ReceptionSchedules.text(in.place(), "reception.error.place");
        UUID scheduleId = null;
        String ruleId = null;
        if (in.scheduleId() != null) {
            var row = jdbc.sql("select keeping_unit_id, rule_id from reception_schedule where tenant_id = ? and id = ?")
                    .params(tenant.value(), in.scheduleId())
                    .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).optional()
                    .orElseThrow(() -> DomainException.invalid("reception.error.schedule"));
            if (!UUID.fromString(row[0]).equals(keeping.value())) {
                throw DomainException.invalid("reception.error.schedule");
            }
            scheduleId = in.scheduleId();
            ruleId = row[1];
        }
        UUID id = Ids.newId(clock);
        Status status = in.date().isAfter(today) ? Status.SCHEDULED : Status.HELD;
        jdbc.sql("""
                        insert into reception_session (tenant_id, id, keeping_unit_id, schedule_id, scheduled, session_date,
                            status, receiver_name, receiver_title, place, hours, rule_id, held_at, created_at)
                        values (?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, keeping.value(), scheduleId, in.date(), status.name(),
                        VietnameseText.normalizeOrNull(in.receiverName()), title, place,
                        VietnameseText.normalizeOrNull(in.hours()), ruleId,
                        status == Status.HELD ? Timestamp.from(clock.instant()) : null, Timestamp.from(clock.instant()))
                .update();
        audit.recordChange(tenant, "reception_session", id.toString(), "open", null,
                Map.of("date", in.date().toString(), "scheduled", false, "status", status.name()));
        return session(tenant, id);
    }

    public Session get(UUID id) {
        Actor actor = currentActor.require();
        Session s = session(actor.tenantId(), id);
        currentActor.checkCanSee(actor.tenantId(), s.keepingUnitId());
        return s;
    }

    /** Sessions of the units in the subtree of {@code unit} (the actor's when null) between two days. */
    public List<Session> list(UUID unit, LocalDate from, LocalDate to) {
        Actor actor = currentActor.require();
        Set<UnitId> units = scope.subtree(actor, unit);
        return jdbc.sql("""
                        select id from reception_session where tenant_id = ? and keeping_unit_id = any(?)
                          and session_date between ? and ? order by session_date, created_at""")
                .params(actor.tenantId().value(), ReceptionScope.ids(units), from, to)
                .query(UUID.class).list().stream().map(id -> session(actor.tenantId(), id)).toList();
    }

    /** The session held: Scheduled → Held, on or after its day (also when nobody came). */
    @Transactional
    public Session markHeld(UUID id) {
        Session s = get(id);
        if (s.status() != Status.SCHEDULED) {
            throw DomainException.conflict("reception.error.notScheduled");
        }
        if (s.date().isAfter(LegalTime.today(clock))) {
            throw DomainException.conflict("reception.error.notYet");
        }
        TenantId tenant = currentActor.require().tenantId();
        setHeld(tenant, id);
        return session(tenant, id);
    }

    private void setHeld(TenantId tenant, UUID id) {
        jdbc.sql("""
                        update reception_session set status = 'HELD', held_at = ?, version = version + 1
                        where tenant_id = ? and id = ? and status = 'SCHEDULED'""")
                .params(Timestamp.from(clock.instant()), tenant.value(), id).update();
        audit.recordChange(tenant, "reception_session", id.toString(), "held", null, Map.of());
    }

    /**
     * Records a visitor or a delegation and the matters raised; each matter becomes a case through the intake in this
     * transaction (a refused matter refuses the whole visit). A scheduled session whose day has come becomes held.
     *
     * @throws DomainException (invalid) naming the field; (conflict) if the session is concluded or still ahead
     */
    @Transactional
    public Visit recordVisit(UUID sessionId, NewVisit in) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        Session s = get(sessionId);
        if (s.status() == Status.CONCLUDED) {
            throw DomainException.conflict("reception.error.concluded");
        }
        if (s.date().isAfter(LegalTime.today(clock))) {
            throw DomainException.conflict("reception.error.notYet");
        }
        String name = ReceptionSchedules.text(in.name(), "reception.error.visitorName");
        String address = ReceptionSchedules.text(in.address(), "reception.error.visitorAddress");
        int persons = in.persons() == null ? 1 : in.persons();
        if (persons < 1 || persons > 10_000) {
            throw DomainException.invalid("reception.error.persons");
        }
        List<String> representatives = in.representatives() == null ? List.of() : in.representatives().stream()
                .map(VietnameseText::normalizeOrNull).filter(r -> r != null).toList();
        int maxOthers = persons < DELEGATION_SIZE ? 0 : persons <= 10 ? 1 : 4;
        if (representatives.size() > maxOthers) {
            throw DomainException.invalid("reception.error.representatives", maxOthers + 1);
        }
        List<NewMatter> matters = in.matters() == null ? List.of() : in.matters().stream()
                .filter(m -> m != null && !(blank(m.title()) && blank(m.content()))).toList();
        if (matters.isEmpty() || matters.size() > MAX_MATTERS) {
            throw DomainException.invalid("reception.error.matters", MAX_MATTERS);
        }
        Sender sender = new Sender(name, address, in.phone(), null, in.idNumber());
        List<Sender> senders = new ArrayList<>();
        senders.add(sender);
        representatives.forEach(r -> senders.add(new Sender(r, address, null, null, null)));
        if (s.status() == Status.SCHEDULED) {
            setHeld(tenant, sessionId);
        }
        UUID visitId = Ids.newId(clock);
        jdbc.sql("""
                        insert into reception_visit (tenant_id, session_id, id, name_enc, address_enc, id_number_enc,
                            phone_enc, persons, representatives_enc, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), sessionId, visitId, seal(name), seal(address), seal(sender.idNumber()),
                        seal(sender.phone()), persons,
                        representatives.isEmpty() ? null : seal(String.join("\n", representatives)),
                        Timestamp.from(clock.instant()))
                .update();
        int position = jdbc.sql("select count(*) from reception_matter where tenant_id = ? and session_id = ?")
                .params(tenant.value(), sessionId).query(Integer.class).single();
        // Luật Tiếp công dân 2013, Điều 28 khoản 1: the citizen is told within 10 working days of the reception
        Deadline notice = rules.deadline(NOTICE_RULE, DeadlineRequest.from(s.date()), null);
        for (NewMatter m : matters) {
            position++;
            if (m.kind() == null) {
                throw DomainException.invalid("reception.error.kind");
            }
            String content = VietnameseText.normalizeOrNull(m.content());
            String request = VietnameseText.normalizeOrNull(m.request());
            String prior = VietnameseText.normalizeOrNull(m.priorHandling());
            String spot = VietnameseText.normalizeOrNull(m.spotAnswer());
            if (content != null && content.length() > CONTENT_MAX) {
                throw DomainException.invalid("cases.error.body", CaseIntake.BODY_MIN, CONTENT_MAX);
            }
            StringBuilder body = new StringBuilder(content == null ? "" : content);
            if (request != null) {
                body.append("\n\nYêu cầu của công dân: ").append(request);
            }
            if (prior != null) {
                body.append("\n\nCơ quan đã giải quyết: ").append(prior);
            }
            if (persons >= DELEGATION_SIZE) {
                body.append("\n\nĐoàn đông người: ").append(persons).append(" người.");
            }
            UUID matterId = Ids.newId(clock);
            IntakeReceipt receipt = intake.submit(tenant, new IntakeRequest(Channel.RECEPTION,
                    "reception-" + matterId, m.kind(), m.title(), body.toString(), null, null,
                    null, false, senders, false, null, s.date(), null, null));
            jdbc.sql("""
                            insert into reception_matter (tenant_id, id, session_id, visit_id, position, content_kind, title,
                                prior_handling, spot_answer, case_id, case_number, notice_due, notice_rule, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), matterId, sessionId, visitId, position, m.kind().name(),
                            VietnameseText.normalizeOrNull(m.title()), prior, spot, receipt.caseId().value(),
                            receipt.number(), notice.due(), notice.version().ruleId(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
        audit.recordChange(tenant, "reception_session", sessionId.toString(), "visit", null, Map.of(
                "visit", visitId.toString(), "persons", persons, "matters", matters.size()));
        return visits(tenant, sessionId).stream().filter(v -> v.id().equals(visitId)).findFirst().orElseThrow();
    }

    /**
     * The leader's conclusions (thông báo kết luận việc tiếp công dân, RULEBOOK §1.3): Held → Concluded.
     *
     * @throws DomainException (conflict) unless the session is held; (invalid) without a text
     */
    @Transactional
    public Session conclude(UUID id, String conclusion) {
        Session s = get(id);
        if (s.status() != Status.HELD) {
            throw DomainException.conflict("reception.error.notHeld");
        }
        String text = VietnameseText.normalizeOrNull(conclusion);
        if (text == null || text.length() < 10 || text.length() > CONTENT_MAX) {
            throw DomainException.invalid("reception.error.conclusion", 10, CONTENT_MAX);
        }
        TenantId tenant = currentActor.require().tenantId();
        jdbc.sql("""
                        update reception_session set status = 'CONCLUDED', conclusion = ?, concluded_on = ?,
                            version = version + 1
                        where tenant_id = ? and id = ? and status = 'HELD'""")
                .params(text, LegalTime.today(clock), tenant.value(), id).update();
        audit.recordChange(tenant, "reception_session", id.toString(), "conclude", null, Map.of());
        return session(tenant, id);
    }

    /**
     * A session with its visits. A visitor who raised a denunciation (or a letter mixing one) is shown without name,
     * address, ID, phone or representatives: the denouncer's identity is kept secret from everyone who does not need
     * it (Luật Tố cáo 2018, Điều 9 khoản 1 điểm b, Điều 47; RULEBOOK §15.3), as the case page withholds it.
     */
    public Detail detail(UUID id) {
        Session s = get(id);
        return new Detail(s, visits(currentActor.require().tenantId(), id).stream()
                .map(ReceptionSessions::withheldIfDenouncer).toList());
    }

    static Visit withheldIfDenouncer(Visit v) {
        boolean withholds = v.matters().stream().anyMatch(m -> DenouncerIdentityPolicy.withholds(m.kind()));
        return withholds ? new Visit(v.id(), ReceptionBook.WITHHELD, null, null, null, v.persons(), List.of(),
                v.matters()) : v;
    }

    Session session(TenantId tenant, UUID id) {
        return jdbc.sql("""
                        select s.id, s.keeping_unit_id, s.schedule_id, s.scheduled, s.session_date, s.status,
                               s.receiver_name, s.receiver_title, s.place, s.hours, s.published_on, s.publish_latest,
                               s.published_late, s.conclusion, s.concluded_on,
                               (select count(*) from reception_visit v where v.tenant_id = s.tenant_id and v.session_id = s.id),
                               (select coalesce(sum(v.persons), 0) from reception_visit v
                                 where v.tenant_id = s.tenant_id and v.session_id = s.id),
                               (select count(*) from reception_matter m where m.tenant_id = s.tenant_id and m.session_id = s.id)
                        from reception_session s where s.tenant_id = ? and s.id = ?""")
                .params(tenant.value(), id)
                .query((rs, i) -> {
                    UnitId unit = new UnitId(rs.getObject(2, UUID.class));
                    return new Session(rs.getObject(1, UUID.class), unit,
                            org.unit(tenant, unit).map(Unit::name).orElse(""), rs.getObject(3, UUID.class),
                            rs.getBoolean(4), rs.getObject(5, LocalDate.class), Status.valueOf(rs.getString(6)),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getBoolean(13),
                            rs.getString(14), rs.getObject(15, LocalDate.class), rs.getInt(16), rs.getInt(17),
                            rs.getInt(18));
                })
                .optional().orElseThrow(() -> new NotFoundException("reception_session", id.toString()));
    }

    List<Visit> visits(TenantId tenant, UUID sessionId) {
        List<Matter> matters = matters(tenant, "m.session_id = ?", sessionId);
        Map<UUID, List<Matter>> byVisit = new HashMap<>();
        jdbc.sql("select visit_id, id from reception_matter where tenant_id = ? and session_id = ? order by position")
                .params(tenant.value(), sessionId)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                .forEach(e -> byVisit.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(matters.stream().filter(m -> m.id().equals(e.getValue())).findFirst().orElseThrow()));
        return jdbc.sql("""
                        select id, name_enc, address_enc, id_number_enc, phone_enc, persons, representatives_enc
                        from reception_visit where tenant_id = ? and session_id = ? order by created_at, id""")
                .params(tenant.value(), sessionId)
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String reps = open(rs.getString(7));
                    return new Visit(id, open(rs.getString(2)), open(rs.getString(3)), open(rs.getString(4)),
                            open(rs.getString(5)), rs.getInt(6), reps == null ? List.of() : List.of(reps.split("\n")),
                            byVisit.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** Matters with their case's status, read from the case table (read-only; tenant-filtered). */
    List<Matter> matters(TenantId tenant, String where, Object... args) {
        LocalDate today = LegalTime.today(clock);
        List<Object> params = new ArrayList<>();
        params.add(tenant.value());
        params.addAll(Arrays.asList(args));
        return jdbc.sql("""
                        select m.id, m.position, m.content_kind, m.title, m.prior_handling, m.spot_answer, m.case_id,
                               m.case_number, m.notice_due, m.notice_rule, c.status
                        from reception_matter m
                        left join citizen_case c on c.tenant_id = m.tenant_id and c.id = m.case_id
                        where m.tenant_id = ? and """ + " " + where + " order by m.position")
                .params(params)
                .query((rs, i) -> {
                    CaseStatus status = rs.getString(11) == null ? null : CaseStatus.valueOf(rs.getString(11));
                    boolean given = noticeGiven(status);
                    LocalDate due = rs.getObject(9, LocalDate.class);
                    return new Matter(rs.getObject(1, UUID.class), rs.getInt(2), ContentKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), new CaseId(rs.getObject(7, UUID.class)),
                            rs.getString(8), due, rs.getString(10), status, given, !given && today.isAfter(due));
                })
                .list();
    }

    /** A matter whose TCD-28 notice is overdue, with its session's day. */
    public record OverdueNotice(UUID sessionId, LocalDate sessionDate, Matter matter) {
    }

    /**
     * The watch of Luật Tiếp công dân 2013, Điều 28 khoản 1 (TCD-28): matters raised at sessions of the units in the
     * subtree of {@code unit} whose citizen has not been told the outcome by the due day, oldest first.
     */
    public List<OverdueNotice> overdueNotices(UUID unit) {
        Actor actor = currentActor.require();
        UUID[] units = ReceptionScope.ids(scope.subtree(actor, unit));
        LocalDate today = LegalTime.today(clock);
        Map<UUID, LocalDate> sessionDays = new HashMap<>();
        jdbc.sql("""
                        select m.session_id, s.session_date from reception_matter m
                        join reception_session s on s.tenant_id = m.tenant_id and s.id = m.session_id
                        where m.tenant_id = ? and s.keeping_unit_id = any(?) and m.notice_due < ?""")
                .params(actor.tenantId().value(), units, today)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .forEach(e -> sessionDays.put(e.getKey(), e.getValue()));
        List<OverdueNotice> out = new ArrayList<>();
        for (Map.Entry<UUID, LocalDate> e : sessionDays.entrySet()) {
            for (Matter m : matters(actor.tenantId(), "m.session_id = ?", e.getKey())) {
                if (m.noticeOverdue()) {
                    out.add(new OverdueNotice(e.getKey(), e.getValue(), m));
                }
            }
        }
        out.sort(java.util.Comparator.comparing((OverdueNotice o) -> o.matter().noticeDue())
                .thenComparing(o -> o.matter().caseNumber()));
        return out;
    }

    /** Whether the citizen has been told how the matter is handled (TCD-28): see the class comment. */
    static boolean noticeGiven(CaseStatus status) {
        return status != null && (status.isFinal() || status == CaseStatus.IN_PROCEEDING
                || status == CaseStatus.REVIEW_REQUESTED);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String seal(String value) {
        return value == null ? null : box.encrypt(value, VISITOR_PURPOSE);
    }

    private String open(String value) {
        return value == null ? null : box.decrypt(value, VISITOR_PURPOSE);
    }
}
