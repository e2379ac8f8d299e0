package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ProblemTexts;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Build RFC 9457 problem details, with the request id and, for bad input, every problem found. */
@Component
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final JsonMapper json;
    private final ProblemTexts texts;
    private final LocaleSupport locales;
    private final MessageSource messages;

    Problems(JsonMapper json, ProblemTexts texts, LocaleSupport locales, MessageSource messages) {
        this.json = json;
        this.texts = texts;
        this.locales = locales;
        this.messages = messages;
    }

    /** A detail sentence ({@code error.detail.*} in the platform bundle) in the caller's language. */
    public String detail(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, locales.resolveLocale(request));
    }

    public ProblemDetail of(HttpServletRequest request, HttpStatus status, String detail, List<BadInputException.Problem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://rampart.example/problems/" + slug(status)));
        problem.setInstance(URI.create(request.getRequestURI()));
        String requestId = MDC.get("requestId");
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        if (errors != null && !errors.isEmpty()) {
            Locale locale = locales.resolveLocale(request);
            problem.setProperty("errors", errors.stream().map(p -> toMap(p, locale)).toList());
        }
        return problem;
    }

    /** Write a problem directly to the response (filters and security handlers, before MVC). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            List<BadInputException.Problem> errors) throws IOException {
        ProblemDetail problem = of(request, status, detail, errors);
        response.setStatus(status.value());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(problem));
    }

    /** A problem as the JSON text of an answer (members in RFC 9457 order, then the extensions). */
    String json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return json.writeValueAsString(body);
    }

    /** One problem as an item of {@code errors}: where, its code and the reason in the caller's language. */
    public Map<String, Object> toMap(BadInputException.Problem p, Locale locale) {
        return texts.view(p, locale);
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
