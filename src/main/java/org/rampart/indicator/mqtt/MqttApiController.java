package org.rampart.indicator.mqtt;

import java.time.Instant;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The MQTT subscription's status and its dead letters (administrators and coordinators). */
@RestController
@RequestMapping("/api/v1/mqtt")
class MqttApiController {

    private final MqttMonitor monitor;

    MqttApiController(MqttMonitor monitor) {
        this.monitor = monitor;
    }

    /** A dead letter as JSON: the payload as UTF-8 text. */
    record DeadLetterView(long id, String topic, String payload, boolean truncated, String reason, Instant receivedAt) {

        static DeadLetterView of(MqttDeadLetter d) {
            return new DeadLetterView(d.id(), d.topic(), d.text(), d.truncated(), d.reason(), d.receivedAt());
        }
    }

    @GetMapping("/status")
    MqttSubscriber.Status status() {
        return monitor.status(CurrentActor.get());
    }

    @GetMapping("/dead-letters")
    Page<DeadLetterView> deadLetters(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return monitor.deadLetters(CurrentActor.get(), PageQuery.of(page, size)).map(DeadLetterView::of);
    }
}
