package vn.lamchu.voters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.lamchu.cases.CaseDocuments;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Post;
import vn.lamchu.org.PostHolding;
import vn.lamchu.org.Unit;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * The two documents of a compilation, as reports (báo cáo) of the People's Council in the layout of Nghị định
 * 30/2020/NĐ-CP: the compilation of voters' opinions for a session, sent to the council's standing committee, and the
 * report of the answers, presented to voters at a later meeting. The number is left blank for the office to fill in
 * ("/BC-HĐND"); the council's chair signs for the standing committee. The wording is the official Vietnamese,
 * whatever the reader's language. Voters are never named: the opinions are given as compiled.
 */
@Component
public class VoterDocuments {

    private final OrgDirectory org;
    private final Clock clock;

    VoterDocuments(OrgDirectory org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** The compilation of voters' opinions for the session. */
    public OfficialDocument compilation(TenantId tenant, VoterCompilations.CompilationView v) {
        Unit council = org.unit(tenant, new UnitId(v.councilUnitId())).orElseThrow();
        String session = v.sessionName();
        List<String> body = new ArrayList<>();
        body.add("Thực hiện chương trình tiếp xúc cử tri trước " + lower(session) + ", các đại biểu " + council.name()
                + " đã tiếp xúc cử tri và ghi nhận " + v.opinions().size()
                + " ý kiến, kiến nghị. " + council.name() + " tổng hợp như sau:");
        int n = 1;
        for (VoterQueries.OpinionView o : v.opinions()) {
            body.add(n++ + ". " + kindLabel(o.kind()) + ": " + o.text() + " (hồ sơ số " + o.caseNumber() + "; đơn vị xử lý: "
                    + (o.handlingUnitName() == null ? "chưa xác định" : o.handlingUnitName()) + ")"
                    + (o.spotAnswer() != null ? " — đã được trả lời tại hội nghị (" + o.spotAnswerer() + ")." : "."));
        }
        body.add("Kính đề nghị Thường trực " + council.name() + " chuyển các ý kiến, kiến nghị trên đến cơ quan có thẩm "
                + "quyền xem xét, trả lời cử tri và báo cáo tại kỳ họp.");
        return document(council, "Tổng hợp ý kiến, kiến nghị của cử tri trước " + lower(session),
                List.of(v.sentTo() != null ? v.sentTo() : "Thường trực " + council.name()), body,
                v.compiledOn(), List.of("Thường trực " + council.name(), "Ủy ban nhân dân cùng cấp",
                        "Ban Thường trực Ủy ban MTTQ Việt Nam cùng cấp", "Lưu: VT"));
    }

    /** The report of the answers to the compiled opinions, for voters, as they stand on its day. */
    public OfficialDocument report(TenantId tenant, VoterCompilations.CompilationView v) {
        Unit council = org.unit(tenant, new UnitId(v.councilUnitId())).orElseThrow();
        List<String> body = new ArrayList<>();
        body.add("Các ý kiến, kiến nghị của cử tri trước " + lower(v.sessionName()) + " đã được tổng hợp"
                + (v.sentOn() != null ? " và gửi " + v.sentTo() + " ngày " + DateText.of(v.sentOn()) : "")
                + ". Đến nay, trong tổng số " + v.opinions().size() + " ý kiến, kiến nghị, đã trả lời " + v.answered()
                + ", đã giải quyết xong " + v.resolved() + "; kết quả cụ thể như sau:");
        int n = 1;
        for (VoterQueries.OpinionView o : v.opinions()) {
            String result = o.progress().answered()
                    ? "Trả lời của " + o.answeringBody() + ": " + o.answer()
                    : o.progress().resolved() ? "Đã xử lý theo quy định (hồ sơ số " + o.caseNumber() + ")."
                    : "Đang được " + o.handlingUnitName() + " xem xét, giải quyết (hồ sơ số " + o.caseNumber() + ").";
            body.add(n++ + ". " + o.text());
            body.add("Kết quả: " + result);
        }
        if (v.reportMeetingId() != null) {
            body.add("Báo cáo này được trình bày tại hội nghị tiếp xúc cử tri ngày " + DateText.of(v.reportMeetingDay())
                    + ", " + v.reportMeetingVenue() + ".");
        }
        LocalDate date = v.reportOn() != null ? v.reportOn() : LegalTime.today(clock);
        return document(council, "Kết quả trả lời ý kiến, kiến nghị của cử tri trước " + lower(v.sessionName()),
                List.of("Cử tri " + lower(place(tenant, council))), body, date,
                List.of("Thường trực " + council.name(), "Ủy ban nhân dân cùng cấp",
                        "Ban Thường trực Ủy ban MTTQ Việt Nam cùng cấp", "Lưu: VT"));
    }

    private OfficialDocument document(Unit council, String summary, List<String> addressees, List<String> body,
                                      LocalDate date, List<String> recipients) {
        Unit area = council.parentId() == null ? council : org.unit(council.tenantId(), council.parentId()).orElse(council);
        String chair = org.holders(council.tenantId(), council.id(), Post.CHAIR, date).stream()
                .map(PostHolding::personName).findFirst().orElse(null);
        return new OfficialDocument(null, council.name(), "/BC-HĐND", CaseDocuments.placeName(area), date, "Báo cáo",
                summary, addressees, body, recipients, "TM. Thường trực HĐND", "Chủ tịch", chair,
                "Văn bản tạo từ hệ thống Làm Chủ");
    }

    private String place(TenantId tenant, Unit council) {
        return council.parentId() == null ? council.name()
                : org.unit(tenant, council.parentId()).map(Unit::name).orElse(council.name());
    }

    private static String kindLabel(ContentKind kind) {
        return kind == ContentKind.RECOMMENDATION ? "Kiến nghị" : "Phản ánh";
    }

    private static String lower(String sessionName) {
        return sessionName.isEmpty() ? sessionName
                : sessionName.substring(0, 1).toLowerCase(Locale.ROOT) + sessionName.substring(1);
    }
}
