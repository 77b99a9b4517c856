package vn.lamchu.reception.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.org.Post;
import vn.lamchu.reception.Dialogues;
import vn.lamchu.reception.ReceptionBook;
import vn.lamchu.reception.ReceptionFigures;
import vn.lamchu.reception.ReceptionSchedules;
import vn.lamchu.reception.ReceptionSessions;
import vn.lamchu.reception.SchedulePattern;
import vn.lamchu.shared.DomainException;

/**
 * REST: citizen reception — schedules and their frequency rules, sessions and the matters raised (each a case), the
 * reception book, the leader's conclusion notice, compliance, figures and direct dialogues. Errors are RFC 9457
 * problem details.
 */
@RestController
@RequestMapping("/api/v1/reception")
@PreAuthorize("hasAnyAuthority('CASE_RECEIVE', 'CASE_APPROVE', 'REPORT_READ')")
@Tag(name = "Tiếp công dân / Citizen reception",
        description = "Lịch tiếp công dân, phiên tiếp, sổ tiếp công dân, đối thoại trực tiếp, số liệu")
class ReceptionApi {

    private final ReceptionSchedules schedules;
    private final ReceptionSessions sessions;
    private final ReceptionBook book;
    private final ReceptionFigures figures;
    private final Dialogues dialogues;
    private final OfficialDocuments renderer;

    ReceptionApi(ReceptionSchedules schedules, ReceptionSessions sessions, ReceptionBook book,
                 ReceptionFigures figures, Dialogues dialogues, OfficialDocuments renderer) {
        this.schedules = schedules;
        this.sessions = sessions;
        this.book = book;
        this.figures = figures;
        this.dialogues = dialogues;
        this.renderer = renderer;
    }

    record ConclusionJson(String conclusion) {
    }

    /** A schedule: {@code patternKind} MONTH_DAYS with {@code monthDays} ("the 16th, or the next working day"), or
     * WEEKDAY with {@code weekday} ("every THURSDAY"). */
    record ScheduleJson(UUID keepingUnitId, UUID postUnitId, Post post, SchedulePattern.Kind patternKind,
                        List<Integer> monthDays, DayOfWeek weekday, String place, String hours) {

        ReceptionSchedules.NewSchedule toSchedule() {
            SchedulePattern pattern = patternKind == null ? null
                    : new SchedulePattern(patternKind, monthDays, weekday);
            return new ReceptionSchedules.NewSchedule(keepingUnitId, postUnitId, post, pattern, place, hours);
        }
    }

    record MinutesJson(String minutes) {
    }

    @GetMapping("/schedules")
    @Operation(summary = "Lịch tiếp công dân của lãnh đạo trong phạm vi đơn vị, với quy tắc tần suất và căn cứ")
    List<ReceptionSchedules.Schedule> schedules(@RequestParam(required = false) UUID unitId) {
        return schedules.list(unitId);
    }

    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Lập lịch tiếp công dân cho một chức danh; từ chối nếu lịch không đủ tần suất luật định")
    ReceptionSchedules.Schedule createSchedule(@RequestBody ScheduleJson in) {
        return schedules.create(in.toSchedule());
    }

    @PostMapping("/schedules/{id}/months/{month}")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Sinh các ngày tiếp của tháng (yyyy-MM) theo lịch và lịch làm việc")
    List<ReceptionSchedules.Scheduled> generate(@PathVariable UUID id, @PathVariable String month) {
        return schedules.generate(id, month(month));
    }

    @PostMapping("/schedules/{id}/months/{month}/publish")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Niêm yết lịch tháng; ngày niêm yết muộn hơn 5 ngày làm việc trước ngày tiếp bị đánh dấu (TCD-24)")
    List<ReceptionSchedules.Scheduled> publish(@PathVariable UUID id, @PathVariable String month) {
        return schedules.publish(id, month(month));
    }

    @GetMapping("/compliance")
    @Operation(summary = "Số phiên đã tiếp so với số phiên phải tiếp, theo lãnh đạo và tháng")
    List<ReceptionSchedules.Compliance> compliance(@RequestParam(required = false) UUID unitId,
                                                   @RequestParam String month) {
        return schedules.compliance(unitId, month(month));
    }

    @GetMapping("/sessions")
    @Operation(summary = "Các phiên tiếp công dân trong khoảng ngày")
    List<ReceptionSessions.Session> sessions(@RequestParam(required = false) UUID unitId,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return sessions.list(unitId, from, to);
    }

