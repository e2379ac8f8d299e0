package org.rampart.notification.web;

import org.rampart.notification.Channel;
import org.rampart.notification.DeliveryFilter;
import org.rampart.notification.DeliveryState;
import org.rampart.notification.NotificationManagement;
import org.rampart.notification.NotificationPolicy;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The delivery log and dead-letter list for administrators, with replay. */
@Controller
class DeliveryPageController {

    private static final int PAGE_SIZE = 50;

    private final NotificationManagement notifications;
    private final NotificationPolicy policy;

    DeliveryPageController(NotificationManagement notifications, NotificationPolicy policy) {
        this.notifications = notifications;
        this.policy = policy;
    }

    @GetMapping("/admin/deliveries")
    String list(@RequestParam(required = false) Long warningId, @RequestParam(required = false) String state,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        DeliveryFilter filter = DeliveryFilters.of(warningId, state, channel, subject);
        model.addAttribute("subjects", DeliveryFilters.SUBJECTS);
        model.addAttribute("navSection", "deliveries");
        model.addAttribute("filter", filter);
        model.addAttribute("states", DeliveryState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("deliveries", notifications.deliveries(actor, filter,
                new PageQuery(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("mayReplay", policy.mayReplay(actor));
        return "notification/deliveries";
    }

    @GetMapping("/admin/deliveries/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("navSection", "deliveries");
        model.addAttribute("d", notifications.delivery(actor, id));
        model.addAttribute("attempts", notifications.attempts(actor, id));
        model.addAttribute("mayReplay", policy.mayReplay(actor));
        return "notification/delivery";
    }

    @PostMapping("/admin/deliveries/{id}/replay")
    String replay(@PathVariable long id, RedirectAttributes redirect) {
        notifications.replay(CurrentActor.get(), id);
        redirect.addFlashAttribute("replayed", id);
        return "redirect:/admin/deliveries?state=PENDING";
    }
}
