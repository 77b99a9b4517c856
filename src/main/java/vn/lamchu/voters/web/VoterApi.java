package vn.lamchu.voters.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.LegalTime;
import vn.lamchu.voters.MeetingTiming;
import vn.lamchu.voters.SessionKind;
import vn.lamchu.voters.VoterCompilations;
import vn.lamchu.voters.VoterDocuments;
import vn.lamchu.voters.VoterMeeting;
import vn.lamchu.voters.VoterMeetings;
import vn.lamchu.voters.VoterQueries;
import vn.lamchu.voters.VoterSetup;

/**
 * REST: voter meetings of People's Council deputies (tiếp xúc cử tri): the council's term, sessions, constituencies and
 * deputies; meetings planned and held; each opinion raised becoming a case; the compilation for a session, its sending
 * and the report of answers (DOCX/PDF); the figures. Refusals are RFC 9457 problem details (400 bad field, 404 outside
 * one's scope, 409 wrong state).
 */
@RestController
@RequestMapping("/api/v1/voters")
@PreAuthorize(VoterApi.READ)
@Tag(name = "Tiếp xúc cử tri / Voter meetings")
class VoterApi {

    static final String READ = "hasAnyAuthority('DEPUTY_WORK', 'CASE_RECEIVE', 'CASE_HANDLE', 'CASE_APPROVE', 'REPORT_READ')";
    static final String RECORD = "hasAnyAuthority('DEPUTY_WORK', 'CASE_RECEIVE')";

    private final VoterMeetings meetings;
    private final VoterQueries queries;
    private final VoterCompilations compilations;
    private final VoterSetup setup;
    private final VoterDocuments documents;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    VoterApi(VoterMeetings meetings, VoterQueries queries, VoterCompilations compilations, VoterSetup setup,
             VoterDocuments documents, OfficialDocuments renderer, CurrentActor currentActor, java.time.Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.queries = queries;
        this.compilations = compilations;
        this.setup = setup;
        this.documents = documents;
        this.renderer = renderer;
        this.currentActor = currentActor;
    }

