package vn.lamchu.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module gets time from; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Where legal dates are read: Vietnam's time zone (UTC+7, no daylight saving). */
    static final ZoneId VIETNAM = LegalTime.VIETNAM;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
