package vn.lamchu.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A Làm Chủ stand-in for {@link EmbeddedDatabaseIntegrationTests}, run in a child JVM: starts the embedded database
 * on the directory given, commits a row, says {@code READY <postmaster pid>}, and waits to be killed.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null);
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists survivor (note text not null)");
            statement.execute("insert into survivor (note) values ('đã ghi trước khi bị giết')");
        }
        long pid = Long.parseLong(Files.readAllLines(database.dataDirectory().resolve("postmaster.pid")).get(0).trim());
        System.out.println("READY " + pid);
        System.out.flush();
        System.in.read();
    }
}
