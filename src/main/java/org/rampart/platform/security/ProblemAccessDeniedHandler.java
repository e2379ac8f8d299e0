package org.rampart.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rampart.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** API calls that are forbidden (such as a missing CSRF token) get a 403 problem detail. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;

    ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, problems.detail(request, "error.detail.forbidden"), null);
    }
}
