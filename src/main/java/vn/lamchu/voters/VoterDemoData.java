package vn.lamchu.voters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.Classification;
import vn.lamchu.cases.Competence;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.Decision;
import vn.lamchu.cases.DecisionKind;
import vn.lamchu.cases.Eligibility;
import vn.lamchu.cases.Signatories;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Post;
import vn.lamchu.org.PostHolding;
import vn.lamchu.org.Tenant;
import vn.lamchu.org.Unit;
import vn.lamchu.platform.LamChuProperties;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;

/**
 * Demo data for voter meetings (first start with {@code lamchu.demo-data}, idempotent): the People's Council of Tân Phú
 * with its term, two sessions and one constituency (Thôn 1, Thôn 2) with the council's deputies of the organisation
 * demo; a meeting held ten days ago before the next session, with three opinions (one answered on the spot, one answered
 * by the commune, one in handling); and a meeting coming in a week. Dates are relative to the clock.
 *
 * <p>The opinions enter through the one intake like any recorded by staff: the seeder signs in as the demo accounts
 * ({@code xuly.tp} records, {@code lanhdao.tp} answers) with the demo password, through the application's own
 * authentication; if those accounts are missing or their password was changed, it seeds nothing.
 */
@Component
@Order(45)
class VoterDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VoterDemoData.class);
    private static final String DEMO_PASSWORD = "LamChu@2026";

    private final LamChuProperties properties;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final VoterSetup setup;
    private final VoterMeetings meetings;
    private final CaseHandling handling;
    private final AuthenticationProvider authentication;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VoterDemoData(LamChuProperties properties, OrgDirectory org, JdbcClient jdbc, VoterSetup setup,
                  VoterMeetings meetings, CaseHandling handling, AuthenticationProvider authentication,
                  TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.org = org;
        this.jdbc = jdbc;
        this.setup = setup;
        this.meetings = meetings;
        this.handling = handling;
        this.authentication = authentication;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        Optional<Tenant> tenant = org.tenants().stream().filter(t -> "HOA-AN".equals(t.code())).findFirst();
        if (tenant.isEmpty()) {
            return;
        }
        TenantId t = tenant.get().id();
        Optional<Unit> council = org.unitByCode(t, "TP-HDND");
        Optional<Unit> commune = org.unitByCode(t, "TP");
        if (council.isEmpty() || commune.isEmpty() || jdbc.sql("select count(*) from voter_term where tenant_id = ?")
                .param(t.value()).query(Integer.class).single() > 0) {
            return;
        }
        try {
            UUID[] ids = as("xuly.tp", () -> transactions.execute(s -> seed(t, council.get(), commune.get())));
            as("lanhdao.tp", () -> transactions.execute(s -> answer(new CaseId(ids[1]))));
            log.info("Demo voter meetings: 2 meetings, 3 opinions");
        } catch (AuthenticationException e) {
            log.info("Demo voter meetings not seeded: the demo accounts cannot sign in");
        }
    }

    /** Seeds the setup and the meetings; returns the held meeting, the case to answer and the coming meeting. */
    private UUID[] seed(TenantId t, Unit council, Unit commune) {
        LocalDate today = LegalTime.today(clock);
        UUID term = setup.addTerm(council.id().value(), "Khóa I, nhiệm kỳ 2026–2031", today.minusMonths(6).withDayOfMonth(1),
                null);
        setup.addSession(term, 1, SessionKind.REGULAR, "Kỳ họp thứ nhất", today.minusMonths(5));
        UUID session2 = setup.addSession(term, 2, SessionKind.REGULAR, "Kỳ họp thứ hai", today.plusDays(30));
        List<UUID> villages = org.children(t, commune.id()).stream()
                .filter(u -> u.code().equals("TP-T1") || u.code().equals("TP-T2")).map(u -> u.id().value()).toList();
        UUID constituency = setup.addConstituency(term, 1, "Đơn vị bầu cử số 1", villages);
        List<UUID> deputies = org.holders(t, council.id(), Post.DEPUTY, today).stream().map(PostHolding::personId)
                .distinct().map(person -> setup.addDeputy(constituency, person, null)).toList();
        UUID held = meetings.plan(new VoterMeetings.Plan(council.id().value(), constituency, session2,
                MeetingTiming.BEFORE_SESSION, "Lấy ý kiến cử tri về nội dung Kỳ họp thứ hai", commune.id().value(),
                "Nhà văn hóa Thôn 1, xã Tân Phú", today.minusDays(10).atTime(LocalTime.of(8, 0)), deputies));
        meetings.hold(held, null, new VoterMeetings.Held(today.minusDays(10), 85, null, null));
        meetings.raise(held, new VoterMeetings.Opinion(ContentKind.RECOMMENDATION,
                "Đề nghị UBND xã sớm sửa chữa tuyến đường liên thôn từ Thôn 1 đi Thôn 2 đã xuống cấp, nhiều ổ gà, mùa mưa "
                        + "đi lại rất khó khăn.", null, null, null,
                "UBND xã đã đưa tuyến đường liên thôn Thôn 1 – Thôn 2 vào kế hoạch sửa chữa, dự kiến thi công trong quý I "
                        + "năm tới.", "Bà Trần Thị Mai, Chủ tịch UBND xã"));
        VoterMeetings.Raised waste = meetings.raise(held, new VoterMeetings.Opinion(ContentKind.FEEDBACK,
                "Cử tri phản ánh tình trạng đổ rác thải không đúng nơi quy định ở khu vực chợ Tân Phú, gây ô nhiễm môi "
                        + "trường.", null, "Nguyễn Văn Ba", "Thôn 1, xã Tân Phú", null, null));
        meetings.raise(held, new VoterMeetings.Opinion(ContentKind.RECOMMENDATION,
                "Đề nghị xem xét hỗ trợ kinh phí sửa chữa mái nhà văn hóa Thôn 2 bị dột.", null, null, null, null, null));
        UUID coming = meetings.plan(new VoterMeetings.Plan(council.id().value(), constituency, session2,
                MeetingTiming.BEFORE_SESSION, "Báo cáo dự kiến nội dung Kỳ họp thứ hai, lấy ý kiến cử tri",
                commune.id().value(), "Hội trường UBND xã Tân Phú", today.plusDays(7).atTime(LocalTime.of(8, 0)),
                deputies));
        return new UUID[] {held, waste.caseId().value(), coming};
    }

    private Object answer(CaseId id) {
        handling.classify(id, null, new Classification(ContentKind.FEEDBACK, Eligibility.ELIGIBLE, null,
                Competence.WITHIN, Signatories.ONE, 1, null, null));
        handling.decide(id, null, new Decision(DecisionKind.ACCEPT, "Giao Phòng Kinh tế kiểm tra, xử lý.", null, null));
        handling.decide(id, null, new Decision(DecisionKind.ANSWER, "UBND xã đã bố trí thêm điểm tập kết rác và tổ chức "
                + "thu gom hằng ngày tại khu vực chợ Tân Phú; lực lượng công an xã kiểm tra, xử lý người đổ rác sai quy định.",
                null, null));
        return null;
    }

    private <T> T as(String username, Supplier<T> work) {
        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, DEMO_PASSWORD));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
