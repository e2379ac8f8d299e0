package org.rampart.indicator.mqtt;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rampart.indicator.web.IndicatorProblems;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemTexts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The MQTT subscription's status and its dead letters (administrators and coordinators). */
@RestController
@RequestMapping("/api/v1/mqtt")
class MqttApiController {

    private final MqttMonitor monitor;
    private final ProblemTexts texts;
    private final IndicatorProblems labels;

    MqttApiController(MqttMonitor monitor, ProblemTexts texts, IndicatorProblems labels) {
        this.monitor = monitor;
        this.texts = texts;
        this.labels = labels;
    }

    /**
     * A dead letter as JSON: the payload as UTF-8 text, why it was refused in the caller's language ({@code reason},
     * one line per problem joined by "; ") and its problems as answer items ({@code code}, {@code field},
     * {@code line} or {@code index}, {@code reason}); empty for a letter kept before problems were codes.
     */
    record DeadLetterView(long id, String topic, String payload, boolean truncated, String reason,
            List<Map<String, Object>> problems, Instant receivedAt) {
    }

    @GetMapping("/status")
    MqttSubscriber.Status status() {
        return monitor.status(CurrentActor.get());
    }

    @GetMapping("/dead-letters")
    Page<DeadLetterView> deadLetters(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Locale locale) {
        return monitor.deadLetters(CurrentActor.get(), PageQuery.of(page, size)).map(d -> new DeadLetterView(d.id(),
                d.topic(), d.text(), d.truncated(), String.join("; ", MqttPageController.reasons(d, texts, locale, labels)),
                d.problems() == null ? List.of() : d.problems().stream().map(p -> texts.view(p, locale)).toList(),
                d.receivedAt()));
    }
}
