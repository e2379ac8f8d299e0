package org.rampart.supervision;

import org.rampart.shared.BadInputException;

/** A task file whose bad rows stopped the whole import (nothing was written): every problem, and the report. */
public class TaskImportRefused extends BadInputException {

    private final transient TaskImportReport report;

    TaskImportRefused(TaskImportReport report) {
        super("Nothing was imported: " + report.problems().size() + " problems", report.problems());
        this.report = report;
    }

    public TaskImportReport report() {
        return report;
    }
}
