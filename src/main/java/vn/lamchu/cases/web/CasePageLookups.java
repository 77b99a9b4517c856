package vn.lamchu.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.cases.CaseCategories;
import vn.lamchu.cases.CaseCategory;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * The lists the case pages offer: communes for the place of a matter, units a letter can be forwarded to or received
 * for, and category names. Read in one query over the tenant's current units (like the core's own checks on
 * {@code org_unit}), never unit by unit.
 */
@Component
@Transactional(readOnly = true)
class CasePageLookups {

    /** Units that handle letters, offered as forwarding and receiving targets (RULEBOOK §13.3). */
    static final Set<UnitKind> LETTER_UNITS = EnumSet.of(UnitKind.PARTY_COMMITTEE, UnitKind.PARTY_OFFICE,
            UnitKind.PARTY_INSPECTION_COMMITTEE, UnitKind.PEOPLES_COUNCIL, UnitKind.PEOPLES_COUNCIL_STANDING_COMMITTEE,
            UnitKind.PEOPLES_COMMITTEE, UnitKind.COUNCIL_AND_COMMITTEE_OFFICE, UnitKind.SPECIALISED_OFFICE,
            UnitKind.ONE_STOP_CENTRE, UnitKind.CITIZEN_RECEPTION_BOARD, UnitKind.INSPECTORATE,
            UnitKind.FATHERLAND_FRONT_COMMITTEE, UnitKind.OTHER);

    /** A unit in a list, with the area (province, commune) it belongs to. */
    record UnitOption(UUID id, String name, UnitKind kind, String area) {
    }

    /** Options grouped under their area, for {@code <optgroup>}. */
    record UnitGroup(String area, List<UnitOption> units) {
    }

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private record Row(UUID id, UUID parentId, UnitKind kind, String name) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final CaseCategories categories;
    private final Clock clock;

    CasePageLookups(JdbcClient jdbc, OrgDirectory org, CaseCategories categories, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.categories = categories;
        this.clock = clock;
    }

    /** The areas (province, communes, wards) a matter can concern, the province first. */
    List<UnitOption> places(TenantId tenant) {
        return current(tenant).stream().filter(u -> u.kind() == UnitKind.AREA).toList();
    }

    /** Units that can receive a forwarded letter, grouped by area. */
    List<UnitGroup> letterUnits(TenantId tenant) {
        List<UnitOption> all = current(tenant);
        return group(all, all.stream().filter(u -> LETTER_UNITS.contains(u.kind())).toList());
    }

    /** Units inside the actor's scope that can receive a letter at intake, grouped by area. */
    List<UnitGroup> receivingUnits(Actor actor) {
        Set<UnitId> scope = org.subtree(actor.tenantId(), actor.unitId());
        List<UnitOption> all = current(actor.tenantId());
        return group(all, all.stream()
                .filter(u -> LETTER_UNITS.contains(u.kind()) && scope.contains(new UnitId(u.id()))).toList());
    }

    /**
     * The commune (or ward) the actor works in, as the likely place of a letter handed in at its desk; empty for staff
     * of the province.
     */
    Optional<UUID> ownCommune(Actor actor) {
        List<Unit> up = new ArrayList<>(org.ancestors(actor.tenantId(), actor.unitId()));
        org.unit(actor.tenantId(), actor.unitId()).ifPresent(up::add);
        Collections.reverse(up);
        return up.stream().filter(u -> u.kind() == UnitKind.AREA && u.parentId() != null).findFirst()
                .map(u -> u.id().value());
    }

    /** Category names by code, in the reader's language (inactive categories too: old cases keep theirs). */
    Map<String, String> categoryNames(TenantId tenant, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name_vi, name_en from case_category where tenant_id = ? order by sort_order")
                .param(tenant.value())
                .query(rs -> {
                    names.put(rs.getString(1), "en".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2));
                });
        return names;
    }

    List<CaseCategory> activeCategories(TenantId tenant) {
        return categories.active(tenant);
    }

    /** Every current unit of the tenant with its area, areas before their units, by name within an area. */
    private List<UnitOption> current(TenantId tenant) {
        LocalDate today = LegalTime.today(clock);
        List<Row> rows = jdbc.sql("""
                        select id, parent_id, kind, name from org_unit
                        where tenant_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
                .params(tenant.value(), today, today)
                .query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
        Map<UUID, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        List<UnitOption> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new UnitOption(r.id(), r.name(), r.kind(), areaOf(r, byId)));
        }
        // the province (the area at the top) first, then by name as Vietnamese sorts it
        out.sort(Comparator.comparing((UnitOption u) -> byId.get(u.id()).parentId() != null)
                .thenComparing(UnitOption::name, VIETNAMESE));
        return out;
    }

    private static String areaOf(Row unit, Map<UUID, Row> byId) {
        Row at = unit;
        int guard = 0;
        while (at != null && guard++ < 64) {
            if (at.kind() == UnitKind.AREA) {
                return at.name();
            }
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
        return "";
    }

    /** Groups by area: the areas in the order of {@link #places}, the province first. */
    private static List<UnitGroup> group(List<UnitOption> all, List<UnitOption> units) {
        Map<String, List<UnitOption>> groups = new LinkedHashMap<>();
        all.stream().filter(u -> u.kind() == UnitKind.AREA).forEach(area -> groups.put(area.name(), new ArrayList<>()));
        units.forEach(u -> groups.computeIfAbsent(u.area(), k -> new ArrayList<>()).add(u));
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new UnitGroup(e.getKey(), e.getValue())).toList();
    }
}
