package org.rampart.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.rampart.shared.BadInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before any filter of ours runs: an address it refuses to decode (a NUL as
 * {@code %00}, an encoded slash) is a 400 there. Its own HTML report is replaced by an RFC 9457 problem for
 * {@code /api/} addresses (naming the field {@code path}) and by a small page of ours otherwise; neither repeats
 * the refused address.
 */
@Configuration
class ContainerErrors {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReports(ObjectProvider<Problems> problems,
            ObjectProvider<LocaleSupport> locales, MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof Host host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(Report.class.getName());
                }
                host.getPipeline().addValve(new Report(problems, locales, messages));
            }
        });
    }

    /** Tomcat's error report, in our terms. */
    static final class Report extends ErrorReportValve {

        private final ObjectProvider<Problems> problems;
        private final ObjectProvider<LocaleSupport> locales;
        private final MessageSource messages;

        Report(ObjectProvider<Problems> problems, ObjectProvider<LocaleSupport> locales, MessageSource messages) {
            this.problems = problems;
            this.locales = locales;
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            boolean badAddress = status == HttpStatus.BAD_REQUEST;
            LocaleSupport localeSupport = locales.getIfAvailable();
            Locale locale = localeSupport == null ? Locale.ENGLISH : localeSupport.resolveLocale(request);
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding("UTF-8");
                String body;
                if (api) {
                    response.setContentType(Problems.MEDIA_TYPE);
                    body = problem(request, status, badAddress, locale);
                } else {
                    response.setContentType("text/html");
                    body = page(status, badAddress, locale);
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the answer already started: nothing more to say
            }
        }

        private String problem(Request request, HttpStatus status, boolean badAddress, Locale locale) {
            Problems p = problems.getObject();
            List<BadInputException.Problem> errors = badAddress
                    ? List.of(BadInputException.Problem.at("path", "path.invalid")) : List.of();
            String detail = badAddress ? messages.getMessage("error.detail.request", null, locale) : null;
            ProblemDetail problem = p.of(request, status, detail, errors);
            problem.setInstance(badAddress ? null : URI.create(request.getRequestURI()));
            return p.json(problem);
        }

        private String page(HttpStatus status, boolean badAddress, Locale locale) {
            String lang = LocaleSupport.tag(locale).equals("zh") ? "zh-CN" : "en";
            String title = messages.getMessage("error.title", null, "Error", locale);
            String text = badAddress
                    ? messages.getMessage("problem.path.invalid", null, locale)
                    : status.value() + " " + status.getReasonPhrase();
            String home = messages.getMessage("error.home", null, locale);
            return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + status.value() + " " + HtmlUtils.htmlEscape(title) + " - Rampart</title>"
                    + "<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;"
                    + "line-height:1.5}a{color:#0a58ca}</style></head>\n<body><main><h1>" + HtmlUtils.htmlEscape(title)
                    + " (" + status.value() + ")</h1><p>" + HtmlUtils.htmlEscape(text) + "</p><p><a href=\"/\">"
                    + HtmlUtils.htmlEscape(home) + "</a></p></main></body></html>\n";
        }
    }
}