    record TermJson(UUID councilUnitId, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    record SessionJson(Integer number, SessionKind kind, String name, LocalDate opensOn) {
    }

    record ConstituencyJson(Integer number, String name, List<UUID> areaUnitIds) {
    }

    record DeputyJson(UUID personId, String fullName) {
    }

    record PlanJson(UUID councilUnitId, UUID constituencyId, UUID sessionId, MeetingTiming timing, String topic,
                    UUID placeUnitId, String venue, LocalDateTime startsAt, List<UUID> deputyIds) {
    }

    record HeldJson(Integer version, LocalDate heldOn, Integer votersAttending, List<UUID> deputyIds, String note) {
    }

    record CancelJson(Integer version, String reason) {
    }

    record OpinionJson(ContentKind kind, String text, String category, String voterName, String voterAddress,
                       String spotAnswer, String spotAnswerer) {
    }

    record SendJson(Integer version, LocalDate sentOn, String sentTo) {
    }

    record ReportJson(Integer version, LocalDate reportOn, UUID meetingId) {
    }

    record Created(UUID id) {
    }

    record Confirmed(CaseStatus caseStatus) {
    }

    // ---- setup -----------------------------------------------------------------------------------------------------

    @GetMapping("/terms")
    @Operation(summary = "Nhiệm kỳ HĐND, kỳ họp, đơn vị bầu cử và đại biểu")
    List<VoterSetup.TermView> terms() {
        return setup.terms(currentActor.require());
    }

    @PostMapping("/terms")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở nhiệm kỳ của một Hội đồng nhân dân")
    Created addTerm(@RequestBody TermJson in) {
        return new Created(setup.addTerm(in.councilUnitId(), in.name(), in.startsOn(), in.endsOn()));
    }

    @PostMapping("/terms/{termId}/sessions")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm kỳ họp (thường lệ, chuyên đề, bất thường)")
    Created addSession(@PathVariable UUID termId, @RequestBody SessionJson in) {
        return new Created(setup.addSession(termId, in.number(), in.kind(), in.name(), in.opensOn()));
    }

    @PostMapping("/terms/{termId}/constituencies")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm đơn vị bầu cử và các thôn, tổ dân phố, xã thuộc đơn vị")
    Created addConstituency(@PathVariable UUID termId, @RequestBody ConstituencyJson in) {
        return new Created(setup.addConstituency(termId, in.number(), in.name(), in.areaUnitIds()));
    }

    @PostMapping("/constituencies/{constituencyId}/deputies")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm đại biểu của đơn vị bầu cử (gắn với nhân sự trong danh bạ tổ chức nếu có)")
    Created addDeputy(@PathVariable UUID constituencyId, @RequestBody DeputyJson in) {
        return new Created(setup.addDeputy(constituencyId, in.personId(), in.fullName()));
    }

    // ---- meetings --------------------------------------------------------------------------------------------------

    @GetMapping("/meetings")
    @Operation(summary = "Hội nghị tiếp xúc cử tri: sắp tới (coming=true) hoặc đã tổ chức, đã hủy")
    List<VoterMeeting> list(@RequestParam(defaultValue = "true") boolean coming) {
        return queries.meetings(currentActor.require(), coming);
    }

    @PostMapping("/meetings")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lên kế hoạch một hội nghị tiếp xúc cử tri (trước/sau kỳ họp hoặc chuyên đề)")
    Created plan(@RequestBody PlanJson in) {
        return new Created(meetings.plan(new VoterMeetings.Plan(in.councilUnitId(), in.constituencyId(),
                in.sessionId(), in.timing(), in.topic(), in.placeUnitId(), in.venue(), in.startsAt(), in.deputyIds())));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "Một hội nghị, các ý kiến cử tri và tiến độ trả lời")
    VoterQueries.MeetingView get(@PathVariable UUID id) {
        return queries.meeting(currentActor.require(), id);
    }

    @PostMapping("/meetings/{id}/held")
    @PreAuthorize(RECORD)
    @Operation(summary = "Ghi nhận hội nghị đã tổ chức: ngày, số cử tri tham dự, đại biểu dự")
    VoterMeeting hold(@PathVariable UUID id, @RequestBody HeldJson in) {
        return meetings.hold(id, in.version(), new VoterMeetings.Held(in.heldOn(), in.votersAttending(),
                in.deputyIds(), in.note()));
    }

    @PostMapping("/meetings/{id}/cancel")
    @PreAuthorize(RECORD)
    @Operation(summary = "Hủy hội nghị đã lên kế hoạch, nêu lý do")
    VoterMeeting cancel(@PathVariable UUID id, @RequestBody CancelJson in) {
        return meetings.cancel(id, in.version(), in.reason());
    }

    @PostMapping("/meetings/{id}/opinions")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi một ý kiến, kiến nghị của cử tri: trở thành hồ sơ (kênh tiếp xúc cử tri) chuyển đến đơn vị "
            + "có thẩm quyền; có thể ghi câu trả lời tại chỗ")
    VoterMeetings.Raised raise(@PathVariable UUID id, @RequestBody OpinionJson in) {
        return meetings.raise(id, new VoterMeetings.Opinion(in.kind(), in.text(), in.category(), in.voterName(),
                in.voterAddress(), in.spotAnswer(), in.spotAnswerer()));
    }

    @PostMapping("/opinions/{opinionId}/confirm-spot-answer")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Đơn vị xử lý ghi nhận trên hồ sơ câu trả lời đã đưa ra tại hội nghị (phân loại, thụ lý, trả lời)")
    Confirmed confirm(@PathVariable UUID opinionId) {
        return new Confirmed(meetings.confirmSpotAnswer(opinionId));
    }

    // ---- compilations ----------------------------------------------------------------------------------------------

    @GetMapping("/compilations")
    @Operation(summary = "Các bản tổng hợp ý kiến, kiến nghị cử tri")
    List<VoterCompilations.CompilationView> compilations() {
        return compilations.list(currentActor.require());
    }

