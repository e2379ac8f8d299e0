package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.ConflictException;
import org.rampart.shared.Nearest;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.ProblemTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turn exceptions into answers: RFC 9457 problem details under /api, the error page elsewhere.
 * Not-found and out-of-scope look the same, so nothing can be guessed. A refused body or parameter is described in
 * the caller's terms (which member or parameter, what was expected), never with Java or Jackson names.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");

    private final Problems problems;
    private final MessageSource messages;
    private final LocaleSupport locales;
    private final ProblemTexts texts;

    ErrorHandling(Problems problems, MessageSource messages, LocaleSupport locales, ProblemTexts texts) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
        this.texts = texts;
    }

    @ExceptionHandler(BadInputException.class)
    Object badInput(BadInputException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        List<Problem> why = e.problems();
        if (why.size() == 1) {
            return answer(request, HttpStatus.CONFLICT, texts.reason(why.get(0), locales.resolveLocale(request)), why);
        }
        return answer(request, HttpStatus.CONFLICT, e.getMessage(), why.isEmpty() ? null : why);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, detail(request, "error.detail.denied", String.valueOf(e.getMessage())), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, e.getMaxUploadSize() > 0
                ? detail(request, "error.detail.upload-too-large", e.getMaxUploadSize() / (1024 * 1024))
                : detail(request, "error.detail.upload-too-large.configured"), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        BadInputException inner = find(e, BadInputException.class);
        if (inner != null) {
            return badInput(inner, request, null);
        }
        RequestTooLargeException tooLarge = find(e, RequestTooLargeException.class);
        if (tooLarge != null) {
            return requestTooLarge(tooLarge, request);
        }
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Problem problem = message.startsWith("Required request body is missing") ? Problem.at("body", "body.required")
                    : Problem.at("body", "json.unreadable");
            return answer(request, HttpStatus.BAD_REQUEST, detail(request, "error.detail.body"), List.of(problem));
        }
        return answer(request, HttpStatus.BAD_REQUEST, detail(request, jackson instanceof StreamReadException
                && !(jackson instanceof StreamConstraintsException) && duplicate(jackson) == null
                ? "error.detail.malformed" : "error.detail.body"), List.of(problem(jackson)));
    }

    /** The one problem a refused JSON body has, in the caller's terms. */
    static Problem problem(JacksonException e) {
        String field = path(e);
        if (e instanceof StreamConstraintsException) {
            return Problem.at("body", "json.too-large");
        }
        String duplicate = duplicate(e);
        if (duplicate != null) {
            return Problem.at("body".equals(field) ? duplicate : field + "." + duplicate, "member.duplicate");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String nearest = Nearest.suggest(unknown.getPropertyName(), unknown.getKnownPropertyIds() == null ? null
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).toList());
            return nearest == null ? Problem.at(field, "member.unknown")
                    : Problem.at(field, "member.unknown.suggest", nearest);
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String given = String.valueOf(invalid.getValue());
            if (target != null && target.isEnum()) {
                return Problem.at(field, "value.one-of", allowed(target), given);
            }
            return switch (kind(target)) {
                case "whole" -> Problem.at(field, "number.not-whole", given);
                case "number" -> Problem.at(field, "number.invalid", given);
                case "time" -> Problem.at(field, "time.invalid", given);
                case "date" -> Problem.at(field, "date.invalid", given);
                default -> expected(field, target);
            };
        }
        if (e instanceof MismatchedInputException mismatched) {
            if (mismatched.getTargetType() != null && mismatched.getTargetType().isEnum()) {
                return Problem.at(field, "value.one-of", allowed(mismatched.getTargetType()), "");
            }
            return expected(field, mismatched.getTargetType());
        }
        if (e instanceof StreamReadException) {
            TokenStreamLocation at = e.getLocation();
            return at == null ? Problem.at("body", "json.unreadable")
                    : Problem.at("body", "json.malformed", at.getLineNr(), at.getColumnNr());
        }
        return Problem.at(field, "json.expected.value");
    }

    private static Problem expected(String field, Class<?> target) {
        return switch (kind(target)) {
            case "whole" -> Problem.at(field, "json.expected.whole");
            case "number" -> Problem.at(field, "json.expected.number");
            case "text" -> Problem.at(field, "json.expected.text");
            case "boolean" -> Problem.at(field, "json.expected.boolean");
            case "list" -> Problem.at(field, "json.expected.list");
            case "time" -> Problem.at(field, "json.expected.time");
            case "date" -> Problem.at(field, "json.expected.date");
            case "object" -> Problem.at(field, "json.expected.object");
            default -> Problem.at(field, "json.expected.value");
        };
    }

    /** What a Java type means to a caller: a whole number, a number, a text, true or false, a list, an object… */
    static String kind(Class<?> t) {
        if (t == null) {
            return "value";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class
                || t == Short.class || t == byte.class || t == Byte.class || t == BigInteger.class) {
            return "whole";
        }
        if (t == double.class || t == float.class || Number.class.isAssignableFrom(t) || t == BigDecimal.class) {
            return "number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class) {
            return "text";
        }
        if (t == OffsetDateTime.class || t == Instant.class || t == ZonedDateTime.class || t == LocalDateTime.class) {
            return "time";
        }
        if (t == LocalDate.class) {
            return "date";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "list";
        }
        if (t.isRecord() || Map.class.isAssignableFrom(t)
                || (!t.isPrimitive() && !t.isEnum() && !t.getName().startsWith("java."))) {
            return "object";
        }
        return "value";
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static String duplicate(JacksonException e) {
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    @ExceptionHandler(RequestTooLargeException.class)
    Object requestTooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE,
                detail(request, "error.detail.body-too-large", e.limit() / (1024 * 1024)), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, detail(request, "error.detail.parameter"),
                List.of(parameter(e.getName(), e.getRequiredType(), e.getValue())));
    }

    /** A parameter whose text is not of the kind expected. */
    static Problem parameter(String name, Class<?> target, Object value) {
        String given = value == null ? "" : String.valueOf(value);
        if (target != null && target.isEnum()) {
            return Problem.at(name, "value.one-of", allowed(target), given);
        }
        return switch (kind(target)) {
            case "whole" -> Problem.at(name, "parameter.expected.whole", given);
            case "number" -> Problem.at(name, "parameter.expected.number", given);
            case "boolean" -> Problem.at(name, "parameter.expected.boolean", given);
            case "time" -> Problem.at(name, "parameter.expected.time", given);
            case "date" -> Problem.at(name, "parameter.expected.date", given);
            default -> Problem.at(name, "parameter.invalid", given);
        };
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, detail(request, "error.detail.parameter-missing"),
                List.of(Problem.at(e.getParameterName(), "value.required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, detail(request, "error.detail.parameter-missing"),
                List.of(Problem.at(e.getRequestPartName(), "value.required")));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<Problem> errors = e.getFieldErrors().stream().map(f -> bound(e, f)).toList();
        return answer(request, HttpStatus.BAD_REQUEST, detail(request, "error.detail.input"), errors);
    }

    private static Problem bound(BindException e, FieldError f) {
        if (f.isBindingFailure()) {
            return parameter(f.getField(), e.getFieldType(f.getField()), f.getRejectedValue());
        }
        String constraint = f.getCode() == null ? "" : f.getCode();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> Problem.at(f.getField(), "value.required");
            default -> Problem.at(f.getField(), "parameter.invalid", String.valueOf(f.getRejectedValue()));
        };
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "" : e.getContentType().toString();
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                given.isEmpty() ? detail(request, "error.detail.media-type.missing", supported)
                        : detail(request, "error.detail.media-type", given, supported), null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return answer(request, HttpStatus.NOT_ACCEPTABLE, detail(request, "error.detail.not-acceptable", supported), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        String allowed = e.getSupportedMethods() == null ? "" : String.join(", ", e.getSupportedMethods());
        Object answer = answer(request, HttpStatus.METHOD_NOT_ALLOWED,
                detail(request, "error.detail.method", e.getMethod(), allowed), null);
        if (answer instanceof ResponseEntity<?> entity && !allowed.isEmpty()) {
            return ResponseEntity.status(entity.getStatusCode()).header(HttpHeaders.ALLOW, allowed)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(entity.getBody());
        }
        return answer;
    }

    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse er) {
            HttpStatusCode code = er.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            return answer(request, status == null ? HttpStatus.BAD_REQUEST : status, er.getBody().getDetail(), null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, detail(request, "error.detail.internal"), null);
    }

    private String detail(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, locales.resolveLocale(request));
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String detail, List<Problem> errors) {
        if (Problems.isApi(request) || acceptsJsonOnly(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(request, status, detail, errors));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("errors", errors == null ? List.of() : texts.lines(errors, locales.resolveLocale(request)));
        return page;
    }

    private static boolean acceptsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("html");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
