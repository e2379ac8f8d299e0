package org.rampart.indicator.mqtt;

import org.rampart.indicator.IndicatorPolicy;
import org.rampart.shared.Actor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.stereotype.Component;

/** What administrators and coordinators see of the MQTT subscription: its status and the dead letters. */
@Component
class MqttMonitor {

    private final IndicatorPolicy policy;
    private final MqttSubscriber subscriber;
    private final MqttDeadLetterRepository deadLetters;

    MqttMonitor(MqttSubscriber subscriber, MqttDeadLetterRepository deadLetters, IndicatorPolicy policy) {
        this.policy = policy;
        this.subscriber = subscriber;
        this.deadLetters = deadLetters;
    }

    MqttSubscriber.Status status(Actor actor) {
        require(actor);
        return subscriber.status();
    }

    Page<MqttDeadLetter> deadLetters(Actor actor, PageQuery page) {
        require(actor);
        return deadLetters.page(page);
    }

    private void require(Actor actor) {
        policy.requireFeedWatcher(actor);
    }
}
