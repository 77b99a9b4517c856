package vn.lamchu.rules.calendar;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarWorkingDays;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.shared.DomainException;

/**
 * The working-day calendar of the application (the only {@link vn.lamchu.rules.WorkingCalendar}): one
 * {@link YearTable} per year, built on first use from the stored list of the year, or from
 * {@link HolidayDefaults} if the year has none, and kept in memory.
 *
 * <p><b>Freshness.</b> Every stored change bumps one database counter ({@code calendar_revision}); each table
 * remembers the counter it was read at, and a table older than the newest counter this node knows is read again
 * on its next use. The node that makes a change learns the new counter right after the commit. Other nodes ask
 * for the counter every {@code lamchu.calendar.refresh-interval} (10 s by default) in the background: a one-row
 * primary-key read, so the hot path never waits for the database and a change reaches every node within the
 * interval. A plain time-to-live would either reload years for nothing or serve stale days longer; a version
 * check per call would put a query on a path that deadline recomputation calls tens of millions of times.
 *
 * <p><b>Cost.</b> {@link #day} is two array reads and a comparison; the arithmetic adds a prefix-sum lookup per year
 * spanned. Loading a year takes three small queries, or a computation of about 0.1 ms for a default year.
 */
@Service
class CachedWorkingCalendar implements CalendarWorkingDays {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    private static final Logger log = LoggerFactory.getLogger(CachedWorkingCalendar.class);

    private final CalendarStore store;
    private final HolidayDefaults defaults;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    private final AtomicLong knownRevision = new AtomicLong(Long.MIN_VALUE);

    CachedWorkingCalendar(CalendarStore store, HolidayDefaults defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    @Override
    public CalendarDay day(LocalDate date) {
        YearTable table = table(date.getYear());
        return table.day((int) (date.toEpochDay() - table.firstEpochDay));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).kind().working();
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        int year = date.getYear();
        YearTable table = table(year);
        int rank = table.workingBefore(index(table, date));
        while (rank >= table.workingDays()) {
            table = table(++year);
            rank = 0;
        }
        return table.date(table.dayOfWorking(rank));
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        int year = date.getYear();
        YearTable table = table(year);
        int rank = table.workingBefore(index(table, date) + 1) - 1;
        while (rank < 0) {
            table = table(--year);
            rank = table.workingDays() - 1;
        }
        return table.date(table.dayOfWorking(rank));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n == 0) {
            return date;
        }
        int year = date.getYear();
        YearTable table = table(year);
        int index = index(table, date);
        if (n > 0) {
            long rank = (long) table.workingBefore(index + 1) + n - 1;
            while (rank >= table.workingDays()) {
                rank -= table.workingDays();
                table = table(++year);
            }
            return table.date(table.dayOfWorking((int) rank));
        }
        long rank = (long) table.workingBefore(index) + n;
        while (rank < 0) {
            table = table(--year);
            rank += table.workingDays();
        }
        return table.date(table.dayOfWorking((int) rank));
    }

    @Override
    public int countWorkingDays(LocalDate fromInclusive, LocalDate toExclusive) {
        if (toExclusive.isBefore(fromInclusive)) {
            return -countWorkingDays(toExclusive, fromInclusive);
        }
        int count = -workingBeforeInYear(fromInclusive);
        for (int year = fromInclusive.getYear(); year < toExclusive.getYear(); year++) {
            count += table(year).workingDays();
        }
        return count + workingBeforeInYear(toExclusive);
    }

    @Override
    public CalendarYear year(int year) {
        return table(year).year;
    }

    @Override
    public boolean isAnnounced(int year) {
        return table(year).year.announced();
    }

    @Override
    public LocalDate firstDate() {
        return LocalDate.of(FIRST_YEAR, 1, 1);
    }

    @Override
    public LocalDate lastDate() {
        return LocalDate.of(LAST_YEAR, 12, 31);
    }

    /**
     * Asks the database whether the calendar changed since this node last looked, and if so lets every year be
     * read again on its next use. Runs in the background on every node, and right after a change on the node that
     * made it.
     */
    @Scheduled(fixedDelayString = "${lamchu.calendar.refresh-interval:PT10S}",
            initialDelayString = "${lamchu.calendar.refresh-interval:PT10S}")
    public void refresh() {
        try {
            long revision = store.revision();
            long previous = knownRevision.getAndSet(revision);
            if (revision < previous) {
                // The counter went back (a database restored from a backup): forget everything.
                for (int i = 0; i < tables.length(); i++) {
                    tables.set(i, null);
                }
            }
        } catch (DataAccessException e) {
            log.warn("Could not check the working-day calendar for changes: {}", e.getMessage());
        }
    }

    private YearTable table(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid("calendar.error.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        YearTable table = tables.get(year - FIRST_YEAR);
        if (table != null && table.revision >= knownRevision.get()) {
            return table;
        }
        return load(year);
    }

    private YearTable load(int year) {
        // The counter is read before the year, so the data are at least as new as the counter they are stamped with.
        long revision = store.revision();
        knownRevision.accumulateAndGet(revision, Math::max);
        CalendarYear calendarYear = store.storedYear(year).orElseGet(() -> computedYear(year));
        YearTable table = new YearTable(calendarYear, revision);
        tables.set(year - FIRST_YEAR, table);
        return table;
    }

    /** The computed default of a year that has no stored list. */
    CalendarYear computedYear(int year) {
        return new CalendarYear(year, false, null, false, 0, null, null, defaults.forYear(year));
    }

    private static int index(YearTable table, LocalDate date) {
        return (int) (date.toEpochDay() - table.firstEpochDay);
    }

    /** Working days from 1 January of the date's year up to the day before the date. */
    private int workingBeforeInYear(LocalDate date) {
        if (date.getDayOfYear() == 1) {
            return 0; // also lets 1 January 2200 close a range
        }
        YearTable table = table(date.getYear());
        return table.workingBefore(index(table, date));
    }
}
