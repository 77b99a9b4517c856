package vn.lamchu.rules.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.lamchu.audit.AuditLog;
import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.DayKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.VietnameseText;

/**
 * Changes to a year's list of special days by an administrator (permission {@code RULES_MANAGE}, checked by the
 * callers): add, change or remove a day, mark the list as the government's announcement with its legal basis, or
 * return the year to its computed default. The first change of a computed year stores its default list first.
 *
 * <p>Every change is checked against the version the administrator saw (optimistic locking: a stale version is
 * refused with 409 "someone changed this"), recorded in the audit log in the same transaction — in the chain
 * without tenant, since the calendar is national — and reaches the {@link CachedWorkingCalendar} of this node
 * right after the commit (other nodes within their refresh interval).
 */
@Service
public class CalendarAdministration {

    public static final int NAME_MAX = 200;
    public static final int SOURCE_MAX = 300;
    private static final String ENTITY_YEAR = "calendar_year";
    private static final String ENTITY_DAY = "calendar_day";

    private final CalendarStore store;
    private final CachedWorkingCalendar calendar;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, CachedWorkingCalendar calendar, AuditLog audit, CurrentActor currentActor,
                           Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A refused change: the message key and the form field it belongs to. */
    public record Violation(String field, String messageKey) {
    }

    /**
     * The first rule a special day breaks, if any: the date must be in the year; a worked day (WORKING_DAY) must
     * be a Saturday or Sunday, a compensatory or swapped day off a weekday; WEEKEND is not a special day.
     */
    public static Optional<Violation> check(int year, LocalDate date, DayKind kind) {
        if (date.getYear() != year) {
            return Optional.of(new Violation("date", "calendar.validation.date.outsideYear"));
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return switch (kind) {
            case WEEKEND -> Optional.of(new Violation("kind", "calendar.validation.kind.weekend"));
            case WORKING_DAY -> weekend ? Optional.empty()
                    : Optional.of(new Violation("kind", "calendar.validation.kind.workingDayOnWeekday"));
            case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF -> weekend
                    ? Optional.of(new Violation("kind", "calendar.validation.kind.dayOffOnWeekend")) : Optional.empty();
            case PUBLIC_HOLIDAY -> Optional.empty();
        };
    }

    /** The year as stored now (not the cached copy), with the version a change must quote. */
    @Transactional(readOnly = true)
    public CalendarYear read(int year) {
        checkYear(year);
        return store.storedYear(year).orElseGet(() -> calendar.computedYear(year));
    }

    /**
     * Adds a special day to the year, or changes the one on that date.
     *
     * @throws DomainException invalid if the day breaks a rule of {@link #check}, or the name or source is blank or
     *                         too long; conflict if the year's version is no longer {@code expectedVersion}
     */
    @Transactional
    public CalendarYear putDay(int year, long expectedVersion, LocalDate date, DayKind kind, String name, String source) {
        checkYear(year);
        check(year, date, kind).ifPresent(v -> {
            throw DomainException.invalid(v.messageKey());
        });
        String cleanName = required(name, NAME_MAX, "calendar.validation.name");
        String cleanSource = required(source, SOURCE_MAX, "calendar.validation.source");
        CalendarStore.YearRow row = lockForChange(year, expectedVersion);
        Optional<CalendarDay> before = store.days(year).stream().filter(d -> d.date().equals(date)).findFirst();
        CalendarDay day = new CalendarDay(date, kind, cleanName, cleanSource);
        store.upsertDay(year, day);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind.name());
        details.put("name", cleanName);
        details.put("source", cleanSource);
        before.ifPresent(b -> details.put("previous", b.kind().name() + " · " + b.name() + " · " + b.source()));
        audit.recordChange(null, ENTITY_DAY, date.toString(), before.isPresent() ? "update" : "create", null, details);
        return commit(row, row.announced(), row.legalBasis());
    }

