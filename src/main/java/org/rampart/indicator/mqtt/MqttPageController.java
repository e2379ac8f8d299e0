package org.rampart.indicator.mqtt;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.rampart.indicator.web.IndicatorProblems;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.ProblemCatalog;
import org.rampart.shared.ProblemTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The MQTT page: connection, topics, counters and dead letters. */
@Controller
class MqttPageController {

    private final MqttMonitor monitor;
    private final ProblemTexts texts;
    private final IndicatorProblems labels;

    MqttPageController(MqttMonitor monitor, ProblemTexts texts, IndicatorProblems labels) {
        this.monitor = monitor;
        this.texts = texts;
        this.labels = labels;
    }

    /** A dead letter as the page shows it: why it was refused, one line per problem in the reader's language. */
    record DeadLetterRow(String topic, String payload, boolean truncated, List<String> reasons, Instant receivedAt) {
    }

    @GetMapping("/indicators/mqtt")
    String page(@RequestParam(required = false) Integer page, Model model, Locale locale) {
        model.addAttribute("status", monitor.status(CurrentActor.get()));
        model.addAttribute("deadLetters", monitor.deadLetters(CurrentActor.get(), PageQuery.of(page, 50))
                .map(d -> new DeadLetterRow(d.topic(), d.text(), d.truncated(), reasons(d, texts, locale, labels),
                        d.receivedAt())));
        return "indicator/mqtt";
    }

    /** Why a letter was refused, as lines in the reader's language; the stored English reason for an old letter. */
    static List<String> reasons(MqttDeadLetter d, ProblemTexts texts, Locale locale, ProblemCatalog labels) {
        return d.problems() == null ? List.of(d.reason()) : texts.lines(d.problems(), locale, labels);
    }
}
