package vn.lamchu.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import vn.lamchu.cases.ReceiptCode;
import vn.lamchu.cases.messages.CaseMessages;
import vn.lamchu.cases.messages.MessageLimits;
import vn.lamchu.cases.messages.MessageProblems;
import vn.lamchu.shared.NotFoundException;

/**
 * The citizen's side of a case's message thread, by receipt code and without an account: read the office's messages
 * (marking them read) and write to it. Nothing about the caller is stored. A wrong code and an unknown one get the
 * same 404, as for the other public endpoints; the day's limit is 429, a case closed more than 30 days ago 409.
 */
@RestController
@RequestMapping("/api/v1/public/cases/{code}/messages")
@Tag(name = "Cổng công khai / Public portal")
class PublicMessageApi {

    private final PublicCases cases;
    private final CaseMessages messages;
    private final MessageProblems problems;

    PublicMessageApi(PublicCases cases, CaseMessages messages, MessageProblems problems) {
        this.cases = cases;
        this.messages = messages;
        this.problems = problems;
    }

    record TextJson(String text) {
    }

    /** A message; {@code from} is "you" or "the handling office", never an officer's name. */
    record MessageJson(int seq, Instant at, CaseMessages.Side side, String from, String text, boolean read) {
    }

    record ThreadJson(List<MessageJson> messages, boolean canWrite, LocalDate writableUntil, int remainingToday,
                      int maxLength) {
    }

    @GetMapping
    @Operation(summary = "Tin trao đổi giữa người gửi và cơ quan xử lý, cũ trước; tin của cơ quan được đánh dấu đã đọc. "
            + "Không có tên cán bộ.")
    ThreadJson thread(@RequestParam(required = false) String tenant, @PathVariable String code) {
        CaseMessages.CitizenThread t = messages.forCitizen(cases.tenant(tenant), ReceiptCode.of(code));
        return new ThreadJson(t.messages().stream().map(this::json).toList(), t.canWrite(), t.writableUntil(),
                t.remainingToday(), MessageLimits.TEXT_MAX);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gửi tin cho cơ quan xử lý (tối đa 4000 ký tự, 10 tin mỗi ngày cho một hồ sơ; sau khi hồ sơ "
            + "kết thúc còn 30 ngày). Muốn giữ kín danh tính thì đừng ghi họ tên, số điện thoại.")
    MessageJson send(@RequestParam(required = false) String tenant, @PathVariable String code,
                     @RequestBody TextJson in) {
        // a staff member's session or token, if any, is not the writer's identity: it is not recorded
        return json(PublicCases.asCitizen(() -> messages.postByCitizen(cases.tenant(tenant), ReceiptCode.of(code),
                in.text())));
    }

    private MessageJson json(CaseMessages.CitizenMessage m) {
        String from = problems.text(m.side() == CaseMessages.Side.OFFICE ? "messages.portal.office" : "messages.portal.you");
        return new MessageJson(m.seq(), m.at(), m.side(), from, m.text(), m.read());
    }

    /** The same answer whether the code is unknown or belongs to another tenant. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", problems.text("portal.error.codeNotFound"));
    }

    @ExceptionHandler(MessageLimits.TextRejected.class)
    ProblemDetail textRejected(MessageLimits.TextRejected e) {
        return problems.textRejected(e);
    }

    @ExceptionHandler(MessageLimits.LimitReached.class)
    ResponseEntity<ProblemDetail> limitReached(MessageLimits.LimitReached e) {
        return problems.limitReached(e);
    }
}
