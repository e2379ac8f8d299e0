package org.rampart.notification;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared set-up of the notification module's tests: users placed where a test needs them, the routing-rule table and
 * its audit trail as they stand, and answers made comparable where they may only differ by the name asked for.
 */
final class NotificationFixtures {

    static final String PASSWORD = "password-123";

    private static final Pattern CSRF = Pattern.compile("<[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"[^\"]*\"");

    private NotificationFixtures() {
    }

    /** Create an active officer at this jurisdiction (and unit, when not null); return the username. */
    static String officer(UserManagement users, String prefix, String jurisdiction, String unit) {
        String username = prefix + "-" + System.nanoTime();
        users.create(Actor.system(), new UserDraft(username, "Test " + username, EnumSet.of(Role.OFFICER), jurisdiction,
                unit, PASSWORD, "en"));
        return username;
    }

    /** Every row of the routing-rule table, in full, one line each. */
    static String ruleTable(JdbcClient jdbc) {
        return String.join("\n", jdbc.sql("select to_jsonb(r)::text from notification_rule r order by r.id")
                .query(String.class).list());
    }

    /** How many audit entries about routing rules there are. */
    static long ruleAudits(AuditManagement audit) {
        return audit.search(Actor.system(), new AuditFilter(null, "notification-rule", null, null, null, null),
                new PageQuery(0, 1)).total();
    }

    /**
     * An answer with what asked for it taken out: every occurrence of the name (a whole word) becomes {@code ?}, and the
     * CSRF token and request id, different on every answer, go.
     */
    static String without(String body, Object name) {
        String plain = REQUEST_ID.matcher(CSRF.matcher(body).replaceAll("<csrf>")).replaceAll("\"requestId\":?");
        return plain.replaceAll("(?<![\\w-])" + Pattern.quote(String.valueOf(name)) + "(?![\\w-])",
                Matcher.quoteReplacement("?"));
    }
}
