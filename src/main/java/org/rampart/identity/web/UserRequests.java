package org.rampart.identity.web;

import java.util.Set;
import org.rampart.identity.UserDraft;
import org.rampart.shared.Role;

/** JSON bodies of the user, account and token API. */
final class UserRequests {

    private UserRequests() {
    }

    /** A new user. */
    record NewUser(String username, String displayName, Set<Role> roles, String jurisdiction, String unit,
            String password, String locale) {

        UserDraft draft() {
            return new UserDraft(username, displayName, roles, jurisdiction, unit, password, locale);
        }
    }

    /** New display name, roles, scope and unit of a user. */
    record Access(String displayName, Set<Role> roles, String jurisdiction, String unit) {

        UserDraft draft(String username) {
            return new UserDraft(username, displayName, roles, jurisdiction, unit, null, null);
        }
    }

    /** A password set by an administrator. */
    record Email(String email) {
    }

    record NewPassword(String password) {
    }

    /** A user's own password change. */
    record OwnPassword(String currentPassword, String newPassword) {
    }

    /** A new API token; days defaults to 90. */
    record NewToken(String name, Integer days, Boolean readOnly) {

        int daysOrDefault() {
            return days == null ? 90 : days;
        }

        boolean readOnlyOrDefault() {
            return readOnly != null && readOnly;
        }
    }
}
