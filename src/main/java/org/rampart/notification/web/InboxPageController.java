package org.rampart.notification.web;

import java.util.Locale;
import org.rampart.notification.NotificationManagement;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's in-app inbox. */
@Controller
class InboxPageController {

    private static final int PAGE_SIZE = 25;

    private final NotificationManagement notifications;

    InboxPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        model.addAttribute("navSection", "inbox");
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("items", notifications.inbox(CurrentActor.get(), locale, unread,
                new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(CurrentActor.get(), id);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String readAll() {
        notifications.markAllRead(CurrentActor.get());
        return "redirect:/inbox";
    }
}
