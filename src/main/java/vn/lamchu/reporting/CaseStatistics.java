package vn.lamchu.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;

/**
 * Case figures for a unit's subtree (a commune-year = the commune unit's subtree, a province-year = the tenant's root
 * unit's subtree) and a period (a year, a quarter or a month), read from the monthly rollup kept by the database
 * trigger (migration V4_6_0) plus the deltas not folded yet, never by grouping the case table. The measures:
 * <ul>
 *   <li><b>received</b>: cases received ({@code received_on}) in the period;</li>
 *   <li><b>closed</b>: cases that reached a final state ({@code closed_on}: answered, guided, forwarded outside,
 *       returned, filed, resolved) in the period; of those <b>on time</b> (closed on or before the deadline in force
 *       when they were closed) and <b>late</b> (after it); the rest had no deadline (or were closed before statistics
 *       were kept, when the deadline was not recorded);</li>
 *   <li><b>open at the end</b>: received up to the end and not closed by then (received minus closed, summed over
 *       every month up to the end); of those <b>overdue</b>: past their deadline at the end ({@code due_on} before
 *       the end day, the worklist's OVERDUE rule).</li>
 * </ul>
 * The end of a period that has not ended yet is today. A case counts at the unit handling it now, with its current
 * kind, channel and category (a forwarded case moves with all its figures); a reopened case counts as open from its
 * receipt to its last closing. The first three are broken down by content kind, channel and category; open and overdue
 * by content kind.
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

    /** The earliest year asked about. */
    public static final int FIRST_YEAR = 1990;

    /** A year, or one quarter or one month of it. */
    public record Period(int year, Integer quarter, Integer month) {

        /** The period; {@code quarter} and {@code month} are optional and exclusive. */
        public static Period of(Integer year, Integer quarter, Integer month, LocalDate today) {
            int y = year == null ? today.getYear() : year;
            if (y < FIRST_YEAR || y > today.getYear()) {
                throw DomainException.invalid("reporting.error.year", FIRST_YEAR, today.getYear());
            }
            if (quarter != null && (quarter < 1 || quarter > 4) || month != null && (month < 1 || month > 12)
                    || quarter != null && month != null) {
                throw DomainException.invalid("reporting.error.period");
            }
            return new Period(y, quarter, month);
        }

        /** Whether this is a whole year (read from the yearly rows). */
        public boolean whole() {
            return quarter == null && month == null;
        }

        public LocalDate from() {
            int m = month != null ? month : quarter != null ? quarter * 3 - 2 : 1;
            return LocalDate.of(year, m, 1);
        }

        public LocalDate to() {
            int m = month != null ? month : quarter != null ? quarter * 3 : 12;
            return LocalDate.of(year, m, 1).plusMonths(1).minusDays(1);
        }
    }

    /**
     * The counts for one value of a breakdown (or the total): {@code openAtEnd} and {@code overdueAtEnd} are null
     * in the channel and category breakdowns.
     */
    public record Row(String value, long received, long closed, long closedOnTime, long closedLate, Long openAtEnd,
                      Long overdueAtEnd) {

        /** Closed without a recorded deadline. */
        public long closedWithoutDeadline() {
            return closed - closedOnTime - closedLate;
        }
    }

    /** The figures; {@code asOf} is the day open and overdue cases are counted at. */
    public record Figures(UUID unitId, String unitCode, String unitName, Period period, LocalDate from, LocalDate to,
                          LocalDate asOf, Row total, List<Row> byKind, List<Row> byChannel, List<Row> byCategory) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final CurrentActor currentActor;
    private final Clock clock;

    CaseStatistics(JdbcClient jdbc, OrgDirectory org, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Today, in the legal time zone. */
    public LocalDate today() {
        return LegalTime.today(clock);
    }

    /**
     * The unit given by id or code (the actor's own unit if blank), within the actor's scope.
     *
     * @throws NotFoundException if there is no such unit in the actor's tenant or it is outside the actor's scope
     */
    public Unit unit(Actor actor, String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return org.unit(actor.tenantId(), actor.unitId())
                    .orElseThrow(() -> new NotFoundException("unit", actor.unitId().toString()));
        }
        String text = idOrCode.strip();
        Optional<Unit> unit;
        try {
            unit = org.unit(actor.tenantId(), new UnitId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            unit = org.unitByCode(actor.tenantId(), text);
        }
        Unit found = unit.orElseThrow(() -> new NotFoundException("unit", text));
        currentActor.checkCanSee(actor.tenantId(), found.id());
        return found;
    }

    /** A unit the actor may pick, with its depth below the actor's unit (for indenting). */
    public record Choice(Unit unit, int depth) {
    }

    /**
     * The units the actor may pick: its own unit and the units that exist today down to two levels below it (a
     * province's communes and their bodies); any unit in scope can still be asked for by code.
     */
    public List<Choice> pickable(Actor actor) {
        LocalDate today = today();
        List<Choice> out = new ArrayList<>();
        org.unit(actor.tenantId(), actor.unitId()).ifPresent(root -> walk(actor, root, 0, today, out));
        return out;
    }

    private void walk(Actor actor, Unit unit, int depth, LocalDate today, List<Choice> out) {
        out.add(new Choice(unit, depth));
        if (depth < 2) {
            for (Unit child : org.children(actor.tenantId(), unit.id())) {
                if (child.existsOn(today)) {
                    walk(actor, child, depth + 1, today, out);
                }
            }
        }
    }

    /**
     * The figures for {@code unit}'s subtree and {@code period}.
     *
     * @throws NotFoundException if the unit is outside the actor's scope
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Figures of(Actor actor, Unit unit, Period period) {
        currentActor.checkCanSee(actor.tenantId(), unit.id());
        LocalDate today = today();
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate asOf = to.isAfter(today) ? today : to;
        // one array parameter, not one parameter per unit: a province's subtree has hundreds of units, and once the
        // statement's plan is generic an IN list of parameters is searched row by row (350 ms for a province-year
        // with 379 units; 25 ms with the array)
        UUID[] scope = org.subtree(actor.tenantId(), unit.id()).stream().map(UnitId::value).toArray(UUID[]::new);
        UUID tenant = actor.tenantId().value();
        Map<String, Map<String, long[]>> dims = new LinkedHashMap<>();
        // the flows of the period (yearly rows for a whole year, else monthly ones), and for the balances by kind:
        // the yearly rows of the years before plus this year's rows up to the end
        String filter = """
                (grain = :grain and month between :from and :to)
                or (dim = 'K' and grain = 'Y' and month < :yearStart)
                or (dim = 'K' and grain = :grain and month between :yearStart and :to)""";
        jdbc.sql("""
                        with src as (
                            select grain, month, dim, value, received, closed, closed_on_time, closed_late, overdue
                            from case_stat_month
                            where tenant_id = :tenant and unit_id = any(cast(:scope as uuid[])) and (%s)
                            union all
                            select * from (
                                select f.grain, f.month, f.dim, f.value, d.sign * f.received received,
                                       d.sign * f.closed closed, d.sign * f.closed_on_time closed_on_time,
                                       d.sign * f.closed_late closed_late, d.sign * f.overdue overdue
                                from case_stat_delta d
                                     cross join lateral case_stat_flows(d.content_kind, d.channel, d.category_code,
                                                                        d.received_on, d.closed_on, d.due_on) f
                                where d.tenant_id = :tenant and d.unit_id = any(cast(:scope as uuid[]))) unfolded
                            where %s)
                        select dim, value,
                               coalesce(sum(received) filter (where grain = :grain and month >= :from), 0),
                               coalesce(sum(closed) filter (where grain = :grain and month >= :from), 0),
                               coalesce(sum(closed_on_time) filter (where grain = :grain and month >= :from), 0),
                               coalesce(sum(closed_late) filter (where grain = :grain and month >= :from), 0),
                               coalesce(sum(received - closed), 0),
                               coalesce(sum(overdue), 0)
                        from src
                        group by dim, value""".formatted(filter, filter))
                .param("grain", period.whole() ? "Y" : "M").param("yearStart", LocalDate.of(period.year(), 1, 1))
                .param("tenant", tenant).param("scope", scope).param("from", from).param("to", to)
                .query((rs, n) -> {
                    dims.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                                    rs.getLong(8)});
                    return null;
                }).list();
        if (asOf.isBefore(to)) {
            // the monthly overdue flows count a case from the month after its deadline; within the current month,
            // cases whose deadline has not passed by today are not overdue yet; read from the rollup of open cases by
            // deadline and the deltas not yet folded into it (V4_7_2), as small as the calendar however many are open
            jdbc.sql("""
                            select content_kind, sum(n) from (
                                select content_kind, open n from case_open_due
                                where tenant_id = :tenant and unit_id = any(cast(:scope as uuid[]))
                                  and due_on >= :asOf and due_on < :to
                                union all
                                select content_kind, sign from case_stat_delta
                                where tenant_id = :tenant and unit_id = any(cast(:scope as uuid[]))
                                  and closed_on is null and due_on >= :asOf and due_on < :to) open_due
                            group by content_kind""")
                    .param("tenant", tenant).param("scope", scope).param("asOf", asOf).param("to", to)
                    .query((rs, n) -> {
                        long[] row = dims.computeIfAbsent("K", k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString(1), k -> new long[6]);
                        row[5] -= rs.getLong(2);
                        return null;
                    }).list();
        }
        List<Row> byKind = rows(dims.get("K"), true);
        Row total = new Row(null, sum(byKind, 0), sum(byKind, 1), sum(byKind, 2), sum(byKind, 3), sum(byKind, 4),
                sum(byKind, 5));
        return new Figures(unit.id().value(), unit.code(), unit.name(), period, from, to, asOf, total, byKind,
                rows(dims.get("C"), false), rows(dims.get("G"), false));
    }

    private static List<Row> rows(Map<String, long[]> values, boolean balances) {
        if (values == null) {
            return List.of();
        }
        return values.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0 || balances && e.getValue()[4] != 0)
                .map(e -> {
                    long[] v = e.getValue();
                    return new Row(e.getKey(), v[0], v[1], v[2], v[3], balances ? v[4] : null,
                            balances ? v[5] : null);
                })
                .sorted(Comparator.comparingLong(Row::received).reversed().thenComparing(Row::value))
                .toList();
    }

    private static long sum(List<Row> rows, int measure) {
        return rows.stream().mapToLong(r -> switch (measure) {
            case 0 -> r.received();
            case 1 -> r.closed();
            case 2 -> r.closedOnTime();
            case 3 -> r.closedLate();
            case 4 -> r.openAtEnd();
            default -> r.overdueAtEnd();
        }).sum();
    }
}
