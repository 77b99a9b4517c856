package vn.lamchu.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Read models of cases: the office's worklists and search (always inside the actor's scope), a case's full view for
 * staff, the public view by receipt code, and the published answers. Search works with or without diacritics: the text
 * is folded on both sides, and a match typed with the same diacritics ranks first.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;
    /** Pages beyond this are not served: search narrows better than paging that far. */
    public static final int MAX_PAGE = 1000;

    private static final String SUMMARY_SELECT = """
            select c.id, c.number, c.title, c.content_kind, c.status, c.channel, c.category_code,
                   c.handling_unit_id, u.name as unit_name, c.assignee_id, c.assignee_name, c.received_on,
                   c.due_on, c.due_rule, c.watch, c.repeated, c.guided_before, c.group_id, c.version, c.legal_stage,
                   c.received_at
            from citizen_case c
            left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.handling_unit_id
            """;

    /** The office's worklists. */
    public enum Worklist { MINE, UNIT, DUE_SOON, OVERDUE, AWAITING_APPROVAL, ALL }

    /** What a worklist is filtered by; nulls mean "any". */
    public record Filter(Worklist list, String query, CaseStatus status, ContentKind kind, String categoryCode,
                         Channel channel, LocalDate from, LocalDate to, boolean includeClosed, int page, int size) {

        public Filter {
            list = list == null ? Worklist.ALL : list;
            query = VietnameseText.normalizeOrNull(query);
            if (query != null && query.length() > 200) {
                throw DomainException.invalid("cases.error.tooLong", 200);
            }
            if (page < 0 || page > MAX_PAGE) {
                throw DomainException.invalid("cases.error.page");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw DomainException.invalid("cases.error.pageSize", MAX_PAGE_SIZE);
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw DomainException.invalid("cases.error.dateRange");
            }
        }

        public static Filter of(Worklist list) {
            return new Filter(list, null, null, null, null, null, null, null, false, 0, 25);
        }
    }

    /** A line of a worklist. */
    public record Summary(CaseId id, String number, String title, ContentKind kind, CaseStatus status, Channel channel,
                          String categoryCode, UnitId handlingUnit, String handlingUnitName, UUID assigneeId,
                          String assigneeName, LocalDate receivedOn, LocalDate dueOn, String dueRule, WatchState watch,
                          boolean repeated, boolean guidedBefore, UUID groupId, int version,
                          ProceedingStage legalStage) {

        Summary withTitle(String masked) {
            return new Summary(id, number, masked, kind, status, channel, categoryCode, handlingUnit, handlingUnitName,
                    assigneeId, assigneeName, receivedOn, dueOn, dueRule, watch, repeated, guidedBefore, groupId,
                    version, legalStage);
        }
    }

    /** One page of a worklist; whether there is a next page (no counting over the whole table). */
    public record Page<T>(List<T> items, int page, int size, boolean hasNext) {
    }

    /** Everything staff see on a case's page. */
    public record Detail(CitizenCase theCase, String handlingUnitName, List<CaseStep> timeline, List<Sender> senders,
                         List<Attachment> attachments, List<CaseDocuments.IssuedDocument> documents,
                         List<Summary> groupMembers) {

        /** Whether the senders are withheld as protected denouncers ({@link DenouncerIdentityPolicy}). */
        public boolean identityWithheld() {
            return DenouncerIdentityPolicy.withholds(theCase.kind);
        }
    }

    /** A letter like another: why it was suggested. */
    public record SimilarCase(Summary summary, double textSimilarity, boolean sameSender, boolean samePlace) {
    }

    public record Attachment(String sha256, String originalName, String mediaType, long size) {
    }

    /** A public-safe step: no internal reason, no staff names. */
    public record PublicStep(Instant at, CaseAction action, CaseStatus status, String note) {
    }

    /** What the sender sees by receipt code: never internal notes, never other people's data. */
    public record PublicView(String number, String title, ContentKind kind, CaseStatus status, LocalDate receivedOn,
                             String handlingUnitName, LocalDate dueOn, String dueRule, String answer,
                             LocalDate answeredOn, boolean published, Integer rating, boolean canRate,
                             List<PublicStep> timeline, ProceedingKind proceedingKind, ProceedingStage legalStage,
                             int instance, String result, LocalDate appealUntil) {

        /** Whether the complainant may send a second complaint now, on the portal (Luật Khiếu nại 2011, Điều 33). */
        public boolean canAppeal() {
            return appealUntil != null;
        }
    }

    /** A published second-instance complaint decision or denunciation conclusion (Luật Khiếu nại 2011, Điều 41; Luật Tố cáo 2018, Điều 40). */
    public record PublishedDecision(String number, String title, ProceedingKind kind, String result, String text,
                                    String handlingUnitName, LocalDate decidedOn, LocalDate publishedOn,
                                    String publicationForm) {
    }

    /** A published answer. */
    public record PublishedAnswer(String number, String title, ContentKind kind, String categoryCode,
                                  String handlingUnitName, LocalDate receivedOn, LocalDate answeredOn,
                                  LocalDate publishedOn, String answer) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseIntake intake;
    private final CaseDocuments documents;
    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final DeadlineWatch watch;
    private final DuplicateFinder duplicates;
    private final SecretBox box;
    private final CaseDeadlines deadlines;
    private final Clock clock;
    private final ConflictOfInterest conflicts;
    private final CaseSearchIndex search;

    CaseQueries(JdbcClient jdbc, CaseStore store, CaseIntake intake, CaseDocuments documents, OrgDirectory org,
                CurrentActor currentActor, DeadlineWatch watch, DuplicateFinder duplicates, SecretBox box,
                CaseDeadlines deadlines, Clock clock, ConflictOfInterest conflicts, CaseSearchIndex search) {
        this.search = search;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.store = store;
        this.intake = intake;
        this.documents = documents;
        this.org = org;
        this.currentActor = currentActor;
        this.watch = watch;
        this.duplicates = duplicates;
        this.box = box;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /**
     * What a worklist selects (alias {@code c} for citizen_case), its parameters and its order. {@code sql} is the whole
     * condition; {@code restSql} is all of it but the scope (the units in {@code :scope}), and {@code forwardedSql},
     * for the list of everything in scope, selects the cases a unit in scope forwarded on. The worklist reads each unit
     * of the scope by its own index in display order and merges them (see {@link #worklist}).
     */
    record Where(String sql, Map<String, Object> params, String order, String restSql, String forwardedSql) {
    }

    /** The conditions of a worklist for the actor, inside their scope; paging is the caller's. */
    Where where(Actor actor, Filter filter) {
        return where(actor, filter, true);
    }

    /** The same, with or without the text condition (without: the search index has found the text). */
    private Where where(Actor actor, Filter filter, boolean text) {
        TenantId tenant = actor.tenantId();
        Set<UnitId> scope = org.subtree(tenant, actor.unitId());
        LocalDate today = LegalTime.today(clock);
        StringBuilder where = new StringBuilder("c.tenant_id = :tenant");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("tenant", tenant.value());
        params.put("scope", scope.stream().map(UnitId::value).toArray(UUID[]::new));
        // conflict of interest: never a denunciation about the actor or the actor's superior (ConflictOfInterest)
        where.append(" and ").append(ConflictOfInterest.NOT_CONFLICTED);
        params.put("conflictMe", actor.accountId());
        params.put("conflictUnit", actor.unitId().value());
        switch (filter.list()) {
            case MINE -> {
                where.append(" and c.assignee_id = :me");
                params.put("me", actor.accountId());
            }
            case UNIT -> {
                where.append(" and c.handling_unit_id = :unit");
                params.put("unit", actor.unitId().value());
            }
            case DUE_SOON -> {
                where.append(" and c.closed_on is null and c.due_on between :today and :horizon");
                params.put("today", today);
                params.put("horizon", watch.dueSoonHorizon(today));
            }
            case OVERDUE -> {
                where.append(" and c.closed_on is null and c.due_on < :today");
                params.put("today", today);
            }
            case AWAITING_APPROVAL -> where.append(" and c.status = 'AWAITING_APPROVAL'");
            case ALL -> { }
        }
        boolean closedMatter = filter.list() == Worklist.MINE || filter.list() == Worklist.UNIT
                || filter.list() == Worklist.ALL;
        if (closedMatter && !filter.includeClosed() && filter.status() == null) {
            where.append(" and c.closed_on is null");
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" and c.content_kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.categoryCode() != null) {
            where.append(" and c.category_code = :category");
            params.put("category", filter.categoryCode());
        }
        if (filter.channel() != null) {
            where.append(" and c.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.from() != null) {
            where.append(" and c.received_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and c.received_on <= :to");
            params.put("to", filter.to());
        }
        String order = "c.due_on nulls last, c.received_at desc, c.id"; // the id: pages never overlap on ties
        if (filter.query() != null && text) {
            where.append(" and (to_tsvector('simple', c.search_text) @@ plainto_tsquery('simple', lamchu_fold(:q))"
                    + " or c.number = :q)");
            params.put("q", filter.query());
            order = "(c.title ilike '%' || :q || '%' or c.body ilike '%' || :q || '%') desc, c.received_at desc";
        }
        String own = "c.handling_unit_id = any(:scope)";
        if (filter.list() != Worklist.ALL) {
            return new Where(where + " and " + own, params, order, where.toString(), null);
        }
        // "all in scope" also lists the cases a unit in scope forwarded on (read-only for it)
        String forwarded = "cardinality(c.past_unit_ids) > 0 and c.past_unit_ids && :scope and not " + own;
        return new Where(where + " and (" + own + " or " + forwarded + ")", params, order, where.toString(),
                where + " and " + forwarded);
    }

    /** A worklist of the actor, inside their scope. */
    public Page<Summary> worklist(Actor actor, Filter filter) {
        TenantId tenant = actor.tenantId();
        if (filter.query() != null) {
            Optional<Page<Summary>> found = searched(actor, filter);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Where w = where(actor, filter);
        Map<String, Object> params = new java.util.HashMap<>(w.params());
        params.put("limit", filter.size() + 1);
        params.put("offset", filter.page() * filter.size());
        String select;
        if (filter.query() != null) {
            select = SUMMARY_SELECT + "where " + w.sql() + " order by " + w.order() + " limit :limit offset :offset";
        } else {
            // Each unit of the scope read in display order by its own index, up to the page's end, and merged: a page
            // costs its own rows per unit, not a sort of the unit's every letter (an "any of these units" condition
            // cannot be read in order). The cases forwarded on are a half of their own.
            params.put("reach", filter.page() * filter.size() + filter.size() + 1);
            select = "select * from (select l.* from unnest(cast(:scope as uuid[])) as s(unit) cross join lateral ("
                    + SUMMARY_SELECT + "where " + w.restSql() + " and c.handling_unit_id = s.unit order by "
                    + w.order() + " limit :reach) l"
                    + (w.forwardedSql() == null ? "" : " union all (" + SUMMARY_SELECT + "where " + w.forwardedSql()
                    + " order by " + w.order() + " limit :reach)")
                    + ") c order by " + w.order() + " limit :limit offset :offset";
        }
        List<Summary> rows = jdbc.sql(select).params(params).query(CaseQueries::summary).list()
                .stream().map(row -> masked(tenant, row)).toList();
        boolean hasNext = rows.size() > filter.size();
        return new Page<>(hasNext ? rows.subList(0, filter.size()) : rows, filter.page(), filter.size(), hasNext);
    }

    /**
     * A worklist searched by text through the search index: the index ranks the letters the filter admits, and the
     * database reads those back inside the actor's scope and conditions (the authority: a letter changed since the
     * index last looked, or one the actor may not see, is left out). Empty while the index is being built.
     */
    private Optional<Page<Summary>> searched(Actor actor, Filter filter) {
        TenantId tenant = actor.tenantId();
        Set<UnitId> scope = org.subtree(tenant, actor.unitId());
        LocalDate today = LegalTime.today(clock);
        List<org.apache.lucene.search.Query> filters = new ArrayList<>();
        org.apache.lucene.search.Query own = CaseSearchIndex.anyOf(CaseSearchIndex.UNIT,
                scope.stream().map(UnitId::value).toList());
        filters.add(filter.list() == Worklist.ALL ? CaseSearchIndex.either(own,
                CaseSearchIndex.anyOf(CaseSearchIndex.PAST_UNIT, scope.stream().map(UnitId::value).toList())) : own);
        switch (filter.list()) {
            case MINE -> filters.add(CaseSearchIndex.is(CaseSearchIndex.ASSIGNEE, actor.accountId()));
            case UNIT -> filters.add(CaseSearchIndex.is(CaseSearchIndex.UNIT, actor.unitId().value()));
            case DUE_SOON -> filters.add(CaseSearchIndex.between(CaseSearchIndex.DUE, today,
                    watch.dueSoonHorizon(today)));
            case OVERDUE -> filters.add(CaseSearchIndex.between(CaseSearchIndex.DUE, null, today.minusDays(1)));
            case AWAITING_APPROVAL -> filters.add(CaseSearchIndex.is(CaseSearchIndex.STATUS, "AWAITING_APPROVAL"));
            case ALL -> { }
        }
        boolean openOnly = filter.list() == Worklist.DUE_SOON || filter.list() == Worklist.OVERDUE
                || !filter.includeClosed() && filter.status() == null && filter.list() != Worklist.AWAITING_APPROVAL;
        if (openOnly) {
            filters.add(CaseSearchIndex.is(CaseSearchIndex.OPEN, true));
        }
        if (filter.status() != null) {
            filters.add(CaseSearchIndex.is(CaseSearchIndex.STATUS, filter.status().name()));
        }
        if (filter.kind() != null) {
            filters.add(CaseSearchIndex.is(CaseSearchIndex.KIND, filter.kind().name()));
        }
        if (filter.categoryCode() != null) {
            filters.add(CaseSearchIndex.is(CaseSearchIndex.CATEGORY, filter.categoryCode()));
        }
        if (filter.channel() != null) {
            filters.add(CaseSearchIndex.is(CaseSearchIndex.CHANNEL, filter.channel().name()));
        }
        if (filter.from() != null || filter.to() != null) {
            filters.add(CaseSearchIndex.between(CaseSearchIndex.RECEIVED, filter.from(), filter.to()));
        }
        int offset = filter.page() * filter.size();
        Optional<CaseSearchIndex.Hits> hits = search.search(tenant, filters, filter.query(), offset, filter.size());
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> ids = hits.get().ids();
        Map<UUID, Summary> lines = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Where w = where(actor, filter, false);
            Map<String, Object> params = new java.util.HashMap<>(w.params());
            params.put("ids", ids.toArray(UUID[]::new));
            jdbc.sql(SUMMARY_SELECT + "where c.id = any(:ids) and " + w.sql()).params(params)
                    .query(CaseQueries::summary).list().forEach(line -> lines.put(line.id().value(), line));
        }
        List<Summary> rows = ids.stream().map(lines::get).filter(java.util.Objects::nonNull)
                .map(row -> masked(tenant, row)).toList();
        return Optional.of(new Page<>(rows, filter.page(), filter.size(), hits.get().more()));
    }

    /** How many open cases each worklist holds for the actor (for the dashboard and the tabs). */
    public Map<Worklist, Integer> counts(Actor actor) {
        TenantId tenant = actor.tenantId();
        LocalDate today = LegalTime.today(clock);
        UUID[] scope = org.subtree(tenant, actor.unitId()).stream().map(UnitId::value).toArray(UUID[]::new);
        return ConflictOfInterest.bind(jdbc.sql("""
                        select count(*) filter (where assignee_id = :me) as mine,
                               count(*) filter (where handling_unit_id = :unit) as unit,
                               count(*) filter (where due_on between :today and :horizon) as due_soon,
                               count(*) filter (where due_on < :today) as overdue,
                               count(*) filter (where status = 'AWAITING_APPROVAL') as awaiting,
                               count(*) as all_open
                        from citizen_case c
                        where tenant_id = :tenant and handling_unit_id = any(:scope) and closed_on is null
                          and\s""" + ConflictOfInterest.NOT_CONFLICTED), actor)
                .param("me", actor.accountId()).param("unit", actor.unitId().value()).param("today", today)
                .param("horizon", watch.dueSoonHorizon(today)).param("tenant", tenant.value()).param("scope", scope)
                .query((rs, i) -> Map.of(Worklist.MINE, rs.getInt("mine"), Worklist.UNIT, rs.getInt("unit"),
                        Worklist.DUE_SOON, rs.getInt("due_soon"), Worklist.OVERDUE, rs.getInt("overdue"),
                        Worklist.AWAITING_APPROVAL, rs.getInt("awaiting"), Worklist.ALL, rs.getInt("all_open")))
                .single();
    }

    /**
     * A case as staff see it.
     *
     * @throws NotFoundException if it does not exist or is outside the actor's scope
     */
    public Detail detail(Actor actor, CaseId id) {
        CitizenCase c = readable(actor, id);
        c = protectedCopy(c); // protection of the denouncer: the text others see (cases.protection)
        List<Summary> members = c.groupId == null ? List.of() : jdbc.sql(SUMMARY_SELECT
                        + "where c.tenant_id = ? and c.group_id = ? and c.id <> ? order by c.received_at")
                .params(actor.tenantId().value(), c.groupId, c.id.value()).query(CaseQueries::summary).list();
        List<Attachment> files = jdbc.sql("""
                        select a.sha256, a.original_name, f.media_type, f.size from case_attachment a
                        join stored_file f on f.tenant_id = a.tenant_id and f.sha256 = a.sha256
                        where a.tenant_id = ? and a.case_id = ? order by a.added_at""")
                .params(actor.tenantId().value(), c.id.value())
                .query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        return new Detail(c, unitName(c.tenant, c.handlingUnit), store.steps(c.tenant, c.id),
                DenouncerIdentityPolicy.withholds(c.kind) ? List.of() : intake.senders(c.tenant, c.id), files,
                documents.ofCase(c.tenant, c.id), members);
    }

    /**
     * A case the actor may read, checked as {@link #detail} checks it, without the rest of its page.
     *
     * @throws NotFoundException if it does not exist or is outside the actor's scope
     */
    public CitizenCase readable(Actor actor, CaseId id) {
        CitizenCase c = store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        checkCanRead(actor, c);
        return c;
    }

    /**
     * Whether a staff member may see this attachment of this case (for downloads).
     *
     * @throws vn.lamchu.shared.AccessDeniedException for a denunciation's attachments, which may show the denouncer's
     *                                                handwriting: they are served only with a reason, by
     *                                                {@code cases.protection} (Luật Tố cáo 2018, Điều 56 khoản 2)
     */
    public boolean hasAttachment(Actor actor, CaseId id, String sha256) {
        CitizenCase c = store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        checkCanRead(actor, c);
        if (DenouncerIdentityPolicy.withholds(c.kind)) {
            throw new vn.lamchu.shared.AccessDeniedException("protected attachment");
        }
        return jdbc.sql("select count(*) from case_attachment where tenant_id = ? and case_id = ? and sha256 = ?")
                .params(actor.tenantId().value(), id.value(), sha256).query(Integer.class).single() > 0;
    }

    /** Letters like this one (same sender, similar text with or without diacritics, same place) within a window. */
    public List<SimilarCase> similar(Actor actor, CaseId id, int days) {
        if (days < 1 || days > 3660) {
            throw DomainException.invalid("cases.error.window");
        }
        CitizenCase c = store.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("case", id.toString()));
        checkCanRead(actor, c);
        int[] fingerprint = TextFingerprint.of(c.title + " " + c.body);
        return similarTo(actor, fingerprint, c.senderKey, c.placeUnitId,
                c.placeUnitId != null ? c.placeUnitId : c.handlingUnit.value(), days, c.id);
    }

    /** Letters like a text being typed at the reception desk, before it is submitted. */
    public List<SimilarCase> similarToText(Actor actor, String text, UUID placeUnitId, int days) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // without a place, the letters the actor's unit handles: where this one would land
        return similarTo(actor, TextFingerprint.of(text), null, placeUnitId,
                placeUnitId != null ? placeUnitId : actor.unitId().value(), days, null);
    }

    /** The similarity details behind {@link #similar}, in the same order. */
    private List<SimilarCase> similarTo(Actor actor, int[] fingerprint, String senderKey, UUID place, UUID bucket,
                                        int days, CaseId exclude) {
        Set<UnitId> scope = org.subtree(actor.tenantId(), actor.unitId());
        Instant since = clock.instant().minus(java.time.Duration.ofDays(days));
        List<DuplicateFinder.Similar> found = duplicates.similar(actor.tenantId(), fingerprint, senderKey, place, bucket,
                since, LegalTime.today(clock), exclude, 20).stream().filter(s -> scope.contains(s.handlingUnit())).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        // one query for the lines, with the conflict-of-interest condition, instead of two queries per suggestion
        Map<CaseId, Summary> lines = new java.util.HashMap<>();
        ConflictOfInterest.bind(jdbc.sql(SUMMARY_SELECT + "where c.tenant_id = :tenant and c.id = any(:ids) and "
                        + ConflictOfInterest.NOT_CONFLICTED), actor)
                .param("tenant", actor.tenantId().value())
                .param("ids", found.stream().map(s -> s.id().value()).toArray(UUID[]::new))
                .query(CaseQueries::summary).list()
                .forEach(line -> lines.put(line.id(), line));
        List<SimilarCase> out = new ArrayList<>();
        for (DuplicateFinder.Similar s : found) {
            Summary line = lines.get(s.id());
            if (line != null) {
                out.add(new SimilarCase(masked(actor.tenantId(), line), s.textSimilarity(), s.sameSender(),
                        s.samePlace()));
            }
        }
        return out;
    }

    /**
     * The public view of a case by its receipt code.
     *
     * @throws NotFoundException if no case has this code (the same answer whether the code is wrong or unknown)
     */
    public PublicView byReceipt(TenantId tenant, ReceiptCode code) {
        String hash = code.hash(box);
        Optional<CitizenCase> found = store.findByReceipt(tenant, hash);
        if (found.isEmpty()) {
            // accepted a moment ago and still waiting in the inbox: logged now, so that the sender finds it
            intake.logPendingReceipt(tenant, hash);
            found = store.findByReceipt(tenant, hash);
        }
        CitizenCase c = protectedCopy(found.orElseThrow(() -> new NotFoundException("case", "receipt")));
        List<PublicStep> steps = store.steps(tenant, c.id).stream().filter(CaseStep::visible)
                .map(s -> new PublicStep(s.at(), s.action(), s.status(), publicNote(s)))
                .toList();
        boolean open = c.status.isOpen();
        Proceeding p = c.proceeding;
        return new PublicView(c.number, c.title, c.kind, publicStatus(c.status), c.receivedOn,
                unitName(tenant, c.handlingUnit), open ? c.dueOn : null, open ? c.dueRule : null, c.answer,
                c.answeredOn, c.publishedOn != null, c.rating, c.status == CaseStatus.ANSWERED && c.rating == null,
                steps, p == null ? null : p.kind, p == null ? null : p.stage, p == null ? 0 : p.instance,
                p == null ? null : p.result, appealUntil(c));
    }

    /**
     * The last day a complainant may send a second complaint from the portal: after the first-instance decision, within
     * KN-appeal (30 days, 45 in remote areas) from its sending (Luật Khiếu nại 2011, Điều 33); null when it is not open.
     */
    private LocalDate appealUntil(CitizenCase c) {
        Proceeding p = c.proceeding;
        if (p == null || p.kind != ProceedingKind.COMPLAINT || p.instance != 1 || p.discipline
                || (p.stage != ProceedingStage.SENT && p.stage != ProceedingStage.DECIDED)
                || c.status == CaseStatus.AWAITING_APPROVAL) {
            return null;
        }
        LocalDate from = p.sentOn != null ? p.sentOn : p.decidedOn;
        LocalDate until = deadlines.due(CaseDeadlines.KN_APPEAL, from,
                p.remote ? Set.of(vn.lamchu.rules.VariantFlag.REMOTE) : Set.of());
        return LegalTime.today(clock).isAfter(until) ? null : until;
    }

    /** The published second-instance complaint decisions and denunciation conclusions, newest first. */
    public Page<PublishedDecision> publishedDecisions(TenantId tenant, int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("cases.error.pageSize", MAX_PAGE_SIZE);
        }
        List<PublishedDecision> rows = jdbc.sql("""
                        select c.id, c.number, c.title, c.content_kind, c.proceeding::text as proceeding,
                               u.name as unit_name
                        from citizen_case c
                        left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.handling_unit_id
                        where c.tenant_id = :tenant and c.decision_published_on is not null
                        order by c.decision_published_on desc, c.number desc limit :limit offset :offset""")
                .param("tenant", tenant.value()).param("limit", size + 1).param("offset", page * size)
                .query((rs, i) -> {
                    Proceeding p = store.proceeding(rs.getString("proceeding"));
                    // publication never reveals the denouncer (Luật Tố cáo 2018, Điều 40 khoản 2)
                    java.util.function.UnaryOperator<String> mask = masker(tenant,
                            ContentKind.valueOf(rs.getString("content_kind")), new CaseId(rs.getObject("id", UUID.class)));
                    return new PublishedDecision(rs.getString("number"), mask.apply(rs.getString("title")), p.kind,
                            p.result, mask.apply(p.decisionText), rs.getString("unit_name"), p.decidedOn, p.publishedOn,
                            p.publicationForm);
                }).list();
        boolean hasNext = rows.size() > size;
        return new Page<>(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
    }

    /** The published answers, newest first, searchable with or without diacritics. */
    public Page<PublishedAnswer> published(TenantId tenant, String query, String categoryCode, int page, int size) {
        String q = VietnameseText.normalizeOrNull(query);
        if (q != null && q.length() > 200) {
            throw DomainException.invalid("cases.error.tooLong", 200);
        }
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("cases.error.pageSize", MAX_PAGE_SIZE);
        }
        String where = "c.tenant_id = :tenant and c.published_on is not null"
                + (q != null ? " and (to_tsvector('simple', c.search_text || ' ' || lamchu_fold(coalesce(c.answer, '')))"
                + " @@ plainto_tsquery('simple', lamchu_fold(:q)))" : "")
                + (categoryCode != null && !categoryCode.isBlank() ? " and c.category_code = :category" : "");
        var spec = jdbc.sql("""
                        select c.id, c.number, c.title, c.content_kind, c.category_code, u.name as unit_name, c.received_on,
                               c.answered_on, c.published_on, c.answer
                        from citizen_case c
                        left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.handling_unit_id
                        where\s""" + where + " order by c.published_on desc, c.number desc limit :limit offset :offset")
                .param("tenant", tenant.value()).param("limit", size + 1).param("offset", page * size);
        if (q != null) {
            spec = spec.param("q", q);
        }
        if (categoryCode != null && !categoryCode.isBlank()) {
            spec = spec.param("category", categoryCode);
        }
        List<PublishedAnswer> rows = spec.query((rs, i) -> {
            // protection of the denouncer: a published denunciation names nobody (Luật Tố cáo 2018, Điều 40, 56)
            ContentKind kind = ContentKind.valueOf(rs.getString("content_kind"));
            java.util.function.UnaryOperator<String> mask = masker(tenant, kind,
                    new CaseId(rs.getObject("id", UUID.class)));
            return new PublishedAnswer(rs.getString("number"), mask.apply(rs.getString("title")), kind,
                    rs.getString("category_code"), rs.getString("unit_name"), CaseStore.date(rs, "received_on"),
                    CaseStore.date(rs, "answered_on"), CaseStore.date(rs, "published_on"),
                    mask.apply(rs.getString("answer")));
        }).list();
        boolean hasNext = rows.size() > size;
        return new Page<>(hasNext ? rows.subList(0, size) : rows, page, size, hasNext);
    }

    // ---- protection of the denouncer (hook; the rules are in vn.lamchu.cases.protection) -------------------------

    /**
     * The copy of a denunciation (or mixed letter) that leaves the sender-aware store: its title and body with the
     * stored senders' identifying details masked (Luật Tố cáo 2018, Điều 47 khoản 2, Điều 56 khoản 2). Other kinds
     * are returned as they are.
     */
    private CitizenCase protectedCopy(CitizenCase c) {
        if (!DenouncerIdentityPolicy.withholds(c.kind)) {
            return c;
        }
        return store.findMasked(c.tenant, c.id, masker(c.tenant, c.kind, c.id)).orElse(c);
    }

    /** A worklist line of a denunciation carries the same masked title as its page (Luật Tố cáo 2018, Điều 47). */
    private Summary masked(TenantId tenant, Summary row) {
        return DenouncerIdentityPolicy.withholds(row.kind())
                ? row.withTitle(masker(tenant, row.kind(), row.id()).apply(row.title())) : row;
    }

    private java.util.function.UnaryOperator<String> masker(TenantId tenant, ContentKind kind, CaseId id) {
        if (!DenouncerIdentityPolicy.withholds(kind)) {
            return java.util.function.UnaryOperator.identity();
        }
        List<Sender> senders = intake.senders(tenant, id);
        return text -> vn.lamchu.cases.protection.DenouncerRedactor.mask(text, senders);
    }

    /** The sender is told what happened, never the internal reasoning; a waiting proposal shows as being handled. */
    private static String publicNote(CaseStep s) {
        return switch (s.action()) {
            case GUIDE, FORWARD, CHASE, ANSWER, FOLLOW_LEAD, CONFIRM_ANSWER,
                 KN_REFUSE, TC_REFUSE, NOT_PROCESS, TERMINATE, KN_DECIDE, CONCLUDE, SCHEDULE_DIALOGUE, EXTEND,
                 PUBLISH_DECISION -> s.publicNote();
            default -> null;
        };
    }

    private static CaseStatus publicStatus(CaseStatus status) {
        return switch (status) {
            case AWAITING_APPROVAL -> CaseStatus.CLASSIFIED;
            case REVIEW_REQUESTED -> CaseStatus.IN_HANDLING;
            default -> status;
        };
    }

    private String unitName(TenantId tenant, UnitId unit) {
        return org.unit(tenant, unit).map(Unit::name).orElse(null);
    }

    private static Summary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Summary(new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"), rs.getString("title"),
                ContentKind.valueOf(rs.getString("content_kind")), CaseStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), rs.getString("category_code"),
                new UnitId(rs.getObject("handling_unit_id", UUID.class)), rs.getString("unit_name"),
                rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"),
                CaseStore.date(rs, "received_on"), CaseStore.date(rs, "due_on"), rs.getString("due_rule"),
                WatchState.valueOf(rs.getString("watch")), rs.getBoolean("repeated"), rs.getBoolean("guided_before"),
                rs.getObject("group_id", UUID.class), rs.getInt("version"),
                rs.getString("legal_stage") == null ? null : ProceedingStage.valueOf(rs.getString("legal_stage")));
    }

    /**
     * Whether the actor may read the case: its current unit is in their scope, or a unit that held it before (which
     * forwarded it and keeps its copy of the forwarding letter). Only the current unit acts on it.
     *
     * @throws NotFoundException if neither is in scope, or the actor is conflicted on it ({@link ConflictOfInterest})
     */
    void checkCanRead(Actor actor, CitizenCase c) {
        conflicts.checkNotExcluded(actor, c.id);
        if (currentActor.canSee(actor.tenantId(), c.handlingUnit)) {
            return;
        }
        if (c.pastUnits.stream().noneMatch(unit -> currentActor.canSee(actor.tenantId(), unit))) {
            throw new NotFoundException("case", c.id.toString());
        }
    }

    /** Whether the actor's scope holds the case's current unit, so that they may act on it. */
    public boolean actsOn(Actor actor, CitizenCase c) {
        return currentActor.canSee(actor.tenantId(), c.handlingUnit);
    }

    Optional<CitizenCase> find(TenantId tenant, CaseId id) {
        return store.find(tenant, id);
    }
}
