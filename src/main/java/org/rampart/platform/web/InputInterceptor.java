package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.rampart.shared.BadInputException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A page request whose address the input check refused is answered by the error page (through ErrorHandling). */
@Configuration
class InputInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    static final String PROBLEMS = InputInterceptor.class.getName() + ".problems";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object problems = request.getAttribute(PROBLEMS);
        if (problems instanceof List<?> list && !list.isEmpty()) {
            throw new BadInputException((List<BadInputException.Problem>) list);
        }
        return true;
    }
}
