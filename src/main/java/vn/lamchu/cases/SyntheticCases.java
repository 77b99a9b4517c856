package vn.lamchu.cases;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.org.JurisdictionLevel;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitAdministration;
import vn.lamchu.org.UnitDraft;
import vn.lamchu.org.UnitKind;
import vn.lamchu.platform.SecretBox;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.Permission;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * Realistic synthetic cases for scale runs and the benchmark harness (issue #8), loaded in bulk with
 * {@code COPY}: ten years (or any span) of letters to a province's communes, with senders (encrypted as the intake
 * encrypts them), register numbers, receipt hashes, near-duplicate fingerprints and search text computed exactly as
 * the intake computes them, a realistic mix of kinds, categories, channels and states, and a timeline per case.
 * Communes missing for the requested count are created through the organisation module (a commune, its People's
 * Committee and its office, which handles the letters).
 * <p>
 * What it leaves out, on purpose: complaint and denunciation procedures (synthetic complaints and denunciations are
 * guided, forwarded or filed, as most letters of those kinds reaching a commune are), documents, audit entries (the
 * audit chain records what people did) and attachments. Never run it on a production database: it writes data that
 * nobody sent.
 */
@Component
class SyntheticCases {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);
    private static final String SENDER_PURPOSE = "cases.sender";
    private static final int BATCH = 20_000;
    private static final long DEFER_INDEXES_FROM = 200_000;
    private static final String CODE_PREFIX = "SX";
    private static final ZoneId ZONE = LegalTime.VIETNAM;

    /**
     * @param cases    how many cases to add
     * @param years    over how many years up to today they were received
     * @param communes how many commune-level units the letters are spread over (created as needed)
     * @param seed     the same seed gives the same texts, places and states
     * @param syntheticOnly only the communes this generator created get letters (tests keep the demo communes clean)
     */
    record Plan(long cases, int years, int communes, long seed, boolean syntheticOnly) {

        Plan {
            if (cases < 1 || years < 1 || years > 30 || communes < 1 || communes > 2_000) {
                throw new IllegalArgumentException("cases ≥ 1, years 1–30, communes 1–2000");
            }
        }
    }

    record Result(int communesCreated, long cases, long senders, long steps, Duration elapsed) {

        double casesPerSecond() {
            return cases / Math.max(0.001, elapsed.toMillis() / 1000.0);
        }
    }

    /** Told after each batch; returns false to stop (what was loaded stays). */
    interface Progress {
        boolean loaded(long done, long total);
    }

    /** A commune with the unit that handles its letters. */
    record Place(UnitId commune, String code, String name, UnitId office) {

        boolean synthetic() {
            return code.startsWith(CODE_PREFIX);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final OrgDirectory org;
    private final UnitAdministration units;
    private final SecretBox box;
    private final java.time.Clock clock;

    SyntheticCases(JdbcClient jdbc, DataSource dataSource, OrgDirectory org, UnitAdministration units, SecretBox box,
                   java.time.Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.org = org;
        this.units = units;
        this.box = box;
        this.clock = clock;
    }

    Result generate(TenantId tenant, Plan plan, Progress progress) throws SQLException, IOException {
        Instant started = clock.instant();
        SplittableRandom random = new SplittableRandom(plan.seed());
        List<Place> places = places(tenant).stream().filter(p -> !plan.syntheticOnly() || p.synthetic()).toList();
        int created = 0;
        for (int n = 1; places.size() + created < plan.communes(); n++) {
            if (createCommune(tenant, n, random)) {
                created++;
            }
        }
        places = places(tenant).stream().filter(p -> !plan.syntheticOnly() || p.synthetic()).limit(plan.communes())
                .toList();
        long first = reserveNumbers(plan.cases());
        // a big load goes faster into a table without its text indexes, rebuilt once at the end
        List<String> deferred = plan.cases() >= DEFER_INDEXES_FROM ? dropTextIndexes() : List.of();
        LocalDate today = LegalTime.today(clock);
        LocalDate from = today.minusYears(plan.years());
        long days = today.toEpochDay() - from.toEpochDay();
        long senders = 0;
        long steps = 0;
        long done = 0;
        List<CaseRow> previous = new ArrayList<>();
        while (done < plan.cases()) {
            int size = (int) Math.min(BATCH, plan.cases() - done);
            Batch batch = new Batch();
            for (int i = 0; i < size; i++) {
                // more letters in recent years: a day drawn with a gentle slope towards today
                double u = Math.sqrt(random.nextDouble());
                LocalDate received = from.plusDays((long) (u * days));
                CaseRow row = caseRow(tenant, random, first + done + i, received, today,
                        places.get(skewed(random, places.size())), previous);
                batch.add(row);
                senders += row.senders;
                steps += row.steps;
                if (previous.size() < 2_000) {
                    previous.add(row);
                } else {
                    previous.set(random.nextInt(previous.size()), row);
                }
            }
            copy(batch);
            done += size;
            if (!progress.loaded(done, plan.cases())) {
                break;
            }
        }
        rebuild(deferred);
        jdbc.sql("analyze citizen_case").update();
        jdbc.sql("analyze case_sender").update();
        jdbc.sql("analyze case_step").update();
        Result result = new Result(created, done, senders, steps, Duration.between(started, clock.instant()));
        log.info("Synthetic data: {} cases, {} senders, {} steps, {} communes created, {} s", result.cases(),
                result.senders(), result.steps(), created, result.elapsed().toSeconds());
        return result;
    }

    /** Communes with an office that handles letters (the demo's and the synthetic ones), in a stable order. */
    List<Place> places(TenantId tenant) {
        List<Place> out = new ArrayList<>();
        for (Unit root : org.roots(tenant)) {
            for (Unit area : org.children(tenant, root.id())) {
                boolean commune = area.kind() == UnitKind.AREA && area.validTo() == null
                        && org.jurisdiction(tenant, area.jurisdictionId()).map(j -> j.level().communeLevel()).orElse(false);
                if (!commune) {
                    continue;
                }
                org.children(tenant, area.id()).stream().filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE)
                        .flatMap(committee -> org.children(tenant, committee.id()).stream())
                        .filter(u -> u.kind() == UnitKind.COUNCIL_AND_COMMITTEE_OFFICE).findFirst()
                        .ifPresent(office -> out.add(new Place(area.id(), area.code(), area.name(), office.id())));
            }
        }
        out.sort(java.util.Comparator.comparing(p -> p.commune().value()));
        return out;
    }

    /** Creates synthetic commune number {@code n} unless a unit has its code already (a previous run). */
    private boolean createCommune(TenantId tenant, int n, SplittableRandom random) {
        String code = CODE_PREFIX + "%04d".formatted(n);
        if (org.unitByCode(tenant, code).isPresent()) {
            return false;
        }
        Unit root = org.roots(tenant).get(0);
        Actor system = new Actor(null, "synthetic", "Dữ liệu mô phỏng", tenant, root.id(),
                Set.copyOf(EnumSet.of(Permission.ORG_READ, Permission.ORG_MANAGE)));
        String name = SyntheticText.communeName(random) + " " + n;
        LocalDate since = LocalDate.of(2015, 1, 1);
        JurisdictionLevel level = name.startsWith("Phường") ? JurisdictionLevel.WARD : JurisdictionLevel.COMMUNE;
        units.create(system, new UnitDraft(code, name, null, UnitKind.AREA, root.code(), code,
                new UnitDraft.JurisdictionDraft(level, name), since, null));
        String bare = name.substring(name.indexOf(' ') + 1);
        String kindWord = level == JurisdictionLevel.WARD ? "phường " : "xã ";
        units.create(system, new UnitDraft(code + "-UBND", "Ủy ban nhân dân " + kindWord + bare, "UBND",
                UnitKind.PEOPLES_COMMITTEE, code, null, null, since, null));
        units.create(system, new UnitDraft(code + "-VP", "Văn phòng HĐND và UBND " + kindWord + bare, "Văn phòng",
                UnitKind.COUNCIL_AND_COMMITTEE_OFFICE, code + "-UBND", null, null, since, null));
        return true;
    }

    /** Busy communes and quiet ones: a few places get many letters. */
    private static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }

    /** Drops the GIN indexes of {@code citizen_case}, returning their definitions as PostgreSQL states them. */
    private List<String> dropTextIndexes() {
        List<String> definitions = jdbc.sql("""
                        select indexdef from pg_indexes
                        where tablename = 'citizen_case' and schemaname = current_schema() and indexdef like '%USING gin%'""")
                .query(String.class).list();
        jdbc.sql("""
                        select indexname from pg_indexes
                        where tablename = 'citizen_case' and schemaname = current_schema() and indexdef like '%USING gin%'""")
                .query(String.class).list()
                .forEach(name -> jdbc.sql("drop index " + name).update());
        log.info("Synthetic data: {} text indexes dropped for the load", definitions.size());
        return definitions;
    }

    private void rebuild(List<String> definitions) {
        if (definitions.isEmpty()) {
            return;
        }
        jdbc.sql("set maintenance_work_mem = '512MB'").update();
        definitions.forEach(definition -> jdbc.sql(definition).update());
        log.info("Synthetic data: {} text indexes rebuilt", definitions.size());
    }

    private long reserveNumbers(long count) {
        long first = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        jdbc.sql("select setval('case_number_seq', ?)").param(first + count).query(Long.class).single();
        return first;
    }

    // ---- one case ------------------------------------------------------------------------------------------------

    private static final class CaseRow {
        String caseLine;
        final List<String> senderLines = new ArrayList<>();
        final List<String> stepLines = new ArrayList<>();
        int senders;
        int steps;
        String title;
        String body;
        String senderKey;
        String[] sealedSender;
        Place place;
    }

    private static final class Batch {
        final StringBuilder cases = new StringBuilder(BATCH * 1200);
        final StringBuilder senders = new StringBuilder(BATCH * 300);
        final StringBuilder steps = new StringBuilder(BATCH * 400);

        void add(CaseRow row) {
            cases.append(row.caseLine).append('\n');
            row.senderLines.forEach(l -> senders.append(l).append('\n'));
            row.stepLines.forEach(l -> steps.append(l).append('\n'));
        }
    }

    private CaseRow caseRow(TenantId tenant, SplittableRandom random, long number, LocalDate received, LocalDate today,
                            Place place, List<CaseRow> previous) {
        CaseRow row = new CaseRow();
        Instant receivedAt = received.atTime(7 + random.nextInt(10), random.nextInt(60)).atZone(ZONE).toInstant();
        UUID id = timeOrdered(receivedAt, random);
        // a repeated letter: the same sender writing again about the same thing, a little reworded
        CaseRow earlier = !previous.isEmpty() && random.nextInt(100) < 6
                ? previous.get(random.nextInt(previous.size())) : null;
        String category;
        if (earlier != null) {
            place = earlier.place;
            row.title = earlier.title;
            row.body = earlier.body + (random.nextBoolean() ? " Tôi đã gửi đơn trước đây nhưng chưa được trả lời."
                    : " Đề nghị sớm giải quyết.");
            category = null;
        } else {
            SyntheticText.Letter letter = SyntheticText.letter(random, SyntheticText.locality(random, place.name()));
            row.title = letter.title();
            row.body = letter.body();
            category = letter.category();
        }
        row.place = place;
        ContentKind kind = kind(random);
        Channel channel = channel(random);
        boolean anonymous = kind != ContentKind.COMPLAINT && random.nextInt(100) < 4;
        if (earlier != null && earlier.sealedSender != null) {
            row.senderKey = earlier.senderKey;
            row.sealedSender = earlier.sealedSender;
            anonymous = false;
        } else if (!anonymous) {
            String name = SyntheticText.personName(random);
            String address = SyntheticText.locality(random, place.name());
            String phone = random.nextInt(100) < 70 ? SyntheticText.phone(random) : null;
            Sender sender = new Sender(name, address, phone, null);
            row.senderKey = box.mac("cases.sender-key", tenant.value() + "|" + sender.identityKey());
            row.sealedSender = new String[] {seal(name), seal(address), phone == null ? null : seal(phone)};
        }
        if (!anonymous) {
            row.senderLines.add(csv(tenant.value(), id, 0, row.sealedSender[0], row.sealedSender[1],
                    row.sealedSender[2], null, null));
            row.senders = 1;
        }
        if (category == null) {
            category = SyntheticText.pick(random, List.of("DAT_DAI", "MOI_TRUONG", "HA_TANG", "AN_SINH"));
        }
        // the state: letters older than three months are finished; recent ones anywhere along the way
        long age = today.toEpochDay() - received.toEpochDay();
        CaseStatus status = status(random, kind, age);
        boolean handled = status != CaseStatus.RECEIVED;
        LocalDate due = received.plusDays(kind == ContentKind.FEEDBACK || kind == ContentKind.RECOMMENDATION ? 14 : 10);
        LocalDate closed = status.isFinal() ? received.plusDays(3 + random.nextInt(Math.max(4, (int) Math.min(40, age)))) : null;
        if (closed != null && closed.isAfter(today)) {
            closed = today;
        }
        String dueRule = status.isFinal() ? null : handled ? "PAKN-answer" : "XLD-handle";
        LocalDate dueOn = status.isFinal() ? null : due;
        String watch = dueOn == null ? "NORMAL" : dueOn.isBefore(today) ? "OVERDUE"
                : dueOn.isBefore(today.plusDays(4)) ? "DUE_SOON" : "NORMAL";
        String answer = status == CaseStatus.ANSWERED
                ? "UBND xã đã kiểm tra, xử lý nội dung phản ánh; kết quả như sau: đã yêu cầu các bên liên quan khắc phục." : null;
        String outcome = switch (status) {
            case ANSWERED -> "ANSWER";
            case GUIDED -> "GUIDE";
            case FORWARDED -> "FORWARD";
            case FILED -> "FILE";
            default -> null;
        };
        String search = VietnameseText.fold(row.title + " " + row.body + " ");
        int[] minhash = TextFingerprint.of(row.title + " " + row.body);
        String receiptHash = ReceiptCode.fromPayload(random.nextLong() & (ReceiptCode.PAYLOAD_LIMIT - 1)).hash(box);
        Signatories signatories = anonymous ? Signatories.ANONYMOUS : Signatories.ONE;
        row.caseLine = csv(tenant.value(), id, "%d-%06d".formatted(received.getYear(), number), receiptHash,
                channel.name(), kind.name(), status.name(), row.title, row.body, search, pgArray(minhash), category,
                place.commune().value(), anonymous, signatories.name(), anonymous ? 0 : 1, row.senderKey,
                random.nextInt(100) < 30, received, receivedAt, place.office().value(),
                handled ? "ELIGIBLE" : null, handled ? "WITHIN" : null, outcome, earlier != null,
                handled ? received.plusDays(1) : null, answer, status == CaseStatus.ANSWERED ? closed : null, dueOn,
                dueRule, watch, closed == null ? null : closed.plusYears(5), closed, receivedAt);
        // the timeline: received, classified, and the outcome
        row.stepLines.add(csv(tenant.value(), id, 1, receivedAt, "public", null, "RECEIVE", "RECEIVED", null, null,
                true, due));
        row.steps = 1;
        if (handled) {
            row.stepLines.add(csv(tenant.value(), id, 2, receivedAt.plus(Duration.ofHours(20)), "synthetic", "Cán bộ xử lý",
                    "CLASSIFY", "CLASSIFIED", null, null, true, due));
            row.steps++;
        }
        if (outcome != null) {
            Instant at = closed.atTime(15, 0).atZone(ZONE).toInstant();
            row.stepLines.add(csv(tenant.value(), id, 3, at.isBefore(receivedAt) ? receivedAt : at, "synthetic",
                    "Lãnh đạo", outcome, status.name(), null, answer, true, null));
            row.steps++;
        }
        return row;
    }

    private static ContentKind kind(SplittableRandom random) {
        int k = random.nextInt(100);
        return k < 55 ? ContentKind.FEEDBACK : k < 80 ? ContentKind.RECOMMENDATION : k < 92 ? ContentKind.COMPLAINT
                : k < 98 ? ContentKind.DENUNCIATION : ContentKind.MIXED;
    }

    private static Channel channel(SplittableRandom random) {
        int k = random.nextInt(100);
        return k < 35 ? Channel.WEB : k < 60 ? Channel.RECEPTION : k < 75 ? Channel.POST : k < 83 ? Channel.VOTER_MEETING
                : k < 88 ? Channel.DIALOGUE : k < 94 ? Channel.FORWARDED : k < 97 ? Channel.HOTLINE : Channel.EMAIL;
    }

    private static CaseStatus status(SplittableRandom random, ContentKind kind, long age) {
        boolean letterOnly = kind == ContentKind.COMPLAINT || kind == ContentKind.DENUNCIATION || kind == ContentKind.MIXED;
        if (age > 90 || random.nextInt(100) < 55) {
            int k = random.nextInt(100);
            if (letterOnly) {
                return k < 45 ? CaseStatus.GUIDED : k < 85 ? CaseStatus.FORWARDED : CaseStatus.FILED;
            }
            return k < 75 ? CaseStatus.ANSWERED : k < 85 ? CaseStatus.FORWARDED : k < 93 ? CaseStatus.GUIDED
                    : CaseStatus.FILED;
        }
        int k = random.nextInt(100);
        return k < 30 ? CaseStatus.RECEIVED : k < 55 ? CaseStatus.CLASSIFIED : CaseStatus.IN_HANDLING;
    }

    /** A UUID v7 for the moment the letter was received, so that ids sort as the letters came. */
    private static UUID timeOrdered(Instant at, SplittableRandom random) {
        long msb = (at.toEpochMilli() << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private String seal(String value) {
        return box.encrypt(value, SENDER_PURPOSE);
    }

    // ---- COPY ----------------------------------------------------------------------------------------------------

    private static final String CASE_COLUMNS = """
            tenant_id, id, number, receipt_hash, channel, content_kind, status, title, body, search_text, minhash,
            category_code, place_unit_id, anonymous, signatories, signatory_count, sender_key, publish_consent,
            received_on, received_at, handling_unit_id, eligibility, competence, outcome, repeated, taken_up_on,
            answer, answered_on, due_on, due_rule, watch, retain_until, closed_on, updated_at""";

    private void copy(Batch batch) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var setting = connection.createStatement()) {
                // fake data: a crash loses the last batches, which a rerun adds again
                setting.execute("set local synchronous_commit = off");
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("copy citizen_case (" + CASE_COLUMNS + ") from stdin (format csv)",
                        new StringReader(batch.cases.toString()));
                copy.copyIn("""
                        copy case_sender (tenant_id, case_id, position, name_enc, address_enc, phone_enc, email_enc,
                                          id_number_enc) from stdin (format csv)""",
                        new StringReader(batch.senders.toString()));
                copy.copyIn("""
                        copy case_step (tenant_id, case_id, seq, at, actor, actor_name, action, status, reason,
                                        public_note, visible, due_on) from stdin (format csv)""",
                        new StringReader(batch.steps.toString()));
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /** One CSV line: null as an empty unquoted field, text quoted, timestamps in ISO form. */
    static String csv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String text = v instanceof Instant instant ? instant.toString() : v.toString();
            if (v instanceof String || text.indexOf(',') >= 0 || text.indexOf('"') >= 0) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.toString();
    }

    private static String pgArray(int[] values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
        return out.append('}').toString();
    }

    Optional<TenantId> tenantByCode(String code) {
        return org.tenants().stream().filter(t -> code == null || code.equals(t.code())).map(vn.lamchu.org.Tenant::id)
                .findFirst();
    }
}
