package org.rampart.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rampart.identity.User;
import org.rampart.identity.UserDraft;
import org.rampart.shared.Role;

/** Form records of the identity pages, as the browser posts them. */
final class Forms {

    private Forms() {
    }

    /** The create-user form and the access part of the edit form. */
    record UserForm(String username, String displayName, List<String> roles, String jurisdiction, String unit,
            String password) {

        static UserForm empty() {
            return new UserForm("", "", List.of(), "", "", "");
        }

        static UserForm of(User u) {
            return new UserForm(u.username(), u.displayName(), u.roles().stream().map(Role::name).toList(),
                    u.jurisdictionCode(), u.unitCode(), "");
        }

        UserDraft draft(String forUsername) {
            return new UserDraft(forUsername, displayName, roleSet(), jurisdiction, unit, password, null);
        }

        /** The form as shown again after a problem: never with the password. */
        UserForm withoutPassword(String forUsername) {
            return new UserForm(forUsername, displayName, roles == null ? List.of() : roles, jurisdiction, unit, "");
        }

        public boolean hasRole(Role role) {
            return roles != null && roles.contains(role.name());
        }

        private Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            if (roles != null) {
                for (String name : roles) {
                    Role role = Role.parse(name);
                    if (role != null) {
                        set.add(role);
                    }
                }
            }
            return set;
        }
    }

    /** A new API token from the account page. */
    record TokenForm(String name, String days, Boolean readOnly) {

        static TokenForm empty() {
            return new TokenForm("", "90", false);
        }

        public boolean readOnlyChecked() {
            return readOnly != null && readOnly;
        }

        /** The number of days, or -1 when it is not a number (the facade then names the field). */
        int dayCount() {
            try {
                return days == null ? -1 : Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
