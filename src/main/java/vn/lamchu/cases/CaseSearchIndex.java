package vn.lamchu.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.VietnameseText;

/**
 * The ranked full-text search of letters: an embedded Lucene index in the node's data directory, fed from the
 * database (docs/performance.md, issue #8). PostgreSQL's own ranking costs up to seconds a query at millions of letters
 * (every match is ranked); Lucene ranks only the best (BM25 with block-max WAND) in milliseconds.
 *
 * <p>The database stays the authority. Every change of a letter stamps the row with its transaction id (V4_5_2); the
 * index reads the rows changed since the oldest transaction that was still running when it last looked, so a
 * transaction that commits late is read on the next look, never missed. It looks every second and before every search
 * (so an officer finds the letter just saved). Each node keeps its own index; a node that starts without one, or with
 * one built from another database, builds it in the background, and until then searches go to PostgreSQL.
 * Callers read the hits back from the database inside the actor's scope, so a stale hit is never shown.
 */
@Component
class CaseSearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaseSearchIndex.class);
    /** Changes when the documents change shape: an index of another version is rebuilt. */
    private static final String VERSION = "1";
    private static final int FETCH = 2_000;
    /** What a letter's number looks like ({@code CaseStore.nextNumber}: year, dash, sequence). */
    private static final java.util.regex.Pattern NUMBER_SHAPE = java.util.regex.Pattern.compile("\\d{4}-\\d{6,}");
    /** What each word found with its diacritics adds to a letter's score: more than BM25 gives a short query. */
    private static final float EXACT_STEP = 20f;
    /** How many of the best letters by the folded words are ranked again by the words with their diacritics. */
    private static final int RESCORE_WINDOW = 200;

    static final String ID = "id";
    static final String TENANT = "tenant";
    static final String UNIT = "unit";
    static final String PAST_UNIT = "past";
    static final String OPEN = "open";
    static final String STATUS = "status";
    static final String KIND = "kind";
    static final String CATEGORY = "category";
    static final String CHANNEL = "channel";
    static final String ASSIGNEE = "assignee";
    static final String RECEIVED = "received";
    static final String DUE = "due";
    private static final String NUMBER = "number";
    private static final String FOLDED = "folded";
    private static final String EXACT = "exact";

    private static final String COLUMNS = """
            select id, tenant_id, number, handling_unit_id, past_unit_ids, closed_on is null as open, status,
                   content_kind, category_code, channel, assignee_id, received_on, due_on, search_text, title, body,
                   place_text
            from citizen_case
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final Path directory;
    private final Analyzer analyzer = new WordAnalyzer();
    private final ReentrantLock feeding = new ReentrantLock();
    private final AtomicLong indexed = new AtomicLong();
    private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "case-search-feeder");
        thread.setDaemon(true);
        return thread;
    });

    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean ready;
    private final java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
    /** The oldest transaction id still running at the last look: rows changed by it or later are read again. */
    private volatile String watermark;
    private volatile String epoch;
    private long lastCommit;

    CaseSearchIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                    LamChuProperties properties) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.directory = properties.dataDir().resolve("search").resolve("cases");
    }

    /**
     * Opens (or builds) the index once the application serves, in the background. Operator commands without a web
     * server (generate-cases, backups) leave it alone: the running server's index reads what they wrote.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext()
                instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
            return;
        }
        feeder.execute(this::open);
        feeder.scheduleWithFixedDelay(this::lookQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Whether searches are answered by the index (false while it is being built). */
    boolean ready() {
        return ready;
    }

    /** Waits until the index answers searches; false if it did not within the time given. */
    boolean awaitReady(java.time.Duration timeout) throws InterruptedException {
        return opened.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many letters the index has taken in since this node started (progress of a build). */
    long indexed() {
        return indexed.get();
    }

    /** A page of hits, best first; whether there are more. */
    record Hits(List<UUID> ids, boolean more) {
    }

    /**
     * The best matches of {@code text} among the letters the filters admit, skipping {@code offset}; empty when the index
     * is not ready (the caller then asks PostgreSQL). Every word must occur (with or without diacritics, as PostgreSQL's
     * {@code plainto_tsquery} does), or the text is a letter's number; words typed with the same diacritics rank
     * higher. (A phrase clause for the words in the order typed was dropped: reading positions for every candidate cost
     * more than the rest of the search at ten million letters.)
     */
    Optional<Hits> search(TenantId tenant, List<Query> filters, String text, int offset, int count) {
        if (!ready) {
            return Optional.empty();
        }
        look();
        Query query = query(tenant, filters, text);
        if (query == null) {
            return Optional.of(new Hits(List.of(), false));
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = offset + count + 1;
                TopDocs top = searcher.search(query, Math.max(wanted, RESCORE_WINDOW));
                // Every word found with the diacritics typed lifts a letter above those that match only without them
                // (a fixed step, larger than the text ranking itself), among the best by the folded words. Asked of
                // the window only: as optional clauses of the search itself they cost a fifth of its time at ten
                // million letters.
                Query exact = exact(text);
                if (exact != null) {
                    top = QueryRescorer.rescore(searcher, top, exact, 1.0, Math.max(wanted, RESCORE_WINDOW));
                }
                log.debug("{} → {} hits of {} letters", query, top.totalHits, searcher.getIndexReader().numDocs());
                List<UUID> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < Math.min(docs.length, offset + count); i++) {
                    ids.add(UUID.fromString(searcher.storedFields().document(docs[i].doc).get(ID)));
                }
                return Optional.of(new Hits(ids, docs.length > offset + count));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query exact(String text) {
        List<String> typed = words(VietnameseText.normalize(text));
        if (typed.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        typed.forEach(word -> exact.add(new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(EXACT, word))), EXACT_STEP), Occur.SHOULD));
        return exact.build();
    }

    private Query query(TenantId tenant, List<Query> filters, String text) {
        List<String> folded = words(VietnameseText.fold(text));
        if (folded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        folded.forEach(word -> words.add(new TermQuery(new Term(FOLDED, word)), Occur.MUST));
        // A letter's number is asked for alone, or its letter is not ranked at all: a disjunction with the words would
        // make every candidate pass through a priority queue (measured: the top cost of a search at ten million).
        Query match = NUMBER_SHAPE.matcher(text.strip()).matches()
                ? new BooleanQuery.Builder()
                        .add(words.build(), Occur.SHOULD)
                        .add(new BoostQuery(new TermQuery(new Term(NUMBER, text.strip())), 1000f), Occur.SHOULD)
                        .setMinimumNumberShouldMatch(1).build()
                : words.build();
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(new TermQuery(new Term(TENANT, tenant.value().toString())), Occur.FILTER);
        filters.forEach(filter -> all.add(filter, Occur.FILTER));
        return all.build();
    }

    // ---- filters, for the caller ---------------------------------------------------------------------------------

    static Query is(String field, Object value) {
        return new TermQuery(new Term(field, value.toString()));
    }

    static Query anyOf(String field, java.util.Collection<?> values) {
        return new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v.toString())).toList());
    }

    static Query either(Query one, Query other) {
        return new BooleanQuery.Builder().add(one, Occur.SHOULD).add(other, Occur.SHOULD).build();
    }

    /** Days between {@code from} and {@code to}, either open; on {@link #RECEIVED} or {@link #DUE}. */
    static Query between(String field, LocalDate from, LocalDate to) {
        return IntPoint.newRangeQuery(field, from == null ? Integer.MIN_VALUE : (int) from.toEpochDay(),
                to == null ? Integer.MAX_VALUE : (int) to.toEpochDay());
    }

    // ---- feeding --------------------------------------------------------------------------------------------------

    private void open() {
        try {
            Files.createDirectories(directory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(48)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false); // only complete states are committed, with their watermark (commit())
            writer = new IndexWriter(FSDirectory.open(directory), config);
            searchers = new SearcherManager(writer, null);
            epoch = jdbc.sql("select epoch::text from case_search_epoch").query(String.class).single();
            Map<String, String> committed = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
            if (VERSION.equals(committed.get("version")) && epoch.equals(committed.get("epoch"))
                    && committed.get("watermark") != null) {
                watermark = committed.get("watermark");
                log.info("Search index of letters opened: {} letters, reading changes from transaction {}",
                        writer.getDocStats().numDocs, watermark);
            } else {
                rebuild();
            }
            ready = true;
            opened.countDown();
        } catch (LockObtainFailedException e) {
            log.warn("The search index in {} is in use by another process; searches go to PostgreSQL", directory);
        } catch (IOException | RuntimeException e) {
            log.error("The search index of letters could not be opened; searches go to PostgreSQL", e);
        }
    }

    /** Builds the index from every letter; what changes meanwhile is read by the next look. */
    private void rebuild() throws IOException {
        log.info("Building the search index of letters in {}", directory);
        long start = System.nanoTime();
        writer.setLiveCommitData(Map.<String, String>of().entrySet()); // a build cut short is never taken as complete
        writer.deleteAll();
        String from = oldestRunning();
        readOnly.executeWithoutResult(tx -> cursor.query(COLUMNS, (ResultSet rs) -> {
            write(null, document(rs));
            if (indexed.incrementAndGet() % 500_000 == 0) {
                log.info("Search index of letters: {} letters so far", indexed.get());
            }
        }));
        watermark = from;
        commit();
        searchers.maybeRefreshBlocking();
        log.info("Search index of letters built: {} letters in {} s", indexed.get(),
                (System.nanoTime() - start) / 1_000_000_000);
    }

    private void lookQuietly() {
        try {
            if (ready) {
                look(0);
                if (System.nanoTime() - lastCommit > TimeUnit.SECONDS.toNanos(30)) {
                    commit();
                }
            }
        } catch (RuntimeException | IOException e) {
            log.warn("The search index could not read the latest changes: {}", e.toString());
        }
    }

    /**
     * Reads the letters changed since the last look into the index and makes them searchable. A search waits for a look
     * the feeder has under way (it may have started before the searcher's own change was committed) and then looks
     * itself; the feeder skips a turn when a search is looking.
     */
    void look() {
        look(2);
    }

    private void look(int waitSeconds) {
        try {
            if (!ready || !feeding.tryLock(waitSeconds, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            String from = oldestRunning();
            int[] changed = {0};
            // in a transaction, so that the driver streams a large batch (after a bulk load) instead of holding it
            readOnly.executeWithoutResult(tx -> cursor.query(COLUMNS + "where change_xid >= cast(? as xid8)",
                    (ResultSet rs) -> {
                        write(new Term(ID, rs.getString("id")), document(rs));
                        changed[0]++;
                    }, watermark));
            if (changed[0] >= 10_000) {
                log.info("Search index of letters: read {} letters changed since transaction {}", changed[0],
                        watermark);
            } else {
                log.debug("{} letters changed since transaction {}", changed[0], watermark);
            }
            watermark = from;
            if (changed[0] > 0) {
                indexed.addAndGet(changed[0]);
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            feeding.unlock();
        }
    }

    /** Adds a document, or replaces the one with the given id. */
    private void write(Term id, Document doc) {
        try {
            if (id == null) {
                writer.addDocument(doc);
            } else {
                writer.updateDocument(id, doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String oldestRunning() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("version", VERSION, "epoch", epoch, "watermark", watermark).entrySet());
        writer.commit();
        lastCommit = System.nanoTime();
    }

    private static Document document(ResultSet rs) throws SQLException {
        Document doc = new Document();
        doc.add(new StringField(ID, rs.getString("id"), Field.Store.YES));
        doc.add(new StringField(TENANT, rs.getString("tenant_id"), Field.Store.NO));
        doc.add(new StringField(NUMBER, rs.getString("number"), Field.Store.NO));
        doc.add(new StringField(UNIT, rs.getString("handling_unit_id"), Field.Store.NO));
        Array past = rs.getArray("past_unit_ids");
        if (past != null) {
            for (Object unit : (Object[]) past.getArray()) {
                doc.add(new StringField(PAST_UNIT, unit.toString(), Field.Store.NO));
            }
        }
        doc.add(new StringField(OPEN, Boolean.toString(rs.getBoolean("open")), Field.Store.NO));
        doc.add(new StringField(STATUS, rs.getString("status"), Field.Store.NO));
        doc.add(new StringField(KIND, rs.getString("content_kind"), Field.Store.NO));
        doc.add(new StringField(CHANNEL, rs.getString("channel"), Field.Store.NO));
        optional(doc, CATEGORY, rs.getString("category_code"));
        optional(doc, ASSIGNEE, rs.getString("assignee_id"));
        doc.add(new IntPoint(RECEIVED, (int) rs.getDate("received_on").toLocalDate().toEpochDay()));
        if (rs.getDate("due_on") != null) {
            doc.add(new IntPoint(DUE, (int) rs.getDate("due_on").toLocalDate().toEpochDay()));
        }
        doc.add(new TextField(FOLDED, rs.getString("search_text"), Field.Store.NO));
        String place = rs.getString("place_text");
        doc.add(new TextField(EXACT, String.join(" ", rs.getString("title"), rs.getString("body"),
                place == null ? "" : place), Field.Store.NO));
        return doc;
    }

    private static void optional(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FOLDED, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public void destroy() throws IOException {
        feeder.shutdownNow();
        feeding.lock();
        try {
            if (writer != null && writer.isOpen()) {
                if (ready) {
                    commit();
                }
                searchers.close();
                writer.close();
            }
        } finally {
            feeding.unlock();
        }
    }

    /** Words as typed, in lower case; the folded field holds text folded before it comes here. */
    private static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new LowerCaseFilter(words));
        }
    }
}
