package org.rampart.notification.web;

import java.util.Locale;
import java.util.Map;
import org.rampart.notification.InboxItem;
import org.rampart.notification.NotificationManagement;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own in-app inbox, texts in the caller's language. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApiController {

    private final NotificationManagement notifications;

    InboxApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Page<InboxItem> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        return notifications.inbox(CurrentActor.get(), locale, unread, PageQuery.of(page, size));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unreadCount(CurrentActor.get()));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(CurrentActor.get()));
    }
}
