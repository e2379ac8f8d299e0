package org.rampart.identity;

/** How to reach an active user: id, username, language ('en' or 'zh') and e-mail address (null when none). */
public record UserContact(long id, String username, String locale, String email) {
}
