package org.rampart.identity.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The labels of the fields that {@code UserManagement} names in its problems. */
@Component
class IdentityProblems implements ProblemCatalog {


    @Override
    public Map<String, String> fields() {
        return Map.of(
            "username", "user.username",
            "displayName", "user.displayName",
            "roles", "user.roles",
            "jurisdiction", "user.jurisdiction",
            "unit", "user.unit",
            "active", "user.active",
            "days", "token.days");
    }
}
