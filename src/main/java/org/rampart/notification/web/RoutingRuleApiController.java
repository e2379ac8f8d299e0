package org.rampart.notification.web;

import java.net.URI;
import org.rampart.notification.NotificationManagement;
import org.rampart.notification.RoutingRule;
import org.rampart.notification.RoutingRuleDraft;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The routing-rule API; roles and scope are checked by {@link NotificationManagement}. */
@RestController
@RequestMapping("/api/v1/notification-rules")
class RoutingRuleApiController {

    private final NotificationManagement notifications;

    RoutingRuleApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Page<RoutingRule> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notifications.rules(CurrentActor.get(), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    RoutingRule get(@PathVariable long id) {
        return notifications.rule(CurrentActor.get(), id);
    }

    @PostMapping
    ResponseEntity<RoutingRule> create(@RequestBody RoutingRuleDraft body) {
        RoutingRule created = notifications.createRule(CurrentActor.get(), body);
        return ResponseEntity.created(URI.create("/api/v1/notification-rules/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    RoutingRule update(@PathVariable long id, @RequestBody RoutingRuleDraft body) {
        return notifications.updateRule(CurrentActor.get(), id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        notifications.deleteRule(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
