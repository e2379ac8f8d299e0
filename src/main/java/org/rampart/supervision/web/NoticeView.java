package org.rampart.supervision.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.rampart.supervision.SupervisionNotice;

/**
 * A supervision notice in the API: its number, task, the lead unit that must answer, the deadline it was overdue
 * against, the days overdue when issued, the reply date, the answer once given, and the links to the PDF and the task.
 */
record NoticeView(long id, String number, long taskId, String titleEn, String titleZh, String leadUnit,
        @Schema(description = "the task's deadline the notice was issued against (ISO date)") LocalDate deadline,
        @Schema(description = "days past the deadline when the notice was issued") int daysOverdue,
        LocalDate issuedOn, Instant issuedAt,
        @Schema(description = "the day the lead unit's answer is due (working days after issue, weekends skipped)")
        LocalDate replyDue, boolean answered, Instant answeredAt, String answeredBy, String answer,
        @Schema(description = "true when the answer came after the reply date; null while unanswered") Boolean answerLate,
        @Schema(description = "true while unanswered after the reply date") boolean replyOverdue, String pdf,
        String task) {

    static NoticeView of(SupervisionNotice n, LocalDate today) {
        return new NoticeView(n.id(), n.number(), n.taskId(), n.titleEn(), n.titleZh(),
                n.leadUnit() == null ? null : n.leadUnit().code(), n.deadline(), n.daysOverdue(), n.issuedOn(),
                n.issuedAt(), n.replyDue(), n.answered(), n.answeredAt(), n.answeredBy(), n.answer(), n.answerLate(),
                n.overdue(today), "/api/v1/supervision/notices/" + n.id() + "/pdf", "/api/v1/tasks/" + n.taskId());
    }
}
