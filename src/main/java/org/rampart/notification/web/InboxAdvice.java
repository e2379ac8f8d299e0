package org.rampart.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rampart.notification.NotificationManagement;
import org.rampart.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count of the signed-in user's inbox, for the badge in the navigation bar of every page. */
@ControllerAdvice(annotations = Controller.class)
class InboxAdvice {

    private final NotificationManagement notifications;

    InboxAdvice(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("inboxUnread")
    Long inboxUnread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentActor.find().filter(a -> a.userId() > 0).map(notifications::unreadCount).orElse(null);
    }
}
