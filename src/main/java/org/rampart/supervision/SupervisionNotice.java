package org.rampart.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.rampart.shared.Names;

/**
 * A supervision notice 督办单: its number ({@code DB-2026-0007}), the task it is about with the deadline it was
 * overdue against and by how many days, the lead unit that must answer and by when ({@code replyDue}), and the answer
 * once given ({@code answeredAt} null until then; {@code answerLate} when it came after the reply date).
 */
public record SupervisionNotice(long id, String number, long taskId, String titleEn, String titleZh,
        String jurisdictionPath, TaskUnit leadUnit, LocalDate deadline, int daysOverdue,
        LocalDate issuedOn, Instant issuedAt, LocalDate replyDue, Instant answeredAt, String answeredBy, String answer,
        Boolean answerLate) {

    /** The task's title as shown to the reader. */
    public Names.Shown title(Locale locale) {
        return Names.pick(titleEn, titleZh, locale);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** True while unanswered after the reply date. */
    public boolean overdue(LocalDate today) {
        return !answered() && today.isAfter(replyDue);
    }
}
