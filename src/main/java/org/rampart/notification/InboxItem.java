package org.rampart.notification;

import java.time.Instant;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/** A notification in a user's in-app inbox, with its texts in the reader's language; readAt is null while unread. */
public record InboxItem(long id, long warningId, Change change, WarningLevel level, String jurisdictionCode,
        String title, String body, Instant createdAt, Instant readAt) {
}
