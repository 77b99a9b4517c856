package vn.lamchu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.shared.Actor;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.Ids;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.shared.TenantId;

/**
 * Issues the document of each handling step from the case: the forwarding letter (phiếu chuyển đơn, form 06-XLĐ), the
 * guidance reply (phiếu hướng dẫn, 03-XLĐ), the letter returning a forwarded letter (04-XLĐ), the chasing letter and
 * the answer to feedback (Thông tư 07/2014/TT-TTCP, Điều 7–9 and its forms; form numbers under Thông tư 05/2021 are
 * unconfirmed, RULEBOOK §16 item 1). The wording is the official Vietnamese of the document, whatever the reader's
 * language. Documents are numbered per issuing body and year.
 */
@Service
@Transactional
public class CaseDocuments {

    /** A document issued for a case. */
    public record IssuedDocument(UUID id, CaseId caseId, String kind, String number, Instant createdAt,
                                 String createdBy, DocumentContent content) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final CaseIntake intake;
    private final ObjectMapper json;
    private final Clock clock;

    CaseDocuments(JdbcClient jdbc, OrgDirectory org, CaseIntake intake, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    IssuedDocument issue(Actor actor, CitizenCase c, Decision decision) {
        LocalDate today = LegalTime.today(clock);
        Unit handling = org.unit(c.tenant, c.decidedBy != null ? c.decidedBy : c.handlingUnit).orElseThrow();
        Unit issuer = issuer(c.tenant, handling);
        Unit area = area(c.tenant, issuer);
        int no = nextNumber(c.tenant, issuer, today.getYear());
        String symbol = abbreviation(issuer.kind()) + "-" + suffix(handling.code());
        String number = no + "/" + symbol;
        // a denouncer is never named in a document (Luật Tố cáo 2018, Điều 47 khoản 2, Điều 56)
        List<Sender> senders = DenouncerIdentityPolicy.withholds(c.kind) ? List.of() : intake.senders(c.tenant, c.id);
        String senderLine = senderLine(c, senders);
        String targetName = decision.targetUnitId() != null
                ? org.unit(c.tenant, new vn.lamchu.shared.UnitId(decision.targetUnitId())).map(Unit::name).orElse(null)
                : decision.targetBody();
        String issuerName = issuer.name();
        String received = "Ngày " + DateText.of(c.receivedOn) + ", " + issuerName + " nhận được đơn " + senderLine
                + ", nội dung: “" + c.title + "” (hồ sơ số " + c.number + ").";
        List<String> paragraphs = new ArrayList<>();
        List<String> addressees = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        String kindTitle;
        String summary;
        switch (decision.kind()) {
            case FORWARD -> {
                kindTitle = "PHIẾU CHUYỂN ĐƠN";
                summary = "Về việc chuyển đơn " + kindWord(c);
                addressees.add(targetName);
                paragraphs.add(received);
                paragraphs.add("Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của " + issuerName
                        + ". Căn cứ quy định về xử lý đơn (Thông tư số 05/2021/TT-TTCP), " + issuerName + " chuyển đơn đến "
                        + targetName + " để xem xét, giải quyết theo thẩm quyền.");
                paragraphs.addAll(lines(decision.text()));
                paragraphs.add("Đề nghị " + targetName + " thông báo kết quả giải quyết cho người gửi đơn và cho "
                        + issuerName + " biết.");
                recipients.add("Như trên;");
                recipients.add("Người gửi đơn (để biết);");
            }
            case GUIDE -> {
                kindTitle = "PHIẾU HƯỚNG DẪN";
                summary = "Về việc hướng dẫn gửi đơn đến cơ quan có thẩm quyền";
                addressees.add(addressee(c, senders));
                paragraphs.add(received);
                paragraphs.add("Nội dung đơn không thuộc thẩm quyền giải quyết của " + issuerName + ". Đề nghị "
                        + honorific(c) + " gửi đơn đến " + targetName + " để được xem xét, giải quyết theo quy định của pháp luật.");
                paragraphs.addAll(lines(decision.text()));
                paragraphs.add("Việc hướng dẫn này được thực hiện một lần theo quy định.");
                recipients.add("Như trên;");
            }
            case RETURN -> {
                kindTitle = null;
                summary = "V/v trả lại đơn";
                addressees.add(c.forwardedBy);
                paragraphs.add(received.replace("nhận được đơn", "nhận được đơn do " + c.forwardedBy + " chuyển đến"));
                paragraphs.add("Nội dung đơn không thuộc thẩm quyền giải quyết của " + issuerName + ". " + issuerName
                        + " trả lại đơn để " + c.forwardedBy + " xem xét, chuyển đến cơ quan có thẩm quyền.");
                paragraphs.addAll(lines(decision.text()));
                recipients.add("Như trên;");
            }
            case CHASE -> {
                kindTitle = null;
                summary = "V/v đôn đốc giải quyết đơn";
                addressees.add(targetName);
                paragraphs.add(received);
                paragraphs.add("Vụ việc thuộc thẩm quyền giải quyết của " + targetName + " nhưng đến nay chưa được giải quyết. "
                        + issuerName + " đề nghị " + targetName + " khẩn trương giải quyết và báo cáo kết quả.");
                paragraphs.addAll(lines(decision.text()));
                recipients.add("Như trên;");
                recipients.add("Người gửi đơn (để biết);");
            }
            case ANSWER -> {
                kindTitle = null;
                summary = "V/v trả lời " + kindWord(c);
                addressees.add(addressee(c, senders));
                paragraphs.add(received);
                paragraphs.add("Sau khi xem xét, " + issuerName + " trả lời như sau:");
                paragraphs.addAll(lines(decision.text()));
                paragraphs.add(issuerName + " trân trọng cảm ơn " + honorific(c) + " đã quan tâm, phản ánh, kiến nghị.");
                recipients.add("Như trên;");
            }
            default -> throw new IllegalArgumentException("no document for " + decision.kind());
        }
        recipients.add("Lưu: VT, hồ sơ " + c.number + ".");
        DocumentContent content = new DocumentContent(null, issuerName.toUpperCase(Locale.forLanguageTag("vi")),
                number, placeName(area), today, kindTitle, summary, addressees, paragraphs, recipients,
                "TM. " + genericName(issuer.kind()), signerPosition(issuer.kind()), actor.displayName(),
                "Hồ sơ số " + c.number + " – văn bản tạo từ hệ thống Làm Chủ");
        return save(actor, c, decision.kind().name(), number, content);
    }

    /**
     * Stores a document issued for a case (by this class or by {@link ProceedingDocuments}). A denunciation's document
     * is stored without the denouncer's identity anywhere in its text: the office's texts may quote the letter, and
     * the letter may name its writer (Luật Tố cáo 2018, Điều 47 khoản 2, Điều 56 khoản 2).
     */
    IssuedDocument save(Actor actor, CitizenCase c, String kind, String number, DocumentContent issued) {
        DocumentContent content = issued;
        if (DenouncerIdentityPolicy.withholds(c.kind)) {
            List<Sender> protectedSenders = intake.senders(c.tenant, c.id);
            java.util.function.UnaryOperator<String> mask =
                    text -> vn.lamchu.cases.protection.DenouncerRedactor.mask(text, protectedSenders);
            content = new DocumentContent(issued.governingBody(), issued.issuingBody(), issued.numberAndSymbol(),
                    issued.place(), issued.date(), issued.kindTitle(), mask.apply(issued.summary()),
                    vn.lamchu.cases.protection.DenouncerRedactor.maskAll(issued.addressees(), protectedSenders),
                    vn.lamchu.cases.protection.DenouncerRedactor.maskAll(issued.paragraphs(), protectedSenders),
                    issued.recipients(), issued.signingAuthority(), issued.signerPosition(), issued.signerName(),
                    issued.footerNote());
        }
        UUID id = Ids.newId(clock);
        jdbc.sql("""
                        insert into case_document (tenant_id, id, case_id, kind, number, content, created_at, created_by)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(c.tenant.value(), id, c.id.value(), kind, number, json.writeValueAsString(content),
                        Timestamp.from(clock.instant()), actor.username())
                .update();
        return new IssuedDocument(id, c.id, kind, number, clock.instant(), actor.username(), content);
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> ofCase(TenantId tenant, CaseId caseId) {
        return jdbc.sql("""
                        select id, case_id, kind, number, content::text as content, created_at, created_by
                        from case_document where tenant_id = ? and case_id = ? order by created_at""")
                .params(tenant.value(), caseId.value()).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(TenantId tenant, CaseId caseId, UUID id) {
        return jdbc.sql("""
                        select id, case_id, kind, number, content::text as content, created_at, created_by
                        from case_document where tenant_id = ? and case_id = ? and id = ?""")
                .params(tenant.value(), caseId.value(), id).query(this::map).optional();
    }

    private IssuedDocument map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new IssuedDocument(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("kind"), rs.getString("number"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                json.readValue(rs.getString("content"), DocumentContent.class));
    }

    int nextNumber(TenantId tenant, Unit issuer, int year) {
        return jdbc.sql("""
                        insert into case_document_counter (tenant_id, unit_id, year, last_no) values (?, ?, ?, 1)
                        on conflict (tenant_id, unit_id, year) do update set last_no = case_document_counter.last_no + 1
                        returning last_no""")
                .params(tenant.value(), issuer.id().value(), year).query(Integer.class).single();
    }

    /** The body that signs for a unit: an office or board issues in the name of its People's Committee. */
    Unit issuer(TenantId tenant, Unit handling) {
        switch (handling.kind()) {
            case COUNCIL_AND_COMMITTEE_OFFICE, SPECIALISED_OFFICE, ONE_STOP_CENTRE, CITIZEN_RECEPTION_BOARD -> {
                Unit area = area(tenant, handling);
                return org.children(tenant, area.id()).stream()
                        .filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE && u.validTo() == null)
                        .findFirst().orElse(handling);
            }
            default -> {
                return handling;
            }
        }
    }

    Unit area(TenantId tenant, Unit unit) {
        if (unit.kind() == UnitKind.AREA) {
            return unit;
        }
        List<Unit> up = new ArrayList<>(org.ancestors(tenant, unit.id()));
        java.util.Collections.reverse(up);
        return up.stream().filter(u -> u.kind() == UnitKind.AREA).findFirst().orElse(unit);
    }

    /** The place name of the date line (địa danh, Nghị định 30/2020/NĐ-CP Phụ lục I): the area's name without its level. */
    public static String placeName(Unit area) {
        String name = area.name();
        for (String level : List.of("Thành phố ", "Thị trấn ", "Đặc khu ", "Phường ", "Tỉnh ", "Xã ")) {
            if (name.startsWith(level)) {
                return name.substring(level.length());
            }
        }
        return name;
    }

    static String abbreviation(UnitKind kind) {
        return switch (kind) {
            case PEOPLES_COMMITTEE -> "UBND";
            case PEOPLES_COUNCIL, PEOPLES_COUNCIL_STANDING_COMMITTEE, PEOPLES_COUNCIL_COMMITTEE -> "HĐND";
            case FATHERLAND_FRONT_COMMITTEE -> "MTTQ";
            case PARTY_COMMITTEE, PARTY_STANDING_BOARD, PARTY_OFFICE, PARTY_COMMISSION -> "ĐU";
            case PARTY_INSPECTION_COMMITTEE -> "UBKT";
            default -> "VP";
        };
    }

    static String genericName(UnitKind kind) {
        return switch (kind) {
            case PEOPLES_COMMITTEE -> "ỦY BAN NHÂN DÂN";
            case PEOPLES_COUNCIL, PEOPLES_COUNCIL_STANDING_COMMITTEE, PEOPLES_COUNCIL_COMMITTEE -> "THƯỜNG TRỰC HĐND";
            case FATHERLAND_FRONT_COMMITTEE -> "BAN THƯỜNG TRỰC";
            case PARTY_COMMITTEE, PARTY_STANDING_BOARD, PARTY_OFFICE, PARTY_COMMISSION -> "ĐẢNG ỦY";
            case PARTY_INSPECTION_COMMITTEE -> "ỦY BAN KIỂM TRA";
            default -> "CƠ QUAN";
        };
    }

    static String signerPosition(UnitKind kind) {
        return switch (kind) {
            case PARTY_COMMITTEE, PARTY_STANDING_BOARD, PARTY_OFFICE, PARTY_COMMISSION -> "BÍ THƯ";
            case PARTY_INSPECTION_COMMITTEE, PEOPLES_COMMITTEE, PEOPLES_COUNCIL, PEOPLES_COUNCIL_STANDING_COMMITTEE,
                 PEOPLES_COUNCIL_COMMITTEE, FATHERLAND_FRONT_COMMITTEE -> "CHỦ TỊCH";
            default -> "THỦ TRƯỞNG CƠ QUAN";
        };
    }

    /** The paragraphs of a text written in several lines. */
    static List<String> lines(String text) {
        return java.util.Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    static String suffix(String code) {
        int dash = code.lastIndexOf('-');
        return dash >= 0 ? code.substring(dash + 1) : code;
    }

    private static String kindWord(CitizenCase c) {
        return c.kind == ContentKind.RECOMMENDATION ? "kiến nghị" : "phản ánh";
    }

    private static String honorific(CitizenCase c) {
        return c.anonymous ? "người gửi đơn" : "Ông/Bà";
    }

    private static String senderLine(CitizenCase c, List<Sender> senders) {
        if (DenouncerIdentityPolicy.withholds(c.kind) && !c.anonymous) {
            return "của người tố cáo (thông tin về người tố cáo được giữ bí mật)";
        }
        if (c.anonymous || senders.isEmpty()) {
            return "không ghi tên người gửi";
        }
        Sender first = senders.get(0);
        String line = "của Ông/Bà " + first.name() + (first.address() != null ? ", địa chỉ: " + first.address() : "");
        return senders.size() > 1 ? line + " và " + (senders.size() - 1) + " người khác" : line;
    }

    private static String addressee(CitizenCase c, List<Sender> senders) {
        if (DenouncerIdentityPolicy.withholds(c.kind) && !c.anonymous) {
            return "Người tố cáo (hồ sơ số " + c.number + ")";
        }
        if (c.anonymous || senders.isEmpty()) {
            return "Người gửi đơn (hồ sơ số " + c.number + ")";
        }
        Sender first = senders.get(0);
        return "Ông/Bà " + first.name() + (first.address() != null ? ", " + first.address() : "");
    }
}
