package org.rampart.notification.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rampart.notification.NotificationManagement;
import org.rampart.notification.NotificationPolicy;
import org.rampart.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count of the signed-in user's inbox, for the badge in the navigation bar of every page. */
@ControllerAdvice(annotations = Controller.class)
class InboxAdvice {

    private final NotificationManagement notifications;
    private final NotificationPolicy policy;

    InboxAdvice(NotificationManagement notifications, NotificationPolicy policy) {
        this.notifications = notifications;
        this.policy = policy;
    }

    @ModelAttribute("inboxUnread")
    Long inboxUnread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentActor.find().filter(policy::hasInbox).map(notifications::unreadCount).orElse(null);
    }
}
