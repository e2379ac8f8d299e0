package org.rampart.notification.web;

import java.util.List;
import org.rampart.notification.Delivery;
import org.rampart.notification.DeliveryAttempt;
import org.rampart.notification.NotificationManagement;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log and dead-letter replay for administrators, limited to subjects (warnings, risk reviews, ...) in their scope. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryApiController {

    private final NotificationManagement notifications;

    DeliveryApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Page<Delivery> list(@RequestParam(required = false) Long warningId, @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.notification.DeliveryState.class)) @RequestParam(required = false) String state,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.rampart.notification.Channel.class)) @RequestParam(required = false) String channel, @RequestParam(required = false) String subject,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notifications.deliveries(CurrentActor.get(), DeliveryFilters.of(warningId, state, channel, subject),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    Delivery get(@PathVariable long id) {
        return notifications.delivery(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/attempts")
    List<DeliveryAttempt> attempts(@PathVariable long id) {
        return notifications.attempts(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/replay")
    Delivery replay(@PathVariable long id) {
        return notifications.replay(CurrentActor.get(), id);
    }
}
