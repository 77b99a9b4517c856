package vn.lamchu.cases.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.DenouncerIdentityPolicy;
import vn.lamchu.cases.protection.ProtectionRequest.EndReason;
import vn.lamchu.cases.protection.ProtectionRequest.Form;
import vn.lamchu.cases.protection.ProtectionRequest.Initiative;
import vn.lamchu.cases.protection.ProtectionRequest.Measure;
import vn.lamchu.cases.protection.ProtectionRequest.Person;
import vn.lamchu.cases.protection.ProtectionRequest.Status;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;

/**
 * Protection requests of a denunciation's case (Luật Tố cáo 2018, Điều 47 khoản 3, Điều 50–55): recorded by the staff
 * handling the case, decided by a leader of the unit holding it (CASE_APPROVE), ended by hand or with the proceeding.
 * The protected persons are sealed; the audit log and the decision document never name them (Điều 47 khoản 2). A
 * grant issues the decision (Điều 52) as an official document, kept with the request (the protection file, Điều 55).
 */
@Service
public class ProtectionRequests {

    static final String PERSONS_PURPOSE = "cases.protection.persons";

    /** A request as listed: relationships, never names. */
    public record View(UUID id, CaseId caseId, Status status, Initiative initiative, Form form, LocalDate requestedOn,
                       List<ProtectionRequest.Relationship> protectedPersons, Set<Measure> measures, String note,
                       Boolean granted, String decisionReasons, Set<Measure> grantedMeasures,
                       String responsibleBodies, LocalDate startOn, EndReason endReason, String endNote,
                       Instant endedAt, String documentNumber, int version) {
    }

    /** What is asked. */
    public record NewRequest(Initiative initiative, Form form, LocalDate requestedOn, List<Person> persons,
                             Set<Measure> measures, String note) {
    }

