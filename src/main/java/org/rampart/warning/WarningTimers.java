package org.rampart.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionRef;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timed passes over warnings: escalation of unacknowledged warnings up the jurisdiction tree and reminders of
 * unresolved ones. Each pass takes one batch at a time in its own transaction and locks it with
 * {@code FOR UPDATE SKIP LOCKED}, and a row is due only while its deadline has passed, so several nodes on one
 * database never take the same step twice.
 */
@Component
@EnableConfigurationProperties(WarningSettings.class)
class WarningTimers {

    static final String SYSTEM = "system";

    private final WarningRepository warnings;
    private final WarningSettings settings;
    private final JurisdictionManagement jurisdictions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RuleEvaluation evaluation;
    private final SilenceManagement silences;

    WarningTimers(WarningRepository warnings, WarningSettings settings, JurisdictionManagement jurisdictions,
            ApplicationEventPublisher events, TransactionTemplate transactions, RuleEvaluation evaluation,
            SilenceManagement silences) {
        this.silences = silences;
        this.evaluation = evaluation;
        this.warnings = warnings;
        this.settings = settings;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.transactions = transactions;
    }

    /** The parent path of a materialised path ('/1/7/42/' gives '/1/7/'), or null for a root. */
    static String parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? null : path.substring(0, end + 1);
    }

    /** The id of the last jurisdiction of a materialised path. */
    static long lastId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    /** Escalate every warning due by {@code now}, one step each; returns the number of steps taken. */
    int escalate(Instant now) {
        int total = 0;
        int n;
        do {
            n = inTransaction(() -> escalateBatch(now));
            total += n;
        } while (n == settings.batchSize());
        return total;
    }

    private int escalateBatch(Instant now) {
        Map<String, Long> deadlines = new HashMap<>();
        for (WarningLevel level : WarningLevel.values()) {
            deadlines.put(level.name(), settings.acknowledgeWithin(level).toSeconds());
        }
        List<WarningRepository.DueEscalation> due = warnings.lockDueEscalations(deadlines, now, settings.batchSize());
        for (WarningRepository.DueEscalation d : due) {
            Warning w = d.warning();
            String to = parentPath(d.targetPath());
            Duration within = settings.acknowledgeWithin(w.level());
            Instant deadline = d.dueFrom().plus(within);
            String toCode = jurisdictions.ref(lastId(to)).map(JurisdictionRef::code).orElse(to);
            String explanation = "not acknowledged within " + within + " at level " + w.level() + ": escalated to "
                    + toCode;
            warnings.escalate(w.id(), d.escalationLevel() + 1, to, deadline);
            warnings.step(w.id(), WarningChanged.Change.ESCALATED, w.level(), w.level(), null, explanation, SYSTEM,
                    null, now);
            warnings.stepTarget(w.id(), to);
            events.publishEvent(new WarningChanged(w.id(), WarningChanged.Change.ESCALATED, w.ruleCode(),
                    w.indicatorCode(), w.domain(), w.level(), w.level(), w.jurisdictionId(), w.jurisdictionPath(),
                    w.jurisdictionCode(), to, SYSTEM, explanation,
                    silences.silenced(w.ruleCode(), w.domain(), w.jurisdictionPath(), w.level(), now), now));
        }
        return due.size();
    }

    /** Publish every reminder due by {@code now}, one per warning; returns the number published. */
    int remind(Instant now) {
        int total = 0;
        int n;
        do {
            n = inTransaction(() -> remindBatch(now));
            total += n;
        } while (n == settings.batchSize());
        return total;
    }

    private int remindBatch(Instant now) {
        List<WarningRepository.DueReminder> due = warnings.lockDueReminders(settings.reminderAge(0).toSeconds(), now,
                settings.batchSize());
        for (WarningRepository.DueReminder d : due) {
            Warning w = d.warning();
            int sent = d.remindersSent() + 1;
            Instant next = w.raisedAt().plus(settings.reminderAge(sent));
            while (!next.isAfter(now)) {
                sent++;
                next = w.raisedAt().plus(settings.reminderAge(sent));
            }
            Duration age = Duration.between(w.raisedAt(), now);
            String explanation = "still " + w.state() + " after " + age;
            WarningLevel level = w.level() == null ? w.lastLevel() : w.level();
            warnings.reminded(w.id(), sent, next);
            warnings.step(w.id(), WarningChanged.Change.REMINDED, level, level, null, explanation, SYSTEM, null, now);
            events.publishEvent(new WarningChanged(w.id(), WarningChanged.Change.REMINDED, w.ruleCode(),
                    w.indicatorCode(), w.domain(), level, level, w.jurisdictionId(), w.jurisdictionPath(),
                    w.jurisdictionCode(), null, SYSTEM, explanation,
                    silences.silenced(w.ruleCode(), w.domain(), w.jurisdictionPath(), level, now), now));
        }
        return due.size();
    }

    /**
     * Look for missing data as of {@code now} in one transaction that holds a database lock for the pass, so only
     * one node runs it at a time (another returns 0 at once); returns the number of warnings that changed.
     */
    int checkMissingData(Instant now) {
        return inTransaction(() -> warnings.tryPassLock("warning:missing-data") ? evaluation.checkMissingData(now) : 0);
    }

    private int inTransaction(IntSupplier work) {
        Integer n = transactions.execute(status -> work.getAsInt());
        return n == null ? 0 : n;
    }

    Optional<WarningRepository.Escalation> escalation(long id) {
        return warnings.escalation(id);
    }
}
