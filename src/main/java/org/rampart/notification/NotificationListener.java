package org.rampart.notification;

import org.rampart.warning.WarningChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Consume warning changes after their transaction commits. The event publication registry keeps each event until
 * this listener completes, so an event interrupted by a restart is delivered again, and the dispatcher's unique key
 * makes the second run harmless.
 */
@Component
class NotificationListener {

    private final Dispatcher dispatcher;

    NotificationListener(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @ApplicationModuleListener
    void on(WarningChanged event) {
        dispatcher.dispatch(event);
    }
}
