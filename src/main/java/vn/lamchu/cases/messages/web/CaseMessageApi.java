package vn.lamchu.cases.messages.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lamchu.cases.CaseId;
import vn.lamchu.cases.messages.CaseMessages;
import vn.lamchu.cases.messages.MessageLimits;
import vn.lamchu.cases.messages.MessageProblems;

/** The office's side of a case's message thread with the holder of its receipt code. */
@RestController
@RequestMapping("/api/v1/cases/{id}/messages")
@PreAuthorize("hasAuthority('OFFICE_ACCESS')")
@Tag(name = "Trao đổi với người gửi / Case messages",
        description = "Trao đổi với người gửi đơn qua mã biên nhận, không cần biết danh tính người gửi")
class CaseMessageApi {

    private final CaseMessages messages;
    private final MessageProblems problems;

    CaseMessageApi(CaseMessages messages, MessageProblems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    record TextJson(String text) {
    }

    record MessageJson(int seq, Instant at, CaseMessages.Side side, UUID staffId, String staffName, String text,
                       Instant readAt) {

        static MessageJson of(CaseMessages.Message m) {
            return new MessageJson(m.seq(), m.at(), m.side(), m.staffId(), m.staffName(), m.text(), m.readAt());
        }
    }

    record ThreadJson(CaseId caseId, List<MessageJson> messages, boolean canReply) {
    }

    @GetMapping
    @Operation(summary = "Các tin trao đổi với người gửi, cũ trước; người được xử lý hồ sơ đọc thì tin của người gửi "
            + "được đánh dấu đã đọc")
    ThreadJson thread(@PathVariable String id) {
        CaseMessages.OfficeThread t = messages.forStaff(CaseId.of(id));
        return new ThreadJson(t.caseId(), t.messages().stream().map(MessageJson::of).toList(), t.canReply());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Trả lời người gửi (tối đa 4000 ký tự). Người gửi chỉ thấy \"Cơ quan xử lý\", không thấy tên "
            + "cán bộ. Cần quyền CASE_HANDLE với đơn vị đang giữ hồ sơ.")
    MessageJson reply(@PathVariable String id, @RequestBody TextJson in) {
        return MessageJson.of(messages.reply(CaseId.of(id), in.text()));
    }

    @ExceptionHandler(MessageLimits.TextRejected.class)
    ProblemDetail textRejected(MessageLimits.TextRejected e) {
        return problems.textRejected(e);
    }
}
