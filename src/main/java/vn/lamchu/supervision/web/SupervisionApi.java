package vn.lamchu.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.documents.OfficialDocument;
import vn.lamchu.documents.OfficialDocuments;
import vn.lamchu.shared.Actor;
import vn.lamchu.shared.CurrentActor;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.UnitId;
import vn.lamchu.supervision.Recommendation;
import vn.lamchu.supervision.Recommendations;
import vn.lamchu.supervision.Supervision;
import vn.lamchu.supervision.SupervisionBody;
import vn.lamchu.supervision.SupervisionDocuments;
import vn.lamchu.supervision.SupervisionFigures;
import vn.lamchu.supervision.Supervisions;

/**
 * The REST API of the people's supervision ({@code /api/v1/supervision/…}); errors are RFC 9457 problem details. The
 * document downloads also serve the office pages (session).
 */
@RestController
@PreAuthorize("hasAnyAuthority('SUPERVISION_MANAGE', 'INSPECTION_BOARD_WORK', 'CASE_APPROVE', 'REPORT_READ')")
@Tag(name = "Giám sát của nhân dân / Supervision")
class SupervisionApi {

    record PlanRequest(SupervisionBody body, UUID ownerUnitId, Integer year, String title, LocalDate adoptedOn,
                       Boolean published) {
    }

    record SupervisionRequest(UUID leadingUnitId, Supervision.Role role, Supervision.Form form, String title,
                              String topic, UUID subjectUnitId, String subjectPeople, String team,
                              LocalDate sessionOn) {
    }

    record StepRequest(Supervisions.Step step, LocalDate date, String text, Integer progress) {
    }

    record RecommendationRequest(UUID addressedUnitId, String text, LocalDate sentOn) {
    }

    record AnswerRequest(String answer, LocalDate answeredOn) {
    }

    record AssessmentRequest(Recommendation.Assessment assessment, String reason, String followUp) {
    }

    record FollowUpRequest(LocalDate sessionOn) {
    }

    record CaseRequest(String title, String body) {
    }

    record SupervisionView(Supervision supervision, Map<String, LocalDate> deadlines) {
    }

    private final Supervisions supervisions;
    private final Recommendations recommendations;
    private final SupervisionFigures figures;
    private final SupervisionDocuments documents;
    private final OfficialDocuments renderer;
    private final CurrentActor currentActor;

