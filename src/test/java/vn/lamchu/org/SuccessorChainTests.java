package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.org.OrgFixtures.REFORM;
import static vn.lamchu.org.OrgFixtures.jurisdiction;
import static vn.lamchu.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.lamchu.shared.UnitId;

class SuccessorChainTests {

    private static final LocalDate Y1990 = LocalDate.of(1990, 1, 1);
    private final Jurisdiction j = jurisdiction("HA", JurisdictionLevel.PROVINCE, null, Y1990, null);
    private final Unit phuAn = unit("SC-PA", null, j, Y1990, REFORM);
    private final Unit phuLoi = unit("SC-PL", null, j, Y1990, REFORM);
    private final Unit tanPhu = unit("TP", null, j, REFORM, LocalDate.of(2030, 1, 1));
    private final Unit later = unit("TP-2030", null, j, LocalDate.of(2030, 1, 1), null);
    private final Unit district = unit("SC", null, j, Y1990, REFORM);
    private final Unit binhMinh = unit("BM", null, j, REFORM, null);
    private final OrgFixtures.Tree tree = new OrgFixtures.Tree().with(phuAn, phuLoi, tanPhu, later, district, binhMinh);
    private final Map<UnitId, List<UnitId>> links = new HashMap<>(Map.of(
            phuAn.id(), List.of(tanPhu.id()), phuLoi.id(), List.of(tanPhu.id()), tanPhu.id(), List.of(later.id()),
            district.id(), List.of(tanPhu.id(), binhMinh.id())));

    private List<String> successors(Unit unit, LocalDate date) {
        return SuccessorChain.resolve(unit.id(), date, tree.byId(), id -> links.getOrDefault(id, List.of()))
                .stream().map(Unit::code).toList();
    }

    @Test
    void aUnitThatStillExistsIsItsOwnAnswer() {
        assertThat(successors(phuAn, REFORM.minusDays(1))).containsExactly("SC-PA");
    }

    @Test
    void aMergedUnitIsSucceededByTheMergedUnitFromTheEffectiveDate() {
        assertThat(successors(phuAn, REFORM)).containsExactly("TP");
        assertThat(successors(phuLoi, LocalDate.of(2026, 3, 1))).containsExactly("TP");
    }

    @Test
    void followsTheChainThroughLaterReorganisations() {
        assertThat(successors(phuAn, LocalDate.of(2031, 1, 1))).containsExactly("TP-2030");
    }

    @Test
    void anAbolishedUnitWithTwoSuccessorsLeadsToBoth() {
        assertThat(successors(district, REFORM)).containsExactly("TP", "BM");
    }

    @Test
    void leadsNowhereBeforeTheUnitExistsOrWithoutSuccessors() {
        assertThat(successors(binhMinh, REFORM.minusDays(1))).isEmpty();
        links.remove(district.id());
        assertThat(successors(district, REFORM)).isEmpty();
    }

    @Test
    void stopsOnALoopOfLinks() {
        links.put(tanPhu.id(), List.of(phuAn.id()));
        assertThat(successors(phuAn, LocalDate.of(2031, 1, 1))).isEmpty();
    }
}
