package org.rampart.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.rampart.shared.BadInputException;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Request id in logs and answers, client address for the audit log, and a hard limit on request bodies. */
@Configuration
class RequestFilters {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String id = request.getHeader("X-Request-Id");
                if (id == null || !SAFE_ID.matcher(id).matches()) {
                    id = UUID.randomUUID().toString();
                }
                MDC.put("requestId", id);
                MDC.put("clientAddress", request.getRemoteAddr());
                response.setHeader("X-Request-Id", id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove("requestId");
                    MDC.remove("clientAddress");
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /**
     * Keep the URL-rewriting filter that webjars-locator-lite switches on from running. It offered every link a page
     * builds to the static-resource resolvers, which looked each one up on the class path (a page with hundreds of
     * links spent most of its time there), only to rewrite /webjars/ links with a version that this application does
     * not need: /webjars/ paths without a version are resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> bean = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        bean.setEnabled(false);
        return bean;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bodyLimitFilter(Problems problems,
            @Value("${rampart.request.max-bytes:26214400}") long maxBytes) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long length = request.getContentLengthLong();
                if (length > maxBytes) {
                    problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                            problems.detail(request, "error.detail.body-too-large", maxBytes / (1024 * 1024)), null);
                    return;
                }
                chain.doFilter(length >= 0 ? request : new LimitedRequest(request, maxBytes), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /**
     * Refuse a path, query string or form parameter that is not valid UTF-8 or carries a control character (see
     * {@link InputChecks}), before Spring Security or a handler reads it. API callers get the problem at once; a page
     * request carries it to {@link InputInterceptor}, so that the error page answers.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> inputCheckFilter(Problems problems) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                List<BadInputException.Problem> found = new ArrayList<>(InputChecks.ofAddress(request));
                String type = request.getContentType();
                if (found.isEmpty() && type != null
                        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    try {
                        found.addAll(InputChecks.ofParameters(request.getParameterMap()));
                    } catch (RuntimeException e) {
                        found.add(BadInputException.Problem.at("body", "encoding.invalid"));
                    }
                }
                if (found.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                if (Problems.isApi(request) || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                    problems.write(request, response, HttpStatus.BAD_REQUEST, problems.detail(request, "error.detail.request"), found);
                    return;
                }
                request.setAttribute(InputInterceptor.PROBLEMS, found);
                chain.doFilter(new NoParameters(request), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    /** A refused page request goes on without its parameters, only as far as {@link InputInterceptor}. */
    private static final class NoParameters extends HttpServletRequestWrapper {
        NoParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }

    /** A request of unknown length (chunked) that fails once more than the limit has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > limit) {
                        throw new RequestTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
