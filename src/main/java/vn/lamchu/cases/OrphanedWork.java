package vn.lamchu.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.lamchu.identity.StaffLeftUnit;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.org.UnitsReorganised;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * Nothing is left with a unit that ended or with an officer who left (issue #4 item 4).
 * <p>
 * <b>A unit ended</b> ({@link UnitsReorganised}): every open case it holds moves, as the system, to the unit that
 * carries on its work, chosen for each case by this rule:
 * <ol>
 *   <li>the successors of the ended unit as they stand today (through later reorganisations too,
 *       {@link OrgDirectory#successorsOf});</li>
 *   <li>of several successors (a split, or an abolished district whose communes take over): those that serve the
 *       place the letter is about (or what that place became) — an area holding it, or a body of the commune it lies
 *       in; of these (or of all, if none serves it) the one of the same kind as the ended unit, else the first by
 *       code;</li>
 *   <li>a whole area succeeding a body inside an area (a commune merged into another: its People's Committee is
 *       succeeded by the new commune): the area's only body of the same kind; else the routing table for that area;</li>
 *   <li>no successor at all (abolished outright): the routing table, as for a new letter.</li>
 * </ol>
 * The successor's leaders get a notice. A reorganisation recorded ahead of its date changes nothing until the day
 * comes: an hourly sweep moves what is then held by units that ended.
 * <p>
 * <b>An officer left</b> ({@link StaffLeftUnit}: disabled, or moved to another unit): the open cases assigned to them
 * in their former unit go back to that unit's pool and its leaders get a notice.
 * <p>
 * Both run again harmlessly: a case already moved or returned is skipped.
 */
@Component
class OrphanedWork {

    private static final Logger log = LoggerFactory.getLogger(OrphanedWork.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String LEFT_UNIT_REASON = "Cán bộ được giao không còn làm việc tại đơn vị (tài khoản bị khóa hoặc "
            + "chuyển sang đơn vị khác); hồ sơ trả về đơn vị để giao lại.";

    private final JdbcClient jdbc;
    private final CaseHandling handling;
    private final CaseRouting routing;
    private final OrgDirectory org;
    private final Clock clock;

    OrphanedWork(JdbcClient jdbc, CaseHandling handling, CaseRouting routing, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.handling = handling;
        this.routing = routing;
        this.org = org;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(UnitsReorganised event) {
        LocalDate today = LegalTime.today(clock);
        Set<UnitId> predecessors = new LinkedHashSet<>();
        event.links().stream().filter(l -> l.predecessor() != null && !l.predecessor().equals(l.successor()))
                .forEach(l -> predecessors.add(l.predecessor()));
        int moved = 0;
        for (UnitId unit : predecessors) {
            moved += moveOpenCasesOf(event.tenant(), unit, today);
        }
        if (moved > 0) {
            log.info("Reorganisation {}: {} open cases moved to successor units", event.reorganisationId(), moved);
        }
    }

    @ApplicationModuleListener
    void on(StaffLeftUnit event) {
        int returned = handling.returnToPool(event.tenant(), event.accountId(), event.formerUnit(), LEFT_UNIT_REASON);
        if (returned > 0) {
            log.info("Account {} left unit {}: {} open cases back in the unit's pool", event.accountId(),
                    event.formerUnit(), returned);
        }
    }

    /** Reorganisations recorded ahead of their date take effect on the day: moves what units that ended still hold. */
    @Scheduled(cron = "${lamchu.cases.orphan-sweep-cron:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    void sweep() {
        LocalDate today = LegalTime.today(clock);
        for (Tenant tenant : org.tenants()) {
            List<UUID> units = jdbc.sql("""
                            select distinct handling_unit_id from citizen_case where tenant_id = ? and closed_on is null""")
                    .param(tenant.id().value()).query(UUID.class).list();
            for (UUID unit : units) {
                try {
                    moveOpenCasesOf(tenant.id(), new UnitId(unit), today);
                } catch (RuntimeException e) { // one unit's trouble must not keep the others' cases where they are
                    log.warn("Open cases of unit {} not moved: {}", unit, e.toString());
                }
            }
        }
    }

    /** Moves the open cases of {@code ended} if it has ended by today; returns how many moved. */
    int moveOpenCasesOf(TenantId tenant, UnitId ended, LocalDate today) {
        Optional<Unit> unit = org.unit(tenant, ended).filter(u -> u.validTo() != null && !today.isBefore(u.validTo()));
        if (unit.isEmpty()) {
            return 0; // exists today, or does not exist yet: nothing to hand on
        }
        record Open(CaseId id, UUID place, String category, ContentKind kind) {
        }
        List<Open> open = jdbc.sql("""
                        select id, place_unit_id, category_code, content_kind from citizen_case
                        where tenant_id = ? and handling_unit_id = ? and closed_on is null order by received_at""")
                .params(tenant.value(), ended.value())
                .query((rs, i) -> new Open(new CaseId(rs.getObject("id", UUID.class)),
                        rs.getObject("place_unit_id", UUID.class), rs.getString("category_code"),
                        ContentKind.valueOf(rs.getString("content_kind"))))
                .list();
        if (open.isEmpty()) {
            return 0;
        }
        List<Unit> successors = org.successorsOf(tenant, ended, today).stream()
                .sorted(Comparator.comparing(Unit::code)).toList();
        int moved = 0;
        for (Open c : open) {
            Optional<UnitId> place = place(tenant, c.place(), today);
            Optional<Unit> target = successors.isEmpty()
                    ? existing(tenant, routing.suggest(tenant, c.category(), c.kind(), place.map(UnitId::value).orElse(null), today), today)
                    : Optional.of(within(tenant, choose(tenant, unit.get(), successors, place), unit.get(), c.category(),
                            c.kind(), place, today));
            if (target.isEmpty() || target.get().id().equals(ended)) {
                log.warn("Case {} stays at unit {} which ended on {}: no unit carries on its work", c.id(),
                        unit.get().code(), unit.get().validTo());
                continue;
            }
            String reason = "Đơn vị %s kết thúc hoạt động từ ngày %s do sắp xếp tổ chức; hồ sơ chuyển sang %s."
                    .formatted(unit.get().name(), DAY.format(unit.get().validTo()), target.get().name());
            if (handling.moveCase(tenant, c.id(), ended, target.get().id(), reason, StepActor.SYSTEM)) {
                moved++;
            }
        }
        return moved;
    }

    /** Rule 2: of several successors, those serving the letter's place, then the same kind, then the first. */
    private Unit choose(TenantId tenant, Unit ended, List<Unit> successors, Optional<UnitId> place) {
        if (successors.size() == 1) {
            return successors.get(0);
        }
        List<Unit> serving = place.map(p -> successors.stream().filter(s -> serves(tenant, s, p)).toList())
                .orElse(List.of());
        List<Unit> pool = serving.isEmpty() ? successors : serving;
        return pool.stream().filter(s -> s.kind() == ended.kind()).findFirst().orElse(pool.get(0));
    }

    /** An area that holds the place, or a body inside the area (commune) the place belongs to. */
    private boolean serves(TenantId tenant, Unit successor, UnitId place) {
        if (org.isWithin(tenant, place, successor.id())) {
            return true;
        }
        Optional<Unit> area = org.unit(tenant, place).filter(u -> u.kind() == UnitKind.AREA)
                .or(() -> org.ancestors(tenant, place).stream().filter(u -> u.kind() == UnitKind.AREA)
                        .reduce((first, nearer) -> nearer));
        return area.isPresent() && org.isWithin(tenant, successor.id(), area.get().id());
    }

    /** Rule 3: a body succeeded by a whole area goes to the area's body of its kind, else where the table says. */
    private Unit within(TenantId tenant, Unit successor, Unit ended, String category, ContentKind kind,
                        Optional<UnitId> place, LocalDate today) {
        if (successor.kind() != UnitKind.AREA || ended.kind() == UnitKind.AREA) {
            return successor;
        }
        List<Unit> sameKind = org.subtree(tenant, successor.id()).stream()
                .map(id -> org.unit(tenant, id)).flatMap(Optional::stream)
                .filter(u -> u.kind() == ended.kind() && u.existsOn(today)).toList();
        if (sameKind.size() == 1) {
            return sameKind.get(0);
        }
        UUID routeFrom = place.filter(p -> org.isWithin(tenant, p, successor.id())).orElse(successor.id()).value();
        return existing(tenant, routing.suggest(tenant, category, kind, routeFrom, today), today).orElse(successor);
    }

    /** The letter's place as it stands today: itself, or what it became if it ended too. */
    private Optional<UnitId> place(TenantId tenant, UUID place, LocalDate today) {
        if (place == null) {
            return Optional.empty();
        }
        return org.successorsOf(tenant, new UnitId(place), today).stream().map(Unit::id).filter(Objects::nonNull)
                .findFirst();
    }

    private Optional<Unit> existing(TenantId tenant, UnitId unit, LocalDate today) {
        return org.unit(tenant, unit).filter(u -> u.existsOn(today));
    }
}
