package vn.lamchu.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Periods [from, to) with an open end as null, and dates as Vietnamese readers write them. */
final class Periods {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Periods() {
    }

    /** Whether [aFrom, aTo) and [bFrom, bTo) share a day; a null end is open. */
    static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (bTo == null || aFrom.isBefore(bTo)) && (aTo == null || bFrom.isBefore(aTo));
    }

    /** Whether [from, to) lies inside [outerFrom, outerTo). */
    static boolean within(LocalDate from, LocalDate to, LocalDate outerFrom, LocalDate outerTo) {
        return !from.isBefore(outerFrom) && (outerTo == null || (to != null && !to.isAfter(outerTo)));
    }

    /** dd/MM/yyyy, or "" for null (an open end). */
    static String show(LocalDate date) {
        return date == null ? "" : VIETNAMESE_DATE.format(date);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
