package vn.lamchu.cases;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.cases.CaseEvents.CaseReceived;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.rules.Deadline;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * The one intake for every channel: the web portal, the reception desk, voter meetings and dialogues, post, e-mail, the
 * hotline and bodies forwarding letters. Every letter is logged at once (Thông tư 07/2014/TT-TTCP, Điều 3 khoản 2),
 * routed to the competent unit, fingerprinted for duplicates and acknowledged with a receipt code and the date by which
 * the sender will hear how it is handled.
 */
@Service
public class CaseIntake {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MIN = 10;
    public static final int BODY_MAX = 20_000;
    public static final int MAX_SENDERS = 50;
    public static final int MAX_ATTACHMENTS = 10;
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(365);
    static final String SENDER_PURPOSE = "cases.sender";
    static final String INBOX_PURPOSE = "cases.inbox";
    /** Attempts at logging an accepted letter that fails for an unforeseen reason before it is marked failed. */
    static final int INBOX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

    private final CaseStore store;
    private final CaseRouting routing;
    private final CaseCategories categories;
    private final ActiveCategories activeCategories;
    private final CaseDeadlines deadlines;
    private final DuplicateFinder duplicates;
    private final AttachmentStore attachments;
    private final OrgDirectory org;
    private final SecretBox box;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** A transaction of its own, whatever the caller's (which may be read-only, as the public lookup's is). */
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final IntakeInbox inbox;
    private final IntakeInboxWriter writer;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private volatile Runnable onAccepted = () -> { };

    CaseIntake(CaseStore store, CaseRouting routing, CaseCategories categories, CaseDeadlines deadlines,
               DuplicateFinder duplicates, AttachmentStore attachments, OrgDirectory org, SecretBox box, AuditLog audit,
               CurrentActor currentActor, ApplicationEventPublisher events, JdbcClient jdbc,
               TransactionTemplate transactions, Clock clock, IntakeInbox inbox, IntakeInboxWriter writer,
               ObjectMapper json, ActiveCategories activeCategories) {
        this.activeCategories = activeCategories;
        this.store = store;
        this.routing = routing;
        this.categories = categories;
        this.deadlines = deadlines;
        this.duplicates = duplicates;
        this.attachments = attachments;
        this.org = org;
        this.box = box;
        this.audit = audit;
        this.currentActor = currentActor;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.inbox = inbox;
        this.writer = writer;
        this.json = json;
    }

    /** The tenant a public submission goes to: the one named by code, or the first (usually only) one. */
    public TenantId publicTenant(String code) {
        List<Tenant> tenants = org.tenants();
        return tenants.stream()
                .filter(t -> code == null || code.isBlank() || t.code().equalsIgnoreCase(code.strip()))
                .findFirst().map(Tenant::id)
                .orElseThrow(() -> DomainException.invalid("cases.error.tenant"));
    }

    /**
     * Logs a letter. A citizen without an account may only use {@link Channel#WEB}; staff need CASE_RECEIVE and may name
     * the receiving unit inside their scope.
     *
     * @throws DomainException (invalid) naming the first field that is wrong; (conflict) if the idempotency key was
     *                         used before for a different letter
     */
    public IntakeReceipt submit(TenantId tenant, IntakeRequest request) {
        Optional<Actor> actor = currentActor.current();
        ReceiptCode code = code(tenant, request);
        Prepared prepared = prepare(tenant, request, actor, code);
        if (prepared.idempotencyHash != null) {
            Optional<IntakeReceipt> replay = replay(tenant, prepared, code);
            if (replay.isPresent()) {
                return replay.get();
            }
            // a letter accepted with this key and still waiting to be logged: logged now, then answered as a replay
            Optional<IntakeInbox.Row> waiting = inbox.findByIdempotencyKey(tenant, prepared.idempotencyHash)
                    .filter(r -> r.state() == IntakeInbox.State.PENDING);
            if (waiting.isPresent()) {
                logPendingReceipt(tenant, waiting.get().receiptHash());
                replay = replay(tenant, prepared, code);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
        }
        try {
            return receipt(transactions.execute(status -> create(tenant, prepared, actor, clock.instant())), code, false);
        } catch (DuplicateKeyException concurrentRetry) {
            if (prepared.idempotencyHash != null) {
                return replay(tenant, prepared, code).orElseThrow(() -> concurrentRetry);
            }
            throw concurrentRetry;
        }
    }

    /**
     * A letter as validated at intake, ready to be logged; kept (encrypted) in the inbox between acceptance and logging.
     *
     * @param receiptHash the keyed hash of the receipt code (the code itself is never stored)
     */
    record Prepared(IntakeRequest request, String title, String body, String placeText, String forwardedBy,
                    List<Sender> senders, String idempotencyHash, String receiptHash, LocalDate receivedOn,
                    ContentKind kind, String categoryCode) {
    }

    /** The receipt code: derived from the idempotency key (so that a retry is given the same one), else random. */
    private ReceiptCode code(TenantId tenant, IntakeRequest request) {
        String key = request == null ? null : request.idempotencyKey();
        if (key == null || key.isBlank()) {
            return ReceiptCode.random(random);
        }
        if (!key.matches("[A-Za-z0-9_.:-]{16,100}")) {
            throw DomainException.invalid("cases.error.idempotencyKey");
        }
        return codeFromKey(tenant, key);
    }

    private Prepared prepare(TenantId tenant, IntakeRequest request, Optional<Actor> actor, ReceiptCode code) {
        if (request == null || request.channel() == null) {
            throw DomainException.invalid("cases.error.channel");
        }
        if (actor.isEmpty() && request.channel() != Channel.WEB) {
            throw DomainException.invalid("cases.error.channelPublic");
        }
        if (actor.isPresent() && !actor.get().can(Permission.CASE_RECEIVE)) {
            throw new vn.lamchu.shared.AccessDeniedException("CASE_RECEIVE");
        }
        String title = VietnameseText.normalizeOrNull(request.title());
        String body = request.body() == null ? null : java.text.Normalizer.normalize(request.body().strip(),
                java.text.Normalizer.Form.NFC);
        if (title == null || title.length() < TITLE_MIN || title.length() > TITLE_MAX) {
            throw DomainException.invalid("cases.error.title", TITLE_MIN, TITLE_MAX);
        }
        if (body == null || body.length() < BODY_MIN || body.length() > BODY_MAX) {
            throw DomainException.invalid("cases.error.body", BODY_MIN, BODY_MAX);
        }
        ContentKind kind = request.kind() == null ? ContentKind.FEEDBACK : request.kind();
        String categoryCode = VietnameseText.normalizeOrNull(request.categoryCode());
        if (categoryCode != null && !activeCategories.isActive(tenant, categoryCode)) {
            throw DomainException.invalid("cases.error.category", categoryCode);
        }
        LocalDate today = LegalTime.today(clock);
        LocalDate receivedOn = request.receivedOn() == null ? today : request.receivedOn();
        if (receivedOn.isAfter(today) || receivedOn.isBefore(today.minusYears(1))) {
            throw DomainException.invalid("cases.error.receivedOn");
        }
        if (request.placeUnitId() != null && org.unit(tenant, new UnitId(request.placeUnitId())).isEmpty()) {
            throw DomainException.invalid("cases.error.place");
        }
        if (request.senders().size() > MAX_SENDERS) {
            throw DomainException.invalid("cases.error.tooManySenders", MAX_SENDERS);
        }
        List<Sender> senders = request.anonymous() ? List.of() : request.senders();
        if (!request.anonymous() && senders.stream().noneMatch(Sender::identified)) {
            throw DomainException.invalid("cases.error.senderRequired");
        }
        String forwardedBy = VietnameseText.normalizeOrNull(request.forwardedBy());
        if (request.channel() == Channel.FORWARDED && forwardedBy == null) {
            throw DomainException.invalid("cases.error.forwardedBy");
        }
        if (request.attachments().size() > MAX_ATTACHMENTS) {
            throw DomainException.invalid("cases.error.tooManyAttachments", MAX_ATTACHMENTS);
        }
        for (String sha : request.attachments()) {
            if (sha == null || !sha.matches("[0-9a-f]{64}") || attachments.find(tenant, sha).isEmpty()) {
                throw DomainException.invalid("cases.error.attachment");
            }
        }
        String key = request.idempotencyKey();
        String idempotencyHash = key == null || key.isBlank() ? null
                : box.mac("cases.idempotency", tenant.value() + "|" + key);
        return new Prepared(request, title, body, VietnameseText.normalizeOrNull(request.placeText()), forwardedBy,
                senders, idempotencyHash, code.hash(box), receivedOn, kind, categoryCode);
    }

    /** A retry carries the same key, so the same code is derived again: the code itself is never stored. */
    private ReceiptCode codeFromKey(TenantId tenant, String key) {
        String mac = box.mac("cases.receipt-from-key", tenant.value() + "|" + key);
        long payload = HexFormat.fromHexDigitsToLong(mac.substring(0, 15)) & (ReceiptCode.PAYLOAD_LIMIT - 1);
        return ReceiptCode.fromPayload(payload);
    }

    private Optional<IntakeReceipt> replay(TenantId tenant, Prepared prepared, ReceiptCode code) {
        return store.findByIdempotencyKey(tenant, prepared.idempotencyHash).map(existing -> {
            if (!existing.title.equals(prepared.title) || !existing.body.equals(prepared.body)) {
                throw DomainException.conflict("cases.error.idempotencyMismatch");
            }
            return receipt(existing, code, true);
        });
    }

    /**
     * Logs a letter as a case, received at {@code now} (for a letter from the inbox: when it was accepted), in the
     * caller's transaction.
     */
    private CitizenCase create(TenantId tenant, Prepared p, Optional<Actor> actor, Instant now) {
        LocalDate today = LegalTime.today(clock);
        UnitId unit;
        if (actor.isPresent() && p.request.handlingUnitId() != null) {
            unit = new UnitId(p.request.handlingUnitId());
            currentActor.checkCanSee(tenant, unit);
        } else if (actor.isPresent() && p.request.placeUnitId() == null) {
            // a letter handed in at a desk without a place is logged by the unit that received it
            unit = actor.get().unitId();
        } else {
            unit = routing.suggest(tenant, p.categoryCode, p.kind, p.request.placeUnitId(), today);
        }
        Sender first = p.senders.stream().filter(Sender::identified).findFirst().orElse(null);
        String senderKey = first == null || first.identityKey() == null ? null
                : box.mac("cases.sender-key", tenant.value() + "|" + first.identityKey());
        CitizenCase c = new CitizenCase(tenant, new CaseId(Ids.newId(clock)), store.nextNumber(p.receivedOn),
                p.request.channel(), p.forwardedBy, p.receivedOn, now, p.title, p.body, p.request.anonymous(),
                p.request.publishConsent(), senderKey);
        c.kind = p.kind;
        c.categoryCode = p.categoryCode;
        c.placeUnitId = p.request.placeUnitId();
        c.placeText = p.placeText;
        c.signatories = p.request.anonymous() ? Signatories.ANONYMOUS
                : p.senders.size() > 1 ? Signatories.MANY : Signatories.ONE;
        c.signatoryCount = p.request.anonymous() ? 0 : p.senders.size();
        c.handlingUnit = unit;
        int[] fingerprint = TextFingerprint.of(p.title + " " + p.body);
        boolean[] repetition = DuplicateFinder.repetition(
                duplicates.sameSender(tenant, fingerprint, senderKey, now.minus(DUPLICATE_WINDOW)));
        c.markRepeated(repetition[0], repetition[1]);
        StepActor by = actor.map(StepActor::of).orElse(StepActor.PUBLIC);
        c.receive(now, by);
        deadlines.recompute(c, categories.find(tenant, c.categoryCode).orElse(null));
        store.insert(c, p.receiptHash, p.idempotencyHash, fingerprint);
        for (int i = 0; i < p.senders.size(); i++) {
            Sender s = p.senders.get(i);
            jdbc.sql("""
                            insert into case_sender (tenant_id, case_id, position, name_enc, address_enc, phone_enc, email_enc,
                                                     id_number_enc)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), c.id.value(), i, seal(s.name()), seal(s.address()), seal(s.phone()),
                            seal(s.email()), seal(s.idNumber()))
                    .update();
        }
        for (String sha : p.request.attachments()) {
            String name = attachments.find(tenant, sha).map(StoredFile::originalName).orElse(null);
            jdbc.sql("""
                            insert into case_attachment (tenant_id, case_id, sha256, original_name, added_at)
                            values (?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(tenant.value(), c.id.value(), sha, name, Timestamp.from(now)).update();
        }
        audit.recordChange(tenant, "case", c.id.toString(), "receive", null, Map.of(
                "number", c.number, "channel", c.channel.name(), "kind", c.kind.name(),
                "unit", unit.toString(), "repeated", c.repeated));
        events.publishEvent(new CaseReceived(tenant, c.id, c.channel, c.kind, unit));
        return c;
    }

    private IntakeReceipt receipt(CitizenCase c, ReceiptCode code, boolean replay) {
        Deadline due = deadlines.acknowledgement(c);
        String unitName = org.unit(c.tenant, c.handlingUnit).map(Unit::name).orElse(null);
        return new IntakeReceipt(c.id, c.number, code == null ? null : code.value(), c.receivedOn, due.due(),
                due.version().ruleId(), due.version().source(), unitName, replay);
    }

    // ---- letters accepted now and logged a moment later ----------------------------------------------------------

    /**
     * A letter accepted ahead of logging.
     *
     * @param id          where to follow it ({@link #accepted})
     * @param receiptCode the sender's receipt code, valid from this moment (the public lookup logs a letter still waiting)
     * @param logged      when a retry names a letter already logged: its receipt, and nothing else was accepted
     */
    public record AcceptedLetter(UUID id, String receiptCode, LocalDate receivedOn, Instant acceptedAt, boolean replay,
                                 IntakeReceipt logged) {
    }

    /**
     * How an accepted letter stands.
     *
     * @param receipt   once logged: the case, its number and the first-answer deadline (without the receipt code, which
     *                  was given at acceptance and is not stored)
     * @param errorKey  when it could not be logged: why (a message key and its arguments); the letter stays in the inbox
     */
    public record AcceptedLetterState(UUID id, String state, Instant acceptedAt, IntakeReceipt receipt, String errorKey,
                                      List<String> errorArgs) {
    }

    /** What the inbox keeps of an accepted letter (encrypted as a whole: the senders are in it). */
    record InboxPayload(Prepared letter, UUID accountId, String username, String displayName, UUID unitId,
                        java.util.Set<Permission> permissions) {

        Actor actor(TenantId tenant) {
            return new Actor(accountId, username, displayName, tenant, new UnitId(unitId), permissions);
        }
    }

    /**
     * Accepts a letter from staff to be logged in the background: validated as {@link #submit} does, stored in one
     * statement and answered at once with its receipt code. A worker logs it as a case within moments, in the name of
     * the staff member who handed it in and as received at the moment of acceptance: a letter is logged when it is
     * received (Thông tư 07/2014/TT-TTCP, Điều 3 khoản 2), and the acceptance is that moment (what a client that sends letters in
     * bulk needs: its requests are not held up by routing, duplicate checks, audit and notices). Nothing accepted is
     * lost: the inbox is written before the answer, and a letter that cannot be logged stays there with the reason.
     *
     * @throws DomainException as {@link #submit}
     */
    public AcceptedLetter accept(TenantId tenant, IntakeRequest request) {
        Actor actor = currentActor.require();
        ReceiptCode code = code(tenant, request);
        Prepared prepared = prepare(tenant, request, Optional.of(actor), code);
        if (prepared.idempotencyHash != null) {
            Optional<IntakeReceipt> logged = replay(tenant, prepared, code);
            if (logged.isPresent()) {
                IntakeReceipt r = logged.get();
                return new AcceptedLetter(null, r.receiptCode(), r.receivedOn(), null, true, r);
            }
        }
        Instant now = clock.instant();
        UUID id = Ids.newId(clock);
        InboxPayload payload = new InboxPayload(prepared, actor.accountId(), actor.username(), actor.displayName(),
                actor.unitId().value(), actor.permissions());
        String sealed = box.encrypt(json.writeValueAsString(payload), INBOX_PURPOSE);
        if (!writer.write(new IntakeInbox.NewRow(tenant, id, now, actor.accountId(), prepared.receiptHash,
                prepared.idempotencyHash, sealed))) {
            // the same key was accepted before (perhaps by a concurrent retry): that letter, if it is the same one
            IntakeInbox.Row earlier = inbox.findByIdempotencyKey(tenant, prepared.idempotencyHash)
                    .orElseThrow(() -> DomainException.conflict("cases.error.idempotencyMismatch"));
            Prepared before = payload(earlier).letter();
            if (!before.title().equals(prepared.title) || !before.body().equals(prepared.body)) {
                throw DomainException.conflict("cases.error.idempotencyMismatch");
            }
            return new AcceptedLetter(earlier.id(), code.value(), before.receivedOn(), earlier.acceptedAt(), true, null);
        }
        onAccepted.run();
        return new AcceptedLetter(id, code.value(), prepared.receivedOn, now, false, null);
    }

    /**
     * How a letter accepted by the current staff member stands.
     *
     * @throws vn.lamchu.shared.NotFoundException if there is no such letter, or another account handed it in
     */
    public AcceptedLetterState accepted(TenantId tenant, UUID id) {
        Actor actor = currentActor.require();
        IntakeInbox.Row row = inbox.find(tenant, id).filter(r -> r.accountId().equals(actor.accountId()))
                .orElseThrow(() -> new vn.lamchu.shared.NotFoundException("accepted letter", String.valueOf(id)));
        IntakeReceipt receipt = row.caseId() == null ? null
                : store.find(tenant, new CaseId(row.caseId())).map(c -> receipt(c, null, false)).orElse(null);
        return new AcceptedLetterState(row.id(), row.state().name(), row.acceptedAt(), receipt, row.errorKey(),
                row.errorArgs());
    }

    /**
     * Sends a letter that could not be logged to be logged again (after what stopped it was put right, e.g. a unit
     * restored): for the staff member who handed it in.
     *
     * @throws vn.lamchu.shared.NotFoundException if there is no such letter of theirs
     * @throws DomainException (conflict) if the letter has not failed
     */
    public AcceptedLetterState retry(TenantId tenant, UUID id) {
        Actor actor = currentActor.require();
        AcceptedLetterState state = accepted(tenant, id);
        if (!inbox.retry(tenant, id, actor.accountId(), clock.instant())) {
            throw DomainException.conflict("cases.error.inboxNotFailed");
        }
        audit.recordChange(tenant, "accepted_letter", id.toString(), "retry", null, Map.of("was", state.state()));
        onAccepted.run();
        return accepted(tenant, id);
    }

    /** Called (on this node) when a letter has been accepted: the worker wakes. */
    void onAccepted(Runnable hook) {
        this.onAccepted = hook;
    }

    /**
     * Logs up to {@code max} accepted letters of a tenant, in one transaction (the audit chain's head and the commit
     * are paid once for the batch); each letter in its own savepoint, so that one that fails does not hold up the rest.
     *
     * @return how many letters were taken from the inbox
     */
    int logAccepted(TenantId tenant, int max) {
        Integer taken = transactions.execute(status -> {
            List<IntakeInbox.Row> rows = inbox.claim(tenant, clock.instant(), max);
            for (IntakeInbox.Row row : rows) {
                logOne(tenant, row, status);
            }
            return rows.size();
        });
        return taken == null ? 0 : taken;
    }

    /**
     * Logs the letter with this receipt code now if it is still waiting in the inbox (waiting for a worker that holds
     * it), so that a sender looking it up at once finds it.
     */
    void logPendingReceipt(TenantId tenant, String receiptHash) {
        ownTransaction.executeWithoutResult(status ->
                inbox.claimByReceipt(tenant, receiptHash).ifPresent(row -> logOne(tenant, row, status)));
    }

    /**
     * Logs this accepted letter now if it is still waiting (waiting first for a worker that holds it): once this returns,
     * the letter is logged or marked failed, or waits for a retry.
     */
    void logNow(TenantId tenant, UUID acceptedId) {
        ownTransaction.executeWithoutResult(status ->
                inbox.claimById(tenant, acceptedId).ifPresent(row -> logOne(tenant, row, status)));
    }

    private void logOne(TenantId tenant, IntakeInbox.Row row, TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        Instant now = clock.instant();
        try {
            InboxPayload payload = payload(row);
            Actor actor = payload.actor(tenant);
            CitizenCase c = currentActor.runAs(actor,
                    () -> create(tenant, payload.letter(), Optional.of(actor), row.acceptedAt()));
            status.releaseSavepoint(savepoint);
            inbox.done(tenant, row.id(), c.id, now);
        } catch (DuplicateKeyException e) {
            status.rollbackToSavepoint(savepoint);
            // logged meanwhile by a synchronous retry with the same key: that case is this letter
            Optional<CitizenCase> same = row.idempotencyHash() == null ? Optional.empty()
                    : store.findByIdempotencyKey(tenant, row.idempotencyHash());
            if (same.isPresent()) {
                inbox.done(tenant, row.id(), same.get().id, now);
            } else {
                retryOrFail(tenant, row, e, now);
            }
        } catch (DomainException e) {
            status.rollbackToSavepoint(savepoint);
            log.warn("Accepted letter {} cannot be logged: {}", row.id(), e.messageKey());
            inbox.failed(tenant, row.id(), e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList(), now);
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            retryOrFail(tenant, row, e, now);
        }
    }

    private void retryOrFail(TenantId tenant, IntakeInbox.Row row, RuntimeException e, Instant now) {
        // the exception may quote the letter's values: only its type is logged
        if (row.attempts() + 1 >= INBOX_ATTEMPTS) {
            log.error("Accepted letter {} could not be logged after {} attempts ({}); it stays in the inbox", row.id(),
                    INBOX_ATTEMPTS, e.getClass().getName());
            inbox.failed(tenant, row.id(), "cases.error.inboxFailed", List.of(), now);
        } else {
            log.warn("Accepted letter {} not logged ({}); trying again", row.id(), e.getClass().getName());
            inbox.retryLater(tenant, row.id(), now.plusSeconds(10L << row.attempts()));
        }
    }

    private InboxPayload payload(IntakeInbox.Row row) {
        return json.readValue(box.decrypt(row.payloadEnc(), INBOX_PURPOSE), InboxPayload.class);
    }

    /** Forgets letters logged more than {@code age} ago (their cases carry everything); how many. */
    int purgeLogged(TenantId tenant, Duration age) {
        return inbox.purge(tenant, clock.instant().minus(age));
    }

    /** Reads back the senders of a case (decrypted): for staff handling it. */
    List<Sender> senders(TenantId tenant, CaseId id) {
        return jdbc.sql("""
                        select name_enc, address_enc, phone_enc, email_enc, id_number_enc from case_sender
                        where tenant_id = ? and case_id = ? order by position""")
                .params(tenant.value(), id.value())
                .query((rs, i) -> new Sender(open(rs.getString(1)), open(rs.getString(2)), open(rs.getString(3)),
                        open(rs.getString(4)), open(rs.getString(5))))
                .list();
    }

    private String seal(String value) {
        return value == null ? null : box.encrypt(value, SENDER_PURPOSE);
    }

    private String open(String value) {
        return value == null ? null : box.decrypt(value, SENDER_PURPOSE);
    }

    static UUID nil() {
        return new UUID(0, 0);
    }
}
