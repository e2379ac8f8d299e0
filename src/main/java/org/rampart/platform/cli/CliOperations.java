package org.rampart.platform.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.audit.AuditVerification;
import org.rampart.demo.DemoManagement;
import org.rampart.identity.NewApiToken;
import org.rampart.identity.User;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Role;
import org.springframework.stereotype.Component;

/** What the command-line tools do, against the configured database, as the operator. */
@Component
class CliOperations {

    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final DemoManagement demo;

    CliOperations(UserManagement users, JurisdictionManagement jurisdictions, AuditManagement audit, DemoManagement demo) {
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.demo = demo;
    }

    private static Actor operator() {
        return Actor.cli(System.getProperty("user.name", "operator"));
    }

    int createAdmin(String username, String jurisdiction, String password, PrintWriter out) {
        String home = jurisdiction;
        if (home == null) {
            List<Jurisdiction> roots = jurisdictions.roots(Actor.system());
            if (roots.isEmpty()) {
                out.println("There are no jurisdictions yet: import some (rampart import jurisdictions FILE) or run 'rampart demo load' first.");
                return 1;
            }
            home = roots.get(0).code();
        }
        if (password == null) {
            out.println("Give the password on standard input with --password-stdin.");
            return 2;
        }
        return createUser(username, null, List.of("administrator"), home, null, password, out);
    }

    int createUser(String username, String displayName, List<String> roleNames, String jurisdiction, String unit,
            String password, PrintWriter out) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames) {
            Role role = Role.parse(name);
            if (role == null) {
                out.println("Unknown role '" + name + "': use administrator, coordinator, analyst, officer, reporter, inspector or viewer.");
                return 2;
            }
            roles.add(role);
        }
        Actor operator = operator();
        try {
            User user = CurrentActor.runAs(operator, () -> users.create(operator,
                    new UserDraft(username, displayName, roles, jurisdiction, unit, password, "en")));
            out.println("Created user " + user.username() + " with roles " + user.roles() + ", scope " + user.jurisdictionCode()
                    + (user.unitCode() == null ? "" : ", unit " + user.unitCode()) + ".");
            return 0;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println("error: " + p));
            return 1;
        }
    }

    int createToken(String username, String name, int days, boolean readOnly, PrintWriter out) {
        Actor operator = operator();
        try {
            NewApiToken token = CurrentActor.runAs(operator, () -> users.createToken(operator, username, name, days, readOnly));
            out.println("Created token '" + token.token().name() + "' for " + username + ", valid until "
                    + token.token().expiresAt() + (readOnly ? " (read-only)" : "") + ". It is shown only once:");
            out.println(token.secret());
            return 0;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println("error: " + p));
            return 1;
        } catch (org.rampart.shared.NotFoundException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
    }

    int loadDemo(PrintWriter out) {
        if (demo.isLoaded()) {
            out.println("The demo data is already loaded.");
            return 0;
        }
        var summary = demo.load();
        out.println(summary.describe());
        demo.logins().forEach(out::println);
        return 0;
    }

    int verifyAudit(PrintWriter out) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            out.println("Audit log intact: " + result.checked() + " entries checked.");
            return 0;
        }
        out.println("Audit log BROKEN at entry " + result.firstBrokenId() + ": " + result.problem() + " ("
                + result.checked() + " entries checked).");
        return 3;
    }
}
