package org.rampart.indicator.mqtt;

import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The MQTT page: connection, topics, counters and dead letters. */
@Controller
class MqttPageController {

    private final MqttMonitor monitor;

    MqttPageController(MqttMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/indicators/mqtt")
    String page(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("status", monitor.status(CurrentActor.get()));
        model.addAttribute("deadLetters", monitor.deadLetters(CurrentActor.get(), PageQuery.of(page, 50))
                .map(MqttApiController.DeadLetterView::of));
        return "indicator/mqtt";
    }
}
