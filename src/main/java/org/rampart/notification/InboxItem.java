package org.rampart.notification;

import java.time.Instant;
import java.util.List;
import org.rampart.warning.WarningChanged.Change;
import org.rampart.warning.WarningLevel;

/**
 * A notification in a user's in-app inbox, with its texts in the reader's language; readAt is null while unread.
 * warningId, change and level are set for warnings only; subjectType says what the item is about (WARNING,
 * RISK_REVIEW, ...), link is the page to open and links the pages of the single subjects it names.
 */
public record InboxItem(long id, Long warningId, Change change, WarningLevel level, String jurisdictionCode,
        String title, String body, Instant createdAt, Instant readAt, String subjectType, String subjectRef,
        String link, List<NoticeLink> links) {
}
