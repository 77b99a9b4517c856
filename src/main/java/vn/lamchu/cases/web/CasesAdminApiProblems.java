package vn.lamchu.cases.web;

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

import vn.lamchu.cases.AdminInputException;

/**
 * Every problem of a refused routing row or category with its field, in the shape of the shared handler's
 * bean-validation errors (RFC 9457, 400). Everything else goes to the shared handler.
 */
@RestControllerAdvice(assignableTypes = {RoutingAdminApi.class, CategoryAdminApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CasesAdminApiProblems {

    private final MessageSource messages;

    CasesAdminApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AdminInputException.class)
    ProblemDetail invalid(AdminInputException e) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.key(), p.args().toArray()), "code", p.key()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
        problem.setType(URI.create("https://lamchu.vn/problems/invalid"));
        problem.setTitle(text("error.invalidInput"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
