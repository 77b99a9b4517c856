package vn.lamchu.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import vn.lamchu.shared.AccessDeniedException;
import vn.lamchu.shared.DomainException;
import vn.lamchu.shared.NotFoundException;

/**
 * Every error of the REST API as RFC 9457 problem details, with a message in the caller's language: 404 for a
 * missing record, 409 for an illegal transition or a stale version, 400 with the field messages for bad input.
 * Bad input never becomes a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final String TYPE_BASE = "https://lamchu.vn/problems/";

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", text("error.notFound"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden"));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail securityDenied(org.springframework.security.access.AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden"));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        HttpStatus status = e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problem(status, e.messageKey(), text(e.messageKey(), e.arguments()));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "stale", text("error.stale"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid", text("error.invalidInput"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.invalidParameter", e.getName()));
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", text("error.invalidParameter", e.getName()))));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("error.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.invalidInput"));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.invalidInput"));
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", messages.getMessage(err, locale()))))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that cannot be read says why: no body, not JSON at all (with the line and column), or a field whose value
     * has the wrong type or format (named, with the path from the top, e.g. {@code sender.phone} or
     * {@code attachments[1]}) — never just "failed to read request".
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        JacksonException json = null;
        for (Throwable t = ex.getCause(); t != null && json == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException j) {
                json = j;
            }
        }
        ProblemDetail problem;
        boolean syntax = json instanceof StreamReadException && !(json instanceof InputCoercionException);
        if (syntax && json.getLocation() != null) {
            problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.jsonSyntax",
                    json.getLocation().getLineNr(), json.getLocation().getColumnNr()));
        } else if (json != null && !json.getPath().isEmpty()) {
            String field = fieldPath(json.getPath());
            String detail = text("error.jsonField", field);
            problem = problem(HttpStatus.BAD_REQUEST, "invalid", detail);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        } else if (json != null) {
            problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.jsonShape"));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "invalid", text("error.bodyMissing"));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        // Spring's own errors (unreadable JSON, missing parameter, wrong method …): keep the status, explain in our words.
        // Spring 7 leaves the type of its own problems empty (about:blank is implied)
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || !problem.getType().toString().startsWith(TYPE_BASE))) {
            String key = status.value() == 400 ? "error.invalidInput" : status.value() == 404 ? "error.notFound"
                    : status.value() == 405 ? "error.methodNotAllowed" : status.value() == 415 ? "error.unsupportedMedia"
                    : "error.request";
            problem.setType(URI.create(TYPE_BASE + "request"));
            problem.setTitle(text(key));
            problem.setDetail(text(key));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", messages.getMessage(error, locale()));
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(detail);
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
