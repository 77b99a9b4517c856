package vn.lamchu.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/** Writes RFC 9457 problem details from the security filters (401, 403), before any controller runs. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, ObjectMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
        // Security filters run before the DispatcherServlet binds the locale resolver: ask it directly.
        var locale = locales.resolveLocale(request);
        String text = messages.getMessage(messageKey, null, messageKey, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://lamchu.vn/problems/" + (status == 401 ? "unauthorized" : "forbidden"));
        body.put("title", text);
        body.put("status", status);
        body.put("detail", text);
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json.writeValueAsString(body));
    }
}
