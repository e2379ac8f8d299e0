package org.rampart.supervision.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the fields that the directive problems name (the directive pages name them first). */
@Component
class DirectiveProblems implements ProblemCatalog {

    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("number", "supervision.directive.number"),
                Map.entry("titleEn", "supervision.directive.titleEn"),
                Map.entry("titleZh", "supervision.directive.titleZh"),
                Map.entry("text", "supervision.directive.text"),
                Map.entry("jurisdiction", "supervision.directive.jurisdiction"),
                Map.entry("confirmBy", "supervision.directive.confirmBy"),
                Map.entry("reportDue", "supervision.directive.reportDue"),
                Map.entry("files", "supervision.directive.documents"),
                Map.entry("file", "supervision.directive.documents"),
                Map.entry("mode", "supervision.directive.recipients"),
                Map.entry("kinds", "supervision.directive.kinds"),
                Map.entry("units", "supervision.directive.units"),
                Map.entry("note", "supervision.directive.passOn.note"),
                Map.entry("deadline", "supervision.directive.tasks.deadline"),
                Map.entry("priority", "supervision.directive.tasks.priority"));
    }
}
