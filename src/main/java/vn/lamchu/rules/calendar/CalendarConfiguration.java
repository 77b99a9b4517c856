package vn.lamchu.rules.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the computed defaults of the working-day calendar with the configured extra holidays. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    HolidayDefaults holidayDefaults(CalendarProperties properties) {
        return new HolidayDefaults(properties.extraHolidays());
    }
}
