package vn.lamchu.rules.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.lamchu.rules.CalendarDay;
import vn.lamchu.rules.CalendarYear;
import vn.lamchu.rules.DayKind;

/**
 * SQL of the national calendar tables ({@code calendar_year}, {@code calendar_special_day},
 * {@code calendar_revision}). They have no tenant: the calendar is the same for the whole country.
 */
@Repository
class CalendarStore {

    /** A stored year without its days. */
    record YearRow(int year, boolean announced, String legalBasis, long version, Instant updatedAt, String updatedBy) {
    }

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counter every change bumps. */
    long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    void bumpRevision() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
    }

    Optional<YearRow> year(int year) {
        return year(year, "");
    }

    /** The stored year, locked until the end of the transaction. */
    Optional<YearRow> lockYear(int year) {
        return year(year, " for update");
    }

    private Optional<YearRow> year(int year, String lock) {
        return jdbc.sql("select year, announced, legal_basis, version, updated_at, updated_by from calendar_year where year = ?" + lock)
                .param(year)
                .query((rs, n) -> new YearRow(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    /** The stored list of a year with its days, if the year has one. */
    Optional<CalendarYear> storedYear(int year) {
        return year(year).map(row -> new CalendarYear(year, row.announced(), row.legalBasis(), true, row.version(),
                row.updatedAt(), row.updatedBy(), days(year)));
    }

    List<CalendarDay> days(int year) {
        return jdbc.sql("select day, kind, name, source from calendar_special_day where year = ? order by day")
                .param(year)
                .query((rs, n) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Inserts a year row unless one exists; true if inserted. */
    boolean insertYear(YearRow row) {
        return jdbc.sql("""
                        insert into calendar_year (year, announced, legal_basis, version, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?) on conflict (year) do nothing""")
                .params(row.year(), row.announced(), row.legalBasis(), row.version(), Timestamp.from(row.updatedAt()),
                        row.updatedBy())
                .update() == 1;
    }

    /** Records a change of the year; false if its version is no longer {@code expectedVersion}. */
    boolean updateYear(int year, long expectedVersion, boolean announced, String legalBasis, Instant at, String by) {
        return jdbc.sql("""
                        update calendar_year set version = version + 1, announced = ?, legal_basis = ?, updated_at = ?,
                               updated_by = ?
                        where year = ? and version = ?""")
                .params(announced, legalBasis, Timestamp.from(at), by, year, expectedVersion)
                .update() == 1;
    }

    void deleteYear(int year) {
        jdbc.sql("delete from calendar_year where year = ?").param(year).update();
    }

    void upsertDay(int year, CalendarDay day) {
        jdbc.sql("""
                        insert into calendar_special_day (day, year, kind, name, source) values (?, ?, ?, ?, ?)
                        on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source""")
                .params(Date.valueOf(day.date()), year, day.kind().name(), day.name(), day.source())
                .update();
    }

    boolean deleteDay(LocalDate day) {
        return jdbc.sql("delete from calendar_special_day where day = ?").param(Date.valueOf(day)).update() == 1;
    }
}
