package vn.lamchu.voters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.VietnameseText;

/**
 * The compilation of voters' opinions for a session (tổng hợp ý kiến, kiến nghị cử tri) and what follows it: sending it
 * to the People's Council's standing committee, which forwards the opinions to the competent bodies (RULEBOOK §6: the
 * Front's standing board with the standing committee and the People's Committee compiles voters' recommendations and
 * reports them to the session, Luật MTTQ 2015, Điều 15 khoản 3 [V]), and the report of the answers back to voters
 * (báo cáo kết quả trả lời) at a later meeting (Nghị quyết liên tịch 72/2025, articles on answers and on publishing the
 * results [S]). The answers themselves are the answers of the opinions' cases, read live ({@link OpinionProgress}).
 */
@Service
@Transactional
public class VoterCompilations {

    /** A compilation with its opinions as they stand now. */
    public record CompilationView(UUID id, UUID councilUnitId, String councilName, UUID sessionId, String sessionName,
                                  LocalDate sessionOpensOn, LocalDate compiledOn, String compiledBy, LocalDate sentOn,
                                  String sentTo, LocalDate reportOn, UUID reportMeetingId, String reportMeetingVenue,
                                  LocalDate reportMeetingDay, int version, List<VoterQueries.OpinionView> opinions) {

        public long answered() {
            return opinions.stream().filter(o -> o.progress().answered()).count();
        }

        public long resolved() {
            return opinions.stream().filter(o -> o.progress().resolved()).count();
        }
    }

    private static final String SELECT = """
            select v.id, v.council_unit_id, cu.name as council_name, v.session_id, s.name as session_name, s.opens_on,
                   v.compiled_on, v.compiled_by, v.sent_on, v.sent_to, v.report_on, v.report_meeting_id,
                   rm.venue as report_venue, rm.starts_at as report_starts, v.version
            from voter_compilation v
            join org_unit cu on cu.tenant_id = v.tenant_id and cu.id = v.council_unit_id
            join voter_session s on s.tenant_id = v.tenant_id and s.id = v.session_id
            left join voter_meeting rm on rm.tenant_id = v.tenant_id and rm.id = v.report_meeting_id
            """;

