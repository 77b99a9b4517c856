package vn.lamchu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.lamchu.platform.EmbeddedDatabase.EmbeddedDatabaseException;

/** The embedded server as a keeper of real data; no Spring, each test on a data directory of its own. */
class EmbeddedDatabaseIntegrationTests {

    static Path newDataDirectory() throws IOException {
        Path base = Path.of("target", "it-data");
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "embedded-").toAbsolutePath();
    }

    static String show(EmbeddedDatabase database, String setting) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
    }

    @Test
    void durabilityIsSwitchedBackOnAndAStopReallyStopsTheServer() throws Exception {
        Path dataDir = newDataDirectory();
        long pid;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
            pid = postmasterPid(dataDir);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(EmbeddedDatabase.inUse(dataDir)).isFalse();
    }

    @Test
    void aSecondStartInTheSameProcessIsRefusedWithAClearMessage() throws Exception {
        Path dataDir = newDataDirectory();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Một tiến trình Làm Chủ khác đang dùng thư mục dữ liệu")
                    .hasMessageContaining("Another Làm Chủ process is using this data directory");
            assertThat(show(database, "fsync")).as("the running server is untouched").isEqualTo("on");
        }
    }

    @Test
    void anOrphanLeftByAKilledProcessIsStoppedAndItsCommittedDataKept() throws Exception {
        Path dataDir = newDataDirectory();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            long orphan = awaitReady(child);

            // While that Làm Chủ lives, a second one is refused and does not touch its server.
            assertThat(EmbeddedDatabase.inUse(dataDir)).isTrue();
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Another Làm Chủ process is using this data directory");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isTrue();

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("PostgreSQL outlives kill -9 of its JVM").isTrue();
            assertThat(EmbeddedDatabase.inUse(dataDir)).as("nobody owns the orphan").isFalse();

            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                 Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null);
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select note from survivor")) {
                assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("đã ghi trước khi bị giết");
                assertThat(postmasterPid(dataDir)).isNotEqualTo(orphan);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** Reads the child's output until it says READY; returns the postmaster's pid it names. */
    private static long awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(List.of(line.split(" ")).get(1));
            }
        }
        throw new IllegalStateException("the child JVM ended before its database was ready");
    }
}