    @GetMapping("/notices/overdue")
    @Operation(summary = "Vụ việc quá hạn thông báo kết quả cho công dân (TCD-28: 10 ngày làm việc kể từ ngày tiếp)")
    List<ReceptionSessions.OverdueNotice> overdue(@RequestParam(required = false) UUID unitId) {
        return sessions.overdueNotices(unitId);
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Mở phiên tiếp đột xuất (không theo lịch)")
    ReceptionSessions.Session open(@RequestBody ReceptionSessions.NewSession in) {
        return sessions.open(in);
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "Một phiên tiếp: người tiếp, lượt tiếp, vụ việc và hồ sơ tương ứng")
    ReceptionSessions.Detail session(@PathVariable UUID id) {
        return sessions.detail(id);
    }

    @PostMapping("/sessions/{id}/held")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Ghi nhận phiên đã tiếp (kể cả khi không có công dân đến)")
    ReceptionSessions.Session held(@PathVariable UUID id) {
        return sessions.markHeld(id);
    }

    @PostMapping("/sessions/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Ghi một lượt tiếp (công dân hoặc đoàn đông người) và các vụ việc; mỗi vụ việc thành một hồ sơ")
    ReceptionSessions.Visit visit(@PathVariable UUID id, @RequestBody ReceptionSessions.NewVisit in) {
        return sessions.recordVisit(id, in);
    }

    @PostMapping("/sessions/{id}/conclusion")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Kết luận của người chủ trì tiếp công dân (thông báo kết luận)")
    ReceptionSessions.Session conclude(@PathVariable UUID id, @RequestBody ConclusionJson in) {
        return sessions.conclude(id, in == null ? null : in.conclusion());
    }

    @GetMapping("/sessions/{id}/conclusion.{format}")
    @Operation(summary = "Thông báo kết luận việc tiếp công dân, DOCX hoặc PDF")
    ResponseEntity<byte[]> conclusionDocument(@PathVariable UUID id, @PathVariable String format) {
        return download(renderer, book.conclusionNotice(id), format, "thong-bao-ket-luan-tiep-cong-dan");
    }

    @GetMapping("/book")
    @Operation(summary = "Sổ tiếp công dân của một khoảng thời gian (các cột Mẫu số 03)")
    ReceptionBook.Book book(@RequestParam(required = false) UUID unitId,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return book.book(unitId, from, to);
    }

    @GetMapping("/book.{format}")
    @Operation(summary = "Sổ tiếp công dân để in, DOCX hoặc PDF")
    ResponseEntity<byte[]> bookDocument(@RequestParam(required = false) UUID unitId,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @PathVariable String format) {
        return bookFile(book, book.book(unitId, from, to), format);
    }

    @GetMapping("/figures")
    @Operation(summary = "Số liệu: phiên đã tiếp, lượt và số người, vụ việc, đã trả lời, đã giải quyết, quá hạn thông báo")
    ReceptionFigures.Figures figures(@RequestParam(required = false) UUID unitId,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.of(unitId, from, to);
    }

    @PostMapping("/dialogues")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Ghi nhận hội nghị đối thoại trực tiếp với Nhân dân")
    Dialogues.Dialogue createDialogue(@RequestBody Dialogues.NewDialogue in) {
        return dialogues.create(in);
    }

    @GetMapping("/dialogues/{id}")
    @Operation(summary = "Một hội nghị đối thoại")
    Dialogues.Dialogue dialogue(@PathVariable UUID id) {
        return dialogues.get(id);
    }

    @GetMapping("/dialogues/{id}/questions")
    @Operation(summary = "Các ý kiến nêu tại hội nghị đối thoại và hồ sơ tương ứng")
    List<Dialogues.Question> questions(@PathVariable UUID id) {
        return dialogues.questions(id);
    }

    @PostMapping("/dialogues/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Ghi một ý kiến tại hội nghị đối thoại; ý kiến thành hồ sơ (kênh đối thoại)")
    Dialogues.Question ask(@PathVariable UUID id, @RequestBody Dialogues.NewQuestion in) {
        return dialogues.ask(id, in);
    }

    @PostMapping("/dialogues/{id}/minutes")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Ghi biên bản hội nghị đối thoại")
    Dialogues.Dialogue minutes(@PathVariable UUID id, @RequestBody MinutesJson in) {
        return dialogues.minutes(id, in == null ? null : in.minutes());
    }

    @GetMapping("/dialogues/{id}/minutes.{format}")
    @Operation(summary = "Biên bản hội nghị đối thoại, DOCX hoặc PDF")
    ResponseEntity<byte[]> minutesDocument(@PathVariable UUID id, @PathVariable String format) {
        return download(renderer, dialogues.minutesDocument(id, book), format, "bien-ban-doi-thoai");
    }

    @GetMapping("/dialogues/yearly")
    @Operation(summary = "Đối thoại hằng năm (DCCS-dialogue): các xã, phường đã/chưa tổ chức trong năm")
    List<Dialogues.YearlyCompliance> yearly(@RequestParam int year) {
        return dialogues.yearly(year);
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (RuntimeException e) {
            throw DomainException.invalid("reception.error.month");
        }
    }

    static ResponseEntity<byte[]> download(OfficialDocuments renderer, OfficialDocument document, String format,
                                           String base) {
        return download(format, base, () -> renderer.toDocx(document), () -> renderer.toPdf(document));
    }

    static ResponseEntity<byte[]> bookFile(ReceptionBook book, ReceptionBook.Book b, String format) {
        return download(format, "so-tiep-cong-dan", () -> book.docx(b), () -> book.pdf(b));
    }

    private static ResponseEntity<byte[]> download(String format, String base, Supplier<byte[]> docx,
                                                   Supplier<byte[]> pdf) {
        return switch (format) {
            case "docx" -> file(docx.get(), OfficialDocuments.DOCX_MEDIA_TYPE, base + ".docx");
            case "pdf" -> file(pdf.get(), OfficialDocuments.PDF_MEDIA_TYPE, base + ".pdf");
            default -> throw DomainException.invalid("reception.error.format");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
