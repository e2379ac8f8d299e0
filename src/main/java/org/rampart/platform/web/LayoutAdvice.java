package org.rampart.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in actor and the current address (for the language switch). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("me")
    Actor me() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("currentUri")
    String currentUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
    }
}
