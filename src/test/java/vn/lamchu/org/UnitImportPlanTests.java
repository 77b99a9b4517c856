package vn.lamchu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lamchu.org.OrgFixtures.REFORM;
import static vn.lamchu.org.OrgFixtures.TENANT;
import static vn.lamchu.org.OrgFixtures.jurisdiction;
import static vn.lamchu.org.OrgFixtures.unit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class UnitImportPlanTests {

    private static final String HEADER = "ma_don_vi;ten_don_vi;loai_don_vi;ma_don_vi_cha;ma_dia_ban;cap_dia_ban;ten_dia_ban;hieu_luc_tu\n";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = OrgFixtures.messages();
    private final Vocabulary vocabulary = new Vocabulary(messages);
    private final Jurisdiction province = jurisdiction("HA", JurisdictionLevel.PROVINCE, null, LocalDate.of(1990, 1, 1), null);
    private final Jurisdiction commune = jurisdiction("TP", JurisdictionLevel.COMMUNE, province.id(), REFORM, null);
    private final Unit root = unit("HA", null, province, LocalDate.of(1990, 1, 1), null);
    private final Unit area = unit("TP", root, commune, REFORM, null);
    private final Unit other = unit("BM", root, commune, REFORM, null);
    private final Scope scope = new Scope(TENANT, area.id(), Map.of(area.id(), area));

    private UnitImportPlan.Plan plan(String rows) {
        CsvTable table = CsvTable.parse((HEADER + rows).getBytes(StandardCharsets.UTF_8));
        return UnitImportPlan.plan(table, UnitImportPlan.Snapshot.of(List.of(root, area, other), List.of(province, commune)),
                scope, vocabulary, UUID::randomUUID);
    }

    private List<String> messages(UnitImportPlan.Plan plan) {
        return plan.problems().stream().map(p -> p.message(messages, VI)).toList();
    }

    @Test
    void acceptsParentsAndJurisdictionsDefinedFurtherDownTheFile() {
        UnitImportPlan.Plan plan = plan("""
                TP-T3-CB;Chi bộ Thôn 3;chi bo;TP-T3-X;TP-T3;;;01/01/2026
                TP-T3-X;Thôn 3;Tu quan thon, to dan pho;TP;TP-T3;thon;Thôn 3;01/01/2026
                """);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.units()).extracting(Unit::code).containsExactly("TP-T3-X", "TP-T3-CB");
        assertThat(plan.jurisdictions()).singleElement().satisfies(j -> {
            assertThat(j.level()).isEqualTo(JurisdictionLevel.VILLAGE);
            assertThat(j.parentId()).isEqualTo(commune.id());
        });
        assertThat(plan.units().get(1).jurisdictionId()).isEqualTo(plan.jurisdictions().get(0).id());
    }

    @Test
    void namesTheLineAndTheMissingParentInVietnamese() {
        UnitImportPlan.Plan plan = plan("""
                TP-A;A;Khác;TP;;;;01/01/2026
                TP-B;B;Khác;TP-XYZ;;;;01/01/2026
                """);
        assertThat(messages(plan)).containsExactly("Dòng 3: mã đơn vị cha 'TP-XYZ' không tồn tại.");
    }

    @Test
    void namesAnImpossibleDate() {
        UnitImportPlan.Plan plan = plan("TP-A;A;Khác;TP;;;;31/02/2024\n");
        assertThat(messages(plan)).containsExactly(
                "Dòng 2: ngày hiệu lực '31/02/2024' không hợp lệ (viết dd/mm/yyyy, ví dụ 01/07/2025).");
    }

    @Test
    void treatsAParentOutsideTheActorsScopeAsMissing() {
        assertThat(messages(plan("BM-A;A;Khác;BM;;;;01/01/2026\n")))
                .containsExactly("Dòng 2: mã đơn vị cha 'BM' không tồn tại.");
    }

    @Test
    void reportsALoopOfParentsAndTheRowsThatDependOnABadRow() {
        UnitImportPlan.Plan plan = plan("""
                TP-A;A;Khác;TP-B;;;;01/01/2026
                TP-B;B;Khác;TP-A;;;;01/01/2026
                TP-C;C;Khác;TP;;;;99/99/2026
                TP-D;D;Khác;TP-C;;;;01/01/2026
                """);
        assertThat(plan.problems()).extracting(ImportProblem::line, ImportProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "import.unit.cycle"),
                org.assertj.core.groups.Tuple.tuple(3, "import.unit.cycle"),
                org.assertj.core.groups.Tuple.tuple(4, "import.value.date"),
                org.assertj.core.groups.Tuple.tuple(5, "import.unit.dependsOnBadRow"));
    }

    @Test
    void reportsARepeatedCodeAndAnUnknownKind() {
        UnitImportPlan.Plan plan = plan("""
                TP-A;A;Khác;TP;;;;01/01/2026
                TP-A;A2;Khác;TP;;;;01/01/2026
                TP-E;E;Không có loại này;TP;;;;01/01/2026
                """);
        assertThat(messages(plan)).containsExactly(
                "Dòng 3: mã đơn vị 'TP-A' lặp lại (đã có ở dòng 2).",
                "Dòng 4: loại đơn vị 'Không có loại này' không có trong danh mục.");
    }

    @Test
    void readsHeadersAndWordsWithOrWithoutDiacritics() {
        String file = "Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cha;Hiệu lực từ\nTP-UB;Ủy ban;UBND;TP;1/1/2026\n";
        CsvTable table = CsvTable.parse(file.getBytes(StandardCharsets.UTF_8));
        UnitImportPlan.Plan plan = UnitImportPlan.plan(table,
                UnitImportPlan.Snapshot.of(List.of(root, area), List.of(province, commune)), scope, vocabulary,
                UUID::randomUUID);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.units()).singleElement().extracting(Unit::kind).isEqualTo(UnitKind.PEOPLES_COMMITTEE);
    }

    @Test
    void reportsAMissingColumnOnTheHeaderLine() {
        CsvTable table = CsvTable.parse("ma_don_vi;ten_don_vi;cot_la\nX;Y;Z\n".getBytes(StandardCharsets.UTF_8));
        UnitImportPlan.Plan plan = UnitImportPlan.plan(table, UnitImportPlan.Snapshot.of(List.of(), List.of()), scope,
                vocabulary, UUID::randomUUID);
        assertThat(plan.problems().stream().map(p -> p.message(messages, VI)))
                .contains("Dòng 1: cột 'cot_la' không thuộc mẫu nhập.", "Dòng 1: thiếu cột loại đơn vị.");
    }
}