    @PostMapping("/sessions/{sessionId}/compilation")
    @PreAuthorize(RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tổng hợp cho kỳ họp mọi ý kiến cử tri chưa được tổng hợp")
    Created compile(@PathVariable UUID sessionId) {
        return new Created(compilations.compile(sessionId));
    }

    @GetMapping("/compilations/{id}")
    @Operation(summary = "Bản tổng hợp, các ý kiến và kết quả trả lời đến nay")
    VoterCompilations.CompilationView compilation(@PathVariable UUID id) {
        return compilations.view(currentActor.require(), id);
    }

    @PostMapping("/compilations/{id}/sent")
    @PreAuthorize(RECORD)
    @Operation(summary = "Ghi ngày gửi bản tổng hợp và nơi nhận (Thường trực HĐND)")
    VoterCompilations.CompilationView send(@PathVariable UUID id, @RequestBody SendJson in) {
        return compilations.send(id, in.version(), in.sentOn(), in.sentTo());
    }

    @PostMapping("/compilations/{id}/report")
    @PreAuthorize(RECORD)
    @Operation(summary = "Ghi báo cáo kết quả trả lời và hội nghị tiếp xúc cử tri nơi báo cáo")
    VoterCompilations.CompilationView report(@PathVariable UUID id, @RequestBody ReportJson in) {
        return compilations.report(id, in.version(), in.reportOn(), in.meetingId());
    }

    @GetMapping({"/compilations/{id}/{document}.{format}"})
    @Operation(summary = "Văn bản: tong-hop (tổng hợp ý kiến, kiến nghị) hoặc bao-cao (báo cáo kết quả trả lời), DOCX hoặc PDF")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String document, @PathVariable String format) {
        return VoterApi.download(currentActor.require(), compilations, documents, renderer, id, document, format);
    }

    // ---- figures ---------------------------------------------------------------------------------------------------

    @GetMapping("/figures")
    @Operation(summary = "Số liệu: hội nghị, lượt cử tri, ý kiến, đã trả lời, đã giải quyết — của một đơn vị trong kỳ "
            + "(mặc định: năm nay)")
    VoterQueries.Figures figures(@RequestParam(required = false) UUID unitId,
                                 @RequestParam(required = false) LocalDate from,
                                 @RequestParam(required = false) LocalDate to) {
        Actor actor = currentActor.require();
        LocalDate[] period = period(clock, from, to);
        return queries.figures(actor, unitId, period[0], period[1]);
    }

    /** The period asked for; a missing end is the current year's (legal calendar). */
    static LocalDate[] period(java.time.Clock clock, LocalDate from, LocalDate to) {
        LocalDate today = LegalTime.today(clock);
        return new LocalDate[] {from != null ? from : LocalDate.of(today.getYear(), 1, 1),
                to != null ? to : LocalDate.of(today.getYear(), 12, 31)};
    }

    /** A compilation's document as DOCX or PDF, for the API (token) and the office pages (session). */
    static ResponseEntity<byte[]> download(Actor actor, VoterCompilations compilations, VoterDocuments documents,
                                           OfficialDocuments renderer, UUID id, String document, String format) {
        VoterCompilations.CompilationView v = compilations.view(actor, id);
        OfficialDocument doc = switch (document) {
            case "tong-hop" -> documents.compilation(actor.tenantId(), v);
            case "bao-cao" -> documents.report(actor.tenantId(), v);
            default -> throw DomainException.invalid("voters.error.document");
        };
        String name = document + "-y-kien-cu-tri." + format;
        byte[] bytes;
        String type;
        switch (format) {
            case "docx" -> {
                bytes = renderer.toDocx(doc);
                type = OfficialDocuments.DOCX_MEDIA_TYPE;
            }
            case "pdf" -> {
                bytes = renderer.toPdf(doc);
                type = OfficialDocuments.PDF_MEDIA_TYPE;
            }
            default -> throw DomainException.invalid("voters.error.document");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

}
