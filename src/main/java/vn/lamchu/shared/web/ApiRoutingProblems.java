package vn.lamchu.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * RFC 9457 problem details for API requests that never reach a controller: an unknown path under {@code /api/} (404)
 * or a method the path does not support (405). Other paths are left to the error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

    private final MessageSource messages;

    ApiRoutingProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail unknownPath(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e;
        }
        return problem(HttpStatus.NOT_FOUND, "not-found", "error.notFound");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "error.methodNotAllowed");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private ProblemDetail problem(HttpStatus status, String type, String key) {
        String detail = messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ApiProblemHandler.TYPE_BASE + type));
        problem.setTitle(detail);
        return problem;
    }
}
