package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ConflictException;
import org.rampart.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turn exceptions into answers: RFC 9457 problem details under /api, the error page elsewhere.
 * Not-found and out-of-scope look the same, so nothing can be guessed.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Problems problems;

    ErrorHandling(Problems problems) {
        this.problems = problems;
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
        return answer(request, HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "You may not do this: " + e.getMessage(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the limit of "
                + (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB" : "the configured size") + ".", null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String reason = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "'" + invalid.getValue() + "' is not one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "'" + invalid.getValue() + "' is not a valid " + simpleName(invalid.getTargetType());
            return answer(request, HttpStatus.BAD_REQUEST, "The request body has a bad value.",
                    List.of(BadInputException.Problem.field(field, reason)));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return answer(request, HttpStatus.BAD_REQUEST, "The request body has a bad value.",
                    List.of(BadInputException.Problem.field(path(databind), firstLine(databind.getOriginalMessage()))));
        }
        String message = cause == null ? "unreadable" : firstLine(cause.getMessage());
        if (cause instanceof RequestTooLargeException) {
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, message, null);
        }
        return answer(request, HttpStatus.BAD_REQUEST, "The request body is not valid JSON: " + message, null);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    Object requestTooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "A parameter has a bad value.",
                List.of(BadInputException.Problem.field(e.getName(), "'" + e.getValue() + "' is not a valid "
                        + simpleName(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "A parameter is missing.",
                List.of(BadInputException.Problem.field(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<BadInputException.Problem> errors = e.getFieldErrors().stream()
                .map(f -> BadInputException.Problem.field(f.getField(), f.getDefaultMessage())).toList();
        return answer(request, HttpStatus.BAD_REQUEST, "The input is not valid.", errors);
    }

    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse er) {
            HttpStatusCode code = er.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            return answer(request, status == null ? HttpStatus.BAD_REQUEST : status, er.getBody().getDetail(), null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote the request id to the administrator.", null);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String detail, List<BadInputException.Problem> errors) {
        if (Problems.isApi(request) || acceptsJsonOnly(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(request, status, detail, errors));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("errors", errors == null ? List.of() : errors);
        return page;
    }

    private static boolean acceptsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("html");
    }

    private static String path(DatabindException e) {
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

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName().toLowerCase();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int hint = line.indexOf(" (set `");
        return hint < 0 ? line : line.substring(0, hint);
    }
}
