package vn.lamchu.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;

/**
 * Demo data (embedded mode, {@code lamchu.demo-data}): the Tân Phú Front's plan of this year with a concluded
 * supervision of the commune People's Committee and its recommendations (one already late, one still in time), and
 * the commune's People's Inspection Board with its members and published plan. Dates relative to the clock; seeded
 * once (skipped when the Front already has a plan).
 */
@Component
@Order(45)
class SupervisionDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemo.class);

    private final OrgDirectory org;
    private final LamChuProperties properties;
    private final JdbcClient jdbc;
    private final Recommendations recommendations;
    private final Clock clock;

    SupervisionDemo(OrgDirectory org, LamChuProperties properties, JdbcClient jdbc, Recommendations recommendations,
                    Clock clock) {
        this.org = org;
        this.properties = properties;
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        for (Tenant tenant : org.tenants()) {
            if ("HOA-AN".equals(tenant.code())) {
                seed(tenant.id());
            }
        }
    }

    private void seed(TenantId tenant) {
        Unit front = org.unitByCode(tenant, "TP-MTTQ").orElse(null);
        Unit board = org.unitByCode(tenant, "TP-BTTND").orElse(null);
        Unit committee = org.unitByCode(tenant, "TP-UBND").orElse(null);
        Unit economy = org.unitByCode(tenant, "TP-PKT").orElse(null);
        Unit farmers = org.unitByCode(tenant, "TP-HND").orElse(null);
        if (front == null || board == null || committee == null || economy == null || farmers == null) {
            return;
        }
        boolean seeded = jdbc.sql("select count(*) from sv_plan where tenant_id = ? and owner_unit_id = ?")
                .params(tenant.value(), front.id().value()).query(Integer.class).single() > 0;
        if (seeded) {
            return;
        }
        LocalDate today = LegalTime.today(clock);
        int year = today.getYear();
        UUID plan = plan(tenant, front, SupervisionBody.FRONT, year, "Chương trình giám sát năm " + year
                + " của Ủy ban MTTQ Việt Nam xã Tân Phú", LocalDate.of(year - 1, 12, 10));
        UUID held = supervision(tenant, plan, front, front, "LEAD", "TEAM",
                "Giám sát việc giải quyết đơn thư về đất đai của UBND xã",
                "Việc tiếp nhận, giải quyết và trả lời đơn thư về đất đai, cấp giấy chứng nhận quyền sử dụng đất năm "
                        + (year - 1) + " và 6 tháng đầu năm " + year + ".",
                committee, "Chủ tịch UBND xã\nCông chức địa chính – xây dựng",
                "Nguyễn Văn An – Chủ tịch Ủy ban MTTQ xã\nTrần Thị Bình – Phó Chủ tịch Hội Nông dân xã\n"
                        + "Lê Văn Cường – Trưởng Ban Thanh tra nhân dân",
                today.minusDays(45), "CONCLUDED");
        jdbc.sql("""
                        update sv_supervision set notice_sent_on = ?, report_received_on = ?, session_held_on = ?,
                            team_report_on = ?, conclusion = ?, concluded_on = ? where tenant_id = ? and id = ?""")
                .params(today.minusDays(62), today.minusDays(52), today.minusDays(45), today.minusDays(35),
                        "UBND xã đã tiếp nhận đầy đủ đơn thư; còn 7 hồ sơ cấp giấy chứng nhận quá hạn, chưa thông báo lý do"
                                + " cho người dân.", today.minusDays(33), tenant.value(), held).update();
        recommendation(tenant, held, front, committee, "Rà soát 7 hồ sơ cấp giấy chứng nhận quá hạn và thông báo bằng"
                + " văn bản lý do chậm cho từng người dân.", today.minusDays(30));
        recommendation(tenant, held, front, economy, "Niêm yết công khai quy trình, thời hạn cấp giấy chứng nhận tại"
                + " Bộ phận Một cửa.", today.minusDays(5));
        supervision(tenant, plan, front, farmers, "TAKE_PART", "OTHER_BODY",
                "Phối hợp giám sát việc hỗ trợ giống cây trồng cho hộ nông dân",
                "Việc lập danh sách, cấp phát giống hỗ trợ theo chương trình của UBND xã.", economy, null,
                "Phạm Văn Dũng – Chủ tịch Hội Nông dân xã", today.plusDays(30), "PLANNED");

        UUID boardPlan = plan(tenant, board, SupervisionBody.INSPECTION_BOARD, year,
                "Kế hoạch hoạt động năm " + year + " của Ban Thanh tra nhân dân xã Tân Phú", LocalDate.of(year - 1, 12, 20));
        supervision(tenant, boardPlan, board, board, "LEAD", "INSPECTION",
                "Giám sát việc thu, chi quỹ đóng góp làm đường thôn 2",
                "Việc thu, chi, công khai quỹ do nhân dân đóng góp làm đường bê tông thôn 2.", committee, null,
                "Lê Văn Cường – Trưởng ban\nHoàng Thị Em – Phó Trưởng ban", today.plusDays(20), "PLANNED");
        UUID market = supervision(tenant, boardPlan, board, board, "LEAD", "INSPECTION",
                "Kiểm tra việc thu phí chợ Tân Phú theo phản ánh của tiểu thương",
                "Mức thu, biên lai và công khai phí chợ.", committee, null, "Lê Văn Cường – Trưởng ban",
                today.minusDays(18), "CONCLUDED");
        jdbc.sql("""
                        update sv_supervision set notice_sent_on = ?, session_held_on = ?, conclusion = ?, concluded_on = ?
                        where tenant_id = ? and id = ?""")
                .params(today.minusDays(26), today.minusDays(18), "Ban quản lý chợ thu phí vệ sinh cao hơn mức niêm yết.",
                        today.minusDays(16), tenant.value(), market).update();
        recommendation(tenant, SupervisionBody.INSPECTION_BOARD, market, board, committee,
                "Chỉ đạo Ban quản lý chợ thu đúng mức phí đã niêm yết và hoàn trả phần thu vượt.", today.minusDays(8));
        String[][] members = {
                {"Lê Văn Cường", "HEAD", "Thôn 1"}, {"Hoàng Thị Em", "DEPUTY", "Thôn 2"},
                {"Vũ Văn Giang", "MEMBER", "Thôn 1"}, {"Đặng Thị Hoa", "MEMBER", "Thôn 2"},
                {"Bùi Văn Khánh", "MEMBER", "Thôn 2"}};
        for (String[] m : members) {
            jdbc.sql("""
                            insert into sv_board_member (tenant_id, id, board_unit_id, full_name, position, village,
                                term_from, term_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), Ids.newId(clock), board.id().value(), m[0], m[1], m[2],
                            LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30), Timestamp.from(clock.instant()))
                    .update();
        }
        Unit investmentBoard = org.unitByCode(tenant, "TP-BGSDT").orElse(null);
        if (investmentBoard != null) {
            UUID projects = plan(tenant, investmentBoard, SupervisionBody.COMMUNITY_INVESTMENT, year,
                    "Các dự án giám sát đầu tư của cộng đồng năm " + year, LocalDate.of(year - 1, 12, 20));
            UUID project = supervision(tenant, projects, investmentBoard, investmentBoard, "LEAD", "INVESTMENT",
                    "Dự án xây dựng nhà văn hóa thôn 2",
                    "Tiến độ, chất lượng vật liệu, công khai dự toán và phần đóng góp của nhân dân.", committee, null,
                    "Hoàng Thị Em – Trưởng ban\nVũ Văn Giang – Thành viên", today.minusDays(12), "HELD");
            jdbc.sql("""
                            update sv_supervision set notice_sent_on = ?, session_held_on = ?, project_progress = 60
                            where tenant_id = ? and id = ?""")
                    .params(today.minusDays(20), today.minusDays(12), tenant.value(), project).update();
        }
        jdbc.sql("""
                        insert into sv_critique (tenant_id, id, front_unit_id, drafting_unit_id, draft_title, received_on,
                            submission_on, form, opinion, critique_on, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'MEETING', ?, ?, ?, 'demo')""")
                .params(tenant.value(), Ids.newId(clock), front.id().value(), committee.id().value(),
                        "Dự thảo Đề án chỉnh trang khu dân cư thôn 1", today.minusDays(25), today.plusDays(5),
                        "Đề nghị bổ sung phương án hỗ trợ các hộ phải dịch chuyển tường rào và công khai danh sách trước"
                                + " khi thực hiện.", today.minusDays(10), Timestamp.from(clock.instant())).update();
        log.info("Demo supervision data: Tân Phú Front plan, inspection board plan and members");
    }

    private UUID plan(TenantId tenant, Unit owner, SupervisionBody body, int year, String title, LocalDate adopted) {
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_plan (tenant_id, id, owner_unit_id, body, year, title, adopted_on, published,
                            created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, true, ?, 'demo')""")
                .params(tenant.value(), id, owner.id().value(), body.name(), year, title, adopted,
                        Timestamp.from(clock.instant())).update();
        return id;
    }

    private UUID supervision(TenantId tenant, UUID plan, Unit owner, Unit leading, String role, String form,
                             String title, String topic, Unit subject, String people, String team, LocalDate session,
                             String status) {
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into sv_supervision (tenant_id, id, plan_id, owner_unit_id, leading_unit_id, role, form,
                            title, topic, subject_unit_id, subject_people, team, session_on, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')""")
                .params(tenant.value(), id, plan, owner.id().value(), leading.id().value(), role, form, title, topic,
                        subject.id().value(), people, team, session, status, Timestamp.from(clock.instant())).update();
        return id;
    }

    private void recommendation(TenantId tenant, UUID supervision, Unit issuing, Unit addressed, String text,
                                LocalDate sentOn) {
        recommendation(tenant, SupervisionBody.FRONT, supervision, issuing, addressed, text, sentOn);
    }

    private void recommendation(TenantId tenant, SupervisionBody body, UUID supervision, Unit issuing, Unit addressed,
                                String text, LocalDate sentOn) {
        SupervisionDeadlines deadlines = recommendations.deadlines();
        int version = deadlines.version(body.answerRule(), sentOn).number();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from sv_recommendation where tenant_id = ?")
                .param(tenant.value()).query(Integer.class).single();
        jdbc.sql("""
                        insert into sv_recommendation (tenant_id, id, number, source, supervision_id, issuing_unit_id,
                            addressed_unit_id, text, sent_on, rule_id, rule_version, due_on, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING', ?, 'demo')""")
                .params(tenant.value(), Ids.newId(clock), number, body.name(), supervision, issuing.id().value(),
                        addressed.id().value(), text, sentOn, body.answerRule(), version,
                        deadlines.answerDue(body, sentOn), Timestamp.from(clock.instant())).update();
    }
}