    private final JdbcClient jdbc;
    private final VoterScope scope;
    private final VoterStore store;
    private final VoterQueries queries;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    VoterCompilations(JdbcClient jdbc, VoterScope scope, VoterStore store, VoterQueries queries, AuditLog audit,
                      CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.store = store;
        this.queries = queries;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Compiles, for a session, every opinion of the council's held meetings that no earlier compilation took up
     * (DEPUTY_WORK or CASE_RECEIVE).
     *
     * @throws DomainException (conflict) if the session already has a compilation or there is nothing to compile
     */
    public UUID compile(UUID sessionId) {
        Actor actor = scope.recorder();
        var session = jdbc.sql("""
                        select t.council_unit_id, s.opens_on from voter_session s
                        join voter_term t on t.tenant_id = s.tenant_id and t.id = s.term_id
                        where s.tenant_id = ? and s.id = ?""")
                .params(actor.tenantId().value(), sessionId)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).optional()
                .orElseThrow(() -> DomainException.invalid("voters.error.session"));
        UUID council = session.getKey();
        scope.check(actor, council);
        VoterMeetingRules.checkCompile(session.getValue(), LegalTime.today(clock));
        if (jdbc.sql("select count(*) from voter_compilation where tenant_id = ? and session_id = ?")
                .params(actor.tenantId().value(), sessionId).query(Integer.class).single() > 0) {
            throw DomainException.conflict("voters.error.compiledBefore");
        }
        List<UUID> opinions = jdbc.sql("""
                        select o.id from voter_opinion o
                        join voter_meeting m on m.tenant_id = o.tenant_id and m.id = o.meeting_id
                        where o.tenant_id = ? and m.council_unit_id = ? and m.status = 'HELD'
                          and not exists (select 1 from voter_compilation_opinion x
                                          where x.tenant_id = o.tenant_id and x.opinion_id = o.id)
                        order by m.held_on, o.seq""")
                .params(actor.tenantId().value(), council).query(UUID.class).list();
        if (opinions.isEmpty()) {
            throw DomainException.conflict("voters.error.nothingToCompile");
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into voter_compilation (tenant_id, id, council_unit_id, session_id, compiled_on, compiled_by,
                            created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, council, sessionId, LegalTime.today(clock), actor.displayName(),
                        Timestamp.from(clock.instant()))
                .update();
        for (UUID o : opinions) {
            jdbc.sql("insert into voter_compilation_opinion (tenant_id, compilation_id, opinion_id) values (?, ?, ?)")
                    .params(actor.tenantId().value(), id, o).update();
        }
        audit.recordChange(actor.tenantId(), "voter_compilation", id.toString(), "compile", null,
                Map.of("session", sessionId.toString(), "opinions", opinions.size()));
        return id;
    }

    /** Records that the compilation was sent, when and to whom (DEPUTY_WORK or CASE_RECEIVE). */
    public CompilationView send(UUID id, Integer expectedVersion, LocalDate sentOn, String sentTo) {
        Actor actor = scope.recorder();
        CompilationView v = load(actor, id, expectedVersion);
        if (v.sentOn() != null) {
            throw DomainException.conflict("voters.error.sentBefore");
        }
        if (sentOn == null || sentOn.isAfter(LegalTime.today(clock)) || sentOn.isBefore(v.compiledOn())) {
            throw DomainException.invalid("voters.error.sentOn");
        }
        String to = VietnameseText.normalizeOrNull(sentTo);
        if (to == null || to.length() > 300) {
            throw DomainException.invalid("voters.error.sentTo");
        }
        jdbc.sql("update voter_compilation set sent_on = ?, sent_to = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(sentOn, to, actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "voter_compilation", id.toString(), "send", null,
                Map.of("sentOn", sentOn.toString(), "sentTo", to));
        return view(actor, id);
    }

    /**
     * Records the report of answers, to be presented to voters at {@code meetingId} (DEPUTY_WORK or CASE_RECEIVE); it
     * may be recorded again (a newer report before the meeting).
     */
    public CompilationView report(UUID id, Integer expectedVersion, LocalDate reportOn, UUID meetingId) {
        Actor actor = scope.recorder();
        CompilationView v = load(actor, id, expectedVersion);
        if (reportOn == null || reportOn.isAfter(LegalTime.today(clock))
                || (v.sentOn() != null && reportOn.isBefore(v.sentOn()))) {
            throw DomainException.invalid("voters.error.reportOn");
        }
        if (meetingId == null) {
            throw DomainException.invalid("voters.error.reportMeeting");
        }
        VoterMeeting meeting = store.meeting(actor.tenantId(), meetingId, false)
                .orElseThrow(() -> DomainException.invalid("voters.error.reportMeeting"));
        VoterMeetingRules.checkReportBack(v.sentOn(), LocalDate.ofInstant(meeting.startsAt(), LegalTime.VIETNAM),
                meeting.councilUnitId().equals(v.councilUnitId()), meeting.status());
        jdbc.sql("""
                        update voter_compilation set report_on = ?, report_meeting_id = ?, version = version + 1
                        where tenant_id = ? and id = ?""")
                .params(reportOn, meetingId, actor.tenantId().value(), id).update();
        audit.recordChange(actor.tenantId(), "voter_compilation", id.toString(), "report", null,
                Map.of("reportOn", reportOn.toString(), "meeting", meetingId.toString()));
        return view(actor, id);
    }

    /** @throws NotFoundException if it does not exist or is outside the actor's scope */
    @Transactional(readOnly = true)
    public CompilationView view(Actor actor, UUID id) {
        return load(actor, id, null);
    }

    /** The compilations of the councils the actor sees, newest first. */
    @Transactional(readOnly = true)
    public List<CompilationView> list(Actor actor) {
        Set<UUID> councils = scope.councils(actor);
        if (councils.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where v.tenant_id = :tenant and v.council_unit_id in (:councils) order by v.compiled_on desc")
                .param("tenant", actor.tenantId().value()).param("councils", councils)
                .query((rs, i) -> map(rs, List.of())).list();
    }

    /** The reports presented (or to be presented) at a meeting. */
    @Transactional(readOnly = true)
    public List<CompilationView> reportsAt(Actor actor, UUID meetingId) {
        return jdbc.sql(SELECT + " where v.tenant_id = ? and v.report_meeting_id = ?")
                .params(actor.tenantId().value(), meetingId).query((rs, i) -> map(rs, List.of())).list();
    }

    private CompilationView load(Actor actor, UUID id, Integer expectedVersion) {
        CompilationView v = jdbc.sql(SELECT + " where v.tenant_id = ? and v.id = ?")
                .params(actor.tenantId().value(), id).query((rs, i) -> map(rs, List.of())).optional()
                .orElseThrow(() -> new NotFoundException("voter_compilation", id.toString()));
        scope.check(actor, v.councilUnitId());
        if (expectedVersion != null && expectedVersion != v.version()) {
            throw DomainException.conflict("voters.error.stale");
        }
        List<VoterQueries.OpinionView> opinions = queries.opinions(actor.tenantId(), """
                exists (select 1 from voter_compilation_opinion x where x.tenant_id = o.tenant_id
                        and x.opinion_id = o.id and x.compilation_id = ?)""", id);
        return new CompilationView(v.id(), v.councilUnitId(), v.councilName(), v.sessionId(), v.sessionName(),
                v.sessionOpensOn(), v.compiledOn(), v.compiledBy(), v.sentOn(), v.sentTo(), v.reportOn(),
                v.reportMeetingId(), v.reportMeetingVenue(), v.reportMeetingDay(), v.version(), opinions);
    }

    private static CompilationView map(java.sql.ResultSet rs, List<VoterQueries.OpinionView> opinions)
            throws java.sql.SQLException {
        Timestamp starts = rs.getTimestamp("report_starts");
        return new CompilationView(rs.getObject("id", UUID.class), rs.getObject("council_unit_id", UUID.class),
                rs.getString("council_name"), rs.getObject("session_id", UUID.class), rs.getString("session_name"),
                rs.getObject("opens_on", LocalDate.class), rs.getObject("compiled_on", LocalDate.class),
                rs.getString("compiled_by"), rs.getObject("sent_on", LocalDate.class), rs.getString("sent_to"),
                rs.getObject("report_on", LocalDate.class), rs.getObject("report_meeting_id", UUID.class),
                rs.getString("report_venue"),
                starts == null ? null : LocalDate.ofInstant(starts.toInstant(), LegalTime.VIETNAM),
                rs.getInt("version"), opinions);
    }

}
