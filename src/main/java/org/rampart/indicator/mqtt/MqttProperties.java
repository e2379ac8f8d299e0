package org.rampart.indicator.mqtt;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The MQTT subscription ({@code rampart.mqtt.*}). {@code actor} is only the name written as the source of what
 * arrives; the indicator module cannot look users up, so the rights are those of an officer scoped to the
 * jurisdiction {@code scope}, or of the system actor (the whole tree) when no scope is given.
 */
@ConfigurationProperties("rampart.mqtt")
record MqttProperties(@DefaultValue("false") boolean enabled, @DefaultValue("tcp://localhost:1883") String brokerUrl,
        @DefaultValue("rampart") String clientId, String username, String password, @DefaultValue List<String> topics,
        @DefaultValue("mqtt") String actor, String scope, @DefaultValue("5") int retrySeconds) {
}
