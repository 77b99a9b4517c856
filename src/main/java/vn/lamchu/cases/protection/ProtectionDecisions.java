package vn.lamchu.cases.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.protection.ProtectionRequest.Measure;
import vn.lamchu.cases.protection.ProtectionRequest.Person;
import vn.lamchu.cases.protection.ProtectionRequest.Relationship;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.LegalTime;

/**
 * The decision applying protection measures (Luật Tố cáo 2018, Điều 52 khoản 2: date, basis, protected persons,
 * measures, bodies responsible, start). The copy issued from the system names the protected persons only as "người
 * tố cáo" and the relatives by their relationship, never by name or address (Điều 47 khoản 2): names and addresses stay
 * in the sealed protection file (Điều 55). Numbered per issuing body and year, symbol "QĐ-BVNTC".
 */
@Component
class ProtectionDecisions {

    static final String SYMBOL = "QĐ-BVNTC";

    record Issued(String number, OfficialDocument document) {
    }

    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProtectionDecisions(OrgDirectory org, JdbcClient jdbc, Clock clock) {
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Issued issue(Actor actor, CitizenCase c, ProtectionRequest r) {
        LocalDate today = LegalTime.today(clock);
        Unit handling = org.unit(c.tenant(), c.handlingUnit()).orElseThrow();
        Unit issuer = issuer(c, handling);
        int no = jdbc.sql("""
                        insert into protection_document_counter (tenant_id, unit_id, year, last_no) values (?, ?, ?, 1)
                        on conflict (tenant_id, unit_id, year) do update set last_no = protection_document_counter.last_no + 1
                        returning last_no""")
                .params(c.tenant().value(), issuer.id().value(), today.getYear()).query(Integer.class).single();
        String number = OfficialDocument.numberAndSymbol(no, SYMBOL);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;");
        paragraphs.add("Căn cứ các điều 47, 51 và 52 của Luật Tố cáo về bảo vệ người tố cáo;");
        paragraphs.add("Xét " + (r.initiative() == ProtectionRequest.Initiative.DENOUNCER
                ? "đề nghị áp dụng biện pháp bảo vệ của người tố cáo ngày " + DateText.of(r.requestedOn())
                : "căn cứ áp dụng biện pháp bảo vệ phát hiện trong quá trình giải quyết tố cáo")
                + " trong hồ sơ số " + c.number() + ";");
        paragraphs.add("QUYẾT ĐỊNH:");
        paragraphs.add("Điều 1. Áp dụng biện pháp bảo vệ đối với " + persons(r.persons()) + ".");
        paragraphs.add("Biện pháp bảo vệ: " + r.grantedMeasures().stream().sorted().map(ProtectionDecisions::measure)
                .collect(Collectors.joining("; ")) + ".");
        paragraphs.add("Lý do: " + r.decisionReasons());
        paragraphs.add("Điều 2. Cơ quan, tổ chức, cá nhân có trách nhiệm thực hiện biện pháp bảo vệ: "
                + r.responsibleBodies() + ".");
        paragraphs.add("Điều 3. Thời điểm bắt đầu thực hiện biện pháp bảo vệ: ngày " + DateText.of(r.startOn())
                + ". Việc bảo vệ chấm dứt theo khoản 2 Điều 54 Luật Tố cáo.");
        paragraphs.add("Điều 4. Thông tin về người được bảo vệ được giữ bí mật theo khoản 2 Điều 47 Luật Tố cáo. "
                + "Quyết định này có hiệu lực kể từ ngày ký.");
        List<String> recipients = List.of("Người được bảo vệ;", "Người giải quyết tố cáo;",
                r.responsibleBodies() + ";", "Lưu: VT, hồ sơ bảo vệ " + c.number() + ".");
        OfficialDocument document = new OfficialDocument(null, issuer.name().toUpperCase(Locale.forLanguageTag("vi")),
                number, vn.lamchu.cases.CaseDocuments.placeName(area(c, issuer)), today, "QUYẾT ĐỊNH", "Áp dụng biện pháp bảo vệ người tố cáo",
                List.of(), paragraphs, recipients, null, "Người giải quyết tố cáo", actor.displayName(),
                "Hồ sơ số " + c.number() + " – văn bản tạo từ hệ thống Làm Chủ");
        return new Issued(number, document);
    }

    /** "người tố cáo", "vợ hoặc chồng của người tố cáo" …: never a name (Điều 47 khoản 2). */
    static String persons(List<Person> persons) {
        Set<String> out = new LinkedHashSet<>();
        for (Relationship relationship : Relationship.values()) {
            if (persons.stream().anyMatch(p -> p.relationship() == relationship)) {
                out.add(switch (relationship) {
                    case DENOUNCER -> "người tố cáo";
                    case SPOUSE -> "vợ hoặc chồng của người tố cáo";
                    case PARENT -> "cha, mẹ (đẻ hoặc nuôi) của người tố cáo";
                    case CHILD -> "con (đẻ hoặc nuôi) của người tố cáo";
                });
            }
        }
        return String.join(", ", out);
    }

    static String measure(Measure measure) {
        return switch (measure) {
            case CONFIDENTIALITY -> "bảo vệ bí mật thông tin của người tố cáo (Điều 56)";
            case JOB -> "bảo vệ vị trí công tác, việc làm (Điều 57)";
            case LIFE_HEALTH -> "bảo vệ tính mạng, sức khỏe (Điều 58)";
            case PROPERTY -> "bảo vệ tài sản (Điều 58)";
            case HONOUR -> "bảo vệ danh dự, nhân phẩm (Điều 58)";
        };
    }

    /** An office decides in the name of its People's Committee. */
    private Unit issuer(CitizenCase c, Unit handling) {
        if (handling.kind() == UnitKind.PEOPLES_COMMITTEE || handling.parentId() == null) {
            return handling;
        }
        return org.children(c.tenant(), handling.parentId()).stream()
                .filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE && u.validTo() == null)
                .findFirst().orElse(handling);
    }

    private Unit area(CitizenCase c, Unit unit) {
        List<Unit> up = new ArrayList<>(org.ancestors(c.tenant(), unit.id()));
        Collections.reverse(up);
        return unit.kind() == UnitKind.AREA ? unit
                : up.stream().filter(u -> u.kind() == UnitKind.AREA).findFirst().orElse(unit);
    }
}
