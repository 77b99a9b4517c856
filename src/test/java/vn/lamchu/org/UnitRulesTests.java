package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.org.OrgFixtures.REFORM;
import static vn.lamchu.org.OrgFixtures.draft;
import static vn.lamchu.org.OrgFixtures.jurisdiction;
import static vn.lamchu.org.OrgFixtures.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.lamchu.org.OrgValidationException.Problem;

class UnitRulesTests {

    private static final LocalDate Y1990 = LocalDate.of(1990, 1, 1);

    private final Jurisdiction province = jurisdiction("HA", JurisdictionLevel.PROVINCE, null, Y1990, null);
    private final Jurisdiction district = jurisdiction("SC", JurisdictionLevel.DISTRICT, province.id(), Y1990, REFORM);
    private final Jurisdiction commune = jurisdiction("TP", JurisdictionLevel.COMMUNE, province.id(), REFORM, null);
    private final Unit root = unit("HA", null, province, Y1990, null);
    private final Unit legacy = unit("SC", root, district, Y1990, REFORM);
    private final Unit area = unit("TP", root, commune, REFORM, null);
    private final OrgFixtures.Tree tree = new OrgFixtures.Tree().with(root, legacy, area).with(province, district, commune);

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @Test
    void acceptsAUnitWhoseParentAndJurisdictionCoverItsDays() {
        assertThat(UnitRules.checkNew(draft("TP-VP", "TP", REFORM, null).normalized(), tree)).isEmpty();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        UnitDraft empty = new UnitDraft(" ", " ", null, null, null, null, null, null, null).normalized();
        assertThat(UnitRules.checkNew(empty, tree)).extracting(Problem::field)
                .contains("code", "name", "kind", "validFrom", "parentCode");
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        assertThat(keys(UnitRules.checkNew(draft("X", "TP", REFORM.plusDays(5), REFORM.plusDays(5)), tree)))
                .containsExactly("unit.validTo.notAfterFrom");
    }

    @Test
    void refusesACodeAlreadyUsedInTheTenant() {
        assertThat(keys(UnitRules.checkNew(draft("TP", "HA", REFORM, null), tree))).containsExactly("unit.code.taken");
    }

    @Test
    void refusesACodeWithSpacesOrDiacritics() {
        assertThat(keys(UnitRules.checkNew(draft("TÂN-PHÚ", "HA", REFORM, null), tree))).containsExactly("unit.code.format");
    }

    @Test
    void refusesAChildThatStartsBeforeItsParent() {
        assertThat(UnitRules.checkNew(draft("TP-X", "TP", REFORM.minusDays(1), null), tree))
                .extracting(Problem::key).contains("unit.parent.notYet");
    }

    @Test
    void refusesAChildThatOutlivesItsParent() {
        assertThat(keys(UnitRules.checkNew(draft("SC-X", "SC", Y1990, null), tree)))
                .contains("unit.parent.ended");
        assertThat(UnitRules.checkNew(draft("SC-X", "SC", Y1990, REFORM), tree)).isEmpty();
    }

    @Test
    void reportsAParentOutsideTheActorsScopeAsMissing() {
        tree.scope = Set.of("SC");
        assertThat(UnitRules.checkNew(draft("TP-X", "TP", REFORM, null), tree))
                .containsExactly(Problem.of("parentCode", "unit.parent.missing", "TP"));
    }

    @Test
    void refusesAnUnknownJurisdictionUnlessItIsDescribed() {
        UnitDraft unknown = new UnitDraft("TP-T9", "Thôn 9", null, UnitKind.VILLAGE_SELF_MANAGEMENT, "TP", "TP-T9",
                null, REFORM, null);
        assertThat(keys(UnitRules.checkNew(unknown, tree))).containsExactly("unit.jurisdiction.missing");
        UnitDraft described = new UnitDraft("TP-T9", "Thôn 9", null, UnitKind.VILLAGE_SELF_MANAGEMENT, "TP", "TP-T9",
                new UnitDraft.JurisdictionDraft(JurisdictionLevel.VILLAGE, "Thôn 9"), REFORM, null);
        assertThat(UnitRules.checkNew(described, tree)).isEmpty();
    }

