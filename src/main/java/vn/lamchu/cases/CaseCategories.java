package vn.lamchu.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.shared.TenantId;

/**
 * The subject categories of letters, data per tenant. A tenant starts with the practice list of RULEBOOK §13.4 (the
 * statistical groups of the State inspectorate's forms, [M], and the useful extra categories); administrators may
 * change it.
 */
@Service
@Transactional(readOnly = true)
public class CaseCategories {

    /** code, Vietnamese name, English name, regulation feedback. RULEBOOK §13.4. */
    private static final String[][] DEFAULTS = {
            {"DAT_DAI", "Đất đai", "Land", "false"},
            {"BOI_THUONG_GPMB", "Bồi thường, hỗ trợ, tái định cư, giải phóng mặt bằng", "Compensation, resettlement and site clearance", "false"},
            {"NHA_O", "Nhà ở, tài sản", "Housing and assets", "false"},
            {"TRAT_TU_XAY_DUNG", "Trật tự xây dựng", "Construction order", "false"},
            {"MOI_TRUONG", "Ô nhiễm môi trường", "Environmental pollution", "false"},
            {"HA_TANG", "Giao thông, hạ tầng, điện, nước", "Roads, infrastructure, power and water", "false"},
            {"CHINH_SACH_NCC", "Chính sách người có công", "Benefits for people with meritorious services", "false"},
            {"AN_SINH", "An sinh xã hội", "Social security", "false"},
            {"GIAO_DUC_Y_TE", "Giáo dục, y tế", "Education and health", "false"},
            {"THU_TUC_HANH_CHINH", "Thủ tục hành chính", "Administrative procedures", "false"},
            {"QUY_DINH_HANH_CHINH", "Quy định hành chính (Nghị định 20/2008/NĐ-CP)", "Administrative regulations (Decree 20/2008)", "true"},
            {"CHE_DO_CBCC", "Chế độ, chính sách cán bộ, công chức", "Policies for cadres and civil servants", "false"},
            {"TAC_PHONG_CAN_BO", "Tác phong, đạo đức cán bộ; tham nhũng, tiêu cực", "Officials' conduct; corruption", "false"},
            {"DONG_GOP_QUY", "Đóng góp của nhân dân, các loại quỹ", "Community contributions and funds", "false"},
            {"DANG", "Đảng", "Party", "false"},
            {"TU_PHAP", "Tư pháp", "Judicial", "false"},
            {"KHAC", "Khác", "Other", "false"},
    };

    private final JdbcClient jdbc;
    private final ActiveCategories activeCategories;

    CaseCategories(JdbcClient jdbc, ActiveCategories activeCategories) {
        this.jdbc = jdbc;
        this.activeCategories = activeCategories;
    }

    /** The active categories, in display order. */
    public List<CaseCategory> active(TenantId tenant) {
        return jdbc.sql("""
                        select code, name_vi, name_en, regulation, answer_days, sort_order, active from case_category
                        where tenant_id = ? and active order by sort_order""")
                .param(tenant.value()).query(CaseCategories::map).list();
    }

    // one statement, outside a transaction of its own: asked at every intake (a read-only transaction costs three
    // more round trips than the query)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public Optional<CaseCategory> find(TenantId tenant, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select code, name_vi, name_en, regulation, answer_days, sort_order, active from case_category
                        where tenant_id = ? and code = ?""")
                .params(tenant.value(), code).query(CaseCategories::map).optional();
    }

    /** Gives a tenant the default categories if it has none. */
    @Transactional
    public void seedDefaults(TenantId tenant) {
        int existing = jdbc.sql("select count(*) from case_category where tenant_id = ?").param(tenant.value())
                .query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        for (int i = 0; i < DEFAULTS.length; i++) {
            String[] d = DEFAULTS[i];
            jdbc.sql("""
                            insert into case_category (tenant_id, code, name_vi, name_en, regulation, sort_order)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), d[0], d[1], d[2], Boolean.parseBoolean(d[3]), (i + 1) * 10).update();
        }
        activeCategories.forget(tenant);
    }

    private static CaseCategory map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        int days = rs.getInt("answer_days");
        Integer answerDays = rs.wasNull() ? null : days;
        return new CaseCategory(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getBoolean("regulation"), answerDays, rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
