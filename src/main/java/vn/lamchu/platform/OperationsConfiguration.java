package vn.lamchu.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The small context that backup and restore run in: the settings (application.yml, environment, arguments) and the
 * database, nothing else: no web server, no Flyway on start, no scheduled jobs, no modules reacting to events.
 * Deliberately not a {@code @Configuration}: the application's component scan must not pick it up.
 */
@EnableConfigurationProperties(LamChuProperties.class)
@Import(DatabaseConfiguration.class)
class OperationsConfiguration {
}
