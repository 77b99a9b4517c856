package vn.lamchu.rules;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * TEMPORARY, TEST CLASSPATH ONLY: a {@link WorkingCalendar} bean for integration tests and for
 * {@code ./mvnw spring-boot:test-run}, until the calendar module provides the real one. It is an auto-configuration
 * (registered in src/test/resources/META-INF/spring/…AutoConfiguration.imports) so that it is considered after every
 * application bean and backs off as soon as the real calendar exists; main code has no fallback. Delete this class
 * and its imports entry once the calendar branch is merged.
 */
@AutoConfiguration
public class TemporaryTestWorkingCalendarConfiguration {

    @Bean
    @ConditionalOnMissingBean(WorkingCalendar.class)
    WorkingCalendar temporaryTestWorkingCalendar() {
        return WorkingCalendars.vietnam();
    }
}
