package vn.lamchu.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/** SQL for cases, their timeline and senders. Every statement is fenced by tenant; updates check the version. */
@Repository
class CaseStore {

    static final String COLUMNS = """
            tenant_id, id, number, channel, forwarded_by, content_kind, status, title, body, category_code,
            place_unit_id, place_text, anonymous, signatories, signatory_count, sender_key, publish_consent,
            received_on, received_at, handling_unit_id, assignee_id, assignee_name, eligibility, ineligible_reason,
            competence, outcome, repeated, guided_before, group_id, pending_decision::text as pending_decision,
            pending_from, taken_up_on, forwarded_to, answer, answered_on, published_on, rating, rating_comment, due_on,
            due_rule, watch, retain_until, closed_on, version, past_unit_ids, proceeding::text as proceeding,
            pending_act::text as pending_act,
            (select coalesce(max(seq), 0) from case_step s where s.tenant_id = c.tenant_id and s.case_id = c.id) as last_seq""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new sequential register number for the year: {@code 2026-000123}. */
    String nextNumber(LocalDate receivedOn) {
        long next = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return "%d-%06d".formatted(receivedOn.getYear(), next);
    }

    void insert(CitizenCase c, String receiptHash, String idempotencyKey, int[] minhash) {
        jdbc.sql("""
                        insert into citizen_case (tenant_id, id, number, receipt_hash, idempotency_key, channel, forwarded_by,
                            content_kind, status, title, body, search_text, minhash, category_code, place_unit_id, place_text,
                            anonymous, signatories, signatory_count, sender_key, publish_consent, received_on, received_at,
                            handling_unit_id, repeated, guided_before, due_on, due_rule, version, updated_at)
                        values (:tenant, :id, :number, :receipt, :idem, :channel, :forwardedBy, :kind, :status, :title, :body,
                            :search, :minhash, :category, :place, :placeText, :anonymous, :signatories, :signatoryCount,
                            :senderKey, :consent, :receivedOn, :receivedAt, :unit, :repeated, :guidedBefore, :dueOn,
                            :dueRule, 0, :receivedAt)""")
                .param("tenant", c.tenant.value()).param("id", c.id.value()).param("number", c.number)
                .param("receipt", receiptHash).param("idem", idempotencyKey).param("channel", c.channel.name())
                .param("forwardedBy", c.forwardedBy).param("kind", c.kind.name()).param("status", c.status.name())
                .param("title", c.title).param("body", c.body).param("search", searchText(c))
                .param("minhash", minhash).param("category", c.categoryCode).param("place", c.placeUnitId)
                .param("placeText", c.placeText).param("anonymous", c.anonymous)
                .param("signatories", c.signatories.name()).param("signatoryCount", c.signatoryCount)
                .param("senderKey", c.senderKey).param("consent", c.publishConsent)
                .param("receivedOn", c.receivedOn).param("receivedAt", Timestamp.from(c.receivedAt))
                .param("unit", c.handlingUnit.value()).param("repeated", c.repeated)
                .param("guidedBefore", c.guidedBefore).param("dueOn", c.dueOn).param("dueRule", c.dueRule)
                .update();
        appendSteps(c);
    }

    Optional<CitizenCase> find(TenantId tenant, CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and id = ?")
                .params(tenant.value(), id.value()).query(this::map).optional();
    }

    /**
     * The case with its title and body passed through {@code mask}: the copy of a denunciation others may see
     * (protection of the denouncer, Luật Tố cáo 2018, Điều 56 khoản 2). Never saved back.
     */
    Optional<CitizenCase> findMasked(TenantId tenant, CaseId id, java.util.function.UnaryOperator<String> mask) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and id = ?")
                .params(tenant.value(), id.value()).query((rs, row) -> map(rs, row, mask)).optional();
    }

    Optional<CitizenCase> findForUpdate(TenantId tenant, CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and id = ? for update")
                .params(tenant.value(), id.value()).query(this::map).optional();
    }

    Optional<CitizenCase> findByReceipt(TenantId tenant, String receiptHash) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and receipt_hash = ?")
                .params(tenant.value(), receiptHash).query(this::map).optional();
    }

    Optional<CitizenCase> findByIdempotencyKey(TenantId tenant, String key) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and idempotency_key = ?")
                .params(tenant.value(), key).query(this::map).optional();
    }

    List<CitizenCase> groupMembers(TenantId tenant, UUID group) {
        return jdbc.sql("select " + COLUMNS + " from citizen_case c where tenant_id = ? and group_id = ? order by received_at")
                .params(tenant.value(), group).query(this::map).list();
    }

    /**
     * Writes the case's state and appends its new steps.
     *
     * @throws DomainException (conflict, {@code cases.error.stale}) if someone else changed the case since it was read
     */
    void update(CitizenCase c, Instant at) {
        int updated = jdbc.sql("""
                        update citizen_case set content_kind = :kind, status = :status, category_code = :category,
                            place_unit_id = :place, signatories = :signatories, signatory_count = :signatoryCount,
                            handling_unit_id = :unit, assignee_id = :assignee, assignee_name = :assigneeName,
                            eligibility = :eligibility, ineligible_reason = :ineligibleReason, competence = :competence,
                            outcome = :outcome, repeated = :repeated, guided_before = :guidedBefore, group_id = :group,
                            pending_decision = cast(:pending as jsonb), pending_from = :pendingFrom, taken_up_on = :takenUpOn,
                            forwarded_to = :forwardedTo, answer = :answer, answered_on = :answeredOn,
                            published_on = :publishedOn, rating = :rating, rating_comment = :ratingComment,
                            due_on = :dueOn, due_rule = :dueRule, watch = :watch, retain_until = :retainUntil,
                            closed_on = :closedOn, past_unit_ids = :pastUnits, proceeding = cast(:proceeding as jsonb),
                            legal_stage = :legalStage, pending_act = cast(:pendingAct as jsonb),
                            decision_published_on = :decisionPublishedOn, version = version + 1, updated_at = :at
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("kind", c.kind.name()).param("status", c.status.name()).param("category", c.categoryCode)
                .param("place", c.placeUnitId).param("signatories", c.signatories.name())
                .param("signatoryCount", c.signatoryCount).param("unit", c.handlingUnit.value())
                .param("assignee", c.assigneeId).param("assigneeName", c.assigneeName)
                .param("eligibility", name(c.eligibility)).param("ineligibleReason", c.ineligibleReason)
                .param("competence", name(c.competence)).param("outcome", name(c.outcome))
                .param("repeated", c.repeated).param("guidedBefore", c.guidedBefore).param("group", c.groupId)
                .param("pending", c.pending == null ? null : json.writeValueAsString(c.pending))
                .param("pendingFrom", name(c.pendingFrom)).param("takenUpOn", c.takenUpOn)
                .param("forwardedTo", c.forwardedTo).param("answer", c.answer).param("answeredOn", c.answeredOn)
                .param("publishedOn", c.publishedOn).param("rating", c.rating)
                .param("ratingComment", c.ratingComment).param("dueOn", c.dueOn).param("dueRule", c.dueRule)
                .param("watch", c.watch.name()).param("retainUntil", c.retainUntil).param("closedOn", c.closedOn)
                .param("pastUnits", c.pastUnits.stream().map(UnitId::value).toArray(UUID[]::new))
                .param("proceeding", c.proceeding == null ? null : json.writeValueAsString(c.proceeding))
                .param("legalStage", c.proceeding == null ? null : c.proceeding.stage.name())
                .param("pendingAct", c.pendingAct == null ? null : json.writeValueAsString(c.pendingAct))
                .param("decisionPublishedOn", c.proceeding == null ? null : c.proceeding.publishedOn)
                .param("at", Timestamp.from(at)).param("tenant", c.tenant.value()).param("id", c.id.value())
                .param("version", c.version)
                .update();
        if (updated != 1) {
            throw DomainException.conflict("cases.error.stale");
        }
        c.version++;
        appendSteps(c);
    }

    void updateWatch(TenantId tenant, CaseId id, WatchState watch) {
        jdbc.sql("update citizen_case set watch = ? where tenant_id = ? and id = ?")
                .params(watch.name(), tenant.value(), id.value()).update();
    }

    private void appendSteps(CitizenCase c) {
        for (CaseStep s : c.takeNewSteps()) {
            jdbc.sql("""
                            insert into case_step (tenant_id, case_id, seq, at, actor, actor_name, action, status, reason,
                                public_note, visible, due_on)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.tenant.value(), c.id.value(), s.seq(), Timestamp.from(s.at()), s.actor(), s.actorName(),
                            s.action().name(), s.status().name(), s.reason(), s.publicNote(), s.visible(), s.dueOn())
                    .update();
        }
    }

    List<CaseStep> steps(TenantId tenant, CaseId id) {
        return jdbc.sql("""
                        select seq, at, actor, actor_name, action, status, reason, public_note, visible, due_on
                        from case_step where tenant_id = ? and case_id = ? order by seq""")
                .params(tenant.value(), id.value())
                .query((rs, i) -> new CaseStep(rs.getInt("seq"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("actor_name"), CaseAction.valueOf(rs.getString("action")),
                        CaseStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getString("public_note"), rs.getBoolean("visible"), date(rs, "due_on")))
                .list();
    }

    static String searchText(CitizenCase c) {
        return VietnameseText.fold(String.join(" ", c.title, c.body, c.placeText == null ? "" : c.placeText));
    }

    private CitizenCase map(ResultSet rs, int row) throws SQLException {
        return map(rs, row, java.util.function.UnaryOperator.identity());
    }

    private CitizenCase map(ResultSet rs, int row, java.util.function.UnaryOperator<String> mask) throws SQLException {
        CitizenCase c = new CitizenCase(new TenantId(rs.getObject("tenant_id", UUID.class)),
                new CaseId(rs.getObject("id", UUID.class)), rs.getString("number"),
                Channel.valueOf(rs.getString("channel")), rs.getString("forwarded_by"), date(rs, "received_on"),
                rs.getTimestamp("received_at").toInstant(), mask.apply(rs.getString("title")),
                mask.apply(rs.getString("body")),
                rs.getBoolean("anonymous"), rs.getBoolean("publish_consent"), rs.getString("sender_key"));
        c.kind = ContentKind.valueOf(rs.getString("content_kind"));
        c.status = CaseStatus.valueOf(rs.getString("status"));
        c.categoryCode = rs.getString("category_code");
        c.placeUnitId = rs.getObject("place_unit_id", UUID.class);
        c.placeText = rs.getString("place_text");
        c.signatories = Signatories.valueOf(rs.getString("signatories"));
        c.signatoryCount = rs.getInt("signatory_count");
        c.handlingUnit = new UnitId(rs.getObject("handling_unit_id", UUID.class));
        c.assigneeId = rs.getObject("assignee_id", UUID.class);
        c.assigneeName = rs.getString("assignee_name");
        c.eligibility = enumOf(Eligibility.class, rs.getString("eligibility"));
        c.ineligibleReason = rs.getString("ineligible_reason");
        c.competence = enumOf(Competence.class, rs.getString("competence"));
        c.outcome = enumOf(DecisionKind.class, rs.getString("outcome"));
        c.repeated = rs.getBoolean("repeated");
        c.guidedBefore = rs.getBoolean("guided_before");
        c.groupId = rs.getObject("group_id", UUID.class);
        String pending = rs.getString("pending_decision");
        c.pending = pending == null ? null : json.readValue(pending, Decision.class);
        c.pendingFrom = enumOf(CaseStatus.class, rs.getString("pending_from"));
        c.takenUpOn = date(rs, "taken_up_on");
        c.forwardedTo = rs.getString("forwarded_to");
        c.answer = rs.getString("answer");
        c.answeredOn = date(rs, "answered_on");
        c.publishedOn = date(rs, "published_on");
        int rating = rs.getInt("rating");
        c.rating = rs.wasNull() ? null : rating;
        c.ratingComment = rs.getString("rating_comment");
        c.dueOn = date(rs, "due_on");
        c.dueRule = rs.getString("due_rule");
        c.watch = WatchState.valueOf(rs.getString("watch"));
        c.retainUntil = date(rs, "retain_until");
        c.closedOn = date(rs, "closed_on");
        c.version = rs.getInt("version");
        for (UUID past : (UUID[]) rs.getArray("past_unit_ids").getArray()) {
            c.pastUnits.add(new UnitId(past));
        }
        String proceeding = rs.getString("proceeding");
        c.proceeding = proceeding == null ? null : json.readValue(proceeding, Proceeding.class);
        String pendingAct = rs.getString("pending_act");
        c.pendingAct = pendingAct == null ? null : json.readValue(pendingAct, ProceedingAct.class);
        c.lastSeq = rs.getInt("last_seq");
        return c;
    }

    Proceeding proceeding(String jsonText) {
        return jsonText == null ? null : json.readValue(jsonText, Proceeding.class);
    }

    static int[] ints(Array array) throws SQLException {
        Integer[] boxed = (Integer[]) array.getArray();
        int[] out = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
