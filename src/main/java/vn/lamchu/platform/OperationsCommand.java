package vn.lamchu.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * The operations commands of the jar, run without the web server:
 * <pre>
 * java -jar lamchu.jar backup FILE [--without-key]
 * java -jar lamchu.jar restore FILE [--force]
 * </pre>
 * Both use the same settings as the application ({@code LAMCHU_DATA_DIR}, {@code LAMCHU_DB_URL} …; also as
 * {@code --lamchu.data-dir=…} arguments). With the embedded database, backup connects to the server of a running
 * Làm Chủ, or starts the server itself when none runs; restore needs Làm Chủ stopped. Exit codes: 0 done,
 * 1 refused (the line printed says why and what to do), 2 failed.
 * <p>
 * {@link #runInApplication} is how other modules' commands (such as {@code audit-verify}) run inside the full
 * application context, safely beside a running server.
 */
public final class OperationsCommand {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int FAILED = 2;

    private static final String BACKUP = "backup";
    private static final String RESTORE = "restore";

    private OperationsCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals(BACKUP) || args[0].equals(RESTORE));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandOutput output = CommandOutput.standalone(out, err);
        List<String> positional = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
        List<String> options = Arrays.stream(args).skip(1).filter(arg -> arg.startsWith("--")).toList();
        if (positional.size() != 1) {
            output.warn("ops.usage");
            return REFUSED;
        }
        Path file = Path.of(positional.get(0)).toAbsolutePath().normalize();
        boolean backup = args[0].equals(BACKUP);
        try {
            if (!backup) {
                // Before anything starts: a missing or damaged archive is refused at once.
                checkArchive(file);
            }
            try (ConfigurableApplicationContext context = operationsContext(backup, options)) {
                return backup
                        ? backup(context, file, options.contains("--without-key"), output)
                        : restore(context, file, options.contains("--force"), output);
            }
        } catch (CommandRefusedException e) {
            output.warn(e.messageKey(), e.arguments());
            return REFUSED;
        } catch (EmbeddedDatabase.EmbeddedDatabaseException e) {
            output.warnText(e.getMessage());
            return REFUSED;
        } catch (Exception e) {
            Throwable cause = rootCause(e);
            if (cause instanceof EmbeddedDatabase.EmbeddedDatabaseException embedded) {
                output.warnText(embedded.getMessage());
                return REFUSED;
            }
            output.warn("ops.failed", cause.getClass().getSimpleName() + ": " + cause.getMessage());
            return FAILED;
        }
    }

    private static void checkArchive(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CommandRefusedException("ops.restore.noFile", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest checked = DatabaseRestore.readManifest(zip);
            DatabaseRestore.checkParts(zip, checked);
            StoredFilesArchive.check(zip, checked.storedFiles());
        } catch (java.util.zip.ZipException e) {
            throw new CommandRefusedException("ops.restore.notBackup", file);
        }
    }

    private static int backup(ConfigurableApplicationContext context, Path file, boolean withoutKey, CommandOutput output)
            throws Exception {
        DatabaseTarget target = context.getBean(DatabaseTarget.class);
        LamChuProperties properties = context.getBean(LamChuProperties.class);
        Environment environment = context.getEnvironment();
        if (Files.isDirectory(file)) {
            throw new CommandRefusedException("ops.backup.isDirectory", file);
        }
        Files.createDirectories(file.getParent());
        output.say(locale -> output.text(locale, "ops.backup.start",
                output.text(locale, target.messageKey(), target.location()), file));
        EncryptionKey key = EncryptionKey.find(properties.dataDir(), environment.getProperty("LAMCHU_ENCRYPTION_KEY"));
        long started = System.nanoTime();
        BackupManifest manifest;
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            manifest = DatabaseBackup.write(connection, file, target.embedded() ? "embedded" : "external", key,
                    !withoutKey, properties.dataDir(), Clock.systemUTC(),
                    (done, total, table) -> output.say("ops.progress", done, total, table.name(), table.rows()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (manifest.key().included()) {
            output.warn("ops.backup.keyIncluded", file);
        } else if ("environment".equals(key.source())) {
            output.warn("ops.backup.keyFromEnvironment", key.fingerprint());
        } else if ("file".equals(key.source())) {
            output.warn("ops.backup.keyLeftOut", SecretBox.keyFile(properties.dataDir()), key.fingerprint());
        } else {
            output.warn("ops.backup.noKey", SecretBox.keyFile(properties.dataDir()));
        }
        output.say("ops.backup.files", manifest.storedFiles().size());
        if (!manifest.missingFiles().isEmpty()) {
            output.warn("ops.backup.filesMissing", manifest.missingFiles().size(), String.join(", ", manifest.missingFiles()));
        }
        output.say("ops.backup.done", file, manifest.tables().size(), manifest.totalRows(), megabytes(Files.size(file)),
                seconds(took), manifest.schemaVersion());
        return OK;
    }

    private static int restore(ConfigurableApplicationContext context, Path file, boolean force, CommandOutput output)
            throws Exception {
        DatabaseTarget target = context.getBean(DatabaseTarget.class);
        LamChuProperties properties = context.getBean(LamChuProperties.class);
        DataSource dataSource = context.getBean(DataSource.class);
        List<String> locations = Arrays.asList(context.getEnvironment()
                .getProperty("spring.flyway.locations", String[].class, new String[]{"classpath:db/migration"}));
        long started = System.nanoTime();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = DatabaseRestore.readManifest(zip);
            output.say(locale -> output.text(locale, "ops.restore.start", file, manifest.createdAt(),
                    manifest.schemaVersion(), manifest.totalRows(), output.text(locale, target.messageKey(), target.location())));
            DatabaseRestore.restore(dataSource, zip, manifest, force,
                    version -> flyway(dataSource, locations, version),
                    new DatabaseRestore.Listener() {
                        @Override
                        public void schemaCreated(String version) {
                            output.say("ops.restore.schema", version);
                        }

                        @Override
                        public void tableDone(int done, int total, BackupManifest.Table table) {
                            output.say("ops.progress", done, total, table.name(), table.rows());
                        }

                        @Override
                        public void migrated(String version) {
                            output.say("ops.restore.migrated", version);
                        }
                    });
            int files = StoredFilesArchive.restore(zip, manifest.storedFiles(), properties.dataDir());
            output.say("ops.restore.files", files, manifest.storedFiles().size());
            restoreKey(zip, manifest, properties.dataDir(),
                    context.getEnvironment().getProperty("LAMCHU_ENCRYPTION_KEY"), output);
            output.say("ops.restore.done", file, manifest.tables().size(), manifest.totalRows(),
                    seconds(Duration.ofNanos(System.nanoTime() - started)));
        }
        return OK;
    }

    /**
     * Without the key that sealed them, encrypted columns (TOTP secrets, denouncers' identities) are unreadable: put
     * the archive's key in place when there is none, or when the data directory has another one (kept aside), and
     * warn when the archive has no key and the key at hand is not the backup's.
     */
    private static void restoreKey(ZipFile zip, BackupManifest manifest, Path dataDir, String environmentKey,
                                   CommandOutput output) throws IOException {
        EncryptionKey present = EncryptionKey.find(dataDir, environmentKey);
        String wanted = manifest.key().fingerprint();
        if (wanted == null || wanted.equals(present.fingerprint())) {
            return;
        }
        var entry = manifest.key().included() ? zip.getEntry(EncryptionKey.ARCHIVE_ENTRY) : null;
        if (entry == null || "environment".equals(present.source())) {
            output.warn(present.fingerprint() == null ? "ops.restore.keyMissing" : "ops.restore.keyDiffers",
                    SecretBox.keyFile(dataDir), wanted, present.fingerprint());
            return;
        }
        String content;
        try (var in = zip.getInputStream(entry)) {
            content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path replaced = EncryptionKey.install(dataDir, content,
                LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        output.say("ops.restore.keyInstalled", SecretBox.keyFile(dataDir));
        if (replaced != null) {
            output.warn("ops.restore.keyReplaced", replaced);
        }
    }

    private static Flyway flyway(DataSource dataSource, List<String> locations, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new));
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private static ConfigurableApplicationContext operationsContext(boolean attach, List<String> options) {
        Map<String, Object> settings = quiet();
        settings.put(DatabaseConfiguration.ATTACH_TO_RUNNING, attach);
        return new SpringApplicationBuilder(OperationsConfiguration.class)
                .web(WebApplicationType.NONE)
                .listeners(overriding(settings))
                .run(options.toArray(String[]::new));
    }

    /**
     * Runs a command inside the full application context, started without a web server, without demo data, without
     * republishing events, with scheduled jobs not run, and attached to the embedded server of a running Làm Chủ if
     * there is one.
     *
     * @param settings more settings for this command (they win over application.yml and the environment)
     * @return the command's exit code, or {@link #FAILED} (2) if the context cannot start
     */
    public static int runInApplication(Class<?> application, String[] args, Map<String, Object> settings,
                                       ToIntFunction<ConfigurableApplicationContext> command) {
        CommandOutput output = CommandOutput.standalone(System.out, System.err);
        Map<String, Object> all = quiet();
        all.put(DatabaseConfiguration.ATTACH_TO_RUNNING, true);
        all.put("lamchu.demo-data", false);
        all.put("spring.modulith.events.republish-outstanding-events-on-restart", false);
        all.putAll(settings);
        String[] options = Arrays.stream(args).skip(1).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .listeners(overriding(all))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("taskScheduler", new IdleTaskScheduler()))
                .run(options)) {
            return command.applyAsInt(context);
        } catch (Exception e) {
            Throwable cause = rootCause(e);
            if (cause instanceof EmbeddedDatabase.EmbeddedDatabaseException) {
                output.warnText(cause.getMessage());
            } else {
                output.warn("ops.failed", cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            return FAILED;
        }
    }

    /**
     * A command speaks through its own lines; the log says only what went wrong, and a refusal it has already
     * explained (data directory in use …) is not repeated as a start-up failure report with a stack trace.
     */
    private static Map<String, Object> quiet() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.main.log-startup-info", false);
        settings.put("logging.level.root", "warn");
        settings.put("logging.level.org.springframework.boot.SpringApplication", "off");
        settings.put("logging.level.org.springframework.boot.diagnostics", "off");
        settings.put("logging.level.org.springframework.context", "error");
        return settings;
    }

    /**
     * Puts settings ahead of every other property source (application.yml, environment, arguments), early enough
     * for the logging levels among them: before Spring Boot's logging listener reads the environment.
     */
    private static ApplicationListener<ApplicationEnvironmentPreparedEvent> overriding(Map<String, Object> settings) {
        return new OverridingSettings(settings);
    }

    private record OverridingSettings(Map<String, Object> settings)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lamchu-command", settings));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof EmbeddedDatabase.EmbeddedDatabaseException || cause instanceof CommandRefusedException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    private static double megabytes(long bytes) {
        return bytes / 1_048_576.0;
    }

    /** Seconds as a number, which the messages format in each language (0,8 giây / 0.8 s). */
    public static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /**
     * The scheduler of a command's context: it accepts every scheduled job and runs none, so that a command started
     * beside a running server does not run that server's jobs (reminders, notifications) a second time.
     */
    private static final class IdleTaskScheduler implements TaskScheduler {

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            return NeverRuns.INSTANCE;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            return NeverRuns.INSTANCE;
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            return NeverRuns.INSTANCE;
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            return NeverRuns.INSTANCE;
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            return NeverRuns.INSTANCE;
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            return NeverRuns.INSTANCE;
        }
    }

    /** The handle of a job that was never scheduled: already cancelled. */
    private static final class NeverRuns implements ScheduledFuture<Object> {
        static final NeverRuns INSTANCE = new NeverRuns();

        @Override
        public long getDelay(TimeUnit unit) {
            return Long.MAX_VALUE;
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return true;
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public Object get() {
            throw new CancellationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new CancellationException();
        }
    }
}
