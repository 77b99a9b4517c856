package vn.lamchu.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of the CSV files, by their canonical names (Vietnamese without diacritics, as in the example files)
 * and the other headers accepted for them: any header is compared folded ("Mã đơn vị cha" = "ma_don_vi_cha").
 */
final class ImportColumns {

    record Column(String name, boolean required, List<String> aliases) {
    }

    static final List<Column> UNITS = List.of(
            new Column("ma_don_vi", true, List.of("ma", "code", "unit_code")),
            new Column("ten_don_vi", true, List.of("ten", "name")),
            new Column("ten_viet_tat", false, List.of("ten_tat", "short_name")),
            new Column("loai_don_vi", true, List.of("loai", "kind")),
            new Column("ma_don_vi_cha", true, List.of("ma_cha", "don_vi_cha", "parent_code", "parent")),
            new Column("ma_dia_ban", false, List.of("dia_ban", "jurisdiction_code", "jurisdiction")),
            new Column("cap_dia_ban", false, List.of("jurisdiction_level")),
            new Column("ten_dia_ban", false, List.of("jurisdiction_name")),
            new Column("hieu_luc_tu", true, List.of("tu_ngay", "valid_from", "ngay_hieu_luc")),
            new Column("hieu_luc_den", false, List.of("den_ngay", "valid_to", "ngay_het_hieu_luc")));

    static final List<Column> PEOPLE = List.of(
            new Column("ma_nguoi", false, List.of("ma_nhan_su", "person_code", "code")),
            new Column("ho_ten", true, List.of("ho_va_ten", "full_name", "name")),
            new Column("ngay_sinh", false, List.of("birth_date")),
            new Column("gioi_tinh", false, List.of("gender")),
            new Column("dien_thoai", false, List.of("so_dien_thoai", "phone")),
            new Column("email", false, List.of("thu_dien_tu", "e_mail")),
            new Column("dang_vien", false, List.of("party_member")),
            new Column("don_vi_quan_ly", false, List.of("ma_don_vi_quan_ly", "record_unit", "unit_code")),
            new Column("ma_don_vi", false, List.of("don_vi", "post_unit", "unit")),
            new Column("chuc_vu", false, List.of("post")),
            new Column("chuc_danh", false, List.of("ten_chuc_danh", "title")),
            new Column("tu_ngay", false, List.of("hieu_luc_tu", "valid_from")),
            new Column("den_ngay", false, List.of("hieu_luc_den", "valid_to")));

    private ImportColumns() {
    }

    static List<Column> of(OrgImports.Kind kind) {
        return kind == OrgImports.Kind.UNITS ? UNITS : PEOPLE;
    }

    /**
     * Where each column is in the header.
     *
     * @param problems receives an unknown, repeated or missing column (line 1)
     */
    static Map<String, Integer> locate(List<String> header, List<Column> columns, List<ImportProblem> problems) {
        Map<String, String> names = new HashMap<>();
        for (Column column : columns) {
            names.put(column.name(), column.name());
            column.aliases().forEach(alias -> names.putIfAbsent(alias, column.name()));
        }
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell == null) {
                continue;
            }
            String name = names.get(Vocabulary.key(cell).replace(' ', '_'));
            if (name == null) {
                problems.add(ImportProblem.of(1, null, "import.header.unknown", cell));
            } else if (found.putIfAbsent(name, i) != null) {
                problems.add(ImportProblem.of(1, name, "import.header.repeated"));
            }
        }
        for (Column column : columns) {
            if (column.required() && !found.containsKey(column.name())) {
                problems.add(ImportProblem.of(1, column.name(), "import.header.missing"));
            }
        }
        return found;
    }
}
