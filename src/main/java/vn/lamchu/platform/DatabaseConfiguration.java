package vn.lamchu.platform;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one database: an external PostgreSQL when {@code LAMCHU_DB_URL} is set, otherwise the embedded one in
 * {@code LAMCHU_DATA_DIR/pg}. Spring closes the pool before it stops the embedded server.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(LamChuProperties properties) {
        return properties.embedded()
                ? new EmbeddedDatabaseHolder(EmbeddedDatabase.start(properties.dataDir()))
                : new EmbeddedDatabaseHolder(null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LamChuProperties properties, ObjectProvider<EmbeddedDatabaseHolder> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lamchu");
        config.setMaximumPoolSize(properties.db().poolSize());
        EmbeddedDatabase database = embedded.getObject().database();
        if (database != null) {
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(EmbeddedDatabase.SUPERUSER);
        } else {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "lamchu");
        return new HikariDataSource(config);
    }

    /** Holds the embedded server, or nothing when the database is external. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }

}
