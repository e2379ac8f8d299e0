package org.rampart.notification;

import java.util.List;

/**
 * Who a notice is for: named users, all active users of units, and the coordinators whose home jurisdiction is exactly
 * one of the given jurisdiction paths. Unknown or inactive users are left out.
 */
public record NoticeRecipients(List<String> usernames, List<String> unitCodes, List<String> coordinatorsOf) {

    public NoticeRecipients {
        usernames = usernames == null ? List.of() : List.copyOf(usernames);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        coordinatorsOf = coordinatorsOf == null ? List.of() : List.copyOf(coordinatorsOf);
    }

    public static NoticeRecipients units(String... unitCodes) {
        return new NoticeRecipients(List.of(), List.of(unitCodes), List.of());
    }

    public static NoticeRecipients coordinatorsAt(String... jurisdictionPaths) {
        return new NoticeRecipients(List.of(), List.of(), List.of(jurisdictionPaths));
    }
}
