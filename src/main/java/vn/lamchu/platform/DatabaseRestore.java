package vn.lamchu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.core.JacksonException;

/**
 * Restores a {@link DatabaseBackup} archive: checks every part's checksum first, refuses a backup from a newer
 * schema than this application knows and a target that already holds data (unless forced, which drops the
 * {@code public} schema), creates the schema with Flyway up to the backup's version, loads every table with
 * {@code COPY … FROM STDIN} in one transaction with triggers and foreign-key checks off
 * ({@code session_replication_role = replica}: the rows come from one consistent snapshot), checks row counts and
 * checksums as it loads, sets the sequences, commits, and then migrates to the application's current version.
 * <p>
 * On an external PostgreSQL the restoring user must own the {@code public} schema and be allowed to set
 * {@code session_replication_role}: a superuser, or since PostgreSQL 15
 * {@code GRANT SET ON PARAMETER session_replication_role TO lamchu}.
 */
final class DatabaseRestore {

    interface Listener {
        void schemaCreated(String version);

        void tableDone(int done, int total, BackupManifest.Table table);

        void migrated(String version);
    }

    private DatabaseRestore() {
    }

    /**
     * @throws CommandRefusedException if the archive is not a Làm Chủ backup or is of a newer format
     */
    static BackupManifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new CommandRefusedException("ops.restore.notBackup", zip.getName());
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = DatabaseBackup.JSON.readValue(in, BackupManifest.class);
        } catch (JacksonException e) {
            throw new CommandRefusedException("ops.restore.notBackup", zip.getName());
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new CommandRefusedException("ops.restore.notBackup", zip.getName());
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new CommandRefusedException("ops.restore.newerFormat", manifest.formatVersion(), BackupManifest.FORMAT_VERSION);
        }
        return manifest;
    }

    /**
     * Reads every part once and compares its size and SHA-256 with the manifest, before anything is touched.
     *
     * @throws CommandRefusedException naming the first damaged part
     */
    static void checkParts(ZipFile zip, BackupManifest manifest) throws IOException {
        for (BackupManifest.Table table : manifest.tables()) {
            ZipEntry entry = zip.getEntry(table.file());
            if (entry == null) {
                throw new CommandRefusedException("ops.restore.damaged", table.file());
            }
            MessageDigest digest = DatabaseBackup.sha256();
            long bytes = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            if (bytes != table.bytes() || !HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
                throw new CommandRefusedException("ops.restore.damaged", table.file());
            }
        }
    }

    /** The newest migration version this application carries. */
    static MigrationVersion latestKnownVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    /**
     * @param flyway configures Flyway on the target for a given target version ({@code null}: the latest)
     * @throws CommandRefusedException if the backup's schema is newer, or the target holds data and {@code force} is off
     */
    static void restore(DataSource dataSource, ZipFile zip, BackupManifest manifest, boolean force,
                        Function<String, Flyway> flyway, Listener listener) throws IOException, SQLException {
        MigrationVersion latest = latestKnownVersion(flyway.apply(null));
        MigrationVersion backupVersion = MigrationVersion.fromVersion(manifest.schemaVersion());
        if (backupVersion.isNewerThan(latest)) {
            throw new CommandRefusedException("ops.restore.newerSchema", manifest.schemaVersion(), latest.getVersion());
        }
        try (Connection connection = dataSource.getConnection()) {
            int tables = DatabaseBackup.tables(connection).size()
                    + (DatabaseBackup.tableExists(connection, DatabaseBackup.HISTORY_TABLE) ? 1 : 0);
            if (tables > 0) {
                if (!force) {
                    throw new CommandRefusedException("ops.restore.notEmpty", tables);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop schema public cascade");
                    statement.execute("create schema public");
                }
            }
        }
        flyway.apply(manifest.schemaVersion()).migrate();
        listener.schemaCreated(manifest.schemaVersion());
        try (Connection connection = dataSource.getConnection()) {
            load(connection, zip, manifest, listener);
        }
        flyway.apply(null).migrate();
        listener.migrated(latest.getVersion());
    }

    private static void load(Connection connection, ZipFile zip, BackupManifest manifest, Listener listener)
            throws IOException, SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute("set local session_replication_role = replica");
            } catch (SQLException e) {
                connection.rollback();
                throw new CommandRefusedException("ops.restore.replicationRole", e.getMessage());
            }
            Set<String> present = DatabaseBackup.tables(connection).stream()
                    .map(DatabaseBackup.TableInfo::name).collect(Collectors.toSet());
            for (BackupManifest.Table table : manifest.tables()) {
                if (!present.contains(table.name())) {
                    throw new CommandRefusedException("ops.restore.unknownTable", table.name(), manifest.schemaVersion());
                }
            }
            if (!present.isEmpty()) {
                // Migrations may seed reference rows; the backup holds them as they were.
                statement.execute("truncate table " + present.stream().sorted()
                        .map(name -> "public." + DatabaseBackup.quote(name)).collect(Collectors.joining(", ")));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> tables = manifest.tables();
            for (int i = 0; i < tables.size(); i++) {
                BackupManifest.Table table = tables.get(i);
                MessageDigest digest = DatabaseBackup.sha256();
                long rows;
                try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(table.file())), digest)) {
                    rows = copy.copyIn("copy public." + DatabaseBackup.quote(table.name()) + " ("
                            + DatabaseBackup.columnList(table.columns()) + ") from stdin", in);
                }
                if (rows != table.rows() || !HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
                    throw new CommandRefusedException("ops.restore.mismatch", table.name(), rows, table.rows());
                }
                listener.tableDone(i + 1, tables.size(), table);
            }
            for (BackupManifest.Sequence sequence : manifest.sequences()) {
                String name = "public." + DatabaseBackup.quote(sequence.name());
                if (sequence.called()) {
                    statement.execute("select setval('" + name.replace("'", "''") + "', " + sequence.value() + ", true)");
                } else {
                    statement.execute("alter sequence " + name + " restart");
                }
            }
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
