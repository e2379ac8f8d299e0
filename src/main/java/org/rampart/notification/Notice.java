package org.rampart.notification;

import java.util.Set;

/**
 * A notification about anything other than a warning change (a risk review falling due, an overdue reporting step):
 * delivered per recipient and channel like warnings, at most once per event key.
 *
 * @param eventKey the identity of the event; delivering the same key again creates nothing
 * @param subjectType what it is about, upper case (RISK_REVIEW, INCIDENT_STEP, ...); not WARNING
 * @param subjectRef a reference to the subject, such as a risk code (several separated by commas)
 * @param link the page to open, a path inside the application
 * @param jurisdictionPath where the subject lies: the delivery log shows it to administrators covering this path
 * @param channels IN_APP and EMAIL (e-mail only to recipients with an address); WEBHOOK is not offered
 */
public record Notice(String eventKey, String subjectType, String subjectRef, String link, String jurisdictionCode,
        String jurisdictionPath, NoticeRecipients recipients, Set<Channel> channels, NoticeContent content) {

    public Notice {
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > 200) {
            throw new IllegalArgumentException("an event key of 1 to 200 characters is required");
        }
        if (subjectType == null || subjectType.isBlank() || subjectType.length() > 40 || "WARNING".equals(subjectType)) {
            throw new IllegalArgumentException("a subject type other than WARNING is required");
        }
        if (jurisdictionPath == null || jurisdictionPath.isBlank()) {
            throw new IllegalArgumentException("a jurisdiction path is required");
        }
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        if (channels.contains(Channel.WEBHOOK)) {
            throw new IllegalArgumentException("notices go to people: IN_APP and EMAIL only");
        }
    }
}
