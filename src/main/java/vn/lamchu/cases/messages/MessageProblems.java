package vn.lamchu.cases.messages;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.lamchu.shared.LegalTime;

/**
 * The RFC 9457 problems of the message endpoints (office and public) that the shared handler does not know: a refused
 * text names its field, and the day's limit is 429 with {@code Retry-After}.
 */
@Component
public class MessageProblems {

    private static final String TYPE_BASE = "https://lamchu.vn/problems/";

    private final MessageSource messages;
    private final Clock clock;

    MessageProblems(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** 400, with the message next to the field {@code text}. */
    public ProblemDetail textRejected(MessageLimits.TextRejected e) {
        String detail = text(e.messageKey(), e.arguments());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.messageKey(), detail);
        problem.setProperty("errors", List.of(Map.of("field", "text", "message", detail)));
        return problem;
    }

    /** 429: try again tomorrow (Retry-After: the seconds until midnight in Vietnam). */
    public ResponseEntity<ProblemDetail> limitReached(MessageLimits.LimitReached e) {
        Instant tomorrow = MessageLimits.startOfDay(LegalTime.today(clock).plusDays(1));
        long seconds = Math.max(1, Duration.between(clock.instant(), tomorrow).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.messageKey(), text(e.messageKey(), e.arguments())));
    }

    /** A problem with a message of the bundles. */
    public ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(detail);
        return problem;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
