package vn.lamchu.reception;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.org.OrgDirectory;
import vn.lamchu.org.Unit;
import vn.lamchu.org.UnitKind;
import vn.lamchu.rules.DateText;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.TenantId;
import vn.lamchu.shared.UnitId;

/**
 * The reception book (sổ tiếp công dân) for any period, with the columns of Luật Tiếp công dân 2013, Điều 25 khoản 2
 * and Thông tư 04/2021/TT-TTCP Mẫu số 03 (RULEBOOK §1.3): number, date, name and address, ID, content, classification
 * and number of persons, the body that resolved it before, the handling (accepted / returned with guidance /
 * forwarded), the result follow-up and notes. One line per matter raised. A visitor who raised a denunciation is printed
 * without name, address or ID on every line of that visit (Luật Tố cáo 2018, Điều 47 khoản 2; RULEBOOK §15.3): the
 * book stays in the office, the print may not.
 * Also the leader's conclusion notice of a session as an official document (Nghị định 30/2020/NĐ-CP layout).
 */
@Service
public class ReceptionBook {

    static final int MAX_DAYS = 366;
    static final String WITHHELD = "[Giữ bí mật thông tin người tố cáo]";

    private final ReceptionSessions sessions;
    private final OrgDirectory org;
    private final CurrentActor currentActor;

    ReceptionBook(ReceptionSessions sessions, OrgDirectory org, CurrentActor currentActor) {
        this.sessions = sessions;
        this.org = org;
        this.currentActor = currentActor;
    }

    /**
     * @throws DomainException (invalid) unless {@code from} ≤ {@code to} and the period is at most {@value #MAX_DAYS} days
     */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainException.invalid("reception.error.period", MAX_DAYS);
        }
    }

    /** Handling column of Mẫu 03 (columns 8–10), from the case's status; null while undecided. */
    public enum Handling { ACCEPTED, GUIDED, FORWARDED, ANSWERED }

    public record Line(int number, LocalDate date, String nameAndAddress, String idNumber, String content,
                       ContentKind kind, int persons, String priorHandling, Handling handling, String caseNumber,
                       CaseStatus caseStatus, String note) {
    }

    public record Book(String unitName, LocalDate from, LocalDate to, List<Line> lines) {
    }

    /** The book of the units in the subtree of {@code unit} between two days (at most a year). */
    public Book book(UUID unit, LocalDate from, LocalDate to) {
        Actor actor = currentActor.require();
        ReceptionBook.checkPeriod(from, to);
        UnitId root = unit == null ? actor.unitId() : new UnitId(unit);
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (ReceptionSessions.Session s : sessions.list(root.value(), from, to)) {
            for (ReceptionSessions.Visit visit : sessions.visits(actor.tenantId(), s.id())) {
                ReceptionSessions.Visit v = ReceptionSessions.withheldIfDenouncer(visit);
                for (ReceptionSessions.Matter m : v.matters()) {
                    lines.add(new Line(++number, s.date(), v.address() == null ? WITHHELD : v.name() + " – " + v.address(),
                            v.idNumber(), m.title(), m.kind(), v.persons(), m.priorHandling(),
                            handling(m.caseStatus()), m.caseNumber(), m.caseStatus(), m.spotAnswer()));
                }
            }
        }
        String unitName = org.unit(actor.tenantId(), root).map(Unit::name).orElse("");
        return new Book(unitName, from, to, lines);
    }

    static Handling handling(CaseStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case IN_PROCEEDING, ACCEPTANCE_PROPOSED, RESOLVED -> Handling.ACCEPTED;
            case GUIDED, RETURNED -> Handling.GUIDED;
            case FORWARDED -> Handling.FORWARDED;
            case ANSWERED, REVIEW_REQUESTED, IN_HANDLING -> Handling.ANSWERED;
            default -> null;
        };
    }

    /** The book as the table of Mẫu số 03 on landscape A4, DOCX. */
    public byte[] docx(Book book) {
        return BookPrint.docx(book, header(currentActor.require().tenantId(), currentActor.require().unitId()).issuing());
    }

    /** The book as the table of Mẫu số 03 on landscape A4, PDF. */
    public byte[] pdf(Book book) {
        return BookPrint.pdf(book, header(currentActor.require().tenantId(), currentActor.require().unitId()).issuing());
    }

    /**
     * The notice of the conclusions of a leader's reception (Thông báo kết luận việc tiếp công dân, RULEBOOK §1.3),
     * sent to the bodies that must act, with each matter, its case number and the TCD-28 date by which the citizen
     * must be told the outcome.
     */
    public OfficialDocument conclusionNotice(UUID sessionId) {
        ReceptionSessions.Detail d = sessions.detail(sessionId);
        ReceptionSessions.Session s = d.session();
        if (s.status() != ReceptionSessions.Status.CONCLUDED) {
            throw DomainException.conflict("reception.error.notConcluded");
        }
        Header h = header(currentActor.require().tenantId(), s.keepingUnitId());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Ngày " + DateText.of(s.date()) + ", tại " + s.place() + ", " + s.receiverTitle()
                + (s.receiverName() == null ? "" : " " + s.receiverName()) + " đã tiếp công dân"
                + " (Luật Tiếp công dân 2013). Số lượt tiếp: " + s.visits() + "; số người: " + s.persons()
                + "; số vụ việc: " + s.matters() + ".");
        int n = 0;
        for (ReceptionSessions.Visit v : d.visits()) {
            for (ReceptionSessions.Matter m : v.matters()) {
                String who = v.address() == null ? WITHHELD
                        : (v.delegation() ? "Đoàn " + v.persons() + " người, đại diện " : "Công dân ") + v.name();
                paragraphs.add(++n + ". " + who + ": " + m.title() + " (hồ sơ số " + m.caseNumber()
                        + "; thông báo kết quả xử lý cho công dân chậm nhất ngày " + DateText.of(m.noticeDue()) + ")."
                        + (m.spotAnswer() == null ? "" : " Đã trả lời trực tiếp: " + m.spotAnswer()));
            }
        }
        paragraphs.add("Kết luận: " + s.conclusion());
        return new OfficialDocument(h.governing(), h.issuing(), "/TB-" + h.symbol(), h.place(), s.concludedOn(),
                "Thông báo", "Kết luận việc tiếp công dân ngày " + DateText.of(s.date()), List.of(), paragraphs,
                List.of("Các cơ quan, đơn vị có liên quan", "Lưu: VT"), null, s.receiverTitle(), s.receiverName(),
                null);
    }

    record Header(String governing, String issuing, String place, String symbol) {
    }

    /** The issuing body is the keeping unit's parent (the People's Committee of the Office); the place its commune. */
    Header header(TenantId tenant, UnitId unit) {
        List<Unit> ancestors = org.ancestors(tenant, unit);
        Unit self = org.unit(tenant, unit).orElseThrow();
        Unit issuing = ancestors.isEmpty() || self.kind() != UnitKind.COUNCIL_AND_COMMITTEE_OFFICE ? self
                : ancestors.get(ancestors.size() - 1);
        String place = ancestors.stream().filter(u -> u.kind() == UnitKind.AREA).reduce((a, b) -> b)
                .map(Unit::name).orElse(issuing.name()).replaceFirst("^(Xã|Phường|Tỉnh|Đặc khu|Thành phố) ", "");
        String governing = null;
        String symbol = issuing.shortName() == null || issuing.shortName().isBlank() ? "UBND"
                : issuing.shortName().split(" ")[0];
        return new Header(governing, issuing.name(), place, symbol);
    }
}
