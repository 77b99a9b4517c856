package vn.lamchu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server that Làm Chủ runs itself when no external database is configured.
 * <p>
 * The embedded library is made for throw-away test databases; this class turns it into a keeper of real data:
 * durability switched back on, the data directory kept across restarts, an orphaned server left behind by a killed
 * process stopped before start, and a clear refusal when run as root, which PostgreSQL does not allow.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The PostgreSQL major version of the bundled binaries; a data directory of another major is refused. */
    public static final String MAJOR_VERSION = "18";
    public static final String DATABASE = "lamchu";
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String LOCK_FILE = "epg-lock";

    private final Path pgData;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path pgData, EmbeddedPostgres postgres) {
        this.pgData = pgData;
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code dataDir/pg}, creating the cluster and the {@value #DATABASE} database on first start.
     *
     * @throws EmbeddedDatabaseException if the server cannot run here (root, wrong major version, already in use)
     */
    public static EmbeddedDatabase start(Path dataDir) {
        refuseRoot();
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("pg");
        try {
            Files.createDirectories(pgData);
            checkMajorVersion(pgData);
            stopOrphanedServer(pgData);
            // The library unpacks its binaries under this directory; keep it beside the data, not in /tmp.
            Path runtime = dataDir.toAbsolutePath().normalize().resolve("runtime");
            Files.createDirectories(runtime);
            System.setProperty("ot.epg.working-dir", runtime.toString());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    // The library starts PostgreSQL with -F (fsync off) and synchronous_commit off; real data needs both on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(pgData, postgres);
            database.createDatabaseIfMissing();
            database.checkDurability();
            return database;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Không khởi động được PostgreSQL nhúng tại " + pgData + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return pgData;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"));
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
                log.info("Created database {}", DATABASE);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Không tạo được cơ sở dữ liệu " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private void checkDurability() {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, DATABASE));
             Statement s = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                var rs = s.executeQuery("show " + setting);
                rs.next();
                if (!"on".equals(rs.getString(1))) {
                    throw new EmbeddedDatabaseException(setting + " is " + rs.getString(1) + ": acknowledged data could be lost");
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Không kiểm tra được cấu hình an toàn dữ liệu: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL refuses to run as root, and this library version has no way around it: say so at once. */
    static void refuseRoot() {
        if ("root".equals(System.getProperty("user.name")) || currentUid().filter(uid -> uid == 0).isPresent()) {
            throw new EmbeddedDatabaseException("""
                    PostgreSQL không chạy dưới quyền root. Hãy chạy Làm Chủ bằng một tài khoản thường \
                    (ví dụ: ../shared/tools/as-user ./mvnw ...), hoặc đặt LAMCHU_DB_URL để dùng PostgreSQL bên ngoài. \
                    / PostgreSQL refuses to run as root: run Làm Chủ as an ordinary user, or set LAMCHU_DB_URL.""");
        }
    }

    private static Optional<Long> currentUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Optional.of(Long.parseLong(line.substring(4).trim().split("\\s+")[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc is not readable: rely on user.name
        }
        return Optional.empty();
    }

    private static void checkMajorVersion(Path pgData) throws IOException {
        Path versionFile = pgData.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String major = Files.readString(versionFile).trim();
            if (!MAJOR_VERSION.equals(major)) {
                throw new EmbeddedDatabaseException("Thư mục dữ liệu " + pgData + " thuộc PostgreSQL " + major
                        + ", bản nhúng là " + MAJOR_VERSION + ". Hãy sao lưu bằng phiên bản cũ rồi khôi phục (lamchu backup/restore).");
            }
        }
    }

    /**
     * After {@code kill -9} of the application its PostgreSQL lives on, holding the data directory. If no live
     * Làm Chủ holds the directory's lock, any server named in {@code postmaster.pid} is such an orphan: stop it
     * (fast shutdown, which needs no crash recovery), then start afresh.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new EmbeddedDatabaseException("Làm Chủ đang chạy với thư mục dữ liệu " + pgData
                        + " trong một tiến trình khác. / Another Làm Chủ process is using this data directory.");
            }
            try {
                long pid = readPid(pidFile);
                Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(true));
                if (process.isEmpty()) {
                    log.warn("Removing stale postmaster.pid (process {} is gone)", pid);
                    Files.deleteIfExists(pidFile);
                    return;
                }
                log.warn("Stopping orphaned PostgreSQL (pid {}) left by a previous run", pid);
                signal(pid, "INT");
                if (!awaitExit(process.get(), Duration.ofSeconds(30))) {
                    log.warn("Orphaned PostgreSQL did not stop in 30 s; killing it (crash recovery will run on start)");
                    process.get().destroyForcibly();
                    awaitExit(process.get(), Duration.ofSeconds(10));
                }
                Files.deleteIfExists(pidFile);
            } finally {
                lock.release();
            }
        }
    }

    private static long readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        return Long.parseLong(lines.get(0).trim());
    }

    /** The port an already running server listens on, read from its {@code postmaster.pid}. */
    public static Optional<Integer> runningServerPort(Path dataDir) {
        Path pidFile = dataDir.toAbsolutePath().normalize().resolve("pg").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty() || lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** The embedded database cannot run here; the message says what to do. */
    public static class EmbeddedDatabaseException extends RuntimeException {
        public EmbeddedDatabaseException(String message) {
            super(message);
        }

        public EmbeddedDatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
