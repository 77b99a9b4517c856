package vn.lamchu.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.UnitId;

/**
 * The documents of a supervision in the official layout (Nghị định 30/2020/NĐ-CP), as drafts without number and
 * signature, to be printed, numbered and signed: the yearly plan, the notice to the supervised body (NQLT 403/2017
 * Điều 7), the decision establishing the team (Điều 7), the team's report (Điều 9) and the recommendation letter
 * (Điều 9). Rendered to DOCX and PDF by {@code documents.OfficialDocuments}.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDocuments {

    /** Labels {@code supervision.doc.NAME}. */
    public enum Kind { PLAN, NOTICE, TEAM_DECISION, REPORT, RECOMMENDATION }

    private final Supervisions supervisions;
    private final Recommendations recommendations;
    private final OrgDirectory org;
    private final SupervisionUnits units;
    private final Clock clock;

    SupervisionDocuments(Supervisions supervisions, Recommendations recommendations, OrgDirectory org,
                         SupervisionUnits units, Clock clock) {
        this.supervisions = supervisions;
        this.recommendations = recommendations;
        this.org = org;
        this.units = units;
        this.clock = clock;
    }

    /** The yearly plan with its supervisions. */
    public OfficialDocument plan(Actor actor, UUID planId) {
        Supervisions.Plan plan = supervisions.plan(actor, planId);
        List<String> body = new ArrayList<>();
        body.add("Căn cứ Luật Mặt trận Tổ quốc Việt Nam và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN,"
                + " " + plan.ownerUnitName() + " ban hành kế hoạch giám sát năm " + plan.year() + " như sau:");
        int i = 1;
        for (Supervision s : supervisions.ofPlan(actor, planId)) {
            body.add(i++ + ". " + s.title() + " — đối tượng: " + s.subjectUnitName() + "; "
                    + (s.role() == Supervision.Role.LEAD ? "chủ trì: " : "phối hợp với: ") + s.leadingUnitName()
                    + (s.sessionOn() == null ? "" : "; thời gian dự kiến: " + DateText.of(s.sessionOn())) + ".");
        }
        if (i == 1) {
            body.add("(Chưa có cuộc giám sát nào trong kế hoạch.)");
        }
        return document(actor, plan.ownerUnitId(), "Kế hoạch", "Giám sát năm " + plan.year(), List.of(), body,
                List.of("Thường trực HĐND, UBND", "Lưu: VT"));
    }

    /** A document of a supervision. */
    public OfficialDocument of(Actor actor, UUID supervisionId, Kind kind) {
        Supervision s = supervisions.supervision(actor, supervisionId);
        List<String> recipients = List.of(s.subjectUnitName(), "Lưu: VT");
        return switch (kind) {
            case NOTICE -> document(actor, s.ownerUnitId(), "Thông báo", "Kế hoạch giám sát: " + s.title(),
                    List.of(s.subjectUnitName()), noticeBody(s), recipients);
            case TEAM_DECISION -> document(actor, s.ownerUnitId(), "Quyết định", "Thành lập Đoàn giám sát: " + s.title(),
                    List.of(), teamBody(s), List.of("Như Điều 2", s.subjectUnitName(), "Lưu: VT"));
            case REPORT -> document(actor, s.ownerUnitId(), "Báo cáo", "Kết quả giám sát: " + s.title(), List.of(),
                    reportBody(actor, s), List.of("Ban Thường trực Ủy ban MTTQ cấp trên", s.subjectUnitName(), "Lưu: VT"));
            case RECOMMENDATION -> document(actor, s.leadingUnitId(), null, "Kiến nghị sau giám sát: " + s.title(),
                    List.of(s.subjectUnitName()), recommendationBody(actor, s), recipients);
            case PLAN -> plan(actor, s.planId());
        };
    }

    private List<String> noticeBody(Supervision s) {
        List<String> body = new ArrayList<>();
        body.add("Thực hiện kế hoạch giám sát năm " + s.planYear() + ", " + s.leadingUnitName() + " tổ chức giám sát "
                + s.title() + " tại " + s.subjectUnitName() + ".");
        body.add("Nội dung giám sát: " + s.topic());
        if (s.sessionOn() != null) {
            body.add("Thời gian làm việc: ngày " + DateText.of(s.sessionOn()) + ".");
            body.add("Đề nghị " + s.subjectUnitName() + " gửi báo cáo bằng văn bản và tài liệu liên quan đến Đoàn giám sát"
                    + " chậm nhất ngày " + DateText.of(recommendations.deadlines().reportLatest(s.sessionOn()))
                    + " (ít nhất 07 ngày trước ngày làm việc, Điều 7 Nghị quyết liên tịch số 403/2017).");
        }
        return body;
    }

    private List<String> teamBody(Supervision s) {
        List<String> body = new ArrayList<>();
        body.add("Điều 1. Thành lập Đoàn giám sát " + s.title() + " tại " + s.subjectUnitName() + ", gồm các ông (bà):");
        List<String> members = s.teamMembers();
        for (int i = 0; i < members.size(); i++) {
            body.add("- " + members.get(i) + (i == 0 ? " (Trưởng đoàn)" : "") + ";");
        }
        body.add("Điều 2. Đoàn giám sát có nhiệm vụ: " + s.topic() + " Trưởng đoàn báo cáo kết quả giám sát trong thời hạn"
                + " 15 ngày kể từ ngày kết thúc làm việc (Điều 9 Nghị quyết liên tịch số 403/2017).");
        body.add("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Đoàn giám sát và các cơ quan, tổ chức có liên quan chịu"
                + " trách nhiệm thi hành Quyết định này.");
        return body;
    }

    private List<String> reportBody(Actor actor, Supervision s) {
        List<String> body = new ArrayList<>();
        body.add("Đoàn giám sát đã làm việc với " + s.subjectUnitName()
                + (s.sessionHeldOn() == null ? "." : " ngày " + DateText.of(s.sessionHeldOn()) + "."));
        body.add("Nội dung giám sát: " + s.topic());
        body.add("Kết luận: " + (s.conclusion() == null ? "(chưa kết luận)" : s.conclusion()));
        recommendationLines(actor, s, body);
        return body;
    }

    private List<String> recommendationBody(Actor actor, Supervision s) {
        List<String> body = new ArrayList<>();
        body.add("Qua giám sát " + s.title() + ", " + s.leadingUnitName() + " kiến nghị:");
        recommendationLines(actor, s, body);
        body.add("Đề nghị " + s.subjectUnitName() + " xem xét, giải quyết và trả lời bằng văn bản theo quy định"
                + " (Điều 29 Luật Mặt trận Tổ quốc Việt Nam).");
        return body;
    }

    private void recommendationLines(Actor actor, Supervision s, List<String> body) {
        for (Recommendation r : recommendations.inScope(actor, s.id(), 200)) {
            body.add(r.code() + ". " + r.text() + " (gửi " + r.addressedUnitName() + "; hạn trả lời "
                    + DateText.of(r.dueOn()) + ")");
        }
    }

    private OfficialDocument document(Actor actor, UnitId issuer, String kindTitle, String summary,
                                      List<String> addressees, List<String> body, List<String> recipients) {
        Unit unit = org.unit(actor.tenantId(), issuer).orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        String place = units.area(actor.tenantId(), issuer).map(Unit::name)
                .map(n -> n.replaceFirst("^(Xã|Phường|Thị trấn|Tỉnh|Thành phố) ", "")).orElse(unit.name());
        String governing = unit.parentId() == null ? null
                : org.unit(actor.tenantId(), unit.parentId()).filter(p -> p.kind() != vn.lamchu.org.UnitKind.AREA)
                .map(Unit::name).orElse(null);
        return new OfficialDocument(governing, unit.name(), null, place, LegalTime.today(clock), kindTitle, summary,
                addressees, body, recipients, "TM. Ban Thường trực", "Chủ tịch", null, null);
    }
}
