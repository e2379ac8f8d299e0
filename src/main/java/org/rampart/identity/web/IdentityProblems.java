package org.rampart.identity.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons that {@code UserManagement} gives, with the message keys of their translations. */
@Component
class IdentityProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
            Map.entry("2 to 64 letters.*", "problem.username.format"),
            Map.entry("is taken", "problem.taken"),
            Map.entry("is required", "problem.required"),
            Map.entry("must be at least (\\d+) characters", "problem.minLength"),
            Map.entry("must be at most (\\d+) characters", "problem.maxLength"),
            Map.entry("at least one role is required", "problem.roles.required"),
            Map.entry("unknown jurisdiction '(.*)' \\(it must lie within your scope\\)", "problem.jurisdiction.unknown"),
            Map.entry("unknown unit '(.*)'", "problem.unit.unknown"),
            Map.entry("unit '(.*)' does not belong to the user's jurisdiction or one above it", "problem.unit.outside"),
            Map.entry("does not match", "problem.password.wrong"),
            Map.entry("must be between 1 and 366", "problem.days.range"),
            Map.entry("administrators cannot remove their own administrator role", "problem.roles.self"),
            Map.entry("administrators cannot deactivate themselves", "problem.active.self"));
    }
}
