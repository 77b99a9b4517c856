package vn.lamchu.voters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * The council's term (nhiệm kỳ), its sessions (kỳ họp), constituencies (đơn vị bầu cử: which villages or communes) and
 * deputies, linked to the organisation's people where known. Kept minimal: what voter meetings need to say "before
 * session X", where and with whom.
 */
@Service
@Transactional
public class VoterSetup {

    /** A term with its sessions and constituencies. */
    public record TermView(UUID id, UUID councilUnitId, String councilName, String name, LocalDate startsOn,
                           LocalDate endsOn, List<SessionView> sessions, List<ConstituencyView> constituencies) {
    }

    public record SessionView(UUID id, int number, SessionKind kind, String name, LocalDate opensOn) {
    }

    public record ConstituencyView(UUID id, int number, String name, List<String> areas,
                                   List<VoterMeeting.Deputy> deputies) {
    }

    private final JdbcClient jdbc;
    private final VoterScope scope;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;

    VoterSetup(JdbcClient jdbc, VoterScope scope, OrgDirectory org, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** The terms of the councils the actor sees, newest first, with their sessions, constituencies and deputies. */
    @Transactional(readOnly = true)
    public List<TermView> terms(Actor actor) {
        Set<UUID> councils = scope.councils(actor);
        if (councils.isEmpty()) {
            return List.of();
        }
        TenantId tenant = actor.tenantId();
        List<TermView> terms = jdbc.sql("""
                        select t.id, t.council_unit_id, u.name, t.name as term_name, t.starts_on, t.ends_on from voter_term t
                        join org_unit u on u.tenant_id = t.tenant_id and u.id = t.council_unit_id
                        where t.tenant_id = :tenant and t.council_unit_id in (:councils) order by t.starts_on desc""")
                .param("tenant", tenant.value()).param("councils", councils)
                .query((rs, i) -> new TermView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), new ArrayList<>(), new ArrayList<>())).list();
        for (TermView t : terms) {
            t.sessions().addAll(jdbc.sql("""
                            select id, number, kind, name, opens_on from voter_session where tenant_id = ? and term_id = ?
                            order by number""")
                    .params(tenant.value(), t.id())
                    .query((rs, i) -> new SessionView(rs.getObject(1, UUID.class), rs.getInt(2),
                            SessionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class)))
                    .list());
            Map<UUID, ConstituencyView> byId = new LinkedHashMap<>();
            jdbc.sql("select id, number, name from voter_constituency where tenant_id = ? and term_id = ? order by number")
                    .params(tenant.value(), t.id())
                    .query(rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        byId.put(id, new ConstituencyView(id, rs.getInt(2), rs.getString(3), new ArrayList<>(),
                                new ArrayList<>()));
                    });
            if (!byId.isEmpty()) {
                jdbc.sql("""
                                select a.constituency_id, u.name from voter_constituency_area a
                                join org_unit u on u.tenant_id = a.tenant_id and u.id = a.unit_id
                                where a.tenant_id = :tenant and a.constituency_id in (:ids) order by u.name""")
                        .param("tenant", tenant.value()).param("ids", byId.keySet())
                        .query(rs -> {
                            byId.get(rs.getObject(1, UUID.class)).areas().add(rs.getString(2));
                        });
                jdbc.sql("""
                                select id, full_name, person_id, constituency_id from voter_deputy
                                where tenant_id = :tenant and constituency_id in (:ids) order by full_name""")
                        .param("tenant", tenant.value()).param("ids", byId.keySet())
                        .query(rs -> {
                            UUID k = rs.getObject(4, UUID.class);
                            byId.get(k).deputies().add(new VoterMeeting.Deputy(rs.getObject(1, UUID.class),
                                    rs.getString(2), rs.getObject(3, UUID.class), k));
                        });
            }
            t.constituencies().addAll(byId.values());
        }
        return terms;
    }

    /** The People's Councils whose voter work the actor sees, by name. */
    @Transactional(readOnly = true)
    public List<vn.lamchu.org.Unit> councils(Actor actor) {
        return scope.councils(actor).stream().map(id -> org.unit(actor.tenantId(), new UnitId(id)))
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(vn.lamchu.org.Unit::name)).toList();
    }

    /** Where a council's voters live: its commune (or ward) and the villages and residential groups below it. */
    @Transactional(readOnly = true)
    public List<vn.lamchu.org.Unit> areas(Actor actor, UUID council) {
        List<vn.lamchu.org.Unit> out = new ArrayList<>();
        org.unit(actor.tenantId(), new UnitId(council)).map(vn.lamchu.org.Unit::parentId)
                .flatMap(area -> org.unit(actor.tenantId(), area)).ifPresent(area -> {
                    out.add(area);
                    org.children(actor.tenantId(), area.id()).stream()
                            .filter(u -> u.kind() == UnitKind.VILLAGE_SELF_MANAGEMENT).forEach(out::add);
                });
        return out;
    }

    /** Opens a term of a People's Council (DEPUTY_WORK or CASE_RECEIVE). */
    public UUID addTerm(UUID councilUnitId, String name, LocalDate startsOn, LocalDate endsOn) {
        Actor actor = scope.recorder();
        if (councilUnitId == null || org.unit(actor.tenantId(), new UnitId(councilUnitId))
                .filter(u -> u.kind() == UnitKind.PEOPLES_COUNCIL).isEmpty()) {
            throw DomainException.invalid("voters.error.council");
        }
        scope.check(actor, councilUnitId);
        String n = name(name);
        if (startsOn == null || (endsOn != null && !endsOn.isAfter(startsOn))) {
            throw DomainException.invalid("voters.error.period");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into voter_term (tenant_id, id, council_unit_id, name, starts_on, ends_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, councilUnitId, n, startsOn, endsOn, now()).update();
        audit.recordChange(actor.tenantId(), "voter_term", id.toString(), "create", null, Map.of("name", n));
        return id;
    }

    /** Adds a session to a term (DEPUTY_WORK or CASE_RECEIVE). */
    public UUID addSession(UUID termId, Integer number, SessionKind kind, String name, LocalDate opensOn) {
        Actor actor = scope.recorder();
        checkTerm(actor, termId);
        if (number == null || number < 1 || kind == null || opensOn == null) {
            throw DomainException.invalid("voters.error.sessionFields");
        }
        String n = name(name);
        if (jdbc.sql("select count(*) from voter_session where tenant_id = ? and term_id = ? and number = ?")
                .params(actor.tenantId().value(), termId, number).query(Integer.class).single() > 0) {
            throw DomainException.conflict("voters.error.sessionNumber", number);
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into voter_session (tenant_id, id, term_id, number, kind, name, opens_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, termId, number, kind.name(), n, opensOn, now()).update();
        audit.recordChange(actor.tenantId(), "voter_session", id.toString(), "create", null, Map.of("name", n));
        return id;
    }

    /** Adds a constituency covering the given units (villages, residential groups, communes). */
    public UUID addConstituency(UUID termId, Integer number, String name, List<UUID> areaUnitIds) {
        Actor actor = scope.recorder();
        checkTerm(actor, termId);
        if (number == null || number < 1) {
            throw DomainException.invalid("voters.error.sessionFields");
        }
        String n = name(name);
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into voter_constituency (tenant_id, id, term_id, number, name, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, termId, number, n, now()).update();
        for (UUID unit : areaUnitIds == null ? List.<UUID>of() : areaUnitIds) {
            if (org.unit(actor.tenantId(), new UnitId(unit)).isEmpty()) {
                throw DomainException.invalid("voters.error.place");
            }
            jdbc.sql("insert into voter_constituency_area (tenant_id, constituency_id, unit_id) values (?, ?, ?) on conflict do nothing")
                    .params(actor.tenantId().value(), id, unit).update();
        }
        audit.recordChange(actor.tenantId(), "voter_constituency", id.toString(), "create", null, Map.of("name", n));
        return id;
    }

    /** Adds a deputy elected in a constituency, with the organisation's person where known (name taken from it). */
    public UUID addDeputy(UUID constituencyId, UUID personId, String fullName) {
        Actor actor = scope.recorder();
        UUID council = jdbc.sql("""
                        select t.council_unit_id from voter_constituency k join voter_term t on t.tenant_id = k.tenant_id and t.id = k.term_id
                        where k.tenant_id = ? and k.id = ?""")
                .params(actor.tenantId().value(), constituencyId).query(UUID.class).optional()
                .orElseThrow(() -> DomainException.invalid("voters.error.constituency"));
        scope.check(actor, council);
        String name = personId == null ? VietnameseText.normalizeOrNull(fullName)
                : jdbc.sql("select full_name from person where tenant_id = ? and id = ?")
                        .params(actor.tenantId().value(), personId).query(String.class).optional()
                        .orElseThrow(() -> DomainException.invalid("voters.error.person"));
        if (name == null || name.length() < 2 || name.length() > 200) {
            throw DomainException.invalid("voters.error.deputyName");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into voter_deputy (tenant_id, id, constituency_id, person_id, full_name, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(actor.tenantId().value(), id, constituencyId, personId, name, now()).update();
        audit.recordChange(actor.tenantId(), "voter_deputy", id.toString(), "create", null, Map.of("name", name));
        return id;
    }

    private void checkTerm(Actor actor, UUID termId) {
        UUID council = jdbc.sql("select council_unit_id from voter_term where tenant_id = ? and id = ?")
                .params(actor.tenantId().value(), termId).query(UUID.class).optional()
                .orElseThrow(() -> DomainException.invalid("voters.error.term"));
        scope.check(actor, council);
    }

    private static String name(String name) {
        String n = VietnameseText.normalizeOrNull(name);
        if (n == null || n.length() < 3 || n.length() > 200) {
            throw DomainException.invalid("voters.error.name");
        }
        return n;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
