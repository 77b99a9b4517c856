package vn.lamchu.portal.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseAction;
import vn.lamchu.cases.CaseQueries;
import vn.lamchu.cases.CaseStatus;
import vn.lamchu.cases.ContentKind;
import vn.lamchu.cases.IntakeReceipt;
import vn.lamchu.cases.StoredFile;
import vn.lamchu.shared.NotFoundException;
import vn.lamchu.shared.TenantId;

/**
 * The public REST API for citizens and the apps that serve them, without an account: send feedback or a
 * recommendation, upload its attachments, follow it by receipt code, rate the answer, read the published answers.
 * Every bad input is a 4xx RFC 9457 problem in Vietnamese (English with {@code Accept-Language: en}); a wrong code and
 * an unknown one get the same 404, so the API never tells whether a code exists.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Cổng công khai / Public portal",
        description = "Người dân gửi phản ánh, kiến nghị không cần tài khoản, tra cứu bằng mã biên nhận, đánh giá câu trả lời")
class PublicCaseApi {

    private static final String PROBLEMS = "https://lamchu.vn/problems/";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PublicCaseApi.class);

    private final PublicCases cases;
    private final UploadAllowance uploads;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    PublicCaseApi(PublicCases cases, UploadAllowance uploads, MessageSource messages,
                  @Value("${lamchu.files.max-size:20MB}") DataSize maxFileSize) {
        this.cases = cases;
        this.uploads = uploads;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    // ---- requests and views --------------------------------------------------------------------------------------

    record SenderJson(String name, String address, String phone, String email) {
    }

    record SubmissionJson(ContentKind kind, String category, UUID placeUnitId, String title, String body,
                          Boolean anonymous, SenderJson sender, Boolean publishConsent, List<String> attachments) {

        PublicCases.Submission toSubmission(String idempotencyKey) {
            SenderJson s = sender == null ? new SenderJson(null, null, null, null) : sender;
            return new PublicCases.Submission(kind, category, placeUnitId, title, body, Boolean.TRUE.equals(anonymous),
                    s.name(), s.address(), s.phone(), s.email(), Boolean.TRUE.equals(publishConsent), attachments,
                    idempotencyKey);
        }
    }

    /** The acknowledgement: keep the code, it is the only way to follow the case. */
    record ReceiptJson(String code, String number, LocalDate receivedOn, LocalDate firstAnswerDue, String dueRule,
                       String dueSource, String unitName) {

        static ReceiptJson of(IntakeReceipt r) {
            return new ReceiptJson(r.receiptCode(), r.number(), r.receivedOn(), r.firstAnswerDue(), r.dueRule(),
                    r.dueSource(), r.handlingUnitName());
        }
    }

    record FileJson(String sha256, long size, String mediaType, String originalName) {
    }

    record RatingJson(Integer stars, String comment) {
    }

    record StepJson(Instant at, CaseAction action, String actionText, CaseStatus status, String note) {
    }

    record CaseJson(String number, String title, ContentKind kind, String kindText, CaseStatus status,
                    String statusText, LocalDate receivedOn, String unitName, LocalDate dueOn, String answer,
                    LocalDate answeredOn, boolean published, Integer rating, boolean canRate, List<StepJson> timeline,
                    String legalStage, String legalStageText, Integer instance, String result, LocalDate appealUntil) {
    }

    record AppealJson(String reason) {
    }

    record DecisionJson(String number, String title, String kind, String result, String resultText, String text,
                        String unitName, LocalDate decidedOn, LocalDate publishedOn, String publicationForm) {
    }

    record AnswerJson(String number, String title, ContentKind kind, String category, String unitName,
                      LocalDate receivedOn, LocalDate answeredOn, LocalDate publishedOn, String answer) {
    }

    record CategoryJson(String code, String name) {
    }

    record PlaceJson(UUID id, String name) {
    }

    // ---- endpoints -----------------------------------------------------------------------------------------------

    @PostMapping("/cases")
    @Operation(summary = "Gửi phản ánh hoặc kiến nghị (không cần tài khoản). Gửi lại cùng Idempotency-Key trả về "
            + "cùng biên nhận (200) thay vì tạo hồ sơ mới (201); cùng khóa nhưng nội dung khác: 409.")
    ResponseEntity<ReceiptJson> submit(@RequestParam(required = false) String tenant,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                       @RequestBody SubmissionJson in) {
        TenantId t = cases.tenant(tenant);
        IntakeReceipt receipt = cases.submit(t, in.toSubmission(idempotencyKey));
        return ResponseEntity.status(receipt.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(ReceiptJson.of(receipt));
    }

    @PostMapping("/files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Tải lên một tệp đính kèm (tối đa 20 MB; loại tệp kiểm tra theo nội dung). Mỗi địa chỉ "
            + "tối đa 20 tệp, 100 MB mỗi giờ; mỗi đơn tối đa 5 tệp. Trả về SHA-256 để ghi vào đơn.")
    FileJson upload(@RequestParam(required = false) String tenant,
                    @RequestPart(name = "file", required = false) MultipartFile file, HttpServletRequest request) {
        TenantId t = cases.tenant(tenant);
        if (file == null) {
            throw vn.lamchu.shared.DomainException.invalid("portal.error.fileMissing");
        }
        if (!uploads.take(request.getRemoteAddr(), file.getSize())) {
            throw new UploadsExhausted();
        }
        StoredFile stored = cases.store(t, file);
        return new FileJson(stored.sha256(), stored.size(), stored.mediaType(), stored.originalName());
    }

    @GetMapping("/cases/{code}")
    @Operation(summary = "Tra cứu hồ sơ bằng mã biên nhận: trạng thái, các bước, hạn, câu trả lời. Không có thông tin "
            + "cá nhân hay ghi chú nội bộ.")
    CaseJson follow(@RequestParam(required = false) String tenant, @PathVariable String code) {
        return json(cases.view(cases.tenant(tenant), code));
    }

    @PostMapping("/cases/{code}/rating")
    @Operation(summary = "Đánh giá câu trả lời từ 1 đến 5 sao; từ 2 sao trở xuống, lãnh đạo đơn vị xem xét lại.")
    CaseJson rate(@RequestParam(required = false) String tenant, @PathVariable String code,
                  @RequestBody RatingJson in) {
        return json(cases.rate(cases.tenant(tenant), code, in.stars(), in.comment()));
    }

    @PostMapping("/cases/{code}/appeal")
    @Operation(summary = "Khiếu nại lần hai bằng mã biên nhận, trong thời hạn (Luật Khiếu nại 2011, Điều 33): hồ sơ "
            + "chuyển lên người có thẩm quyền giải quyết lần hai.")
    CaseJson appeal(@RequestParam(required = false) String tenant, @PathVariable String code,
                    @RequestBody AppealJson in) {
        return json(cases.appeal(cases.tenant(tenant), code, in == null ? null : in.reason()));
    }

    @GetMapping("/decisions")
    @Operation(summary = "Quyết định giải quyết khiếu nại lần hai và kết luận nội dung tố cáo đã công khai, mới nhất trước "
            + "(không có thông tin về người tố cáo).")
    CaseQueries.Page<DecisionJson> decisions(@RequestParam(required = false) String tenant,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        var found = cases.decisions(cases.tenant(tenant), page, size);
        return new CaseQueries.Page<>(found.items().stream().map(d -> new DecisionJson(d.number(), d.title(),
                d.kind().name(), d.result(), vn.lamchu.cases.ProceedingWording.result(d.result()), d.text(),
                d.handlingUnitName(), d.decidedOn(), d.publishedOn(), d.publicationForm())).toList(),
                found.page(), found.size(), found.hasNext());
    }

    @GetMapping("/answers")
    @Operation(summary = "Các câu trả lời đã công khai, mới nhất trước; tìm có dấu hoặc không dấu, lọc theo lĩnh vực.")
    CaseQueries.Page<AnswerJson> answers(@RequestParam(required = false) String tenant,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String category,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        var found = cases.published(cases.tenant(tenant), q, category, page, size);
        return new CaseQueries.Page<>(found.items().stream().map(a -> new AnswerJson(a.number(), a.title(), a.kind(),
                a.categoryCode(), a.handlingUnitName(), a.receivedOn(), a.answeredOn(), a.publishedOn(), a.answer()))
                .toList(), found.page(), found.size(), found.hasNext());
    }

    @GetMapping("/categories")
    @Operation(summary = "Lĩnh vực để chọn khi gửi phản ánh, kiến nghị")
    List<CategoryJson> categories(@RequestParam(required = false) String tenant) {
        Locale locale = LocaleContextHolder.getLocale();
        return cases.categories(cases.tenant(tenant)).stream()
                .map(c -> new CategoryJson(c.code(), c.name(locale))).toList();
    }

    @GetMapping("/places")
    @Operation(summary = "Xã, phường, đặc khu đang tồn tại, nơi xảy ra sự việc (để chuyển đúng nơi xử lý)")
    List<PlaceJson> places(@RequestParam(required = false) String tenant) {
        return cases.places(cases.tenant(tenant)).stream().map(p -> new PlaceJson(p.id(), p.name())).toList();
    }

    // ---- problems --------------------------------------------------------------------------------------------------

    /** Too many anonymous uploads from this address, or from everyone today. */
    static final class UploadsExhausted extends RuntimeException {
    }

    @ExceptionHandler(PublicCases.SubmissionRejected.class)
    ProblemDetail rejected(PublicCases.SubmissionRejected e) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.key(), p.args()))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The same answer whether the code is unknown or belongs to someone else's tenant. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("portal.error.codeNotFound"));
    }

    /** An upload above the server's limit, however the container reports it; any other such failure is ours. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, IllegalStateException.class})
    ProblemDetail tooLarge(RuntimeException e) {
        if (!PublicCases.uploadTooLarge(e)) {
            log.error("Unexpected error", e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("error.internal"));
        }
        return problem(HttpStatus.CONTENT_TOO_LARGE, "file.too-large", text("file.too-large", maxFileSize.toMegabytes()));
    }

    @ExceptionHandler(UploadsExhausted.class)
    ResponseEntity<ProblemDetail> exhausted(UploadsExhausted e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600")
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "upload-limit", text("portal.error.uploadLimit")));
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(detail);
        return problem;
    }

    private CaseJson json(CaseQueries.PublicView v) {
        List<StepJson> steps = v.timeline().stream().map(s -> new StepJson(s.at(), s.action(),
                text("cases.action." + s.action().name()), s.status(), s.note())).toList();
        return new CaseJson(v.number(), v.title(), v.kind(), text("cases.kind." + v.kind().name()), v.status(),
                text("cases.status." + v.status().name()), v.receivedOn(), v.handlingUnitName(), v.dueOn(), v.answer(),
                v.answeredOn(), v.published(), v.rating(), v.canRate(), steps,
                v.legalStage() == null ? null : v.legalStage().name(),
                v.legalStage() == null ? null : text("cases.stage." + v.legalStage().name()),
                v.legalStage() == null ? null : v.instance(), v.result(), v.appealUntil());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
