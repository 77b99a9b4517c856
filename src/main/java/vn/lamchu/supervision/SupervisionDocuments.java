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
    private final Critiques critiques;
    private final OrgDirectory org;
    private final SupervisionUnits units;
    private final Clock clock;

    SupervisionDocuments(Supervisions supervisions, Recommendations recommendations, Critiques critiques,
                         OrgDirectory org, SupervisionUnits units, Clock clock) {
        this.supervisions = supervisions;
        this.recommendations = recommendations;
        this.critiques = critiques;
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

    /**
     * The Front's social critique of a draft (Luật MTTQ 2015 Điều 34–36; NQLT 403/2017 Điều 19): sent to the drafting
     * body, which must reply in writing and explain what it does not accept.
     */
    public OfficialDocument critique(Actor actor, UUID critiqueId) {
        Critiques.Critique c = critiques.get(actor, critiqueId);
        List<String> body = new ArrayList<>();
        body.add("Ngày " + DateText.of(c.receivedOn()) + ", " + c.frontUnitName() + " nhận được dự thảo " + c.draftTitle()
                + " của " + c.draftingUnitName() + " đề nghị phản biện xã hội.");
        body.add("Thực hiện Điều 33 đến Điều 36 Luật Mặt trận Tổ quốc Việt Nam, sau khi tổ chức phản biện, "
                + c.frontUnitName() + " có ý kiến như sau:");
        body.add(c.opinion() == null ? "(chưa có ý kiến phản biện)" : c.opinion());
        body.add("Đề nghị " + c.draftingUnitName() + " nghiên cứu, tiếp thu và trả lời bằng văn bản; giải trình những"
                + " kiến nghị không tiếp thu (Điều 36 Luật Mặt trận Tổ quốc Việt Nam).");
        return document(actor, c.frontUnitId(), "Văn bản phản biện xã hội", c.draftTitle(),
                List.of(c.draftingUnitName()), body, List.of(c.draftingUnitName(), "Lưu: VT"));
    }

    /**
     * The People's Inspection Board's report to the commune Front committee for a period (Luật DCCS 2022 Điều 39;
     * ND 59/2023 Điều 15): its inspections and its recommendations with their answers.
     */
    public OfficialDocument boardReport(Actor actor, UnitId board, java.time.LocalDate from, java.time.LocalDate to) {
        Unit boardUnit = org.unit(actor.tenantId(), board).orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        String front = boardUnit.parentId() == null ? "Ủy ban MTTQ"
                : org.unit(actor.tenantId(), boardUnit.parentId()).map(Unit::name).orElse("Ủy ban MTTQ");
        List<String> body = new ArrayList<>();
        body.add(boardUnit.name() + " báo cáo kết quả hoạt động từ ngày " + DateText.of(from) + " đến ngày "
                + DateText.of(to) + " như sau:");
        body.add("1. Các cuộc giám sát:");
        int n = 0;
        for (Supervisions.Plan plan : supervisions.plans(actor)) {
            if (!plan.ownerUnitId().equals(board)) {
                continue;
            }
            for (Supervision s : supervisions.ofPlan(actor, plan.id())) {
                java.time.LocalDate day = s.sessionHeldOn() != null ? s.sessionHeldOn() : s.sessionOn();
                if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                    body.add("- " + s.title() + " (" + s.subjectUnitName() + ", " + DateText.of(day) + "): "
                            + (s.conclusion() == null ? "đang thực hiện" : s.conclusion()));
                    n++;
                }
            }
        }
        if (n == 0) {
            body.add("- Không có cuộc giám sát nào trong kỳ.");
        }
        body.add("2. Kiến nghị và kết quả trả lời:");
        java.time.LocalDate today = LegalTime.today(clock);
        int k = 0;
        for (Recommendation r : recommendations.inScope(actor, null, 500)) {
            if (r.issuingUnitId().equals(board) && !r.sentOn().isBefore(from) && !r.sentOn().isAfter(to)) {
                body.add("- " + r.code() + ": " + r.text() + " — " + r.addressedUnitName() + ", "
                        + (r.answeredOn() != null ? "đã trả lời ngày " + DateText.of(r.answeredOn())
                        : r.overdue(today) ? "quá hạn chưa trả lời (hạn " + DateText.of(r.dueOn()) + ")"
                        : "chờ trả lời (hạn " + DateText.of(r.dueOn()) + ")") + ".");
                k++;
            }
        }
        if (k == 0) {
            body.add("- Không có kiến nghị nào trong kỳ.");
        }
        return document(actor, board, "Báo cáo", "Kết quả hoạt động của Ban Thanh tra nhân dân", List.of(front), body,
                List.of(front, "Lưu: Ban TTND"), "TM. Ban Thanh tra nhân dân", "Trưởng ban");
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
        return document(actor, issuer, kindTitle, summary, addressees, body, recipients, "TM. Ban Thường trực",
                "Chủ tịch");
    }

    private OfficialDocument document(Actor actor, UnitId issuer, String kindTitle, String summary,
                                      List<String> addressees, List<String> body, List<String> recipients,
                                      String authority, String position) {
        Unit unit = org.unit(actor.tenantId(), issuer).orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        String place = units.area(actor.tenantId(), issuer).map(Unit::name)
                .map(n -> n.replaceFirst("^(Xã|Phường|Thị trấn|Tỉnh|Thành phố) ", "")).orElse(unit.name());
        String governing = unit.parentId() == null ? null
                : org.unit(actor.tenantId(), unit.parentId()).filter(p -> p.kind() != vn.lamchu.org.UnitKind.AREA)
                .map(Unit::name).orElse(null);
        return new OfficialDocument(governing, unit.name(), null, place, LegalTime.today(clock), kindTitle, summary,
                addressees, body, recipients, authority, position, null, null);
    }
}
