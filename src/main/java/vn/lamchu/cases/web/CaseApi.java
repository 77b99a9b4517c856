package vn.lamchu.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseAction;
import vn.lamchu.cases.CaseCategories;
import vn.lamchu.cases.CaseCategory;
import vn.lamchu.cases.CaseDocuments;
import vn.lamchu.cases.CaseHandling;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.CaseIntake;
import vn.lamchu.cases.CaseNotices;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.CaseStep;
import vn.lamchu.cases.Channel;
import vn.lamchu.cases.CitizenCase;
import vn.lamchu.cases.Classification;
import vn.lamchu.cases.Competence;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.Decision;
import vn.lamchu.cases.DecisionKind;
import vn.lamchu.cases.Eligibility;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.IntakeRequest;
import vn.lamchu.cases.Sender;
import vn.lamchu.cases.Signatories;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.LegalTime;

/**
 * The office REST API for cases: intake by staff for every channel, worklists and search, the case with its timeline,
 * and one endpoint per handling step. A step names the version the client saw ({@code version}); if the case changed
 * since, the answer is 409 and nothing is changed. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/cases")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Hồ sơ đơn thư / Cases", description = "Tiếp nhận, phân loại, xử lý, trả lời đơn phản ánh, kiến nghị")
class CaseApi {

    private final CaseIntake intake;
    private final CaseHandling handling;
    private final CaseQueries queries;
    private final CaseCategories categories;
    private final CaseNotices notices;
    private final CurrentActor currentActor;
    private final vn.lamchu.org.OrgDirectory org;
    private final java.time.Clock clock;
    private final MessageSource messages;

    CaseApi(CaseIntake intake, CaseHandling handling, CaseQueries queries, CaseCategories categories,
            CaseNotices notices, CurrentActor currentActor, vn.lamchu.org.OrgDirectory org, java.time.Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.org = org;
        this.clock = clock;
        this.intake = intake;
        this.handling = handling;
        this.queries = queries;
        this.categories = categories;
        this.notices = notices;
        this.currentActor = currentActor;
    }

    // ---- requests and views --------------------------------------------------------------------------------------

    record SenderJson(String name, String address, String phone, String email, String idNumber) {
        Sender toSender() {
            return new Sender(name, address, phone, email, idNumber);
        }

        static SenderJson of(Sender s) {
            return new SenderJson(s.name(), s.address(), s.phone(), s.email(), s.idNumber());
        }
    }

    record IntakeJson(Channel channel, ContentKind kind, String title, String body, String category,
                      UUID placeUnitId, String placeText, Boolean anonymous, List<SenderJson> senders,
                      Boolean publishConsent, String forwardedBy, LocalDate receivedOn, UUID handlingUnitId,
                      List<String> attachments) {
    }

    record ClassifyJson(Integer version, ContentKind kind, Eligibility eligibility, String ineligibleReason,
                        Competence competence, Signatories signatories, Integer signatoryCount, String category,
                        UUID placeUnitId) {
    }

    record AssignJson(Integer version, UUID accountId, String reason) {
    }

    record DecisionJson(Integer version, DecisionKind kind, String text, UUID targetUnitId, String targetBody) {
        Decision toDecision() {
            return new Decision(kind, text, targetUnitId, targetBody);
        }
    }

    record ReasonJson(Integer version, String reason) {
    }

    record VersionJson(Integer version) {
    }

    record GroupJson(List<UUID> members) {
    }

    record ReassignJson(UUID fromAccountId, UUID toAccountId, String reason) {
    }

    record CaseJson(UUID id, String number, String title, String body, ContentKind kind, CaseStatus status,
                    Channel channel, String forwardedBy, String category, UUID placeUnitId, String placeText,
                    boolean anonymous, Signatories signatories, int signatoryCount, boolean publishConsent,
                    LocalDate receivedOn, Instant receivedAt, UUID handlingUnitId, String handlingUnitName,
                    UUID assigneeId, String assigneeName, Eligibility eligibility, String ineligibleReason,
                    Competence competence, DecisionKind outcome, boolean repeated, boolean guidedBefore, UUID groupId,
                    Decision pendingDecision, String forwardedTo, String answer, LocalDate answeredOn,
                    LocalDate publishedOn, Integer rating, String ratingComment, LocalDate dueOn, String dueRule,
                    String watch, LocalDate retainUntil, LocalDate closedOn, int version,
                    vn.lamchu.cases.Proceeding proceeding, vn.lamchu.cases.ProceedingAct pendingAct,
                    java.util.Set<vn.lamchu.cases.ProceedingActKind> proceedingOptions) {

        static CaseJson of(CitizenCase c, String unitName, LocalDate today) {
            return new CaseJson(c.id().value(), c.number(), c.title(), c.body(), c.kind(), c.status(), c.channel(),
                    c.forwardedBy(), c.categoryCode(), c.placeUnitId(), c.placeText(), c.anonymous(), c.signatories(),
                    c.signatoryCount(), c.publishConsent(), c.receivedOn(), c.receivedAt(), c.handlingUnit().value(),
                    unitName, c.assigneeId(), c.assigneeName(), c.eligibility(), c.ineligibleReason(), c.competence(),
                    c.outcome(), c.repeated(), c.guidedBefore(), c.groupId(), c.pending(), c.forwardedTo(),
                    c.answer(), c.answeredOn(), c.publishedOn(), c.rating(), c.ratingComment(), c.dueOn(),
                    c.dueRule(), c.watch().name(), c.retainUntil(), c.closedOn(), c.version(), c.proceeding(),
                    c.pendingAct(), c.proceedingOptions(today));
        }
    }

    record StepJson(int seq, Instant at, String actor, String actorName, CaseAction action, CaseStatus status,
                    String reason, String publicNote, boolean visible, LocalDate dueOn) {
        static StepJson of(CaseStep s) {
            return new StepJson(s.seq(), s.at(), s.actor(), s.actorName(), s.action(), s.status(), s.reason(),
                    s.publicNote(), s.visible(), s.dueOn());
        }
    }

    record DocumentJson(UUID id, String kind, String number, Instant createdAt, String createdBy,
                        String docx, String pdf) {
        static DocumentJson of(CaseDocuments.IssuedDocument d) {
            String base = "/api/v1/cases/" + d.caseId() + "/documents/" + d.id();
            return new DocumentJson(d.id(), d.kind(), d.number(), d.createdAt(), d.createdBy(), base + ".docx",
                    base + ".pdf");
        }
    }

    record DetailJson(CaseJson theCase, List<StepJson> timeline, List<SenderJson> senders, boolean identityWithheld,
                      List<CaseQueries.Attachment> attachments, List<DocumentJson> documents,
                      List<CaseQueries.Summary> groupMembers) {
    }

    record SimilarTextJson(String text, UUID placeUnitId, Integer days) {
    }

    // ---- endpoints -----------------------------------------------------------------------------------------------

    @PostMapping
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Tiếp nhận đơn từ mọi kênh (cán bộ). Gửi lại cùng Idempotency-Key không tạo hồ sơ thứ hai. "
            + "Với \"Prefer: respond-async\": đơn được kiểm tra, lưu bền vững và trả lời ngay (202) với mã tra cứu; "
            + "hồ sơ được vào sổ sau giây lát, theo dõi tại địa chỉ trong Location.")
    @ApiResponses({
            @ApiResponse(responseCode = "201",
                    description = "Đơn đã vào sổ: số hồ sơ, mã tra cứu, hạn trả lời",
                    content = @Content(schema = @Schema(implementation = IntakeReceipt.class))),
            @ApiResponse(responseCode = "202",
                    description = "Prefer: respond-async — đơn đã được nhận và lưu, chờ vào sổ; mã tra cứu dùng được ngay",
                    content = @Content(schema = @Schema(implementation = CaseIntake.AcceptedLetter.class))),
            @ApiResponse(responseCode = "200",
                    description = "Prefer: respond-async, gửi lại với Idempotency-Key của đơn đã vào sổ: biên nhận của đơn đó",
                    content = @Content(schema = @Schema(implementation = IntakeReceipt.class)))})
    ResponseEntity<Object> receive(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                   @RequestHeader(name = "Prefer", required = false) String prefer,
                                   @RequestBody IntakeJson in) {
        Actor actor = currentActor.require();
        List<Sender> senders = in.senders() == null ? List.of()
                : in.senders().stream().map(SenderJson::toSender).toList();
        IntakeRequest request = new IntakeRequest(in.channel(), idempotencyKey, in.kind(), in.title(),
                in.body(), in.category(), in.placeUnitId(), in.placeText(), Boolean.TRUE.equals(in.anonymous()), senders,
                Boolean.TRUE.equals(in.publishConsent()), in.forwardedBy(), in.receivedOn(), in.handlingUnitId(), in.attachments());
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            // RFC 7240: the preference is honoured, so it is named back
            CaseIntake.AcceptedLetter accepted = intake.accept(actor.tenantId(), request);
            if (accepted.logged() != null) {
                return ResponseEntity.ok().header("Preference-Applied", "respond-async").body(accepted.logged());
            }
            return ResponseEntity.accepted().location(java.net.URI.create("/api/v1/cases/accepted/" + accepted.id()))
                    .header("Preference-Applied", "respond-async").body(accepted);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.submit(actor.tenantId(), request));
    }

    @GetMapping("/accepted/{id}")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Tình trạng một đơn đã nhận với \"Prefer: respond-async\": PENDING (chờ vào sổ), DONE (đã vào sổ: "
            + "số hồ sơ, hạn trả lời), FAILED (chưa vào sổ được: lý do; đơn vẫn được giữ). Chỉ tài khoản đã gửi xem được.")
    AcceptedLetterJson accepted(@PathVariable UUID id, java.util.Locale locale) {
        Actor actor = currentActor.require();
        CaseIntake.AcceptedLetterState state = intake.accepted(actor.tenantId(), id);
        String problem = state.errorKey() == null ? null
                : messages.getMessage(state.errorKey(), state.errorArgs().toArray(), state.errorKey(), locale);
        return new AcceptedLetterJson(state.id(), state.state(), state.acceptedAt(), state.receipt(), problem);
    }

    @PostMapping("/accepted/{id}/retry")
    @PreAuthorize("hasAuthority('CASE_RECEIVE')")
    @Operation(summary = "Gửi lại để vào sổ một đơn đã nhận nhưng chưa vào sổ được (FAILED), sau khi đã khắc phục nguyên nhân. "
            + "Chỉ tài khoản đã gửi đơn.")
    AcceptedLetterJson retryAccepted(@PathVariable UUID id, java.util.Locale locale) {
        Actor actor = currentActor.require();
        intake.retry(actor.tenantId(), id);
        return accepted(id, locale);
    }

    record AcceptedLetterJson(UUID id, String state, Instant acceptedAt, IntakeReceipt receipt, String problem) {
    }

    @GetMapping
    @Operation(summary = "Danh sách công việc: của tôi, của đơn vị, sắp đến hạn, quá hạn, chờ tôi duyệt; tìm kiếm có hoặc không dấu")
    CaseQueries.Page<CaseQueries.Summary> list(@RequestParam(defaultValue = "ALL") CaseQueries.Worklist list,
                                               @RequestParam(required = false) String q,
                                               @RequestParam(required = false) CaseStatus status,
                                               @RequestParam(required = false) ContentKind kind,
                                               @RequestParam(required = false) String category,
                                               @RequestParam(required = false) Channel channel,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               @RequestParam(defaultValue = "false") boolean closed,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "25") int size) {
        return queries.worklist(currentActor.require(), new CaseQueries.Filter(list, q, status, kind, category, channel,
                from, to, closed, page, size));
    }

    @GetMapping("/counts")
    @Operation(summary = "Số hồ sơ đang mở trong từng danh sách công việc")
    Map<CaseQueries.Worklist, Integer> counts() {
        return queries.counts(currentActor.require());
    }

    @GetMapping("/categories")
    @Operation(summary = "Lĩnh vực đơn thư")
    List<CaseCategory> categories() {
        return categories.active(currentActor.require().tenantId());
    }

    @GetMapping("/notices")
    @Operation(summary = "Thông báo trong văn phòng: sắp đến hạn, quá hạn, được giao, chờ duyệt, đánh giá chưa hài lòng")
    List<CaseNotices.Notice> notices(@RequestParam(defaultValue = "false") boolean unread) {
        return notices.forActor(currentActor.require(), unread, 100);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Hồ sơ: nội dung, người gửi, dòng thời gian, tệp, văn bản đã ban hành, đơn cùng nhóm")
    DetailJson detail(@PathVariable String id) {
        Actor actor = currentActor.require();
        CaseQueries.Detail d = queries.detail(actor, CaseId.of(id));
        notices.markRead(actor, d.theCase().id());
        return new DetailJson(CaseJson.of(d.theCase(), d.handlingUnitName(), LegalTime.today(clock)),
                d.timeline().stream().map(StepJson::of).toList(), d.senders().stream().map(SenderJson::of).toList(),
                d.identityWithheld(),
                d.attachments(), d.documents().stream().map(DocumentJson::of).toList(), d.groupMembers());
    }

    @GetMapping("/{id}/similar")
    @Operation(summary = "Đơn tương tự: cùng người gửi, nội dung gần giống (có hoặc không dấu), cùng địa bàn")
    List<CaseQueries.SimilarCase> similar(@PathVariable String id, @RequestParam(defaultValue = "365") int days) {
        return queries.similar(currentActor.require(), CaseId.of(id), days);
    }

    @PostMapping("/similar")
    @Operation(summary = "Đơn tương tự với một nội dung đang nhập (trước khi tiếp nhận)")
    List<CaseQueries.SimilarCase> similarToText(@RequestBody SimilarTextJson in) {
        return queries.similarToText(currentActor.require(), in.text(), in.placeUnitId(),
                in.days() == null ? 365 : in.days());
    }

    @PostMapping("/{id}/classify")
    @Operation(summary = "Phân loại đơn: nội dung, điều kiện xử lý, thẩm quyền, số người ký, lĩnh vực")
    CaseJson classify(@PathVariable String id, @RequestBody ClassifyJson in) {
        CitizenCase c = handling.classify(CaseId.of(id), in.version(), new Classification(in.kind(), in.eligibility(),
                in.ineligibleReason(), in.competence(), in.signatories(),
                in.signatoryCount() == null ? 0 : in.signatoryCount(), in.category(), in.placeUnitId()));
        return json(c);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Giao cán bộ xử lý (null: trả về đơn vị)")
    CaseJson assign(@PathVariable String id, @RequestBody AssignJson in) {
        return json(handling.assign(CaseId.of(id), in.version(), in.accountId(), in.reason()));
    }

    @PostMapping("/{id}/propose")
    @Operation(summary = "Cán bộ trình lãnh đạo một hướng xử lý hoặc dự thảo trả lời")
    CaseJson propose(@PathVariable String id, @RequestBody DecisionJson in) {
        return json(handling.propose(CaseId.of(id), in.version(), in.toDecision()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Lãnh đạo duyệt, ký đề xuất; văn bản của bước được ban hành")
    CaseJson approve(@PathVariable String id, @RequestBody VersionJson in) {
        return json(handling.approve(CaseId.of(id), in.version()));
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Lãnh đạo trả lại đề xuất, ghi lý do")
    CaseJson sendBack(@PathVariable String id, @RequestBody ReasonJson in) {
        return json(handling.sendBack(CaseId.of(id), in.version(), in.reason()));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Lãnh đạo quyết định và ký trực tiếp một hướng xử lý")
    CaseJson decide(@PathVariable String id, @RequestBody DecisionJson in) {
        return json(handling.decide(CaseId.of(id), in.version(), in.toDecision()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Công khai câu trả lời (khi người gửi đồng ý hoặc pháp luật yêu cầu)")
    CaseJson publish(@PathVariable String id, @RequestBody VersionJson in) {
        return json(handling.publish(CaseId.of(id), in.version()));
    }

    @PostMapping("/{id}/confirm-answer")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Sau đánh giá chưa hài lòng: lãnh đạo giữ nguyên câu trả lời")
    CaseJson confirmAnswer(@PathVariable String id, @RequestBody ReasonJson in) {
        return json(handling.confirmAnswer(CaseId.of(id), in.version(), in.reason()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Sau đánh giá chưa hài lòng: lãnh đạo yêu cầu trả lời lại")
    CaseJson reopen(@PathVariable String id, @RequestBody ReasonJson in) {
        return json(handling.reopen(CaseId.of(id), in.version(), in.reason()));
    }

    @PostMapping("/{id}/group")
    @Operation(summary = "Gộp các đơn trùng vào nhóm do hồ sơ này đứng đầu: xử lý một lần, mọi người gửi đều nhận trả lời")
    CaseJson group(@PathVariable String id, @RequestBody GroupJson in) {
        List<CaseId> members = in.members() == null ? List.of() : in.members().stream().map(CaseId::new).toList();
        return json(handling.group(CaseId.of(id), members));
    }

    @PostMapping("/reassign")
    @PreAuthorize("hasAuthority('CASE_APPROVE')")
    @Operation(summary = "Chuyển mọi hồ sơ đang mở của một cán bộ (nghỉ việc, chuyển công tác) cho cán bộ khác hoặc về đơn vị")
    Map<String, Integer> reassign(@RequestBody ReassignJson in) {
        if (in.fromAccountId() == null) {
            throw vn.lamchu.shared.DomainException.invalid("cases.error.assignee");
        }
        return Map.of("moved", handling.reassignAll(in.fromAccountId(), in.toAccountId(), in.reason()));
    }

    CaseJson json(CitizenCase c) {
        return CaseJson.of(c, org.unit(c.tenant(), c.handlingUnit()).map(vn.lamchu.org.Unit::name).orElse(null),
                LegalTime.today(clock));
    }
}
