package vn.lamchu.org.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.lamchu.org.OrgImports;
import vn.lamchu.org.OrgValidationException;

/**
 * Problem details for what only this module's API has: every problem of a refused input with its field (in the
 * shape of the shared handler's bean-validation errors), and an upload above the size limit (413). Everything else
 * goes to the shared handler.
 */
@RestControllerAdvice(assignableTypes = {OrgApi.class, ImportApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrgApiProblems {

    private static final String TYPE_BASE = "https://lamchu.vn/problems/";

    private final MessageSource messages;

    OrgApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OrgValidationException.class)
    ProblemDetail invalid(OrgValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.invalidInput"));
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.key(), p.args().toArray()), "code", p.key()))
                .toList();
        problem.setProperty("errors", errors);
        problem.setDetail(errors.get(0).get("message"));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "import.file.tooLarge",
                text("import.file.tooLarge", OrgImports.MAX_BYTES / (1024 * 1024)));
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(detail);
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
