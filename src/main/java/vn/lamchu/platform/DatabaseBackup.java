package vn.lamchu.platform;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * A logical backup taken over JDBC, because the embedded binaries have no {@code pg_dump}: a ZIP archive with every
 * table of the {@code public} schema dumped by {@code COPY … TO STDOUT} inside one REPEATABLE READ, read-only
 * transaction (one consistent snapshot, taken while the application keeps working), the sequences' values, the
 * encryption key file unless left out, and a manifest with row counts and SHA-256 checksums, written last.
 * <p>
 * The archive is written beside the target as {@code FILE.part} and renamed when complete, readable by its owner
 * only: it holds personal data, and usually the key.
 */
final class DatabaseBackup {

    /** Told after each table: how many are done of how many, and the table just dumped. */
    interface Listener {
        void tableDone(int done, int total, BackupManifest.Table table);
    }

    static final String HISTORY_TABLE = "flyway_schema_history";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private DatabaseBackup() {
    }

    /**
     * @param key what to do with the encryption key: include it when {@code includeKey} and it is a file
     * @throws CommandRefusedException if the database has no Làm Chủ schema
     */
    static BackupManifest write(Connection connection, Path file, String source, EncryptionKey key, boolean includeKey,
                                Path dataDir, Clock clock, Listener listener) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        EncryptionKey.ownerOnly(partial);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            String createdAt = clock.instant().toString();
            String schemaVersion = schemaVersion(connection);
            String postgresVersion = single(connection, "show server_version");
            List<TableInfo> tables = tables(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> parts = new ArrayList<>();
            for (TableInfo table : tables) {
                String entry = "tables/" + table.name() + ".copy";
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest digest = sha256();
                CountingStream counter = new CountingStream(zip);
                long rows = copy.copyOut("copy public." + quote(table.name()) + " (" + columnList(table.columns())
                        + ") to stdout", new DigestOutputStream(counter, digest));
                zip.closeEntry();
                BackupManifest.Table part = new BackupManifest.Table(table.name(), table.columns(), rows, entry,
                        counter.count, HexFormat.of().formatHex(digest.digest()));
                parts.add(part);
                listener.tableDone(parts.size(), tables.size(), part);
            }
            List<BackupManifest.Sequence> sequences = sequences(connection);
            StoredFilesArchive.Written files = StoredFilesArchive.write(connection, dataDir, zip);
            boolean keyIncluded = includeKey && key.fileContent() != null;
            if (keyIncluded) {
                zip.putNextEntry(new ZipEntry(EncryptionKey.ARCHIVE_ENTRY));
                zip.write(key.fileContent().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, createdAt,
                    schemaVersion, postgresVersion, source, parts, sequences,
                    new BackupManifest.Key(keyIncluded, key.source(), key.fingerprint()), files.archived(),
                    files.unreadable());
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            zip.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The Flyway version of the schema, read in the snapshot. */
    static String schemaVersion(Connection connection) throws SQLException {
        if (!tableExists(connection, HISTORY_TABLE)) {
            throw new CommandRefusedException("ops.backup.noSchema");
        }
        return single(connection, "select version from public." + HISTORY_TABLE
                + " where success and version is not null order by installed_rank desc limit 1");
    }

    record TableInfo(String name, List<String> columns) {
    }

    /** The ordinary tables of the public schema (partitions included, partitioned parents not), by name. */
    static List<TableInfo> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname <> ? order by c.relname""")) {
            statement.setString(1, HISTORY_TABLE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname from pg_attribute a
                where a.attrelid = ('public.' || quote_ident(?))::regclass and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = '' order by a.attnum""")) {
            for (String name : names) {
                statement.setString(1, name);
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                tables.add(new TableInfo(name, List.copyOf(columns)));
            }
        }
        return tables;
    }

    private static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename")) {
            while (rs.next()) {
                long value = rs.getLong(2);
                sequences.add(new BackupManifest.Sequence(rs.getString(1), value, !rs.wasNull()));
            }
        }
        return sequences;
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from pg_tables where schemaname = 'public' and tablename = ?")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written through it and leaves the ZIP stream open when closed. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