    /** A leader's decision: grant (measures, bodies, start) or refuse; reasons either way. */
    public record DecisionInput(Boolean grant, Set<Measure> measures, String responsibleBodies, LocalDate startOn,
                                String reasons, Integer version) {
    }

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final ProtectionDecisions decisions;
    private final SecretBox box;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ProtectionRequests(JdbcClient jdbc, CaseQueries queries, ProtectionDecisions decisions, SecretBox box,
                       ObjectMapper json, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.decisions = decisions;
        this.box = box;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The requests of a case the actor may read, oldest first. */
    @Transactional(readOnly = true)
    public List<View> ofCase(Actor actor, CaseId caseId) {
        queries.detail(actor, caseId);
        LocalDate today = LegalTime.today(clock);
        return jdbc.sql("select * from protection_request where tenant_id = ? and case_id = ? order by recorded_at, id")
                .params(actor.tenantId().value(), caseId.value()).query(this::map).list()
                .stream().map(r -> view(r, today)).toList();
    }

    /**
     * Records a request (or the resolver's own initiative) on a denunciation the actor's unit holds.
     *
     * @throws DomainException (conflict) {@code protection.error.notDenunciation} for another kind of letter
     */
    @Transactional
    public View request(Actor actor, CaseId caseId, NewRequest in) {
        if (!actor.can(Permission.CASE_HANDLE) && !actor.can(Permission.CASE_APPROVE)) {
            throw new AccessDeniedException("CASE_HANDLE");
        }
        CitizenCase c = actingCase(actor, caseId);
        if (in.requestedOn() != null && in.requestedOn().isAfter(LegalTime.today(clock))) {
            throw DomainException.invalid("protection.error.requestedOn");
        }
        ProtectionRequest r = new ProtectionRequest(Ids.newId(clock), c.id(), in.initiative(), in.form(),
                in.requestedOn() == null ? LegalTime.today(clock) : in.requestedOn(), in.persons(), in.measures(),
                in.note());
        jdbc.sql("""
                        insert into protection_request (tenant_id, id, case_id, status, initiative, request_form, requested_on,
                               persons_enc, relationships, measures, request_note, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), r.id, caseId.value(), r.status.name(), r.initiative.name(),
                        r.form.name(), r.requestedOn, box.encrypt(json.writeValueAsString(r.persons), PERSONS_PURPOSE),
                        relationships(r.persons), names(r.measures), r.note, Timestamp.from(clock.instant()),
                        actor.username())
                .update();
        audit.recordChange(actor.tenantId(), "protection_request", r.id.toString(), "request", null, Map.of(
                "case", caseId.toString(), "initiative", r.initiative.name(), "form", r.form.name(),
                "measures", names(r.measures), "persons", relationships(r.persons)));
        return view(r, LegalTime.today(clock));
    }

    /**
     * A leader grants or refuses; a grant issues the decision document (Điều 52).
     *
     * @throws DomainException (conflict) {@code protection.error.transition} if the request was decided before,
     *                         {@code protection.error.stale} if it changed since the version given
     */
    @Transactional
    public View decide(Actor actor, CaseId caseId, UUID id, DecisionInput in) {
        requireLeader(actor);
        CitizenCase c = actingCase(actor, caseId);
        ProtectionRequest r = load(actor.tenantId(), caseId, id);
        checkVersion(r, in.version());
        if (in.grant() == null) {
            throw DomainException.invalid("protection.error.outcome");
        }
        String documentNumber = null;
        OfficialDocument document = null;
        if (in.grant()) {
            r.grant(in.measures(), in.responsibleBodies(), in.startOn(), in.reasons());
            ProtectionDecisions.Issued issued = decisions.issue(actor, c, r);
            documentNumber = issued.number();
            document = issued.document();
        } else {
            r.refuse(in.reasons());
        }
        jdbc.sql("""
                        update protection_request set status = ?, granted = ?, decided_at = ?, decided_by = ?,
                               decision_reasons = ?, granted_measures = ?, responsible_bodies = ?, start_on = ?,
                               document_number = ?, document = cast(? as jsonb), version = version + 1
                        where tenant_id = ? and id = ?""")
                .params(r.status.name(), r.granted, Timestamp.from(clock.instant()), actor.username(),
                        r.decisionReasons, r.grantedMeasures == null ? null : names(r.grantedMeasures),
                        r.responsibleBodies, r.startOn, documentNumber,
                        document == null ? null : json.writeValueAsString(document), actor.tenantId().value(), id)
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("case", caseId.toString());
        details.put("granted", r.granted);
        if (r.granted) {
            details.put("measures", names(r.grantedMeasures));
            details.put("startOn", r.startOn.toString());
            details.put("document", documentNumber);
        }
        audit.recordChange(actor.tenantId(), "protection_request", id.toString(), r.granted ? "grant" : "refuse",
                r.decisionReasons, details);
        return view(load(actor.tenantId(), caseId, id), LegalTime.today(clock));
    }

    /** A leader ends a granted protection (Điều 54 khoản 2). */
    @Transactional
    public View end(Actor actor, CaseId caseId, UUID id, EndReason reason, String note, Integer version) {
        requireLeader(actor);
        actingCase(actor, caseId);
        ProtectionRequest r = load(actor.tenantId(), caseId, id);
        checkVersion(r, version);
        r.end(reason, note, clock.instant());
        store(actor.tenantId(), r, actor.username());
        audit.recordChange(actor.tenantId(), "protection_request", id.toString(), "end", r.endNote,
                Map.of("case", caseId.toString(), "reason", reason.name()));
        return view(load(actor.tenantId(), caseId, id), LegalTime.today(clock));
    }

    /**
     * The proceeding concluded or was terminated: every open request and protection of the case ends (Điều 54 khoản
     * 2 điểm a). Background work: no actor.
     *
     * @return how many ended
     */
    @Transactional
    public int endWithProceeding(TenantId tenant, CaseId caseId, EndReason reason) {
        int ended = 0;
        for (ProtectionRequest r : jdbc.sql("select * from protection_request where tenant_id = ? and case_id = ? for update")
                .params(tenant.value(), caseId.value()).query(this::map).list()) {
            if (r.endWithProceeding(reason, clock.instant())) {
                store(tenant, r, "system");
                audit.recordChange(tenant, "protection_request", r.id.toString(), "end", null,
                        Map.of("case", caseId.toString(), "reason", reason.name(), "automatic", true));
                ended++;
            }
        }
        return ended;
    }

    /** The decision document of a granted request. */
    @Transactional(readOnly = true)
    public Optional<Decision> decision(Actor actor, CaseId caseId, UUID id) {
        queries.detail(actor, caseId);
        return jdbc.sql("""
                        select document_number, document::text from protection_request
                        where tenant_id = ? and case_id = ? and id = ? and document is not null""")
                .params(actor.tenantId().value(), caseId.value(), id)
                .query((rs, i) -> new Decision(rs.getString(1), json.readValue(rs.getString(2), OfficialDocument.class)))
                .optional();
    }

    /** An issued decision. */
    public record Decision(String number, OfficialDocument document) {
    }

    private void store(TenantId tenant, ProtectionRequest r, String by) {
        jdbc.sql("""
                        update protection_request set status = ?, end_reason = ?, end_note = ?, ended_at = ?, ended_by = ?,
                               version = version + 1
                        where tenant_id = ? and id = ?""")
                .params(r.status.name(), r.endReason == null ? null : r.endReason.name(), r.endNote,
                        r.endedAt == null ? null : Timestamp.from(r.endedAt), by, tenant.value(), r.id)
                .update();
    }

    private CitizenCase actingCase(Actor actor, CaseId caseId) {
        CitizenCase c = queries.detail(actor, caseId).theCase();
        if (!queries.actsOn(actor, c)) {
            throw DomainException.conflict("protection.error.notHolding");
        }
        if (!DenouncerIdentityPolicy.withholds(c.kind())) {
            throw DomainException.conflict("protection.error.notDenunciation");
        }
        return c;
    }

    private static void requireLeader(Actor actor) {
        if (!actor.can(Permission.CASE_APPROVE)) {
            throw new AccessDeniedException("CASE_APPROVE");
        }
    }

    private static void checkVersion(ProtectionRequest r, Integer version) {
        if (version != null && version != r.version) {
            throw DomainException.conflict("protection.error.stale");
        }
    }

    private ProtectionRequest load(TenantId tenant, CaseId caseId, UUID id) {
        return jdbc.sql("select * from protection_request where tenant_id = ? and case_id = ? and id = ?")
                .params(tenant.value(), caseId.value(), id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("protection_request", id.toString()));
    }

    private ProtectionRequest map(ResultSet rs, int row) throws SQLException {
        List<Person> persons = json.readValue(box.decrypt(rs.getString("persons_enc"), PERSONS_PURPOSE),
                new TypeReference<List<Person>>() { });
        ProtectionRequest r = new ProtectionRequest(rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)), Initiative.valueOf(rs.getString("initiative")),
                Form.valueOf(rs.getString("request_form")), rs.getObject("requested_on", LocalDate.class), persons,
                measures(rs.getString("measures")), rs.getString("request_note"));
        r.status = Status.valueOf(rs.getString("status"));
        r.granted = (Boolean) rs.getObject("granted");
        r.decisionReasons = rs.getString("decision_reasons");
        r.grantedMeasures = rs.getString("granted_measures") == null ? null : measures(rs.getString("granted_measures"));
        r.responsibleBodies = rs.getString("responsible_bodies");
        r.startOn = rs.getObject("start_on", LocalDate.class);
        r.endReason = rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason"));
        r.endNote = rs.getString("end_note");
        Timestamp ended = rs.getTimestamp("ended_at");
        r.endedAt = ended == null ? null : ended.toInstant();
        r.version = rs.getInt("version");
        r.documentNumber = rs.getString("document_number");
        return r;
    }

    private static View view(ProtectionRequest r, LocalDate today) {
        return new View(r.id, r.caseId, r.statusOn(today), r.initiative, r.form, r.requestedOn,
                r.persons.stream().map(Person::relationship).toList(), r.measures, r.note, r.granted,
                r.decisionReasons, r.grantedMeasures, r.responsibleBodies, r.startOn, r.endReason, r.endNote,
                r.endedAt, r.documentNumber, r.version);
    }

    private static String names(Set<Measure> measures) {
        return measures.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String relationships(List<Person> persons) {
        return persons.stream().map(p -> p.relationship().name()).collect(Collectors.joining(","));
    }

    private static Set<Measure> measures(String names) {
        EnumSet<Measure> out = EnumSet.noneOf(Measure.class);
        Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).forEach(n -> out.add(Measure.valueOf(n)));
        return out;
    }
}
