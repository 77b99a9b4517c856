package vn.lamchu.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them: dd/MM/yyyy. */
public final class DateText {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateText() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }
}
