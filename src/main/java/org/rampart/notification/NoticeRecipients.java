package org.rampart.notification;

import java.util.List;

/**
 * Who a notice is for: named users, all active users of units, the coordinators whose home jurisdiction is exactly
 * one of the given jurisdiction paths, and the duty officers (coordinators and officers) whose home jurisdiction is
 * exactly one of the given paths. Unknown or inactive users are left out.
 */
public record NoticeRecipients(List<String> usernames, List<String> unitCodes, List<String> coordinatorsOf,
        List<String> dutyOfficersOf) {

    public NoticeRecipients {
        usernames = usernames == null ? List.of() : List.copyOf(usernames);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        coordinatorsOf = coordinatorsOf == null ? List.of() : List.copyOf(coordinatorsOf);
        dutyOfficersOf = dutyOfficersOf == null ? List.of() : List.copyOf(dutyOfficersOf);
    }

    public NoticeRecipients(List<String> usernames, List<String> unitCodes, List<String> coordinatorsOf) {
        this(usernames, unitCodes, coordinatorsOf, List.of());
    }

    public static NoticeRecipients units(String... unitCodes) {
        return new NoticeRecipients(List.of(), List.of(unitCodes), List.of());
    }

    public static NoticeRecipients coordinatorsAt(String... jurisdictionPaths) {
        return new NoticeRecipients(List.of(), List.of(), List.of(jurisdictionPaths));
    }

    /** The coordinators and officers whose home jurisdiction is exactly one of these paths. */
    public static NoticeRecipients dutyOfficersAt(String... jurisdictionPaths) {
        return new NoticeRecipients(List.of(), List.of(), List.of(), List.of(jurisdictionPaths));
    }
}