    SupervisionApi(Supervisions supervisions, Recommendations recommendations, SupervisionFigures figures,
                   SupervisionDocuments documents, OfficialDocuments renderer, CurrentActor currentActor) {
        this.supervisions = supervisions;
        this.recommendations = recommendations;
        this.figures = figures;
        this.documents = documents;
        this.renderer = renderer;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/supervision/plans")
    @Operation(summary = "Kế hoạch giám sát của các đơn vị trong phạm vi")
    List<Supervisions.Plan> plans() {
        return supervisions.plans(currentActor.require());
    }

    @PostMapping("/api/v1/supervision/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập kế hoạch giám sát năm (quý IV năm trước — NQLT 403/2017 Điều 3)")
    Supervisions.Plan createPlan(@RequestBody PlanRequest request) {
        Actor actor = currentActor.require();
        SupervisionBody body = request.body() == null ? SupervisionBody.FRONT : request.body();
        UnitId owner = request.ownerUnitId() != null ? new UnitId(request.ownerUnitId())
                : supervisions.ownUnit(actor, body).orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        return supervisions.createPlan(actor, body, owner, request.year() == null ? 0 : request.year(),
                request.title(), request.adoptedOn(), Boolean.TRUE.equals(request.published()));
    }

    @GetMapping("/api/v1/supervision/plans/{id}/supervisions")
    @Operation(summary = "Các cuộc giám sát của một kế hoạch")
    List<Supervision> ofPlan(@PathVariable UUID id) {
        return supervisions.ofPlan(currentActor.require(), id);
    }

    @PostMapping("/api/v1/supervision/plans/{id}/supervisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm cuộc giám sát (chủ trì hoặc phối hợp; hình thức; đối tượng; đoàn)")
    SupervisionView add(@PathVariable UUID id, @RequestBody SupervisionRequest r) {
        Actor actor = currentActor.require();
        return view(supervisions.add(actor, id, new Supervisions.NewSupervision(unit(r.leadingUnitId()), r.role(),
                r.form(), r.title(), r.topic(), unit(r.subjectUnitId()), r.subjectPeople(), r.team(), r.sessionOn())));
    }

    @GetMapping("/api/v1/supervision/{id}")
    @Operation(summary = "Một cuộc giám sát với các mốc thời hạn (MTTQ-notice, MTTQ-report-in, MTTQ-team-report)")
    SupervisionView supervision(@PathVariable UUID id) {
        return view(supervisions.supervision(currentActor.require(), id));
    }

    @PostMapping("/api/v1/supervision/{id}/steps")
    @Operation(summary = "Ghi một bước: NOTIFY, REPORT_IN, HOLD, TEAM_REPORT, CONCLUDE, PROGRESS")
    SupervisionView step(@PathVariable UUID id, @RequestBody StepRequest r) {
        if (r.step() == null) {
            throw DomainException.invalid("supervision.error.stepMissing");
        }
        return view(supervisions.step(currentActor.require(), id, r.step(), r.date(), r.text(), r.progress()));
    }

    @PostMapping("/api/v1/supervision/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi kiến nghị sau giám sát; hạn trả lời theo quy tắc (MTTQ-reply, BTTND-reply)")
    Recommendation recommend(@PathVariable UUID id, @RequestBody RecommendationRequest r) {
        return supervisions.recommend(currentActor.require(), id, unit(r.addressedUnitId()), r.text(), r.sentOn());
    }

    @GetMapping("/api/v1/supervision/recommendations")
    @Operation(summary = "Kiến nghị trong phạm vi (đã gửi, được gửi đến, hoặc được báo cáo lên)")
    List<Recommendation> recommendations(@RequestParam(required = false) UUID supervisionId) {
        return recommendations.inScope(currentActor.require(), supervisionId, 500);
    }

    @GetMapping("/api/v1/supervision/recommendations/{id}")
    @Operation(summary = "Một kiến nghị")
    Recommendation recommendation(@PathVariable UUID id) {
        return recommendations.visible(currentActor.require(), id);
    }

    @PostMapping("/api/v1/supervision/recommendations/{id}/answer")
    @Operation(summary = "Cơ quan được kiến nghị ghi nội dung trả lời (cần CASE_APPROVE trong phạm vi)")
    Recommendation answer(@PathVariable UUID id, @RequestBody AnswerRequest r) {
        return recommendations.answer(currentActor.require(), id, r.answer(), r.answeredOn());
    }

    @PostMapping("/api/v1/supervision/recommendations/{id}/assessment")
    @Operation(summary = "Cơ quan kiến nghị đánh giá trả lời: ACCEPTED, PARTLY, REJECTED (kèm lý do)")
    Recommendation assess(@PathVariable UUID id, @RequestBody AssessmentRequest r) {
        return recommendations.assess(currentActor.require(), id, r.assessment(), r.reason(), r.followUp());
    }

    @PostMapping("/api/v1/supervision/recommendations/{id}/follow-up")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lập cuộc giám sát lại việc thực hiện một kiến nghị đã được trả lời (trong kế hoạch năm của cơ quan kiến nghị)")
    Supervision followUp(@PathVariable UUID id, @RequestBody FollowUpRequest r) {
        return supervisions.followUp(currentActor.require(), id, r.sessionOn());
    }

    @PostMapping("/api/v1/supervision/recommendations/{id}/case")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở hồ sơ từ một phát hiện về hành vi của cá nhân (kênh FORWARDED; cần CASE_RECEIVE)")
    Map<String, UUID> openCase(@PathVariable UUID id, @RequestBody CaseRequest r) {
        return Map.of("caseId", recommendations.openCase(currentActor.require(), id, r.title(), r.body()));
    }

    @GetMapping("/api/v1/supervision/figures")
    @Operation(summary = "Số liệu giám sát của một đơn vị (và cấp dưới) trong một kỳ")
    SupervisionFigures.Figures figures(@RequestParam(required = false) UUID unitId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.of(currentActor.require(), unit(unitId), from, to);
    }

    @GetMapping({"/api/v1/supervision/{id}/documents/{kind}.{format}", "/office/supervision/{id}/documents/{kind}.{format}"})
    @Operation(summary = "Văn bản của cuộc giám sát (NOTICE, TEAM_DECISION, REPORT, RECOMMENDATION) dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind, @PathVariable String format) {
        SupervisionDocuments.Kind k;
        try {
            k = SupervisionDocuments.Kind.valueOf(kind.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("document", kind);
        }
        return file(documents.of(currentActor.require(), id, k), format, "giam-sat-" + kind.toLowerCase());
    }

    @GetMapping({"/api/v1/supervision/plans/{id}/documents/plan.{format}", "/office/supervision/plans/{id}/documents/plan.{format}"})
    @Operation(summary = "Kế hoạch giám sát năm dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> planDocument(@PathVariable UUID id, @PathVariable String format) {
        return file(documents.plan(currentActor.require(), id), format, "ke-hoach-giam-sat");
    }

    @GetMapping({"/api/v1/supervision/critiques/{id}/document.{format}", "/office/supervision/critiques/{id}/document.{format}"})
    @Operation(summary = "Văn bản phản biện xã hội dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> critiqueDocument(@PathVariable UUID id, @PathVariable String format) {
        return file(documents.critique(currentActor.require(), id), format, "phan-bien-xa-hoi");
    }

    @GetMapping({"/api/v1/supervision/board/report.{format}", "/office/supervision/board/report.{format}"})
    @PreAuthorize("hasAnyAuthority('INSPECTION_BOARD_WORK', 'SUPERVISION_MANAGE')")
    @Operation(summary = "Báo cáo của Ban Thanh tra nhân dân gửi Ủy ban MTTQ xã trong một kỳ, dạng DOCX hoặc PDF")
    ResponseEntity<byte[]> boardReport(@PathVariable String format,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Actor actor = currentActor.require();
        UnitId board = supervisions.ownUnit(actor, SupervisionBody.INSPECTION_BOARD)
                .orElseThrow(() -> DomainException.invalid("supervision.error.ownerMissing"));
        SupervisionFigures.Figures period = figures.of(actor, board, from, to);
        return file(documents.boardReport(actor, board, period.from(), period.to()), format, "bao-cao-ban-ttnd");
    }

    private ResponseEntity<byte[]> file(OfficialDocument document, String format, String base) {
        return switch (format) {
            case "docx" -> download(renderer.toDocx(document), OfficialDocuments.DOCX_MEDIA_TYPE, base + ".docx");
            case "pdf" -> download(renderer.toPdf(document), OfficialDocuments.PDF_MEDIA_TYPE, base + ".pdf");
            default -> throw DomainException.invalid("supervision.error.documentFormat");
        };
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String mediaType, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private SupervisionView view(Supervision s) {
        return new SupervisionView(s, SupervisionViews.deadlines(recommendations.deadlines(), s));
    }

    private static UnitId unit(UUID id) {
        return id == null ? null : new UnitId(id);
    }
}
