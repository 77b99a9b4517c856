package vn.lamchu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.LamChuApplication;
import vn.lamchu.audit.AuditLog;
import vn.lamchu.audit.AuditVerifyCommand;
import vn.lamchu.cases.AttachmentStore;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;
import vn.lamchu.support.TestDataDirectory;

/**
 * Backup of the running application's database (the shared test database: the commands connect to its server),
 * restore into an empty data directory, and the refusals that protect data.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired AuditLog auditLog;
    @Autowired TransactionTemplate transactions;
    @Autowired AttachmentStore attachments;

    private static Path backup;
    private static Map<String, String> fingerprintsAtBackup;

    record Run(int exitCode, String out, String err) {
    }

    static Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = OperationsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String dataDir(Path directory) {
        return "--lamchu.data-dir=" + directory;
    }

    /** A backup of the running database, taken once for the class, with audit entries in a chain of its own. */
    synchronized Path backup() throws Exception {
        if (backup == null) {
            TenantId tenant = new TenantId(UUID.randomUUID());
            for (int i = 0; i < 25; i++) {
                int n = i;
                transactions.executeWithoutResult(status -> auditLog.recordChange(tenant, "backup_test", "b-" + n,
                        "create", n % 2 == 0 ? "lý do " + n : null, Map.of("giá trị", n)));
            }
            Map<String, String> before = fingerprints(dataSource);
            backup = EmbeddedDatabaseIntegrationTests.newDataDirectory().resolve("sao-luu.zip");
            Run run = command("backup", backup.toString(), dataDir(TestDataDirectory.DIRECTORY));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Sao lưu xong").contains("Backup complete").contains("audit_entry");
            assertThat(run.err()).contains("KHÓA MÃ HÓA").contains("ENCRYPTION KEY");
            assertThat(fingerprints(dataSource)).as("nothing wrote during the backup").isEqualTo(before);
            fingerprintsAtBackup = before;
        }
        return backup;
    }

    @Test
    void aBackupOfTheRunningAppRestoredIntoAnEmptyDataDirectoryHoldsEveryRowTheKeyAndAnIntactAuditChain() throws Exception {
        Path archive = backup();
        Path restored = EmbeddedDatabaseIntegrationTests.newDataDirectory();

        Run run = command("restore", archive.toString(), dataDir(restored));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Khôi phục xong").contains("Restore complete").contains("audit_entry");
        assertThat(Files.readString(SecretBox.keyFile(restored)))
                .isEqualTo(Files.readString(SecretBox.keyFile(TestDataDirectory.DIRECTORY)));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored)) {
            Map<String, String> after = fingerprints(database);
            assertThat(after).isEqualTo(fingerprintsAtBackup);
            assertThat(after.get("audit_entry")).doesNotStartWith("0 ");
        }
        int verified = OperationsCommand.runInApplication(LamChuApplication.class,
                new String[]{AuditVerifyCommand.NAME, dataDir(restored)}, AuditVerifyCommand.SETTINGS,
                context -> context.getBean(AuditVerifyCommand.class).run());
        assertThat(verified).as("audit-verify on the restored database").isZero();

        // And the command tells a tampered chain: exit code 1.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(restored);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_no_update");
            statement.execute("update audit_entry set actor = 'ke.gian' where entity_type = 'backup_test' and entity_id = 'b-7'");
        }
        int broken = OperationsCommand.runInApplication(LamChuApplication.class,
                new String[]{AuditVerifyCommand.NAME, dataDir(restored)}, AuditVerifyCommand.SETTINGS,
                context -> context.getBean(AuditVerifyCommand.class).run());
        assertThat(broken).isEqualTo(OperationsCommand.REFUSED);
    }

    @Test
    void attachmentsAreBackedUpAndRestoredByTheirChecksums() throws Exception {
        TenantId tenant = new TenantId(UUID.randomUUID());
        byte[] content = ("Đơn kiến nghị về đường thôn 2, bản " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredFile stored = attachments.store(tenant, "don-kien-nghi.txt", new java.io.ByteArrayInputStream(content));
        Path archive = EmbeddedDatabaseIntegrationTests.newDataDirectory().resolve("sao-luu-tep.zip");

        Run backedUp = command("backup", archive.toString(), dataDir(TestDataDirectory.DIRECTORY));
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("Tệp đính kèm đã sao lưu").contains("Attachments backed up");

        Path restored = EmbeddedDatabaseIntegrationTests.newDataDirectory();
        Run run = command("restore", archive.toString(), dataDir(restored));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("tệp đính kèm");
        Path file = StoredFilesArchive.path(StoredFilesArchive.root(restored), stored.sha256());
        assertThat(file).exists();
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void auditVerifyConnectsToTheServerOfTheRunningApp() throws Exception {
        int code = OperationsCommand.runInApplication(LamChuApplication.class,
                new String[]{AuditVerifyCommand.NAME, dataDir(TestDataDirectory.DIRECTORY)}, AuditVerifyCommand.SETTINGS,
                context -> context.getBean(AuditVerifyCommand.class).run());

        assertThat(code).isZero();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.execute("select 1")).as("the running app's database still serves").isTrue();
        }
    }

    @Test
    void aRestoreRefusesADatabaseThatHoldsDataUnlessForced() throws Exception {
        Path archive = backup();
        Path target = EmbeddedDatabaseIntegrationTests.newDataDirectory();
        assertThat(command("restore", archive.toString(), dataDir(target)).exitCode()).isZero();

        Run refused = command("restore", archive.toString(), dataDir(target));
        assertThat(refused.exitCode()).isEqualTo(OperationsCommand.REFUSED);
        assertThat(refused.err()).contains("đã có dữ liệu").contains("--force");

        Run forced = command("restore", archive.toString(), dataDir(target), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(target)) {
            assertThat(fingerprints(database)).isEqualTo(fingerprintsAtBackup);
        }
    }

    @Test
    void aRestoreRefusesToRunWhileLamChuRunsOnTheDataDirectory() throws Exception {
        Run run = command("restore", backup().toString(), dataDir(TestDataDirectory.DIRECTORY), "--force");

        assertThat(run.exitCode()).isEqualTo(OperationsCommand.REFUSED);
        assertThat(run.err()).contains("Another Làm Chủ process is using this data directory");
        assertThat(fingerprints(dataSource)).containsKey("audit_entry");
    }

    @Test
    void aDamagedForeignOrMissingArchiveIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path directory = EmbeddedDatabaseIntegrationTests.newDataDirectory();
        Path damaged = rewrite(backup(), directory.resolve("hong.zip"), "tables/audit_entry.copy",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replaceFirst("backup_test", "backup_tesT")
                        .getBytes(StandardCharsets.UTF_8));
        Path foreign = Files.writeString(directory.resolve("khac.zip"), "không phải zip");

        Run run = command("restore", damaged.toString(), dataDir(directory));
        assertThat(run.exitCode()).isEqualTo(OperationsCommand.REFUSED);
        assertThat(run.err()).contains("tables/audit_entry.copy").contains("SHA-256");
        assertThat(command("restore", foreign.toString(), dataDir(directory)).err()).contains("is not a Làm Chủ backup");
        assertThat(command("restore", directory.resolve("khong-co.zip").toString(), dataDir(directory)).err())
                .contains("There is no backup file");
        assertThat(directory.resolve("pg")).as("no database was even started").doesNotExist();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path directory = EmbeddedDatabaseIntegrationTests.newDataDirectory();
        Path newer = rewrite(backup(), directory.resolve("moi-hon.zip"), BackupManifest.ENTRY,
                bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replaceFirst("\"schemaVersion\" : \"[^\"]+\"", "\"schemaVersion\" : \"99.0\"")
                        .getBytes(StandardCharsets.UTF_8));

        Run run = command("restore", newer.toString(), dataDir(directory));

        assertThat(run.exitCode()).isEqualTo(OperationsCommand.REFUSED);
        assertThat(run.err()).contains("99.0").contains("newer than this Làm Chủ knows");
    }

    @Test
    void aBackupCanLeaveTheKeyOutAndSaysWhereItIs() throws Exception {
        Path archive = EmbeddedDatabaseIntegrationTests.newDataDirectory().resolve("khong-khoa.zip");

        Run run = command("backup", archive.toString(), dataDir(TestDataDirectory.DIRECTORY), "--without-key");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("--without-key").contains("lamchu.key");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertThat(zip.getEntry(EncryptionKey.ARCHIVE_ENTRY)).isNull();
            BackupManifest manifest = DatabaseRestore.readManifest(zip);
            assertThat(manifest.key().included()).isFalse();
            assertThat(manifest.key().fingerprint()).hasSize(16);
        }
        assertThat(Files.getPosixFilePermissions(archive)).hasSize(2);
    }

    @Test
    void aWrongCommandLineShowsTheUsage() {
        Run run = command("backup");

        assertThat(run.exitCode()).isEqualTo(OperationsCommand.REFUSED);
        assertThat(run.err()).contains("Usage: java -jar lamchu.jar backup FILE");
    }

    /** Per table of the public schema: its row count and a digest of its rows, whatever their order. */
    static Map<String, String> fingerprints(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return fingerprints(connection);
        }
    }

    static Map<String, String> fingerprints(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null)) {
            return fingerprints(connection);
        }
    }

    private static Map<String, String> fingerprints(Connection connection) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Collections.sort(tables);
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(md5(t::text), '' "
                         + "order by md5(t::text))), '') from public.\"" + table + "\" t")) {
                rs.next();
                result.put(table, rs.getString(1));
            }
        }
        return result;
    }

    /** A copy of the archive with one entry's bytes changed. */
    private static Path rewrite(Path source, Path target, String entryName, UnaryOperator<byte[]> change) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(entryName) ? change.apply(bytes) : bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
