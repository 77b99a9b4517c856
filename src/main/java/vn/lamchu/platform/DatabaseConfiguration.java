package vn.lamchu.platform;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one database: an external PostgreSQL when {@code LAMCHU_DB_URL} is set, otherwise the embedded one in
 * {@code LAMCHU_DATA_DIR/pg}. Spring closes the pool before it stops the embedded server (the pool depends on it),
 * and it does so only after the web server has finished its requests (graceful shutdown).
 * <p>
 * {@code lamchu.embedded.attach-to-running=true} is set by the operations commands only: when a Làm Chủ is already
 * running on the data directory, they connect to its server instead of refusing to start a second one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final String ATTACH_TO_RUNNING = "lamchu.embedded.attach-to-running";

    @Bean(destroyMethod = "close")
    DatabaseTarget databaseTarget(LamChuProperties properties, @Value("${" + ATTACH_TO_RUNNING + ":false}") boolean attach) {
        return DatabaseTarget.open(properties, attach);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(LamChuProperties properties, DatabaseTarget database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lamchu");
        config.setMaximumPoolSize(properties.db().poolSize());
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "lamchu");
        return new HikariDataSource(config);
    }
}
