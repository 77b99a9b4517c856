package vn.lamchu.platform;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lamchu.platform.EmbeddedDatabase.EmbeddedDatabaseException;

/**
 * Where this process finds its database, and whether it runs it: an external PostgreSQL ({@code LAMCHU_DB_URL}),
 * the embedded server it starts itself, or, for the operations commands, the embedded server of a Làm Chủ that is
 * already running on the same data directory. Closing stops only a server this process started.
 *
 * @param jdbcUrl     where to connect
 * @param user        as whom
 * @param password    with which password (null for the embedded server, which trusts local connections)
 * @param started     the embedded server this process runs, or null
 * @param kind        which of the three it is
 * @param location    the URL, or the data directory and port, for the operations commands to print
 */
record DatabaseTarget(String jdbcUrl, String user, String password, Kind kind, EmbeddedDatabase started,
                      String location)
        implements AutoCloseable {

    /** Where the database runs, as the operations commands name it ({@code ops.target.NAME}). */
    enum Kind { EXTERNAL, EMBEDDED, RUNNING_EMBEDDED }

    private static final Logger log = LoggerFactory.getLogger(DatabaseTarget.class);

    /**
     * @param attachToRunning whether to connect to the embedded server of a running Làm Chủ instead of refusing to
     *                        start a second one (for commands that only read, or write through the running server)
     * @throws EmbeddedDatabaseException if the embedded server cannot be started (root, directory in use …)
     */
    static DatabaseTarget open(LamChuProperties properties, boolean attachToRunning) {
        if (properties.db().external()) {
            return new DatabaseTarget(properties.db().url(), properties.db().user(), properties.db().password(),
                    Kind.EXTERNAL, null, withoutParameters(properties.db().url()));
        }
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        if (attachToRunning && EmbeddedDatabase.inUse(dataDir)) {
            int port = EmbeddedDatabase.runningServerPort(dataDir).orElseThrow(() -> new EmbeddedDatabaseException(
                    "Làm Chủ đang chạy với " + dataDir + " nhưng chưa có máy chủ PostgreSQL sẵn sàng; hãy thử lại sau ít giây."
                            + " / Làm Chủ is starting on this data directory; try again in a few seconds."));
            log.info("Connecting to the embedded PostgreSQL of the running Làm Chủ (port {})", port);
            return new DatabaseTarget(EmbeddedDatabase.jdbcUrl(port), EmbeddedDatabase.SUPERUSER, null,
                    Kind.RUNNING_EMBEDDED, null, dataDir + ", localhost:" + port);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        return new DatabaseTarget(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null, Kind.EMBEDDED, database,
                dataDir.toString());
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }

    /** A JDBC URL may carry the password among its parameters: never print those. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    boolean embedded() {
        return kind != Kind.EXTERNAL;
    }

    /** The key of the words that name this database in the operations commands' lines. */
    String messageKey() {
        return "ops.target." + kind.name();
    }

    @Override
    public String toString() {
        return kind + " " + location;
    }
}