    /**
     * Removes the special day on {@code date}: it becomes an ordinary working day or weekend day.
     *
     * @throws NotFoundException if the year has no special day on that date
     * @throws DomainException   conflict if the year's version is no longer {@code expectedVersion}
     */
    @Transactional
    public CalendarYear removeDay(int year, long expectedVersion, LocalDate date) {
        checkYear(year);
        if (date.getYear() != year) {
            throw DomainException.invalid("calendar.validation.date.outsideYear");
        }
        CalendarStore.YearRow row = lockForChange(year, expectedVersion);
        CalendarDay before = store.days(year).stream().filter(d -> d.date().equals(date)).findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY_DAY, date.toString()));
        store.deleteDay(date);
        audit.recordChange(null, ENTITY_DAY, date.toString(), "delete", null,
                Map.of("previous", before.kind().name() + " · " + before.name() + " · " + before.source()));
        return commit(row, row.announced(), row.legalBasis());
    }

    /**
     * Marks the year's list as the government's announcement.
     *
     * @param legalBasis the announcement, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025"
     * @throws DomainException invalid if the legal basis is blank or too long; conflict on a stale version
     */
    @Transactional
    public CalendarYear announce(int year, long expectedVersion, String legalBasis) {
        checkYear(year);
        String basis = required(legalBasis, SOURCE_MAX, "calendar.validation.legalBasis");
        CalendarStore.YearRow row = lockForChange(year, expectedVersion);
        audit.recordChange(null, ENTITY_YEAR, Integer.toString(year), "announce", basis, Map.of("legalBasis", basis));
        return commit(row, true, basis);
    }

    /**
     * Forgets the stored list of the year: it becomes the computed default again.
     *
     * @throws DomainException conflict on a stale version
     */
    @Transactional
    public CalendarYear resetToDefault(int year, long expectedVersion) {
        checkYear(year);
        Optional<CalendarStore.YearRow> row = store.lockYear(year);
        if (row.isEmpty() || row.get().version() != expectedVersion) {
            throw DomainException.conflict("calendar.error.stale", year);
        }
        store.deleteYear(year);
        store.bumpRevision();
        audit.recordChange(null, ENTITY_YEAR, Integer.toString(year), "reset", null,
                Map.of("previousVersion", row.get().version()));
        refreshAfterCommit();
        return calendar.computedYear(year);
    }

    /** Locks the stored year, storing its computed default first if needed, and checks the version. */
    private CalendarStore.YearRow lockForChange(int year, long expectedVersion) {
        Optional<CalendarStore.YearRow> row = store.lockYear(year);
        if (row.isPresent()) {
            if (row.get().version() != expectedVersion) {
                throw DomainException.conflict("calendar.error.stale", year);
            }
            return row.get();
        }
        if (expectedVersion != 0) {
            throw DomainException.conflict("calendar.error.stale", year);
        }
        CalendarStore.YearRow created = new CalendarStore.YearRow(year, false, null, 0, clock.instant(), actorName());
        if (!store.insertYear(created)) {
            throw DomainException.conflict("calendar.error.stale", year); // stored by someone else meanwhile
        }
        List<CalendarDay> defaults = calendar.computedYear(year).specialDays();
        defaults.forEach(day -> store.upsertDay(year, day));
        audit.recordChange(null, ENTITY_YEAR, Integer.toString(year), "store-default", null,
                Map.of("days", defaults.size()));
        return created;
    }

    private CalendarYear commit(CalendarStore.YearRow row, boolean announced, String legalBasis) {
        Instant now = clock.instant();
        if (!store.updateYear(row.year(), row.version(), announced, legalBasis, now, actorName())) {
            throw DomainException.conflict("calendar.error.stale", row.year());
        }
        store.bumpRevision();
        refreshAfterCommit();
        return new CalendarYear(row.year(), announced, legalBasis, true, row.version() + 1, now, actorName(),
                store.days(row.year()));
    }

    private void refreshAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.refresh();
            }
        });
    }

    private String actorName() {
        return currentActor.current().map(Actor::username).orElse("system");
    }

    private static void checkYear(int year) {
        if (year < CachedWorkingCalendar.FIRST_YEAR || year > CachedWorkingCalendar.LAST_YEAR) {
            throw DomainException.invalid("calendar.error.outOfRange", CachedWorkingCalendar.FIRST_YEAR,
                    CachedWorkingCalendar.LAST_YEAR);
        }
    }

    private static String required(String text, int max, String messageKey) {
        String clean = VietnameseText.normalizeOrNull(text);
        if (clean == null || clean.length() > max) {
            throw DomainException.invalid(messageKey);
        }
        return clean;
    }
}
