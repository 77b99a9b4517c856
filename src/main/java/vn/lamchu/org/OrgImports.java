package vn.lamchu.org;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;
import vn.lamchu.shared.VietnameseText;

/**
 * CSV imports of units and people: upload → preview (every row checked, problems per line) → confirm → a background
 * job imports all rows in <b>one transaction</b>, reporting progress in short transactions of its own, and stops
 * when asked to; if any row fails or the job is cancelled, nothing is imported. The import's state is kept in
 * {@code org_import}, so a page reload (or another node) shows it. Audited as one change per import.
 */
@Service
public class OrgImports implements DisposableBean {

    /** Files above this size are refused, with a message that says so. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Rows shown in a preview. */
    public static final int PREVIEW_ROWS = 200;
    /** Problems kept per import: enough to fix a file, not a second copy of it. */
    static final int MAX_PROBLEMS = 500;
    static final int BATCH = Batches.SIZE;
    /** A queued or running import that has shown no sign of life for this long died with its process. */
    static final Duration STALE = Duration.ofMinutes(10);
    /** An upload not confirmed within this time is discarded with its file. */
    static final Duration UNCONFIRMED = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(OrgImports.class);

    public enum Kind { UNITS, PEOPLE }

    public enum Status {
        READY, INVALID, QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** An import as shown on its page and by the API. */
    public record ImportView(UUID id, Kind kind, String fileName, Status status, int total, int done,
                             List<ImportProblem> problems, UnitId unitId, String createdBy, Instant createdAt,
                             Instant startedAt, Instant finishedAt, boolean cancelRequested) {

        public int percent() {
            return total == 0 ? (status == Status.SUCCEEDED ? 100 : 0) : (int) Math.min(100, done * 100L / total);
        }
    }

    /** An import ready to be confirmed (or refused), with the first rows of its file as read. */
    public record Preview(ImportView view, List<String> header, List<CsvRow> rows) {
    }

    public record CsvRow(int line, List<String> cells, boolean hasProblem) {
    }

    /** A column of the files of {@code kind}, by its canonical name, for the page that documents them. */
    public record Column(String name, boolean required) {
    }

    public static List<Column> columns(Kind kind) {
        return ImportColumns.of(kind).stream().map(c -> new Column(c.name(), c.required())).toList();
    }

    private final ImportStore store;
    private final UnitStore units;
    private final PeopleStore people;
    private final Vocabulary vocabulary;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate work;
    private final TransactionTemplate ownTransaction;
    private final ThreadPoolExecutor executor;

