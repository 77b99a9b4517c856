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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final CaseStore store;
    private final CaseRouting routing;
    private final CaseCategories categories;
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
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseIntake(CaseStore store, CaseRouting routing, CaseCategories categories, CaseDeadlines deadlines,
               DuplicateFinder duplicates, AttachmentStore attachments, OrgDirectory org, SecretBox box, AuditLog audit,
               CurrentActor currentActor, ApplicationEventPublisher events, JdbcClient jdbc,
               TransactionTemplate transactions, Clock clock) {
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
        this.clock = clock;
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
        Prepared prepared = prepare(tenant, request, actor);
        if (prepared.idempotencyHash != null) {
            Optional<IntakeReceipt> replay = replay(tenant, prepared);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        try {
            return transactions.execute(status -> create(tenant, prepared, actor));
        } catch (DuplicateKeyException concurrentRetry) {
            if (prepared.idempotencyHash != null) {
                return replay(tenant, prepared).orElseThrow(() -> concurrentRetry);
            }
            throw concurrentRetry;
        }
    }

    private record Prepared(IntakeRequest request, String title, String body, String placeText, String forwardedBy,
                            List<Sender> senders, String idempotencyHash, ReceiptCode code, LocalDate receivedOn,
                            ContentKind kind, String categoryCode) {
    }

    private Prepared prepare(TenantId tenant, IntakeRequest request, Optional<Actor> actor) {
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
        if (categoryCode != null && categories.find(tenant, categoryCode).filter(CaseCategory::active).isEmpty()) {
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
        String idempotencyHash = null;
        ReceiptCode code;
        if (key != null && !key.isBlank()) {
            if (!key.matches("[A-Za-z0-9_.:-]{16,100}")) {
                throw DomainException.invalid("cases.error.idempotencyKey");
            }
            idempotencyHash = box.mac("cases.idempotency", tenant.value() + "|" + key);
            code = codeFromKey(tenant, key);
        } else {
            code = ReceiptCode.random(random);
        }
        return new Prepared(request, title, body, VietnameseText.normalizeOrNull(request.placeText()), forwardedBy,
                senders, idempotencyHash, code, receivedOn, kind, categoryCode);
    }

    /** A retry carries the same key, so the same code is derived again: the code itself is never stored. */
    private ReceiptCode codeFromKey(TenantId tenant, String key) {
        String mac = box.mac("cases.receipt-from-key", tenant.value() + "|" + key);
        long payload = HexFormat.fromHexDigitsToLong(mac.substring(0, 15)) & (ReceiptCode.PAYLOAD_LIMIT - 1);
        return ReceiptCode.fromPayload(payload);
    }

    private Optional<IntakeReceipt> replay(TenantId tenant, Prepared prepared) {
        return store.findByIdempotencyKey(tenant, prepared.idempotencyHash).map(existing -> {
            if (!existing.title.equals(prepared.title) || !existing.body.equals(prepared.body)) {
                throw DomainException.conflict("cases.error.idempotencyMismatch");
            }
            return receipt(existing, prepared.code, true);
        });
    }

    private IntakeReceipt create(TenantId tenant, Prepared p, Optional<Actor> actor) {
        Instant now = clock.instant();
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
        store.insert(c, p.code.hash(box), p.idempotencyHash, fingerprint);
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
        return receipt(c, p.code, false);
    }

    private IntakeReceipt receipt(CitizenCase c, ReceiptCode code, boolean replay) {
        Deadline due = deadlines.acknowledgement(c);
        String unitName = org.unit(c.tenant, c.handlingUnit).map(Unit::name).orElse(null);
        return new IntakeReceipt(c.id, c.number, code.value(), c.receivedOn, due.due(), due.version().ruleId(),
                due.version().source(), unitName, replay);
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