    /** Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15): no district-level unit from 1/7/2025. */
    @Test
    void refusesADistrictThatOutlivesTheTwoLevelReform() {
        UnitDraft district = new UnitDraft("NEW-D", "Huyện Mới", null, UnitKind.AREA, "HA", "NEW-D",
                new UnitDraft.JurisdictionDraft(JurisdictionLevel.DISTRICT, "Huyện Mới"), Y1990, null);
        assertThat(keys(UnitRules.checkNew(district, tree))).containsExactly("jurisdiction.legacy");
        UnitDraft ended = new UnitDraft("NEW-D", "Huyện Mới", null, UnitKind.AREA, "HA", "NEW-D",
                new UnitDraft.JurisdictionDraft(JurisdictionLevel.DISTRICT, "Huyện Mới"), Y1990, REFORM);
        assertThat(UnitRules.checkNew(ended, tree)).isEmpty();
        UnitDraft startsAfter = new UnitDraft("NEW-D", "Huyện Mới", null, UnitKind.AREA, "HA", "NEW-D",
                new UnitDraft.JurisdictionDraft(JurisdictionLevel.TOWNSHIP, "Thị trấn"), REFORM, REFORM.plusYears(1));
        assertThat(keys(UnitRules.checkNew(startsAfter, tree))).contains("jurisdiction.legacy");
    }

    @Test
    void placesCommuneLevelUnitsUnderTheProvinceOrALegacyDistrictOnly() {
        assertThat(UnitRules.canBeUnder(JurisdictionLevel.WARD, JurisdictionLevel.PROVINCE)).isTrue();
        assertThat(UnitRules.canBeUnder(JurisdictionLevel.COMMUNE, JurisdictionLevel.DISTRICT)).isTrue();
        assertThat(UnitRules.canBeUnder(JurisdictionLevel.COMMUNE, JurisdictionLevel.VILLAGE)).isFalse();
        assertThat(UnitRules.canBeUnder(JurisdictionLevel.VILLAGE, JurisdictionLevel.SPECIAL_ZONE)).isTrue();
        assertThat(UnitRules.canBeUnder(JurisdictionLevel.PROVINCE, JurisdictionLevel.PROVINCE)).isFalse();
    }

    @Test
    void refusesAUnitOutsideItsJurisdictionsDays() {
        UnitDraft d = new UnitDraft("SC-Y", "Y", null, UnitKind.OTHER, "HA", "SC", null, Y1990, null);
        assertThat(keys(UnitRules.checkNew(d, tree))).containsExactly("unit.jurisdiction.notValid");
    }

    @Test
    void refusesAShorterValidityThatWouldLeaveAChildOutside() {
        Unit child = unit("TP-VP", area, commune, REFORM, null);
        UnitDraft shorter = new UnitDraft("TP", "Xã Tân Phú", null, UnitKind.AREA, null, "TP", null,
                REFORM.plusDays(10), null);
        assertThat(keys(UnitRules.checkUpdate(area, root, null, shorter, tree, List.of(child), List.of())))
                .containsExactly("unit.validity.childOutside");
    }

    @Test
    void checksTheParentOnlySinceTheLastMove() {
        Unit moved = unit("TP-OLD", area, commune, LocalDate.of(2020, 1, 1), null);
        UnitDraft same = new UnitDraft("TP-OLD", "Cũ", null, UnitKind.OTHER, null, "HA", null,
                LocalDate.of(2020, 1, 1), null);
        assertThat(keys(UnitRules.checkUpdate(moved, area, null, same, tree, List.of(), List.of())))
                .contains("unit.parent.notYet");
        assertThat(keys(UnitRules.checkUpdate(moved, area, REFORM, same, tree, List.of(), List.of())))
                .doesNotContain("unit.parent.notYet");
    }
}
