package vn.lamchu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.scheduling.support.CronExpression;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lamchu.platform.EmbeddedDatabase;

/**
 * Issue #8, items 4 and 5: several nodes, and crash safety. {@code ./mvnw -Pbench verify} runs it beside
 * {@link ScaleBenchmark}; alone: {@code ./mvnw -Pbench verify -Dit.test=ResilienceBenchmark}. Each run starts from
 * fresh, small databases under {@code target/resilience} (never the big benchmark data directory) and writes
 * {@code target/benchmark-resilience.json}.
 * <ol>
 *   <li><b>A — two nodes on one external PostgreSQL.</b> A standalone PostgreSQL (fsync, synchronous_commit and
 *       full_page_writes on) serves two nodes of the packaged jar sharing one encryption key
 *       ({@code LAMCHU_ENCRYPTION_KEY}) and running the deadline watch every 5 seconds. Clients send letters through
 *       the office API to both nodes in turn, each with its own {@code Idempotency-Key}; half-way node 1 is killed
 *       ({@code kill -9}); a client that got an error or no answer sends the same request (same key) to node 2, as a
 *       client behind a load balancer would. Then the database must hold every acknowledged letter once, no letter
 *       twice, and every watch slot of the run claimed once (table {@code job_run_history}), also after node 1 died.</li>
 *   <li><b>B — {@code kill -9} of a single node on its embedded PostgreSQL.</b> Clients send letters; half-way the
 *       JVM is killed (its PostgreSQL, a separate process, is left behind); the node is restarted on the same data
 *       directory while the clients retry; every acknowledged letter must be in the database and found by its
 *       receipt code through the public lookup API.</li>
 * </ol>
 * The test fails when an acknowledged letter is missing, a letter is stored twice, or a slot ran twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASE = Path.of("target", "resilience").toAbsolutePath();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String WATCH_CRON = "*/5 * * * * *";
    private static final String WATCH_JOB = "cases.deadline-watch";
    private static final Pattern WATCH_LOG = Pattern.compile("Deadline watch for slot (\\S+): ");
    private static final Map<String, Object> RESULTS = new LinkedHashMap<>();

    private final int clients = Integer.getInteger("bench.resilience.clients", 8);
    private final int lettersPerClient = Integer.getInteger("bench.resilience.letters", 60);
    private final int cases = Integer.getInteger("bench.resilience.cases", 2_000);
    private final int firstPort = Integer.getInteger("bench.resilience.port", 8093);
    private final int postgresPort = Integer.getInteger("bench.resilience.pgPort", 55493);
    private final String heap = System.getProperty("bench.heap", "512m");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    @BeforeAll
    static void freshDirectory() throws IOException {
        if (Files.exists(BASE)) {
            try (Stream<Path> all = Files.walk(BASE)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(BASE);
        RESULTS.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version"),
                // the application switches virtual threads on when its JDK has them (application.yml)
                "virtualThreads", Runtime.version().feature() >= 21, "appHeap", System.getProperty("bench.heap", "512m")));
        RESULTS.put("startedAt", Instant.now().toString());
    }

    @AfterAll
    static void writeResults() throws IOException {
        RESULTS.put("finishedAt", Instant.now().toString());
        Path out = Path.of("target", "benchmark-resilience.json");
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(RESULTS));
        System.out.println("Resilience results: " + out.toAbsolutePath());
    }

    // ---- A: two nodes, one database --------------------------------------------------------------------------------

    @Test
    @Order(1)
    void twoNodesOnOneDatabaseKeepEveryAcknowledgedLetterOnceWhenOneIsKilled() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        RESULTS.put("twoNodesOneDatabase", out);
        // the operator's shared key: `openssl rand -base64 32`, given to every node as LAMCHU_ENCRYPTION_KEY
        String key = newKey();
        Path seedDir = BASE.resolve("a-seed");
        Map<String, String> embedded = Map.of("LAMCHU_ENCRYPTION_KEY", key);
        // an empty external database gets no demo data: prepare the province with the embedded mode, then serve its
        // PostgreSQL cluster as the external server
        AppNode seed = new AppNode("seed", firstPort, seedDir, heap, embedded);
        seed.start();
        try {
            seed.command("generate-cases", "--cases=" + cases, "--years=2", "--communes=20", "--seed=8",
                    "--i-understand-this-adds-fake-data");
        } finally {
            seed.stop();
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(seedDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(seedDir.resolve("runtime").toFile())
                .setPort(postgresPort)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
        String url = EmbeddedDatabase.jdbcUrl(postgresPort);
        Map<String, String> shared = Map.of("LAMCHU_DB_URL", url, "LAMCHU_DB_USER", EmbeddedDatabase.SUPERUSER,
                "LAMCHU_DB_PASSWORD", "", "LAMCHU_ENCRYPTION_KEY", key, "LAMCHU_CASES_WATCH_CRON", WATCH_CRON);
        AppNode node1 = new AppNode("node1", firstPort, BASE.resolve("a-node1"), heap, shared);
        AppNode node2 = new AppNode("node2", firstPort + 1, BASE.resolve("a-node2"), heap, shared);
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.SUPERUSER, null)) {
            out.put("postgres", durability(db));
            out.put("startupSeconds", Map.of("node1", round(node1.start()), "node2", round(node2.start())));
            Instant bothReady = node2.readyAt().isAfter(node1.readyAt()) ? node2.readyAt() : node1.readyAt();
            long pid1 = node1.pid();
            long pid2 = node2.pid();
            String bearer = "Bearer " + node1.token("xuly.tp");
            AtomicReference<Instant> killedAt = new AtomicReference<>();
            Load load = new Load("A" + System.currentTimeMillis(), bearer,
                    i -> i % 2 == 0 ? node1 : node2, () -> node2, () -> {
                        killedAt.set(Instant.now());
                        node1.kill();
                    });
            load.run();
            out.putAll(load.figures(killedAt.get()));
            // let the watch run some slots on node 2 alone before the slots are counted (the last one may still run)
            awaitSlotsAfter(db, killedAt.get(), 4);
            Instant end = Instant.now().minusSeconds(2);
            out.put("letters", check(db, load, node2));
            out.put("jobSlots", slots(db, bothReady, end, killedAt.get(), Map.of(pid1, "node1", pid2, "node2"),
                    List.of(node1.log(), node2.log())));
        } finally {
            node1.stop();
            node2.stop();
            postgres.close();
        }
        assertLossless(out);
        @SuppressWarnings("unchecked")
        Map<String, Object> jobs = (Map<String, Object>) out.get("jobSlots");
        assertThat(jobs.get("slotsRunMoreThanOnce")).as("watch slots run more than once").isEqualTo(0);
        assertThat((Integer) jobs.get("slotsAfterKill")).as("slots node 2 ran after node 1 died").isGreaterThanOrEqualTo(3);
    }

    // ---- B: kill -9 of the single node -----------------------------------------------------------------------------

    @Test
    @Order(2)
    void aSingleNodeKilledMidLoadKeepsEveryAcknowledgedLetterAfterRestart() throws Exception {
        singleNodeKilled("singleNodeKilled", "b-node", firstPort + 2, false);
    }

    /** The same with letters accepted ahead of logging: acknowledged once in the inbox, logged after the restart. */
    @Test
    @Order(3)
    void aSingleNodeKilledMidLoadKeepsEveryAcceptedLetterAfterRestart() throws Exception {
        singleNodeKilled("singleNodeKilledAcceptingAhead", "c-node", firstPort + 3, true);
    }

    private void singleNodeKilled(String name, String directory, int port, boolean async) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        RESULTS.put(name, out);
        out.put("acceptedAheadOfLogging", async);
        Path dataDir = BASE.resolve(directory);
        AppNode node = new AppNode("single", port, dataDir, heap, Map.of("LAMCHU_CASES_WATCH_CRON", WATCH_CRON));
        try {
            out.put("startupFirstSeconds", round(node.start()));
            node.command("generate-cases", "--cases=" + cases, "--years=2", "--communes=20", "--seed=9",
                    "--i-understand-this-adds-fake-data");
            String bearer = "Bearer " + node.token("xuly.tp");
            Map<String, Object> crash = new LinkedHashMap<>();
            AtomicReference<Instant> killedAt = new AtomicReference<>();
            AtomicReference<Instant> backAt = new AtomicReference<>();
            Instant firstReady = node.readyAt();
            long firstPid = node.pid();
            Load load = new Load((async ? "C" : "B") + System.currentTimeMillis(), bearer, i -> node, () -> node, () -> {
                long postmaster = postmasterPid(dataDir);
                killedAt.set(Instant.now());
                node.kill();
                boolean survived = ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false);
                crash.put("embeddedPostgresAliveAfterKill", survived);
                crash.put("restartSeconds", round(node.start()));
                backAt.set(Instant.now());
                crash.put("oldPostgresGoneAfterRestart",
                        !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false));
                crash.put("newPostgresPid", postmasterPid(dataDir) != postmaster);
            });
            load.async = async;
            load.run();
            out.putAll(load.figures(killedAt.get()));
            out.put("crash", crash);
            out.put("nodeBackSeconds", round(seconds(killedAt.get(), backAt.get())));
            int pgPort = EmbeddedDatabase.runningServerPort(dataDir).orElseThrow();
            try (Connection db = DriverManager.getConnection(EmbeddedDatabase.jdbcUrl(pgPort), EmbeddedDatabase.SUPERUSER, null)) {
                out.put("postgres", durability(db));
                out.put("letters", check(db, load, node));
                // slots that fell while the only node was down are not run by anyone: reported, not asserted
                out.put("jobSlots", slots(db, firstReady, Instant.now().minusSeconds(2), killedAt.get(),
                        Map.of(firstPid, "before the kill", node.pid(), "after the restart"), List.of(node.log())));
            }
        } finally {
            node.stop();
        }
        assertLossless(out);
        @SuppressWarnings("unchecked")
        Map<String, Object> crash = (Map<String, Object>) out.get("crash");
        assertThat(crash.get("oldPostgresGoneAfterRestart")).as("the orphaned PostgreSQL was stopped").isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> jobs = (Map<String, Object>) out.get("jobSlots");
        assertThat(jobs.get("slotsRunMoreThanOnce")).as("watch slots run more than once").isEqualTo(0);
    }

    // ---- the load ----------------------------------------------------------------------------------------------------

    interface Action {
        void run() throws Exception;
    }

    interface NodeSupplier {
        AppNode get();
    }

    /** One letter a client sends, and what became of it. */
    static final class Letter {
        final String key = UUID.randomUUID().toString();
        final String title;
        final String body;
        int attempts;
        boolean retried;
        String lastError;
        Instant firstTry;
        Instant acknowledgedAt;
        String caseId;
        String number;
        String receiptCode;
        String acknowledgedBy;
        boolean replay;

        Letter(String marker, int client, int seq) {
            title = "Thư kiểm tra chịu lỗi " + marker + " " + client + "-" + seq;
            body = "Khách " + client + " gửi thư thứ " + seq + " khi một máy chủ bị dừng đột ngột; đề nghị ghi nhận.";
        }

        boolean acknowledged() {
            return receiptCode != null;
        }
    }

    /**
     * {@link #clients} clients each send {@link #lettersPerClient} letters one after the other; letter {@code i} of
     * all goes first to {@code first.apply(i)}. When half of all letters are acknowledged, {@code crash} runs once
     * (beside the clients). A letter that got an error or no answer is sent again, same key, to {@code retry.get()}
     * until it is acknowledged or three minutes have passed.
     */
    final class Load {
        final String marker;
        final String bearer;
        final IntFunction<AppNode> first;
        final NodeSupplier retry;
        boolean async;  // Prefer: respond-async: acknowledged when accepted into the inbox, logged moments later
        final Action crash;
        final List<Letter> letters = new ArrayList<>();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicBoolean crashed = new AtomicBoolean();
        Instant startedAt;
        Instant finishedAt;
        int acknowledgedBeforeKill;
        CompletableFuture<Void> crashDone = CompletableFuture.completedFuture(null);

        Load(String marker, String bearer, IntFunction<AppNode> first, NodeSupplier retry, Action crash) {
            this.marker = marker;
            this.bearer = bearer;
            this.first = first;
            this.retry = retry;
            this.crash = crash;
        }

        void run() throws Exception {
            int total = clients * lettersPerClient;
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            startedAt = Instant.now();
            try {
                List<Future<List<Letter>>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    running.add(pool.submit(() -> {
                        List<Letter> sent = new ArrayList<>();
                        for (int seq = 0; seq < lettersPerClient; seq++) {
                            Letter letter = new Letter(marker, client, seq);
                            sent.add(letter);
                            send(letter, first.apply(next.getAndIncrement()));
                            if (letter.acknowledged() && acknowledged.incrementAndGet() == total / 2
                                    && crashed.compareAndSet(false, true)) {
                                acknowledgedBeforeKill = acknowledged.get();
                                crashDone = CompletableFuture.runAsync(() -> {
                                    try {
                                        crash.run();
                                    } catch (Exception e) {
                                        throw new IllegalStateException("the crash step failed", e);
                                    }
                                });
                            }
                        }
                        return sent;
                    }));
                }
                for (Future<List<Letter>> f : running) {
                    letters.addAll(f.get());
                }
                crashDone.get(5, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
                finishedAt = Instant.now();
            }
        }

        private void send(Letter letter, AppNode node) {
            letter.firstTry = Instant.now();
            if (attempt(letter, node)) {
                return;
            }
            letter.retried = true;
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(giveUp)) {
                if (attempt(letter, retry.get())) {
                    return;
                }
                // a client's back-off before it tries again
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }

        private boolean attempt(Letter letter, AppNode node) {
            letter.attempts++;
            String json = JSON.createObjectNode().put("channel", "POST").put("kind", "FEEDBACK")
                    .put("title", letter.title).put("body", letter.body).put("category", "HA_TANG").put("anonymous", false)
                    .set("senders", JSON.createArrayNode().add(JSON.createObjectNode().put("name", "Người kiểm tra")
                            .put("phone", "0912" + String.format("%06d", Math.abs(letter.key.hashCode()) % 1_000_000))))
                    .toString();
            try {
                HttpRequest.Builder request = node.request("/api/v1/cases").header("Authorization", bearer)
                        .header("Content-Type", "application/json").header("Idempotency-Key", letter.key);
                if (async) {
                    request.header("Prefer", "respond-async");
                }
                HttpResponse<String> r = http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    letter.lastError = node.name + " " + r.statusCode() + " " + r.body();
                    return false;
                }
                JsonNode receipt = JSON.readTree(r.body());
                letter.caseId = receipt.hasNonNull("caseId") ? receipt.path("caseId").asString() : null;
                letter.number = receipt.hasNonNull("number") ? receipt.path("number").asString() : null;
                letter.receiptCode = receipt.path("receiptCode").asString();
                letter.acknowledgedBy = node.name;
                letter.replay = receipt.path("replay").asBoolean();
                letter.acknowledgedAt = Instant.now();
                return true;
            } catch (IOException | RuntimeException e) {
                letter.lastError = node.name + " " + e;
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                letter.lastError = "interrupted";
                return false;
            }
        }

        /** What the clients saw. */
        Map<String, Object> figures(Instant killedAt) {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Letter> retried = letters.stream().filter(l -> l.retried).toList();
            out.put("clients", clients);
            out.put("submissionsAttempted", letters.size());
            out.put("acknowledged", letters.stream().filter(Letter::acknowledged).count());
            out.put("retried", retried.size());
            out.put("retriedAcknowledged", retried.stream().filter(Letter::acknowledged).count());
            // a retry answered with the receipt of a letter stored before the failure (no second case created)
            out.put("acknowledgedAsReplay", letters.stream().filter(l -> l.replay).count());
            out.put("neverAcknowledged", letters.stream().filter(l -> !l.acknowledged())
                    .map(l -> l.title + ": " + l.lastError).limit(10).toList());
            out.put("httpAttempts", letters.stream().mapToInt(l -> l.attempts).sum());
            out.put("loadSeconds", round(seconds(startedAt, finishedAt)));
            out.put("killedAt", String.valueOf(killedAt));
            out.put("killedAfterSeconds", killedAt == null ? null : round(seconds(startedAt, killedAt)));
            out.put("acknowledgedBeforeKill", acknowledgedBeforeKill);
            // recovery as the clients saw it: from the kill to the first acknowledgement of a letter that had failed
            Optional<Instant> firstRecovered = retried.stream().filter(Letter::acknowledged)
                    .map(l -> l.acknowledgedAt).filter(at -> killedAt != null && at.isAfter(killedAt)).min(Instant::compareTo);
            out.put("timeToRecoverSeconds", firstRecovered.map(at -> round(seconds(killedAt, at))).orElse(null));
            out.put("longestWaitOfARetriedLetterSeconds", retried.stream().filter(Letter::acknowledged)
                    .mapToDouble(l -> seconds(l.firstTry, l.acknowledgedAt)).map(ResilienceBenchmark::round).max().orElse(0));
            return out;
        }
    }

    // ---- the checks --------------------------------------------------------------------------------------------------

    /**
     * Every acknowledged letter in the database exactly once under the case id of its receipt, no title stored twice
     * (the titles are unique per letter), and every receipt code found by the public lookup API.
     */
    private Map<String, Object> check(Connection db, Load load, AppNode lookup) throws Exception {
        // every receipt code through the public lookup first: for letters accepted ahead of logging, it logs any still
        // waiting in the inbox, so the count below is of what a sender would find
        List<String> lookupFailed = new ArrayList<>();
        for (Letter letter : load.letters) {
            if (!letter.acknowledged()) {
                continue;
            }
            HttpResponse<String> r = http.send(lookup.request("/api/v1/public/cases/" + letter.receiptCode + "?tenant=HOA-AN")
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode found = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
            if (found == null || !letter.title.equals(found.path("title").asString())
                    || (letter.number != null && !letter.number.equals(found.path("number").asString()))) {
                lookupFailed.add(letter.title + ": " + r.statusCode());
            } else if (letter.caseId == null) {
                letter.number = found.path("number").asString();
            }
        }
        Map<String, List<String>> stored = new HashMap<>();
        try (var s = db.prepareStatement("select title, id::text from citizen_case where title like ?")) {
            s.setString(1, "Thư kiểm tra chịu lỗi " + load.marker + " %");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        int present = 0;
        List<String> missing = new ArrayList<>();
        for (Letter letter : load.letters) {
            if (!letter.acknowledged()) {
                continue;
            }
            List<String> ids = stored.getOrDefault(letter.title, List.of());
            // an accepted letter has no case id in its answer: it must be there under its title
            if (letter.caseId == null ? !ids.isEmpty() : ids.contains(letter.caseId)) {
                present++;
            } else {
                missing.add(letter.title + " (" + letter.number + ")");
            }
        }
        List<String> duplicated = stored.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " ×" + e.getValue().size()).toList();
        long unacknowledgedButStored = load.letters.stream().filter(l -> !l.acknowledged())
                .filter(l -> stored.containsKey(l.title)).count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("presentAfter", present);
        out.put("missing", missing.size());
        out.put("duplicated", duplicated.size());
        out.put("storedRows", stored.values().stream().mapToInt(List::size).sum());
        out.put("unacknowledgedButStored", unacknowledgedButStored);
        out.put("receiptLookupsFailed", lookupFailed.size());
        out.put("examples", Map.of("missing", missing.stream().limit(10).toList(),
                "duplicated", duplicated.stream().limit(10).toList(), "lookupFailed", lookupFailed.stream().limit(10).toList()));
        return out;
    }

    private static void assertLossless(Map<String, Object> scenario) {
        @SuppressWarnings("unchecked")
        Map<String, Object> letters = (Map<String, Object>) scenario.get("letters");
        assertThat(letters.get("missing")).as("acknowledged letters missing").isEqualTo(0);
        assertThat(letters.get("duplicated")).as("letters stored twice").isEqualTo(0);
        assertThat(letters.get("receiptLookupsFailed")).as("receipts not found by the public lookup").isEqualTo(0);
        assertThat(scenario.get("retried")).as("the kill made some clients retry").isNotEqualTo(0);
    }

    /** Waits until the watch has claimed {@code count} slots after the kill (at most a minute). */
    private static void awaitSlotsAfter(Connection db, Instant killedAt, int count) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            try (var s = db.prepareStatement("select count(*) from job_run_history where name = ? and claimed_at > ?")) {
                s.setString(1, WATCH_JOB);
                s.setTimestamp(2, java.sql.Timestamp.from(killedAt));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
            }
            // the next slot is up to 5 seconds away
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    /**
     * Every firing of the watch cron between {@code from} and {@code to} must have been claimed once by some node
     * ({@code job_run_history}) and have finished; the nodes' logs, written only after a run, are a second count.
     */
    private static Map<String, Object> slots(Connection db, Instant from, Instant to, Instant killedAt,
                                             Map<Long, String> nodesByPid, List<Path> logs) throws Exception {
        record Claim(String ranBy, boolean finished, Instant claimedAt) {
        }
        Map<String, Claim> claims = new HashMap<>();
        try (var s = db.prepareStatement("select slot, ran_by, finished_at is not null, claimed_at from job_run_history where name = ?")) {
            s.setString(1, WATCH_JOB);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claims.put(rs.getString(1), new Claim(rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant()));
                }
            }
        }
        Map<String, Integer> logged = new HashMap<>();
        for (Path log : logs) {
            Matcher m = WATCH_LOG.matcher(Files.readString(log));
            while (m.find()) {
                logged.merge(m.group(1), 1, Integer::sum);
            }
        }
        CronExpression cron = CronExpression.parse(WATCH_CRON);
        List<String> expected = new ArrayList<>();
        for (ZonedDateTime t = cron.next(from.atZone(VIETNAM)); !t.toInstant().isAfter(to); t = cron.next(t)) {
            expected.add(t.toString());
        }
        List<String> notClaimed = new ArrayList<>();
        List<String> claimedNotFinished = new ArrayList<>();
        Map<String, Integer> byNode = new LinkedHashMap<>();
        int afterKill = 0;
        for (String slot : expected) {
            Claim claim = claims.get(slot);
            if (claim == null) {
                notClaimed.add(slot);
                continue;
            }
            if (!claim.finished()) {
                claimedNotFinished.add(slot + " by " + claim.ranBy());
            }
            long pid = Long.parseLong(claim.ranBy().substring(claim.ranBy().lastIndexOf('/') + 1));
            byNode.merge(nodesByPid.getOrDefault(pid, "pid " + pid), 1, Integer::sum);
            if (killedAt != null && claim.claimedAt().isAfter(killedAt)) {
                afterKill++;
            }
        }
        long runTwice = expected.stream().filter(slot -> logged.getOrDefault(slot, 0) > 1).count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cron", WATCH_CRON);
        out.put("window", from + " – " + to);
        out.put("jobSlotsInWindow", expected.size());
        out.put("slotsClaimedOnce", expected.size() - notClaimed.size());
        out.put("slotsRunMoreThanOnce", (int) runTwice);
        out.put("slotsNotRun", notClaimed.size() + claimedNotFinished.size());
        out.put("slotsNotClaimed", notClaimed);
        out.put("slotsClaimedButNotFinished", claimedNotFinished);
        out.put("slotsByNode", byNode);
        out.put("slotsAfterKill", afterKill);
        out.put("runsLoggedInWindow", expected.stream().mapToInt(slot -> logged.getOrDefault(slot, 0)).sum());
        return out;
    }

    private static Map<String, Object> durability(Connection db) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    out.put(setting, rs.getString(1));
                }
            }
        }
        assertThat(out).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
        return out;
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
