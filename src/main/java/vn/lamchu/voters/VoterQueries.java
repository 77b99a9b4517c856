package vn.lamchu.voters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Read models of voter meetings: the office's lists and a meeting with its opinions and their progress, the figures for
 * a unit and period, and what the portal shows (the coming meetings; the answers to voters' opinions by commune).
 * The progress of an opinion is read from its case in {@code citizen_case} (read-only SQL: this module never writes
 * case tables), see {@link OpinionProgress}.
 */
@Service
@Transactional(readOnly = true)
public class VoterQueries {

    /** An opinion with its case's progress. {@code answer} is the case's signed answer, else the one given on the spot. */
    public record OpinionView(UUID id, UUID meetingId, int seq, ContentKind kind, String text, UUID caseId,
                              String caseNumber, CaseStatus caseStatus, OpinionProgress progress,
                              String handlingUnitName, String spotAnswer, String spotAnswerer, String answer,
                              LocalDate answeredOn) {

        /** Who answered: the handling unit once it signed an answer, else who answered on the spot (null: nobody yet). */
        public String answeringBody() {
            if (caseStatus == CaseStatus.ANSWERED || caseStatus == CaseStatus.REVIEW_REQUESTED) {
                return handlingUnitName;
            }
            return spotAnswerer;
        }
    }

    /**
     * A meeting, its opinions, and their counts.
     *
     * @param hostNoticeBy for a meeting outside its constituency, the last day the host must be notified (rule
     *                     TXCT-outside); null when inside
     */
    public record MeetingView(VoterMeeting meeting, List<OpinionView> opinions, long answered, long resolved,
                              LocalDate hostNoticeBy) {
    }

    /**
     * The figures of a unit and period, computed from the records: meetings held, voter attendances, opinions raised,
     * answered and resolved (as {@link OpinionProgress} defines them), plus the meetings planned ahead.
     */
    public record Figures(UUID unitId, String unitName, LocalDate from, LocalDate to, int meetingsHeld,
                          int meetingsPlanned, long voterAttendances, int opinions, int answered, int resolved) {
    }

    /** A line of the public schedule. */
    public record ScheduledMeeting(UUID id, String councilName, String placeName, String venue, Instant startsAt,
                                   MeetingTiming timing, String sessionName, String topic, List<String> deputies) {
    }

    /** What the portal shows of an opinion: no voter's name, the answering body, the answer. */
    public record PublicOpinion(String placeName, LocalDate raisedOn, ContentKind kind, String text,
                                OpinionProgress progress, String answeringBody, String answer, LocalDate answeredOn) {
    }

    /** The opinion a case stands for, and the meeting where it was raised. */
    public record OpinionOfCase(OpinionView opinion, VoterMeeting meeting) {
    }

    /** A commune (or ward) with voter meetings, for the portal's choice. */
    public record Commune(String code, String name) {
    }

    private static final String OPINION_COLUMNS = """
            select o.id, o.meeting_id, o.seq, o.kind, o.text, o.case_id, o.case_number, o.spot_answer, o.spot_answerer,
                   c.status as case_status, c.content_kind, c.answer, c.answered_on, hu.name as handling_unit_name
            """;
    private static final String OPINION_FROM = """
            from voter_opinion o
            join citizen_case c on c.tenant_id = o.tenant_id and c.id = o.case_id
            left join org_unit hu on hu.tenant_id = c.tenant_id and hu.id = c.handling_unit_id
            """;
    private static final String OPINION_SELECT = OPINION_COLUMNS + OPINION_FROM;

    private final JdbcClient jdbc;
    private final VoterStore store;
    private final VoterScope scope;
    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final OutsideConstituency outside;
    private final Clock clock;

    VoterQueries(JdbcClient jdbc, VoterStore store, VoterScope scope, OrgDirectory org, CurrentActor currentActor,
                 OutsideConstituency outside, Clock clock) {
        this.outside = outside;
        this.jdbc = jdbc;
        this.store = store;
        this.scope = scope;
        this.org = org;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The meetings the actor sees: coming ones (soonest first), or past and held ones (newest first). */
    public List<VoterMeeting> meetings(Actor actor, boolean coming) {
        Set<UUID> councils = scope.councils(actor);
        if (councils.isEmpty()) {
            return List.of();
        }
        String where = coming ? " and m.status = 'PLANNED' order by m.starts_at"
                : " and m.status <> 'PLANNED' order by m.starts_at desc limit 200";
        List<VoterMeeting> rows = jdbc.sql(VoterStore.MEETING_SELECT
                        + " where m.tenant_id = :tenant and m.council_unit_id in (:councils)" + where)
                .param("tenant", actor.tenantId().value()).param("councils", councils)
                .query((rs, i) -> VoterStore.map(rs, List.of())).list();
        return store.withDeputies(actor.tenantId(), rows);
    }

    /** @throws NotFoundException if the meeting does not exist or is outside the actor's scope */
    public MeetingView meeting(Actor actor, UUID id) {
        VoterMeeting m = store.meeting(actor.tenantId(), id, false)
                .orElseThrow(() -> new NotFoundException("voter_meeting", id.toString()));
        scope.check(actor, m.councilUnitId());
        List<OpinionView> opinions = jdbc.sql(OPINION_SELECT + " where o.tenant_id = ? and o.meeting_id = ? order by o.seq")
                .params(actor.tenantId().value(), id).query((rs, i) -> opinion(rs)).list();
        LocalDate noticeBy = outside.hostNoticeBy(actor.tenantId(), m.constituencyId(), m.placeUnitId(),
                LocalDate.ofInstant(m.startsAt(), LegalTime.VIETNAM)).orElse(null);
        return new MeetingView(m, opinions, opinions.stream().filter(o -> o.progress().answered()).count(),
                opinions.stream().filter(o -> o.progress().resolved()).count(), noticeBy);
    }

    /**
     * The voter's opinion a case stands for, if it is one. The caller checks that the actor may read the case: the
     * meeting is shown only as far as the case is.
     */
    public Optional<OpinionOfCase> opinionOfCase(TenantId tenant, UUID caseId) {
        return jdbc.sql(OPINION_SELECT + " where o.tenant_id = ? and o.case_id = ?").params(tenant.value(), caseId)
                .query((rs, i) -> opinion(rs)).optional()
                .flatMap(o -> store.meeting(tenant, o.meetingId(), false).map(m -> new OpinionOfCase(o, m)));
    }

    /** The opinions matching a condition on {@code o} (opinion) and {@code m} (meeting), in the order of their meetings. */
    List<OpinionView> opinions(TenantId tenant, String where, Object... params) {
        return jdbc.sql(OPINION_SELECT + " join voter_meeting m on m.tenant_id = o.tenant_id and m.id = o.meeting_id"
                        + " where o.tenant_id = ? and " + where + " order by m.held_on, m.id, o.seq")
                .params(prepend(tenant.value(), params)).query((rs, i) -> opinion(rs)).list();
    }

    /**
     * The figures of the meetings of the councils within {@code unit}'s subtree (the actor's unit when null), held from
     * {@code from} to {@code to} inclusive; opinions are counted by their meeting's day, their progress as of now.
     *
     * @throws NotFoundException if the unit is outside the actor's scope
     */
    public Figures figures(Actor actor, UUID unit, LocalDate from, LocalDate to) {
        UnitId root = unit == null ? actor.unitId() : new UnitId(unit);
        if (unit != null) {
            currentActor.checkCanSee(actor.tenantId(), root);
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw DomainException.invalid("voters.error.period");
        }
        Set<UUID> visible = scope.councils(actor);
        // no unit named: the councils the actor works for (their own commune's, served by their office)
        Set<UUID> councils = unit == null ? visible : org.subtree(actor.tenantId(), root).stream().map(UnitId::value)
                .filter(visible::contains).collect(java.util.stream.Collectors.toSet());
        String unitName = org.unit(actor.tenantId(), root).map(u -> u.name()).orElse("");
        if (councils.isEmpty()) {
            return new Figures(root.value(), unitName, from, to, 0, 0, 0, 0, 0, 0);
        }
        var meetings = jdbc.sql("""
                        select count(*) filter (where status = 'HELD' and held_on between :from and :to),
                               coalesce(sum(voters_attending) filter (where status = 'HELD' and held_on between :from and :to), 0),
                               count(*) filter (where status = 'PLANNED' and starts_at >= :now)
                        from voter_meeting where tenant_id = :tenant and council_unit_id in (:councils)""")
                .param("tenant", actor.tenantId().value()).param("councils", councils).param("from", from)
                .param("to", to).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        List<OpinionView> opinions = jdbc.sql(OPINION_SELECT + """
                         join voter_meeting m on m.tenant_id = o.tenant_id and m.id = o.meeting_id
                         where o.tenant_id = :tenant and m.council_unit_id in (:councils)
                           and m.held_on between :from and :to""")
                .param("tenant", actor.tenantId().value()).param("councils", councils).param("from", from)
                .param("to", to).query((rs, i) -> opinion(rs)).list();
        return new Figures(root.value(), unitName, from, to, (int) meetings[0], (int) meetings[2], meetings[1],
                opinions.size(), (int) opinions.stream().filter(o -> o.progress().answered()).count(),
                (int) opinions.stream().filter(o -> o.progress().resolved()).count());
    }

    // ---- public ------------------------------------------------------------------------------------------------

    /** The coming voter meetings of the tenant (planned, from today on), soonest first: the public schedule. */
    public List<ScheduledMeeting> schedule(TenantId tenant) {
        LocalDate today = LegalTime.today(clock);
        List<VoterMeeting> rows = jdbc.sql(VoterStore.MEETING_SELECT
                        + " where m.tenant_id = ? and m.status = 'PLANNED' and m.starts_at >= ? order by m.starts_at limit 100")
                .params(tenant.value(), java.sql.Timestamp.from(today.atStartOfDay(LegalTime.VIETNAM).toInstant()))
                .query((rs, i) -> VoterStore.map(rs, List.of())).list();
        return store.withDeputies(tenant, rows).stream().map(m -> new ScheduledMeeting(m.id(), m.councilName(),
                m.placeName(), m.venue(), m.startsAt(), m.timing(), m.sessionName(), m.topic(),
                m.deputies().stream().map(VoterMeeting.Deputy::fullName).toList())).toList();
    }

    /** The communes (places) that have held voter meetings, for the portal's choice. */
    public List<Commune> communes(TenantId tenant) {
        return jdbc.sql("""
                        select distinct u.code, u.name from voter_meeting m
                        join org_unit u on u.tenant_id = m.tenant_id and u.id = m.place_unit_id
                        where m.tenant_id = ? and m.status = 'HELD' order by u.name""")
                .param(tenant.value()).query((rs, i) -> new Commune(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * The opinions raised at the held meetings of a commune (by unit code; all when null), newest first, as the portal
     * shows them: the opinion's text as compiled (never the voter's name), its progress, the answering body and the
     * answer. The answers to voters' opinions are reported back to voters and published (Nghị quyết liên tịch
     * 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN, article on the publication of results [S]). An opinion whose case the
     * office re-classified as a complaint or denunciation is left out: those follow their own publication rules.
     */
    public List<PublicOpinion> publicOpinions(TenantId tenant, String communeCode) {
        String code = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        return jdbc.sql(OPINION_COLUMNS + ", pu.name as place_name, m.held_on " + OPINION_FROM + """
                         join voter_meeting m on m.tenant_id = o.tenant_id and m.id = o.meeting_id
                         join org_unit pu on pu.tenant_id = m.tenant_id and pu.id = m.place_unit_id
                         where o.tenant_id = :tenant and m.status = 'HELD'
                           and c.content_kind in ('FEEDBACK', 'RECOMMENDATION')
                           and (cast(:code as text) is null or pu.code = :code)
                         order by m.held_on desc, o.seq limit 500""")
                .param("tenant", tenant.value()).param("code", code)
                .query((rs, i) -> {
                    OpinionView o = opinion(rs);
                    return new PublicOpinion(rs.getString("place_name"), rs.getObject("held_on", LocalDate.class), o.kind(), o.text(), o.progress(),
                            o.progress().answered() ? o.answeringBody() : null, o.progress().answered() ? o.answer() : null,
                            o.answeredOn());
                }).list();
    }

    static OpinionView opinion(ResultSet rs) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("case_status"));
        String spot = rs.getString("spot_answer");
        OpinionProgress progress = OpinionProgress.of(status, spot != null);
        boolean signed = status == CaseStatus.ANSWERED || status == CaseStatus.REVIEW_REQUESTED;
        return new OpinionView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("seq"), ContentKind.valueOf(rs.getString("kind")), rs.getString("text"),
                rs.getObject("case_id", UUID.class), rs.getString("case_number"), status, progress,
                rs.getString("handling_unit_name"), spot, rs.getString("spot_answerer"),
                signed ? rs.getString("answer") : spot, signed ? rs.getObject("answered_on", LocalDate.class) : null);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
