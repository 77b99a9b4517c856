package vn.lamchu.voters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.Classification;
import vn.lamchu.cases.Competence;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.Decision;
import vn.lamchu.cases.DecisionKind;
import vn.lamchu.cases.Eligibility;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.Sender;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.DateText;
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
 * Recording voter meetings: planning one, recording it as held (with the voters attending and the deputies present) or
 * cancelled, and each opinion raised there. Every opinion enters the one intake as a case
 * ({@link Channel#VOTER_MEETING}, a {@link ContentKind#RECOMMENDATION} or {@link ContentKind#FEEDBACK}, placed in the
 * meeting's commune), is routed to the competent unit by the routing table like any other letter and handled there;
 * this module keeps only the link.
 *
 * <p><b>Answered on the spot.</b> An opinion answered at the meeting (by the commune chair, a deputy, a head of office
 * present) is still a case, so that it is counted, compiled and reported like the others. The answer and who gave it
 * are kept on the opinion, written into the case's text, and count as "answered" at once ({@link OpinionProgress}).
 * The handling unit then confirms it with {@link #confirmSpotAnswer}: the case is classified (eligible, within
 * competence), taken up and answered with the words given at the meeting, through {@link CaseHandling} like any other
 * answer — so that the case's timeline, its answer document and the voter's view by receipt code say what was
 * answered. Recording needs CASE_RECEIVE (the intake's check); confirming needs CASE_HANDLE and CASE_APPROVE in the
 * handling unit's scope (the leader who signs answers), since the meeting's recorder is rarely the one who signs.
 */
@Service
@Transactional
public class VoterMeetings {

    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 4000;

    /** What a meeting is planned as. */
    public record Plan(UUID councilUnitId, UUID constituencyId, UUID sessionId, MeetingTiming timing, String topic,
                       UUID placeUnitId, String venue, LocalDateTime startsAt, List<UUID> deputyIds) {
    }

    /** A meeting held: when, how many voters came, which deputies attended (null: as planned). */
    public record Held(LocalDate heldOn, Integer votersAttending, List<UUID> deputyIds, String note) {
    }

    /**
     * An opinion raised by a voter.
     *
     * @param text         the opinion as it will be compiled and published: without the voter's name
     * @param voterName    the voter who spoke, if they gave their name (kept encrypted, on the case only)
     * @param voterAddress where the voter lives (default: the meeting's place)
     * @param spotAnswer   the answer given on the spot at the meeting, if any
     * @param spotAnswerer who gave it ("Chủ tịch UBND xã", a deputy …); required with an answer
     */
    public record Opinion(ContentKind kind, String text, String categoryCode, String voterName, String voterAddress,
                          String spotAnswer, String spotAnswerer) {
    }

    /** The opinion as recorded, and its case. */
    public record Raised(UUID opinionId, CaseId caseId, String caseNumber, String receiptCode, String handlingUnitName,
                         boolean answeredOnSpot) {
    }

    private final JdbcClient jdbc;
    private final VoterStore store;
    private final VoterScope scope;
    private final CaseIntake intake;
    private final CaseHandling handling;
    private final CaseQueries cases;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final OutsideConstituency outside;
    private final Clock clock;

    VoterMeetings(JdbcClient jdbc, VoterStore store, VoterScope scope, CaseIntake intake, CaseHandling handling,
                  CaseQueries cases, OrgDirectory org, AuditLog audit, CurrentActor currentActor,
                  OutsideConstituency outside, Clock clock) {
        this.outside = outside;
        this.jdbc = jdbc;
        this.store = store;
        this.scope = scope;
        this.intake = intake;
        this.handling = handling;
        this.cases = cases;
        this.org = org;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Plans a meeting (DEPUTY_WORK or CASE_RECEIVE).
     *
     * @throws DomainException (invalid) naming the first field that is wrong
     */
    public UUID plan(Plan plan) {
        Actor actor = scope.recorder();
        TenantId tenant = actor.tenantId();
        if (plan.councilUnitId() == null) {
            throw DomainException.invalid("voters.error.council");
        }
        Unit council = org.unit(tenant, new UnitId(plan.councilUnitId()))
                .filter(u -> u.kind() == UnitKind.PEOPLES_COUNCIL)
                .orElseThrow(() -> DomainException.invalid("voters.error.council"));
        scope.check(actor, council.id().value());
        if (plan.placeUnitId() == null || org.unit(tenant, new UnitId(plan.placeUnitId())).isEmpty()) {
            throw DomainException.invalid("voters.error.place");
        }
        String venue = VietnameseText.normalizeOrNull(plan.venue());
        if (venue == null || venue.length() < 3 || venue.length() > 300) {
            throw DomainException.invalid("voters.error.venue");
        }
        String topic = VietnameseText.normalizeOrNull(plan.topic());
        if (topic != null && topic.length() > 500) {
            throw DomainException.invalid("voters.error.topic");
        }
        if (plan.startsAt() == null) {
            throw DomainException.invalid("voters.error.startsAt");
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate day = plan.startsAt().toLocalDate();
        if (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(2))) {
            throw DomainException.invalid("voters.error.startsAt");
        }
        LocalDate opens = null;
        if (plan.timing() != MeetingTiming.THEMATIC && plan.sessionId() != null) {
            opens = jdbc.sql("""
                            select s.opens_on from voter_session s
                            join voter_term t on t.tenant_id = s.tenant_id and t.id = s.term_id
                            where s.tenant_id = ? and s.id = ? and t.council_unit_id = ?""")
                    .params(tenant.value(), plan.sessionId(), council.id().value()).query(LocalDate.class).optional()
                    .orElseThrow(() -> DomainException.invalid("voters.error.session"));
        }
        VoterMeetingRules.checkTiming(plan.timing(), day, opens);
        if (plan.constituencyId() != null && jdbc.sql("""
                        select count(*) from voter_constituency k join voter_term t on t.tenant_id = k.tenant_id and t.id = k.term_id
                        where k.tenant_id = ? and k.id = ? and t.council_unit_id = ?""")
                .params(tenant.value(), plan.constituencyId(), council.id().value()).query(Integer.class).single() == 0) {
            throw DomainException.invalid("voters.error.constituency");
        }
        Optional<LocalDate> noticeBy = outside.hostNoticeBy(tenant, plan.constituencyId(), plan.placeUnitId(), day);
        if (noticeBy.isPresent() && today.isAfter(noticeBy.get())) {
            throw DomainException.invalid("voters.error.outsideTooLate", DateText.of(noticeBy.get()));
        }
        Set<UUID> deputies = checkDeputies(tenant, council.id().value(), plan.deputyIds());
        UUID id = Ids.newId(clock);
        Instant starts = plan.startsAt().atZone(LegalTime.VIETNAM).toInstant();
        jdbc.sql("""
                        insert into voter_meeting (tenant_id, id, council_unit_id, constituency_id, session_id, timing, topic,
                            place_unit_id, venue, starts_at, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
                .params(tenant.value(), id, council.id().value(), plan.constituencyId(),
                        plan.timing() == MeetingTiming.THEMATIC ? null : plan.sessionId(), plan.timing().name(), topic,
                        plan.placeUnitId(), venue, Timestamp.from(starts), Timestamp.from(clock.instant()),
                        actor.username())
                .update();
        store.replaceDeputies(tenant, id, deputies);
        audit.recordChange(tenant, "voter_meeting", id.toString(), "plan", null, Map.of(
                "council", council.code(), "timing", plan.timing().name(), "startsAt", starts.toString()));
        return id;
    }

    /** Records the meeting as held (DEPUTY_WORK or CASE_RECEIVE). */
    public VoterMeeting hold(UUID meetingId, Integer expectedVersion, Held held) {
        Actor actor = scope.recorder();
        VoterMeeting m = load(actor, meetingId, expectedVersion);
        LocalDate planned = LocalDate.ofInstant(m.startsAt(), LegalTime.VIETNAM);
        VoterMeetingRules.checkHold(m.status(), planned, held.heldOn(), held.votersAttending(), LegalTime.today(clock));
        if (held.deputyIds() != null) {
            store.replaceDeputies(actor.tenantId(), meetingId,
                    checkDeputies(actor.tenantId(), m.councilUnitId(), held.deputyIds()));
        }
        String note = VietnameseText.normalizeOrNull(held.note());
        if (note != null && note.length() > 2000) {
            throw DomainException.invalid("voters.error.note");
        }
        jdbc.sql("""
                        update voter_meeting set status = 'HELD', held_on = ?, voters_attending = ?, note = ?,
                            version = version + 1 where tenant_id = ? and id = ?""")
                .params(held.heldOn(), held.votersAttending(), note, actor.tenantId().value(), meetingId).update();
        audit.recordChange(actor.tenantId(), "voter_meeting", meetingId.toString(), "hold", null, Map.of(
                "heldOn", held.heldOn().toString(), "voters", held.votersAttending()));
        return store.meeting(actor.tenantId(), meetingId, false).orElseThrow();
    }

    /** Cancels a planned meeting, saying why (DEPUTY_WORK or CASE_RECEIVE). */
    public VoterMeeting cancel(UUID meetingId, Integer expectedVersion, String reason) {
        Actor actor = scope.recorder();
        VoterMeeting m = load(actor, meetingId, expectedVersion);
        VoterMeetingRules.checkCancel(m.status());
        String why = VietnameseText.normalizeOrNull(reason);
        if (why == null || why.length() > 2000) {
            throw DomainException.invalid("voters.error.reason");
        }
        jdbc.sql("update voter_meeting set status = 'CANCELLED', note = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(why, actor.tenantId().value(), meetingId).update();
        audit.recordChange(actor.tenantId(), "voter_meeting", meetingId.toString(), "cancel", why, Map.of());
        return store.meeting(actor.tenantId(), meetingId, false).orElseThrow();
    }

    /**
     * Records an opinion raised at a held meeting: it becomes a case through the intake (CASE_RECEIVE, checked there).
     *
     * @throws DomainException (invalid) naming the first field that is wrong; (conflict) if the meeting was not held
     */
    public Raised raise(UUID meetingId, Opinion opinion) {
        Actor actor = scope.recorder();
        VoterMeeting m = load(actor, meetingId, null);
        VoterMeetingRules.checkOpinion(m.status());
        if (opinion.kind() != ContentKind.RECOMMENDATION && opinion.kind() != ContentKind.FEEDBACK) {
            throw DomainException.invalid("voters.error.kind");
        }
        String text = VietnameseText.normalizeLines(opinion.text());
        if (text == null || text.strip().length() < TEXT_MIN || text.length() > TEXT_MAX) {
            throw DomainException.invalid("voters.error.text", TEXT_MIN, TEXT_MAX);
        }
        text = text.strip();
        String spotAnswer = VietnameseText.normalizeLines(opinion.spotAnswer());
        spotAnswer = spotAnswer == null || spotAnswer.isBlank() ? null : spotAnswer.strip();
        String spotAnswerer = VietnameseText.normalizeOrNull(opinion.spotAnswerer());
        if (spotAnswer != null && spotAnswer.length() > TEXT_MAX) {
            throw DomainException.invalid("voters.error.spotAnswer", TEXT_MAX);
        }
        if (spotAnswer != null && (spotAnswerer == null || spotAnswerer.length() > 300)) {
            throw DomainException.invalid("voters.error.spotAnswerer");
        }
        if (spotAnswer == null) {
            spotAnswerer = null;
        }
        String voterName = VietnameseText.normalizeOrNull(opinion.voterName());
        List<Sender> senders = voterName == null ? List.of() : List.of(new Sender(voterName,
                VietnameseText.normalizeOrNull(opinion.voterAddress()) != null ? opinion.voterAddress() : m.placeName(),
                null, null));
        IntakeReceipt receipt = intake.submit(actor.tenantId(), new IntakeRequest(Channel.VOTER_MEETING, null,
                opinion.kind(), title(text), caseBody(m, text, spotAnswer, spotAnswerer), opinion.categoryCode(),
                m.placeUnitId(), m.venue(), voterName == null, senders, false, forwardedBy(m), m.heldOn(), null,
                List.of()));
        UUID id = Ids.newId(clock);
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from voter_opinion where tenant_id = ? and meeting_id = ?")
                .params(actor.tenantId().value(), meetingId).query(Integer.class).single();
        jdbc.sql("""
                        insert into voter_opinion (tenant_id, id, meeting_id, seq, kind, text, case_id, case_number,
                            spot_answer, spot_answerer, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(actor.tenantId().value(), id, meetingId, seq, opinion.kind().name(), text,
                        receipt.caseId().value(), receipt.number(), spotAnswer, spotAnswerer,
                        Timestamp.from(clock.instant()), actor.username())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meeting", meetingId.toString());
        details.put("case", receipt.number());
        details.put("answeredOnSpot", spotAnswer != null);
        audit.recordChange(actor.tenantId(), "voter_opinion", id.toString(), "raise", null, details);
        return new Raised(id, receipt.caseId(), receipt.number(), receipt.receiptCode(), receipt.handlingUnitName(),
                spotAnswer != null);
    }

    /**
     * The handling unit confirms on the case the answer given on the spot (CASE_HANDLE and CASE_APPROVE, in the case's
     * scope): the case is classified as eligible and within competence if it was not yet, taken up, and answered with
     * the words given at the meeting — each through {@link CaseHandling}, so each step is on the case's timeline and
     * the answer's document is issued.
     *
     * @throws DomainException (conflict) if the opinion had no answer on the spot, or its case is past the point where
     *                         an answer can be recorded this way (forwarded, awaiting a signature, already answered)
     */
    public CaseStatus confirmSpotAnswer(UUID opinionId) {
        Actor actor = currentActor.require();
        if (!actor.can(Permission.CASE_HANDLE) || !actor.can(Permission.CASE_APPROVE)) {
            throw new AccessDeniedException("CASE_APPROVE");
        }
        var row = jdbc.sql("""
                        select o.case_id, o.spot_answer, o.spot_answerer, m.id as meeting_id, m.held_on
                        from voter_opinion o join voter_meeting m on m.tenant_id = o.tenant_id and m.id = o.meeting_id
                        where o.tenant_id = ? and o.id = ?""")
                .params(actor.tenantId().value(), opinionId)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class)})
                .optional().orElseThrow(() -> new NotFoundException("voter_opinion", opinionId.toString()));
        CaseId caseId = new CaseId((UUID) row[0]);
        CitizenCase c = cases.readable(actor, caseId);
        if (row[1] == null) {
            throw DomainException.conflict("voters.error.noSpotAnswer");
        }
        if (c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.CLASSIFIED) {
            if (c.status() == CaseStatus.RECEIVED || c.eligibility() != Eligibility.ELIGIBLE
                    || c.competence() != Competence.WITHIN) {
                c = handling.classify(caseId, null, new Classification(c.kind(), Eligibility.ELIGIBLE, null,
                        Competence.WITHIN, c.signatories(), c.signatoryCount(), null, null));
            }
            c = handling.decide(caseId, null, new Decision(DecisionKind.ACCEPT,
                    "Ý kiến cử tri đã được trả lời tại hội nghị tiếp xúc cử tri.", null, null));
        }
        if (c.status() != CaseStatus.IN_HANDLING) {
            throw DomainException.conflict("voters.error.cannotConfirm");
        }
        String answer = "Trả lời tại hội nghị tiếp xúc cử tri ngày " + DateText.of((LocalDate) row[4]) + " (" + row[2]
                + "): " + row[1];
        c = handling.decide(caseId, null, new Decision(DecisionKind.ANSWER, answer, null, null));
        audit.recordChange(actor.tenantId(), "voter_opinion", opinionId.toString(), "confirm_spot_answer", null,
                Map.of("case", c.number()));
        return c.status();
    }

    private VoterMeeting load(Actor actor, UUID meetingId, Integer expectedVersion) {
        VoterMeeting m = store.meeting(actor.tenantId(), meetingId, true)
                .orElseThrow(() -> new NotFoundException("voter_meeting", meetingId.toString()));
        scope.check(actor, m.councilUnitId());
        if (expectedVersion != null && expectedVersion != m.version()) {
            throw DomainException.conflict("voters.error.stale");
        }
        return m;
    }

    private Set<UUID> checkDeputies(TenantId tenant, UUID council, List<UUID> ids) {
        Set<UUID> wanted = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
        wanted.remove(null);
        if (store.deputiesOfCouncil(tenant, council, wanted).size() != wanted.size()) {
            throw DomainException.invalid("voters.error.deputy");
        }
        return wanted;
    }


    /** A case title from the opinion: its first words, cut at a word, within the intake's limit. */
    static String title(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        String prefix = "Cử tri: ";
        int room = CaseIntake.TITLE_MAX - prefix.length();
        if (oneLine.length() <= room) {
            return prefix + oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', room - 1);
        return prefix + oneLine.substring(0, cut > room / 2 ? cut : room - 1) + "…";
    }

    private static String caseBody(VoterMeeting m, String text, String spotAnswer, String spotAnswerer) {
        StringBuilder b = new StringBuilder(text).append("\n\n")
                .append("Ý kiến cử tri nêu tại hội nghị tiếp xúc cử tri ngày ").append(DateText.of(m.heldOn()))
                .append(", ").append(m.venue()).append(" (").append(m.councilName()).append(")");
        if (!m.deputies().isEmpty()) {
            b.append("; đại biểu dự: ").append(String.join(", ", m.deputies().stream()
                    .map(VoterMeeting.Deputy::fullName).toList()));
        }
        b.append('.');
        if (spotAnswer != null) {
            b.append("\n\nĐã trả lời tại hội nghị (").append(spotAnswerer).append("): ").append(spotAnswer);
        }
        return b.toString();
    }

    private static String forwardedBy(VoterMeeting m) {
        return m.councilName() + " — tiếp xúc cử tri ngày " + DateText.of(m.heldOn());
    }
}
