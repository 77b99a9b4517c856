package vn.lamchu.platform;

import java.io.IOException;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server that Làm Chủ runs itself when no external database is configured.
 * <p>
 * The embedded library is made for throw-away test databases; this class turns it into a keeper of real data:
 * durability switched back on, the data directory kept across restarts, one process per data directory (a lock
 * held for the server's whole life), an orphaned server left behind by a killed process stopped before start, a
 * clear refusal when run as root, which PostgreSQL does not allow, and a stop that its owner controls: the library's
 * own JVM shutdown hook is not registered, because it would stop PostgreSQL while Spring is still finishing requests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The PostgreSQL major version of the bundled binaries; a data directory of another major is refused. */
    public static final String MAJOR_VERSION = "18";
    public static final String DATABASE = "lamchu";
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Held by the process that runs the server, for as long as it runs; beside, not inside, the cluster directory. */
    static final String LOCK_FILE = "lamchu.lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    /** Data directories whose lock this JVM holds: a second lock attempt from the same JVM must not touch the file. */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path pgData;
    private final EmbeddedPostgres postgres;
    private final DirectoryLock lock;

    private EmbeddedDatabase(Path dataDir, Path pgData, EmbeddedPostgres postgres, DirectoryLock lock) {
        this.dataDir = dataDir;
        this.pgData = pgData;
        this.postgres = postgres;
        this.lock = lock;
    }

    /**
     * Starts the server on {@code dataDir/pg}, creating the cluster and the {@value #DATABASE} database on first start.
     * The caller owns the server and must {@link #close()} it.
     *
     * @throws EmbeddedDatabaseException if the server cannot run here (root, wrong major version, data directory
     *                                   already in use by another Làm Chủ)
     */
    public static EmbeddedDatabase start(Path dataDir) {
        refuseRoot();
        Path home = dataDir.toAbsolutePath().normalize();
        Path pgData = home.resolve("pg");
        DirectoryLock lock = DirectoryLock.acquire(home);
        try {
            Files.createDirectories(pgData);
            checkMajorVersion(pgData);
            stopOrphanedServer(pgData);
            // The library unpacks its binaries under this directory; keep it beside the data, not in /tmp.
            Path runtime = home.resolve("runtime");
            Files.createDirectories(runtime);
            System.setProperty("ot.epg.working-dir", runtime.toString());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    // Spring (or the command that started us) stops the server after its last connection is gone.
                    .setRegisterShutdownHook(false)
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
            EmbeddedDatabase database = new EmbeddedDatabase(home, pgData, postgres, lock);
            try {
                database.createDatabaseIfMissing();
                database.checkDurability();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException | RuntimeException e) {
            lock.release();
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("Không khởi động được PostgreSQL nhúng tại " + pgData + ": " + e.getMessage()
                    + " / Cannot start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    /** The JDBC URL of the {@value #DATABASE} database of an embedded server on {@code port} of this machine. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return pgData;
    }

    /**
     * Stops the server (fast shutdown: open transactions are rolled back, committed data is flushed), waits until
     * the postmaster has really gone, then releases the data directory.
     */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmasterOf(pgData);
        try {
            postgres.close();
            postmaster.ifPresent(process -> {
                if (!awaitExit(process, STOP_WAIT)) {
                    log.warn("PostgreSQL (pid {}) still running {} s after the stop request", process.pid(), STOP_WAIT.toSeconds());
                }
            });
            log.info("Embedded PostgreSQL stopped ({})", dataDir);
        } catch (IOException e) {
            log.error("Could not stop the embedded PostgreSQL in {}", pgData, e);
        } finally {
            lock.release();
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
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
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
        refuseRoot(System.getProperty("user.name"), currentUid());
    }

    /**
     * @param userName the name the JVM runs as
     * @param uid      the numeric user id, when the operating system tells it
     * @throws EmbeddedDatabaseException if either says root
     */
    static void refuseRoot(String userName, Optional<Long> uid) {
        if ("root".equals(userName) || uid.filter(id -> id == 0).isPresent()) {
            throw new EmbeddedDatabaseException("""
                    PostgreSQL không chạy dưới quyền root. Hãy chạy Làm Chủ bằng một tài khoản thường \
                    (ví dụ: ../shared/tools/as-user ./mvnw ...), hoặc đặt LAMCHU_DB_URL để dùng PostgreSQL bên ngoài. \
                    / PostgreSQL refuses to run as root: run Làm Chủ as an ordinary user, or set LAMCHU_DB_URL.""");
        }
    }

    static Optional<Long> currentUid() {
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
     * After {@code kill -9} of the application its PostgreSQL lives on, holding the data directory. The caller holds
     * the directory's lock, so no live Làm Chủ owns the server named in {@code postmaster.pid}: it is an orphan. Stop
     * it (fast shutdown, which needs no crash recovery), then the caller starts afresh.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = postmasterOf(pgData);
        if (process.isEmpty()) {
            log.warn("Removing stale postmaster.pid in {} (its process is gone)", pgData);
            Files.deleteIfExists(pidFile);
            return;
        }
        long pid = process.get().pid();
        log.warn("Stopping orphaned PostgreSQL (pid {}) left by a previous run", pid);
        signal(pid, "INT");
        if (!awaitExit(process.get(), Duration.ofSeconds(30))) {
            log.warn("Orphaned PostgreSQL did not stop in 30 s; killing it (crash recovery will run on start)");
            process.get().destroyForcibly();
            awaitExit(process.get(), Duration.ofSeconds(10));
        }
        Files.deleteIfExists(pidFile);
    }

    /** The live postmaster named in the cluster's {@code postmaster.pid}, if it is a PostgreSQL process. */
    private static Optional<ProcessHandle> postmasterOf(Path pgData) {
        try {
            long pid = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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

    /**
     * Whether a live Làm Chủ (this process or another) runs the embedded server of {@code dataDir} now. An orphaned
     * server left by a killed process does not count: its owner is gone.
     */
    public static boolean inUse(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        if (LOCKED_HERE.contains(home)) {
            return true;
        }
        Path lockFile = home.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
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
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /**
     * An exclusive lock on {@code dataDir/lamchu.lock}, held while this process runs the server. The operating
     * system drops it when the process dies, however it dies; that is how an orphaned server is told apart from a
     * server whose Làm Chủ is alive.
     */
    private static final class DirectoryLock {
        private final Path home;
        private final FileChannel channel;
        private final FileLock lock;

        private DirectoryLock(Path home, FileChannel channel, FileLock lock) {
            this.home = home;
            this.channel = channel;
            this.lock = lock;
        }

        static DirectoryLock acquire(Path home) {
            if (!LOCKED_HERE.add(home)) {
                throw inUseError(home);
            }
            try {
                Files.createDirectories(home);
                FileChannel channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    LOCKED_HERE.remove(home);
                    throw inUseError(home);
                }
                return new DirectoryLock(home, channel, lock);
            } catch (IOException e) {
                LOCKED_HERE.remove(home);
                throw new EmbeddedDatabaseException("Không khóa được thư mục dữ liệu " + home + ": " + e.getMessage()
                        + " / Cannot lock the data directory", e);
            }
        }

        boolean isValid() {
            return lock.isValid();
        }

        void release() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            } catch (IOException e) {
                log.warn("Could not release the lock of {}", home, e);
            } finally {
                LOCKED_HERE.remove(home);
            }
        }

        private static EmbeddedDatabaseException inUseError(Path home) {
            return new EmbeddedDatabaseException("Một tiến trình Làm Chủ khác đang dùng thư mục dữ liệu " + home
                    + ". Hãy dừng tiến trình đó trước, hoặc đặt LAMCHU_DATA_DIR khác. "
                    + "/ Another Làm Chủ process is using this data directory: stop it first, or set another LAMCHU_DATA_DIR.");
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
