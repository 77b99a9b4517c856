package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.lamchu.shared.TenantId;
import vn.lamchu.support.IntegrationTest;

@IntegrationTest
class DemoDataIntegrationTests {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;

    private TenantId tenant;

    @BeforeEach
    void demoTenant() {
        tenant = org.tenants().stream().filter(t -> t.code().equals("HOA-AN")).findFirst().orElseThrow().id();
    }

    private Unit unit(String code) {
        return org.unitByCode(tenant, code).orElseThrow(() -> new AssertionError("no unit " + code));
    }

    private List<String> successors(String code, LocalDate date) {
        return org.successorsOf(tenant, unit(code).id(), date).stream().map(Unit::code).toList();
    }

    @Test
    void seedsTheProvinceWithTheCodesOtherModulesLookUp() {
        assertThat(org.tenants()).extracting(Tenant::name).contains("Tỉnh Hòa An");
        Stream<String> province = Stream.of("HA", "HA-TU", "HA-UBKT", "HA-HDND", "HA-UBND", "HA-TT", "HA-BTCD", "HA-MTTQ");
        Stream<String> communes = Stream.of("TP", "BM").flatMap(p -> Stream.concat(Stream.of(p),
                Stream.of("DU", "VPDU", "BXDD", "UBKT", "HDND", "TTHDND", "UBND", "VP", "PKT", "PVHXH", "TTHCC", "MTTQ",
                        "CD", "HND", "DTN", "HPN", "CCB", "BTTND", "BGSDT", "T1-CB", "T2-CB", "T1-BCTMT", "T2-BCTMT")
                        .map(s -> p + "-" + s)));
        Stream<String> legacy = Stream.of("SC", "SC-HU", "SC-UBKT", "SC-HDND", "SC-UBND", "SC-TT", "SC-BTCD", "SC-MTTQ",
                "SC-PA", "SC-PL", "SC-TTSC", "SC-BMI");
        Stream.of(province, communes, legacy).flatMap(s -> s).forEach(this::unit);
        assertThat(unit("BM-PKT").name()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị phường Bình Minh");
        assertThat(unit("TP-TTHCC").name()).isEqualTo("Trung tâm Phục vụ hành chính công xã Tân Phú");
        assertThat(unit("TP").validFrom()).isEqualTo(REFORM);
    }

    @Test
    void hasAUnitOfEveryKind() {
        Set<UnitKind> kinds = jdbc.sql("select distinct kind from org_unit where tenant_id = ?").param(tenant.value())
                .query(String.class).list().stream().map(UnitKind::valueOf).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(UnitKind.class));
    }

    @Test
    void theLegacyDistrictEndedWithTheTwoLevelReform() {
        Unit district = unit("SC");
        assertThat(district.validTo()).isEqualTo(REFORM);
        Jurisdiction jurisdiction = org.jurisdiction(tenant, district.jurisdictionId()).orElseThrow();
        assertThat(jurisdiction.level()).isEqualTo(JurisdictionLevel.DISTRICT);
        assertThat(jurisdiction.validFrom()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(jurisdiction.validTo()).isEqualTo(REFORM);
        assertThat(Arrays.asList("SC-HU", "SC-TT", "SC-PA", "SC-TTSC")).allSatisfy(code ->
                assertThat(unit(code).validTo()).isEqualTo(REFORM));
    }

    @Test
    void theFormerCommunesAreSucceededByTheMergedCommuneAndWard() {
        assertThat(successors("SC-PA", REFORM.minusDays(1))).containsExactly("SC-PA");
        assertThat(successors("SC-PA", REFORM)).containsExactly("TP");
        assertThat(successors("SC-PL", LocalDate.of(2026, 1, 1))).containsExactly("TP");
        assertThat(successors("SC-BMI", LocalDate.of(2026, 1, 1))).containsExactly("BM");
        assertThat(successors("SC-PA-UBND", LocalDate.of(2026, 1, 1))).containsExactly("TP");
    }

    @Test
    void theDistrictsBodiesAreSucceededByTheCommunesOrTheProvince() {
        assertThat(successors("SC", REFORM)).containsExactlyInAnyOrder("TP", "BM");
        assertThat(successors("SC-UBND", REFORM)).containsExactlyInAnyOrder("TP", "BM");
        assertThat(successors("SC-TT", REFORM)).containsExactly("HA-TT");
        assertThat(successors("SC-BTCD", REFORM)).containsExactly("HA-BTCD");
    }

    @Test
    void findsWhoHoldsAPostOnADate() {
        assertThat(org.holders(tenant, unit("TP-UBND").id(), Post.CHAIR, LocalDate.of(2026, 1, 1)))
                .extracting(PostHolding::personName).containsExactly("Trần Thị Mai");
        assertThat(org.holders(tenant, unit("SC-UBND").id(), Post.CHAIR, LocalDate.of(2024, 1, 1)))
                .extracting(PostHolding::personName).containsExactly("Lương Văn Thành");
        assertThat(org.holders(tenant, unit("SC-UBND").id(), Post.CHAIR, REFORM)).isEmpty();
        assertThat(org.holders(tenant, unit("TP-HDND").id(), Post.DEPUTY, LocalDate.of(2026, 1, 1)))
                .extracting(PostHolding::personName).contains("Nguyễn Văn Hùng", "Đặng Thị Hoa", "Bùi Văn Nam");
    }
}