    OrgImports(ImportStore store, UnitStore units, PeopleStore people, Vocabulary vocabulary, OrgDirectory directory,
               AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.units = units;
        this.people = people;
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.work = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicInteger threads = new AtomicInteger();
        // Small on purpose: imports are rare, and each holds one transaction and one connection while it runs.
        this.executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20), runnable -> {
            Thread thread = new Thread(runnable, "org-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads and checks the file, and keeps it as an import that is {@code READY} to confirm or {@code INVALID} with
     * the problems of each line.
     *
     * @throws DomainException if the file is too large, empty, not UTF-8 or not CSV (nothing is kept then)
     */
    public ImportView upload(Actor actor, Kind kind, String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        CsvTable table = CsvTable.parse(content);
        if (table.rows().isEmpty()) {
            throw DomainException.invalid("import.file.noRows");
        }
        List<ImportProblem> problems = work.execute(tx -> check(kind, table, Scope.of(actor, units)));
        UUID id = Ids.newId(clock);
        String name = VietnameseText.normalizeOrNull(fileName);
        store.insert(actor.tenantId(), id, kind, name == null ? "import.csv" : limit(name, 200),
                problems.isEmpty() ? Status.READY : Status.INVALID, table.rows().size(), capped(problems), content,
                actor.unitId(), actor.username(), actor.accountId(), clock.instant());
        return get(actor, id);
    }

    private List<ImportProblem> check(Kind kind, CsvTable table, Scope scope) {
        return kind == Kind.UNITS ? planUnits(table, scope).problems() : planPeople(table, scope).problems();
    }

    private UnitImportPlan.Plan planUnits(CsvTable table, Scope scope) {
        var snapshot = UnitImportPlan.Snapshot.of(units.all(scope.tenant()), units.jurisdictions(scope.tenant()));
        return UnitImportPlan.plan(table, snapshot, scope, vocabulary, () -> Ids.newId(clock));
    }

    private PeopleImportPlan.Plan planPeople(CsvTable table, Scope scope) {
        var snapshot = PeopleImportPlan.Snapshot.of(units.all(scope.tenant()), people.all(scope.tenant()),
                people.allHoldings(scope.tenant()), scope);
        return PeopleImportPlan.plan(table, snapshot, scope, vocabulary, LegalTime.today(clock), () -> Ids.newId(clock));
    }

    /** @throws NotFoundException if the import is unknown in the tenant or was uploaded outside the actor's scope */
    public ImportView get(Actor actor, UUID id) {
        return store.find(actor.tenantId(), id)
                .filter(view -> directory.isWithin(actor.tenantId(), view.unitId(), actor.unitId()))
                .orElseThrow(() -> new NotFoundException("org_import", id.toString()));
    }

    /** The file's first {@value #PREVIEW_ROWS} rows as read, while the import is not run yet. */
    public Preview preview(Actor actor, UUID id) {
        ImportView view = get(actor, id);
        var lines = view.problems().stream().map(ImportProblem::line).collect(java.util.stream.Collectors.toSet());
        return store.content(actor.tenantId(), id).map(CsvTable::parse)
                .map(table -> new Preview(view, table.header(), table.rows().stream().limit(PREVIEW_ROWS)
                        .map(r -> new CsvRow(r.line(), r.cells(), lines.contains(r.line()))).toList()))
                .orElse(new Preview(view, List.of(), List.of()));
    }

    public List<ImportView> recent(Actor actor) {
        return store.recent(actor.tenantId(), actor.unitId(), 20);
    }

    /**
     * Starts the import of a checked file in the background.
     *
     * @throws DomainException (409) if the import is not {@code READY}: it has problems, or runs or ran already
     */
    public ImportView confirm(Actor actor, UUID id) {
        ImportView view = get(actor, id);
        if (view.status() != Status.READY || !store.queue(actor.tenantId(), id, clock.instant())) {
            throw DomainException.conflict(view.status() == Status.INVALID ? "import.confirm.invalid" : "import.confirm.notReady");
        }
        Runnable job = new DelegatingSecurityContextRunnable(() -> run(actor, id));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(actor.tenantId(), id, job);
                }
            });
        } else {
            submit(actor.tenantId(), id, job);
        }
        return get(actor, id);
    }

    private void submit(TenantId tenant, UUID id, Runnable job) {
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            store.finish(tenant, id, Status.FAILED, List.of(ImportProblem.of(0, null, "import.busy")), clock.instant());
        }
    }

    /**
     * Asks a queued or running import to stop (it then imports nothing), or discards one not confirmed yet.
     *
     * @throws DomainException (409) if the import has already finished
     */
    public ImportView cancel(Actor actor, UUID id) {
        get(actor, id);
        if (!store.requestCancel(actor.tenantId(), id, clock.instant())) {
            throw DomainException.conflict("import.cancel.finished");
        }
        return get(actor, id);
    }

    /** The job: everything in one transaction; progress and the final state in transactions of their own. */
    void run(Actor actor, UUID id) {
        TenantId tenant = actor.tenantId();
        Boolean started = ownTransaction.execute(tx -> store.start(tenant, id, clock.instant()));
        if (!Boolean.TRUE.equals(started)) {
            ownTransaction.executeWithoutResult(tx -> store.finish(tenant, id, Status.CANCELLED, List.of(), clock.instant()));
            return;
        }
        try {
            work.executeWithoutResult(tx -> apply(actor, id));
            log.info("Import {} finished", id);
        } catch (Cancelled e) {
            ownTransaction.executeWithoutResult(tx -> store.finish(tenant, id, Status.CANCELLED, List.of(), clock.instant()));
        } catch (Failed e) {
            ownTransaction.executeWithoutResult(tx -> store.finish(tenant, id, Status.FAILED, capped(e.problems), clock.instant()));
        } catch (DataAccessException e) {
            log.warn("Import {} failed in the database", id, e);
            ownTransaction.executeWithoutResult(tx -> store.finish(tenant, id, Status.FAILED,
                    List.of(ImportProblem.of(0, null, "import.failed.database")), clock.instant()));
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            ownTransaction.executeWithoutResult(tx -> store.finish(tenant, id, Status.FAILED,
                    List.of(ImportProblem.of(0, null, "import.failed.unexpected")), clock.instant()));
        }
    }

    private void apply(Actor actor, UUID id) {
        TenantId tenant = actor.tenantId();
        ImportView view = store.find(tenant, id).orElseThrow();
        CsvTable table = CsvTable.parse(store.content(tenant, id).orElseThrow());
        int done = importRows(actor, view.kind(), view.fileName(), table, reported -> {
            Boolean cancel = ownTransaction.execute(tx -> store.progress(tenant, id, reported, clock.instant()));
            return !Boolean.FALSE.equals(cancel);
        }, id.toString());
        if (!store.succeed(tenant, id, Math.max(done, view.total()), clock.instant())) {
            throw new Cancelled();
        }
    }

    /**
     * Imports a file at once, in the caller's transaction (the demo data goes this way).
     *
     * @throws Failed with the problems, if any row cannot be imported
     */
    void importNow(Actor actor, Kind kind, String fileName, byte[] content) {
        importRows(actor, kind, fileName, CsvTable.parse(content), done -> false, "seed:" + fileName);
    }

    /**
     * Checks the rows against the current data, inserts them in batches (calling {@code cancelled} after each batch
     * with the rows done so far: it answers whether to stop), and audits the import as one change.
     *
     * @return the rows done
     */
    private int importRows(Actor actor, Kind kind, String fileName, CsvTable table,
                           java.util.function.IntPredicate cancelled, String auditId) {
        TenantId tenant = actor.tenantId();
        Scope scope = Scope.of(actor, units);
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind.name());
        details.put("file", fileName);
        details.put("rows", table.rows().size());
        int done;
        if (kind == Kind.UNITS) {
            UnitImportPlan.Plan plan = planUnits(table, scope);
            failIfProblems(plan.problems());
            units.insertJurisdictions(plan.jurisdictions());
            done = inBatches(plan.units(), batch -> units.insertAll(batch, now), cancelled);
            details.put("jurisdictions", plan.jurisdictions().stream().map(Jurisdiction::code).toList());
            details.put("units", plan.units().stream().map(Unit::code).toList());
        } else {
            PeopleImportPlan.Plan plan = planPeople(table, scope);
            failIfProblems(plan.problems());
            inBatches(plan.people(), batch -> people.insertAll(batch, now), cancelled);
            people.insertHoldings(tenant, plan.holdings());
            done = plan.rows();
            details.put("people", plan.people().size());
            details.put("posts", plan.holdings().size());
        }
        // Last, so that the tenant's audit chain is locked only for a moment.
        audit.recordChange(tenant, "org_import", auditId, "import", null, details);
        return done;
    }

    private static <T> int inBatches(List<T> rows, java.util.function.Consumer<List<T>> insert,
                                     java.util.function.IntPredicate cancelled) {
        int done = 0;
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<T> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            insert.accept(batch);
            done += batch.size();
            if (cancelled.test(done)) {
                throw new Cancelled();
            }
        }
        return done;
    }

    private static void failIfProblems(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new Failed(problems);
        }
    }

    /**
     * Imports whose job died with its process are marked failed, so that nobody waits for them; uploads left
     * unconfirmed for {@link #UNCONFIRMED} are discarded, so that their files do not stay.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    void sweep() {
        Instant now = clock.instant();
        int stale = store.failStale(now.minus(STALE), List.of(ImportProblem.of(0, null, "import.failed.interrupted")), now);
        if (stale > 0) {
            log.warn("Marked {} interrupted import(s) as failed", stale);
        }
        store.discardUnconfirmed(now.minus(UNCONFIRMED), now);
    }

    @Override
    public void destroy() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static List<ImportProblem> capped(List<ImportProblem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<ImportProblem> kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        kept.add(ImportProblem.of(0, null, "import.moreProblems", problems.size() - MAX_PROBLEMS));
        return kept;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Someone asked the import to stop. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    /** Rows that cannot be imported (the data changed since the preview). */
    static final class Failed extends RuntimeException {
        final transient List<ImportProblem> problems;

        Failed(List<ImportProblem> problems) {
            super("import failed: " + problems.stream().limit(5).map(ImportProblem::toString).toList(), null, false, false);
            this.problems = problems;
        }
    }
}
