package vn.lamchu.reception;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Post;
import vn.lamchu.org.PostHolding;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.DeadlineRequest;
import vn.lamchu.rules.RuleCatalog;
import vn.lamchu.rules.RuleVersion;
import vn.lamchu.rules.Term;
import vn.lamchu.rules.WorkingCalendar;
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
 * Leaders' reception schedules (RULEBOOK §1.1, §10.6): a schedule per post (the commune Party secretary, the commune
 * People's Committee Chair, the People's Council Chair, an agency head), with the frequency rule the post owes, a
 * pattern of days that must honour it, the month's sessions generated from it over the working calendar, their
 * publication at least 5 working days ahead (TCD-24, Luật Tiếp công dân 2013, Điều 24 khoản 4) and the compliance of
 * sessions held against sessions required.
 */
@Service
public class ReceptionSchedules {

    /** How many months ahead a new schedule is checked against its frequency rule. */
    static final int CHECKED_MONTHS = 12;
    static final int MAX_TEXT = 300;

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final RuleCatalog rules;
    private final WorkingCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ReceptionScope scope;
    private final Clock clock;

    ReceptionSchedules(JdbcClient jdbc, OrgDirectory org, RuleCatalog rules, WorkingCalendar calendar,
                       CurrentActor currentActor, AuditLog audit, ReceptionScope scope, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.org = org;
        this.rules = rules;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** A schedule as shown: with the rule's source and the post's holder today. */
    public record Schedule(UUID id, UnitId keepingUnitId, UnitId postUnitId, String postUnitName, Post post,
                           String ruleId, String ruleSource, SchedulePattern pattern, String place, String hours,
                           boolean active, String holderName, String holderTitle) {
    }

    public record NewSchedule(UUID keepingUnitId, UUID postUnitId, Post post, SchedulePattern pattern, String place,
                              String hours) {
    }

    /** A session of a month's schedule and whether its posting was late under TCD-24. */
    public record Scheduled(UUID sessionId, LocalDate date, String receiverName, String receiverTitle,
                            LocalDate publishLatest, LocalDate publishedOn, boolean publishedLate) {
    }

    /** Compliance of one schedule (leader, post) in one month. */
    public record Compliance(UUID scheduleId, String receiverTitle, String holderName, String ruleId,
                             String ruleSource, int required, int held, List<LocalDate> shortWeeks, boolean met,
                             int scheduled) {
    }

    /**
     * The frequency rule a post owes (RULEBOOK §1.1, §15.1): the Party secretary QĐ11-commune (Quy định 11-QĐi/TW,
     * Kết luận 215-KL/TW), the People's Committee Chair TCD-chair-commune (Luật Tiếp công dân 2013, Điều 15), the
     * People's Council Chair or a deputy TCD-HDND-commune (Điều 22, frequency unconfirmed), any other head of a body
     * TCD-head (Điều 18 khoản 2).
     *
     * @throws DomainException (invalid) if the post owes no regular reception
     */
    public static String ruleFor(UnitKind kind, Post post) {
        if (kind == UnitKind.PARTY_COMMITTEE && post == Post.SECRETARY) {
            return "QĐ11-commune";
        }
        if (kind == UnitKind.PEOPLES_COMMITTEE && post == Post.CHAIR) {
            return "TCD-chair-commune";
        }
        if ((kind == UnitKind.PEOPLES_COUNCIL || kind == UnitKind.PEOPLES_COUNCIL_STANDING_COMMITTEE)
                && (post == Post.CHAIR || post == Post.DEPUTY)) {
            return "TCD-HDND-commune";
        }
        if (post != null && post.singleHolder() && post != Post.VILLAGE_HEAD) {
            return "TCD-head";
        }
        throw DomainException.invalid("reception.error.postWithoutDuty");
    }

    /**
     * Creates a schedule after checking that its pattern meets the post's frequency rule in each of the next
     * {@value #CHECKED_MONTHS} months, under the rule version in force in each month.
     *
     * @throws DomainException (invalid) naming the rule, the month and what is missing
     */
    @Transactional
    public Schedule create(NewSchedule in) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        if (in.keepingUnitId() == null) {
            throw DomainException.invalid("reception.error.keepingUnit");
        }
        UnitId keeping = new UnitId(in.keepingUnitId());
        currentActor.checkCanSee(tenant, keeping);
        Unit postUnit = in.postUnitId() == null ? null : org.unit(tenant, new UnitId(in.postUnitId())).orElse(null);
        if (postUnit == null) {
            throw DomainException.invalid("reception.error.postUnit");
        }
        if (!sameCommune(tenant, keeping, postUnit.id())) {
            throw DomainException.invalid("reception.error.postUnit");
        }
        if (in.post() == null) {
            throw DomainException.invalid("reception.error.post");
        }
        if (in.pattern() == null) {
            throw DomainException.invalid("reception.error.pattern");
        }
        String place = text(in.place(), "reception.error.place");
        String hours = text(in.hours(), "reception.error.hours");
        String ruleId = ruleFor(postUnit.kind(), in.post());
        checkFrequency(ruleId, in.pattern(), YearMonth.from(LegalTime.today(clock)), CHECKED_MONTHS);
        UUID id = insert(tenant, keeping, postUnit, in.post(), ruleId, in.pattern(), place, hours);
        return schedule(tenant, id);
    }

