package vn.lamchu.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.lamchu.shared.LegalTime;

/**
 * Dates and times as Vietnamese readers expect them (dd/MM/yyyy, 24-hour clock, Vietnam's time zone), for templates:
 * {@code ${@fmt.dateTime(x)}}.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(LegalTime.VIETNAM));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(LegalTime.VIETNAM));
    }
}
