package org.rampart.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When the database cannot start, Spring Boot reports the reason (already written for the operator) instead of a
 * stack trace.
 */
class DatabaseStartFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start Rampart again once the cause above is dealt with.", cause);
    }
}
