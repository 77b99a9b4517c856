package vn.lamchu.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.Permission;

/**
 * Exports of a worklist to a spreadsheet (XLSX), run in the background: the page shows the progress, the officer can
 * cancel, and the file waits an hour for its download. Rows are streamed from a database cursor into a streaming
 * workbook, so that 100,000 cases fit in a small heap.
 * <p>
 * What an export holds: the register data of each case (number, dates, channel, kind, category, place, units, state,
 * deadline). Never a sender; and for a denunciation (or a letter that contains one) not even its title, which may
 * name the denouncer (Luật Tố cáo 2018, Điều 47 khoản 2): the line says only that it is a denunciation.
 * <p>
 * Jobs live in this node's memory and their files in its data directory: with several nodes behind a proxy, the
 * progress poll and the download must reach the node that runs the job (sticky sessions).
 */
@Service
public class CaseExports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaseExports.class);
    /** Beyond this a worklist is too large for one spreadsheet: narrow the filter (a sheet holds 1,048,576 rows). */
    public static final long MAX_ROWS = 1_000_000;
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int FETCH = 1_000;
    private static final String WITHHELD_TITLE = "cases.export.withheld";

    /**
     * An export as its page shows it.
     *
     * @param state RUNNING, DONE, CANCELLED or FAILED
     */
    public record Job(UUID id, Instant startedAt, long done, long total, String state, Instant finishedAt) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public boolean ready() {
            return "DONE".equals(state);
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public String fileName() {
            return "don-thu-" + id.toString().substring(0, 8) + ".xlsx";
        }
    }

    private final CaseQueries queries;
    private final CurrentActor currentActor;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Path directory;
    private final Clock clock;
    private final Map<UUID, State> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "case-export");
        thread.setDaemon(true);
        return thread;
    });

    CaseExports(CaseQueries queries, CurrentActor currentActor, DataSource dataSource,
                PlatformTransactionManager transactions, MessageSource messages, AuditLog audit,
                LamChuProperties properties, Clock clock) {
        this.queries = queries;
        this.currentActor = currentActor;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.messages = messages;
        this.audit = audit;
        this.directory = properties.dataDir().resolve("exports");
        this.clock = clock;
    }

    /**
     * Starts exporting the worklist the filter describes (every page of it), for the current actor.
     *
     * @throws DomainException (invalid) when it holds more than {@link #MAX_ROWS} cases
     */
    public Job start(CaseQueries.Filter filter, java.util.Locale locale) {
        Actor actor = currentActor.require();
        if (!actor.can(Permission.CASE_HANDLE) && !actor.can(Permission.CASE_APPROVE)
                && !actor.can(Permission.CASE_RECEIVE)) {
            throw new AccessDeniedException("CASE_HANDLE");
        }
        forgetOld();
        CaseQueries.Where where = queries.where(actor, filter);
        long total = cursor.queryForObject("select count(*) from citizen_case c where " + where.sql(), where.params(),
                Long.class);
        if (total > MAX_ROWS) {
            throw DomainException.invalid("cases.export.tooMany", total, MAX_ROWS);
        }
        State state = new State(UUID.randomUUID(), actor, clock.instant(), total);
        jobs.put(state.id, state);
        audit.recordChange(actor.tenantId(), "case_export", state.id.toString(), "start", null,
                Map.of("rows", total, "list", filter.list().name()));
        state.future = CompletableFuture.runAsync(() -> run(state, where, locale), executor);
        return state.view();
    }

    /** The current actor's export with this id. */
    public Job get(UUID id) {
        return mine(id).view();
    }

    /** Stops a running export; what was written is thrown away. */
    public Job cancel(UUID id) {
        State state = mine(id);
        state.cancelled = true;
        return state.view();
    }

    /** The finished file of the current actor's export. */
    public Path file(UUID id) {
        State state = mine(id);
        if (!state.view().ready()) {
            throw DomainException.conflict("cases.export.notReady");
        }
        Actor actor = currentActor.require();
        audit.recordRead(actor.tenantId(), "case_export", id.toString(), "download " + state.done.get() + " rows");
        return state.file;
    }

    /** Waits for an export to end (tests, and callers that prefer to block); empty when it takes longer. */
    Optional<Job> awaitEnd(UUID id, Duration timeout) {
        State state = jobs.get(id);
        if (state == null) {
            return Optional.empty();
        }
        try {
            state.future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.of(state.view());
        } catch (java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.of(state.view());
        }
    }

    private State mine(UUID id) {
        Actor actor = currentActor.require();
        State state = jobs.get(id);
        if (state == null || !state.owner.accountId().equals(actor.accountId())) {
            throw new NotFoundException("export", id.toString());
        }
        return state;
    }

    private void run(State state, CaseQueries.Where where, java.util.Locale locale) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(state.id + ".xlsx");
            try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
                book.setCompressTempFiles(true);
                SXSSFSheet sheet = book.createSheet(messages.getMessage("cases.export.sheet", null, locale));
                Sheet out = new Sheet(book, sheet, messages, locale);
                out.header();
                Map<String, Object> params = new HashMap<>(where.params());
                readOnly.executeWithoutResult(tx -> cursor.query("""
                        select c.number, c.received_on, c.channel, c.content_kind, k.name_vi, k.name_en, c.title,
                               p.name as place_name, u.name as unit_name, c.assignee_name, c.status, c.legal_stage,
                               c.due_on, c.watch, c.closed_on
                        from citizen_case c
                        left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.handling_unit_id
                        left join org_unit p on p.tenant_id = c.tenant_id and p.id = c.place_unit_id
                        left join case_category k on k.tenant_id = c.tenant_id and k.code = c.category_code
                        where\s""" + where.sql() + " order by c.received_on desc, c.number", params, rs -> {
                    if (state.cancelled) {
                        throw new Cancelled();
                    }
                    ContentKind kind = ContentKind.valueOf(rs.getString("content_kind"));
                    out.row(rs.getString("number"), date(rs.getDate("received_on")), rs.getString("channel"),
                            kind, rs.getString("en".equals(locale.getLanguage()) ? "name_en" : "name_vi"),
                            DenouncerIdentityPolicy.withholds(kind) ? null : rs.getString("title"),
                            rs.getString("place_name"), rs.getString("unit_name"), rs.getString("assignee_name"),
                            rs.getString("status"), rs.getString("legal_stage"), date(rs.getDate("due_on")),
                            rs.getString("watch"), date(rs.getDate("closed_on")));
                    state.done.incrementAndGet();
                }));
                try (OutputStream stream = Files.newOutputStream(file)) {
                    book.write(stream);
                }
            }
            state.file = file;
            state.finish("DONE", clock.instant());
            log.info("Case export {}: {} rows", state.id, state.done.get());
        } catch (Cancelled e) {
            state.finish("CANCELLED", clock.instant());
        } catch (IOException | RuntimeException e) {
            log.error("Case export {} failed", state.id, e);
            state.finish("FAILED", clock.instant());
        }
    }

    private static LocalDate date(Date value) {
        return value == null ? null : value.toLocalDate();
    }

    /** Finished exports and their files are forgotten after an hour. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    void forgetOld() {
        Instant limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(state -> {
            boolean old = state.finishedAt != null && state.finishedAt.isBefore(limit);
            if (old && state.file != null) {
                try {
                    Files.deleteIfExists(state.file);
                } catch (IOException e) {
                    log.warn("Could not delete export file {}", state.file.getFileName());
                }
            }
            return old;
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static final class State {
        final UUID id;
        final Actor owner;
        final Instant startedAt;
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile boolean cancelled;
        volatile String state = "RUNNING";
        volatile Instant finishedAt;
        volatile Path file;
        volatile CompletableFuture<Void> future;

        State(UUID id, Actor owner, Instant startedAt, long total) {
            this.id = id;
            this.owner = owner;
            this.startedAt = startedAt;
            this.total = total;
        }

        void finish(String how, Instant at) {
            finishedAt = at;
            state = how;
        }

        Job view() {
            return new Job(id, startedAt, done.get(), total, state, finishedAt);
        }
    }

    /** The spreadsheet's columns, with labels and values in the reader's language. */
    private static final class Sheet {
        private static final String[] COLUMNS = {"number", "receivedOn", "channel", "kind", "category", "title",
                "place", "unit", "assignee", "status", "stage", "dueOn", "watch", "closedOn"};
        private final SXSSFSheet sheet;
        private final MessageSource messages;
        private final java.util.Locale locale;
        private final CellStyle dateStyle;
        private final Map<String, String> labels = new HashMap<>();
        private int next;

        Sheet(SXSSFWorkbook book, SXSSFSheet sheet, MessageSource messages, java.util.Locale locale) {
            this.sheet = sheet;
            this.messages = messages;
            this.locale = locale;
            this.dateStyle = book.createCellStyle();
            this.dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }

        void header() {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < COLUMNS.length; i++) {
                row.createCell(i).setCellValue(messages.getMessage("cases.export.column." + COLUMNS[i], null, locale));
            }
            sheet.createFreezePane(0, 1);
        }

        void row(String number, LocalDate receivedOn, String channel, ContentKind kind, String category, String title,
                 String place, String unit, String assignee, String status, String stage, LocalDate dueOn,
                 String watch, LocalDate closedOn) {
            Row row = sheet.createRow(next++);
            int col = 0;
            text(row, col++, number);
            date(row, col++, receivedOn);
            text(row, col++, label("cases.channel.", channel));
            text(row, col++, label("cases.kind.", kind.name()));
            text(row, col++, category);
            text(row, col++, title != null ? title : label("", WITHHELD_TITLE));
            text(row, col++, place);
            text(row, col++, unit);
            text(row, col++, assignee);
            text(row, col++, label("cases.status.", status));
            text(row, col++, stage == null ? null : label("cases.stage.", stage));
            date(row, col++, dueOn);
            text(row, col++, label("cases.watch.", watch));
            date(row, col, closedOn);
        }

        private String label(String prefix, String value) {
            return value == null ? null : labels.computeIfAbsent(prefix + value,
                    key -> messages.getMessage(key, null, value, locale));
        }

        private static void text(Row row, int col, String value) {
            if (value != null) {
                row.createCell(col).setCellValue(value);
            }
        }

        private void date(Row row, int col, LocalDate value) {
            if (value != null) {
                var cell = row.createCell(col);
                cell.setCellValue(value);
                cell.setCellStyle(dateStyle);
            }
        }
    }
}