    UUID insert(TenantId tenant, UnitId keeping, Unit postUnit, Post post, String ruleId, SchedulePattern p,
                String place, String hours) {
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into reception_schedule (tenant_id, id, keeping_unit_id, post_unit_id, post, rule_id,
                            pattern_kind, month_days, weekday, place, hours, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, keeping.value(), postUnit.id().value(), post.name(), ruleId,
                        p.kind().name(), p.kind() == SchedulePattern.Kind.MONTH_DAYS
                                ? p.monthDays().toArray(Integer[]::new) : null,
                        p.weekday() == null ? null : p.weekday().getValue(), place, hours,
                        Timestamp.from(clock.instant()))
                .update();
        audit.recordChange(tenant, "reception_schedule", id.toString(), "create", null, Map.of(
                "post", post.name(), "postUnit", postUnit.code(), "rule", ruleId, "pattern", p.kind().name(),
                "days", p.describe()));
        return id;
    }

    /**
     * Checks the pattern against the rule in {@code months} months from {@code first}.
     *
     * @throws DomainException (invalid) {@code reception.error.frequency} with the rule, its source, the month, the
     *                         sessions required and those the pattern gives
     */
    void checkFrequency(String ruleId, SchedulePattern pattern, YearMonth first, int months) {
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            RuleVersion version = rules.rule(ruleId).versionOn(month.atDay(1)).orElse(null);
            if (version == null) {
                continue;
            }
            List<LocalDate> days = new ArrayList<>();
            days.addAll(pattern.daysIn(month.minusMonths(1), calendar));
            days.addAll(pattern.daysIn(month, calendar));
            days.addAll(pattern.daysIn(month.plusMonths(1), calendar));
            Frequency f = Frequency.in(month, version.base(), days, calendar);
            if (!f.met()) {
                throw DomainException.invalid("reception.error.frequency", ruleId, version.source(),
                        month.getMonthValue() + "/" + month.getYear(), f.required(), f.counted());
            }
        }
    }

    /** The schedules kept by units in the subtree of {@code unit} (the actor's unit when null). */
    public List<Schedule> list(UUID unit) {
        Actor actor = currentActor.require();
        Set<UnitId> units = scope.subtree(actor, unit);
        return jdbc.sql("select id from reception_schedule where tenant_id = ? and keeping_unit_id = any(?) "
                        + "order by created_at")
                .params(actor.tenantId().value(), ReceptionScope.ids(units))
                .query(UUID.class).list().stream().map(id -> schedule(actor.tenantId(), id)).toList();
    }

    public Schedule get(UUID id) {
        Actor actor = currentActor.require();
        Schedule s = schedule(actor.tenantId(), id);
        currentActor.checkCanSee(actor.tenantId(), s.keepingUnitId());
        return s;
    }

    /**
     * Generates the month's sessions of a schedule (idempotent: a day already generated is kept). Each session names
     * the post's holder on its day.
     */
    @Transactional
    public List<Scheduled> generate(UUID scheduleId, YearMonth month) {
        Schedule s = get(scheduleId);
        TenantId tenant = currentActor.require().tenantId();
        generate(tenant, s, month);
        return month(tenant, s.id(), month);
    }

    void generate(TenantId tenant, Schedule s, YearMonth month) {
        for (LocalDate day : s.pattern().daysIn(month, calendar)) {
            Optional<PostHolding> holder = org.holders(tenant, s.postUnitId(), s.post(), day).stream().findFirst();
            String title = holder.map(PostHolding::title).filter(t -> t != null && !t.isBlank())
                    .orElse(s.post().vietnameseLabel() + " " + s.postUnitName());
            jdbc.sql("""
                            insert into reception_session (tenant_id, id, keeping_unit_id, schedule_id, scheduled,
                                session_date, status, receiver_name, receiver_title, place, hours, rule_id, created_at)
                            values (?, ?, ?, ?, true, ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(tenant.value(), Ids.newId(clock), s.keepingUnitId().value(), s.id(), day,
                            holder.map(PostHolding::personName).orElse(null), title, s.place(), s.hours(),
                            s.ruleId(), Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /**
     * Posts the month's scheduled sessions today. A session must be posted at least 5 working days before its day
     * (TCD-24, Luật Tiếp công dân 2013, Điều 24 khoản 4); one posted later is still posted — citizens are better told
     * late than not — but flagged as late, and the flag stays on the session and in the compliance view. Past days
     * are not posted.
     */
    @Transactional
    public List<Scheduled> publish(UUID scheduleId, YearMonth month) {
        Schedule s = get(scheduleId);
        TenantId tenant = currentActor.require().tenantId();
        LocalDate today = LegalTime.today(clock);
        publish(tenant, s.id(), month, day -> today);
        audit.recordChange(tenant, "reception_schedule", s.id().toString(), "publish", null,
                Map.of("month", month.toString()));
        return month(tenant, s.id(), month);
    }

    /** Posts the month's sessions not yet posted and not past, each on the day {@code postedOn} gives. */
    void publish(TenantId tenant, UUID scheduleId, YearMonth month,
                 java.util.function.UnaryOperator<LocalDate> postedOn) {
        for (Scheduled session : month(tenant, scheduleId, month)) {
            if (session.publishedOn() != null || session.date().isBefore(LegalTime.today(clock))) {
                continue;
            }
            LocalDate latest = latestPosting(session.date());
            LocalDate today = postedOn.apply(latest);
            jdbc.sql("""
                            update reception_session set published_on = ?, publish_latest = ?, published_late = ?,
                                version = version + 1
                            where tenant_id = ? and id = ?""")
                    .params(today, latest, today.isAfter(latest), tenant.value(), session.sessionId()).update();
        }
    }

    /** A reception day as the portal shows it. */
    public record PublicDay(LocalDate date, String receiverTitle, String receiverName, String place, String hours,
                            String unitName, String communeName, boolean postedLate) {
    }

    /**
     * The posted reception days of a tenant between two days (at most a year), for citizens (Luật Tiếp công dân 2013,
     * Điều 24: the schedule is published at the office and on the website).
     */
    public List<PublicDay> publicSchedule(TenantId tenant, LocalDate from, LocalDate to) {
        ReceptionBook.checkPeriod(from, to);
        return jdbc.sql("""
                        select session_date, receiver_title, receiver_name, place, hours, keeping_unit_id, published_late
                        from reception_session where tenant_id = ? and published_on is not null
                          and session_date between ? and ? order by session_date, receiver_title""")
                .params(tenant.value(), from, to)
                .query((rs, i) -> {
                    UnitId keeping = new UnitId(rs.getObject(6, UUID.class));
                    return new PublicDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), org.unit(tenant, keeping).map(Unit::name).orElse(""),
                            org.unit(tenant, scope.areaOf(tenant, keeping)).map(Unit::name).orElse(""), rs.getBoolean(7));
                })
                .list();
    }

    /** The last day on which a reception day can be posted in time (TCD-24). */
    public LocalDate latestPosting(LocalDate receptionDay) {
        return rules.deadline("TCD-24", DeadlineRequest.from(receptionDay), null).due();
    }

    List<Scheduled> month(TenantId tenant, UUID scheduleId, YearMonth month) {
        return jdbc.sql("""
                        select id, session_date, receiver_name, receiver_title, publish_latest, published_on, published_late
                        from reception_session where tenant_id = ? and schedule_id = ? and scheduled
                          and session_date between ? and ? order by session_date""")
                .params(tenant.value(), scheduleId, month.atDay(1), month.atEndOfMonth())
                .query((rs, i) -> new Scheduled(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getBoolean(7)))
                .list();
    }

    /**
     * Sessions held against sessions required, per schedule (leader and post) in the month: held and concluded
     * sessions of the schedule count, scheduled or extraordinary, under the rule version in force on the month's
     * first day.
     */
    public List<Compliance> compliance(UUID unit, YearMonth month) {
        Actor actor = currentActor.require();
        TenantId tenant = actor.tenantId();
        List<Compliance> out = new ArrayList<>();
        for (Schedule s : list(unit)) {
            RuleVersion version = rules.rule(s.ruleId()).versionOn(month.atDay(1)).orElse(null);
            if (version == null) {
                continue;
            }
            Term term = version.base();
            List<LocalDate> held = jdbc.sql("""
                            select session_date from reception_session
                            where tenant_id = ? and schedule_id = ? and status in ('HELD', 'CONCLUDED')
                              and session_date between ? and ?""")
                    .params(tenant.value(), s.id(), month.atDay(1).minusDays(7), month.atEndOfMonth().plusDays(7))
                    .query(LocalDate.class).list();
            int scheduled = jdbc.sql("""
                            select count(*) from reception_session where tenant_id = ? and schedule_id = ? and scheduled
                              and session_date between ? and ?""")
                    .params(tenant.value(), s.id(), month.atDay(1), month.atEndOfMonth()).query(Integer.class).single();
            Frequency f = Frequency.in(month, term, held, calendar);
            out.add(new Compliance(s.id(), s.holderTitle(), s.holderName(), s.ruleId(), version.source(),
                    f.required(), (int) held.stream().filter(d -> YearMonth.from(d).equals(month)).count(),
                    f.shortWeeks(), f.met(), scheduled));
        }
        return out;
    }

    Schedule schedule(TenantId tenant, UUID id) {
        LocalDate today = LegalTime.today(clock);
        return jdbc.sql("""
                        select id, keeping_unit_id, post_unit_id, post, rule_id, pattern_kind, month_days, weekday,
                               place, hours, active
                        from reception_schedule where tenant_id = ? and id = ?""")
                .params(tenant.value(), id)
                .query((rs, i) -> {
                    UnitId postUnit = new UnitId(rs.getObject(3, UUID.class));
                    Post post = Post.valueOf(rs.getString(4));
                    SchedulePattern.Kind kind = SchedulePattern.Kind.valueOf(rs.getString(6));
                    SchedulePattern pattern = kind == SchedulePattern.Kind.MONTH_DAYS
                            ? new SchedulePattern(kind, Arrays.asList((Integer[]) rs.getArray(7).getArray()), null)
                            : SchedulePattern.weekly(DayOfWeek.of(rs.getInt(8)));
                    String unitName = org.unit(tenant, postUnit).map(Unit::name).orElse("");
                    Optional<PostHolding> holder = org.holders(tenant, postUnit, post, today).stream().findFirst();
                    String ruleId = rs.getString(5);
                    String source = rules.rule(ruleId).current(today).source();
                    return new Schedule(rs.getObject(1, UUID.class), new UnitId(rs.getObject(2, UUID.class)),
                            postUnit, unitName, post, ruleId, source, pattern, rs.getString(9), rs.getString(10),
                            rs.getBoolean(11), holder.map(PostHolding::personName).orElse(null),
                            holder.map(PostHolding::title).orElse(post.vietnameseLabel() + " " + unitName));
                })
                .optional().orElseThrow(() -> new NotFoundException("reception_schedule", id.toString()));
    }

    /** The receiving post must be in the area of the unit that organises the reception. */
    private boolean sameCommune(TenantId tenant, UnitId keeping, UnitId postUnit) {
        return org.isWithin(tenant, postUnit, scope.areaOf(tenant, keeping));
    }

    /**
     * The posts in the area of a keeping unit that owe regular reception, held today: what a schedule may be for.
     */
    public List<PostHolding> receivingPosts(UUID keepingUnit) {
        Actor actor = currentActor.require();
        UnitId keeping = keepingUnit == null ? actor.unitId() : new UnitId(keepingUnit);
        currentActor.checkCanSee(actor.tenantId(), keeping);
        LocalDate today = LegalTime.today(clock);
        List<PostHolding> out = new ArrayList<>();
        for (UnitId u : org.subtree(actor.tenantId(), scope.areaOf(actor.tenantId(), keeping))) {
            Unit unit = org.unit(actor.tenantId(), u).orElse(null);
            if (unit == null) {
                continue;
            }
            for (PostHolding h : org.holdings(actor.tenantId(), u)) {
                if (h.heldOn(today) && owesReception(unit.kind(), h.post())) {
                    out.add(h);
                }
            }
        }
        out.sort(java.util.Comparator.comparing(PostHolding::title, java.util.Comparator.nullsLast(String::compareTo)));
        return out;
    }

    private static boolean owesReception(UnitKind kind, Post post) {
        try {
            ruleFor(kind, post);
            return kind != UnitKind.AREA;
        } catch (DomainException e) {
            return false;
        }
    }

    static String text(String value, String errorKey) {
        String v = VietnameseText.normalizeOrNull(value);
        if (v == null || v.length() > MAX_TEXT) {
            throw DomainException.invalid(errorKey, MAX_TEXT);
        }
        return v;
    }
}
