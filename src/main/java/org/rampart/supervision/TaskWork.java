package org.rampart.supervision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.springframework.stereotype.Component;

/**
 * The units' work on an accepted task: progress reports (text, percentage, attachments), extension requests and the
 * assigning side's decision on them (approved ones move the deadline; approved and refused are kept apart), and the
 * submission with the evidence required.
 */
@Component
class TaskWork {

    static final int MAX_TEXT = 8_000;
    static final int MAX_FILENAME = 255;

    private final TaskSupport support;

    TaskWork(TaskSupport support) {
        this.support = support;
    }

    TaskEvent reportProgress(Actor actor, long id, Integer version, Integer percent, String text,
            List<TaskUpload> uploads) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayReport(actor, before), "only the task's units report progress");
        List<Problem> problems = new ArrayList<>();
        String report = Checks.text("text", text, MAX_TEXT, true, problems);
        if (percent != null) {
            Checks.range("percent", percent, 0, 100, problems);
        }
        checkUploads("attachments", uploads, problems);
        TaskStatus.Transition transition = before.status().reportProgress();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("percent", percent);
        if (percent != null && !transition.refused()) {
            support.repository.progress(id, percent);
        }
        TaskSupport.Changed changed = support.change(actor, before, transition, TaskEventKind.PROGRESS, report, detail,
                "progress");
        attach(actor, id, changed.eventId(), false, uploads);
        Task after = changed.task();
        support.publish(new TaskProgressReported(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), after.progressPercent(), report, support.clock.instant()));
        return support.repository.history(id).stream().filter(e -> e.id() == changed.eventId()).findFirst()
                .map(e -> new TaskEvent(e.id(), id, e.at(), TaskEventKind.PROGRESS, e.actor(), e.unitCode(),
                        e.from() == null ? null : TaskStatus.valueOf(e.from()),
                        e.to() == null ? null : TaskStatus.valueOf(e.to()), e.text(), detail))
                .orElseThrow();
    }

    Task requestExtension(Actor actor, long id, Integer version, LocalDate wanted, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayActForLead(actor, before), "only the lead unit asks for an extension");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, TaskResponses.MAX_REASON, true, problems);
        if (wanted == null) {
            problems.add(Problem.at("newDeadline", "value.required"));
        } else if (!wanted.isAfter(before.deadline())) {
            problems.add(Problem.at("newDeadline", "supervision.extension.not-later", wanted, before.deadline()));
        }
        if (support.records.extensions(id).stream().anyMatch(Extension::open)) {
            problems.add(Problem.at(null, "supervision.extension.pending"));
        }
        TaskStatus.Transition transition = before.status().requestExtension();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("oldDeadline", before.deadline());
        detail.put("newDeadline", wanted);
        Task after = support.change(actor, before, transition, TaskEventKind.EXTENSION_REQUESTED, why, detail,
                "request-extension").task();
        Instant now = support.clock.instant();
        support.records.requestExtension(id, actor.unitId(), before.deadline(), wanted, why, now, actor.username());
        support.publish(new TaskExtensionRequested(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), before.deadline(), wanted, why, now));
        return after;
    }

    Task decideExtension(Actor actor, long id, Integer version, boolean approve, String reason) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.maySupervise(actor, before), "only the assigning side decides extensions");
        List<Problem> problems = new ArrayList<>();
        String why = Checks.text("reason", reason, TaskResponses.MAX_REASON, !approve, problems);
        Extension open = support.records.extensions(id).stream().filter(Extension::open).findFirst().orElse(null);
        if (open == null) {
            problems.add(Problem.at(null, "supervision.extension.none"));
        }
        TaskSupport.refuseIfAny(problems);
        Instant now = support.clock.instant();
        support.records.decideExtension(open.id(), approve, why, now, actor.username());
        if (approve) {
            support.repository.deadline(id, open.newDeadline());
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("oldDeadline", before.deadline());
        detail.put("newDeadline", open.newDeadline());
        Task after = support.change(actor, before, before.status().edit(),
                approve ? TaskEventKind.EXTENSION_APPROVED : TaskEventKind.EXTENSION_REFUSED, why, detail,
                approve ? "approve-extension" : "refuse-extension").task();
        support.publish(new TaskExtensionDecided(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), approve, before.deadline(), after.deadline(), why, now));
        return after;
    }

    Task submit(Actor actor, long id, Integer version, String text, List<TaskUpload> evidence) {
        Task before = support.lock(actor, id, version);
        TaskPolicy.require(support.policy.mayActForLead(actor, before), "only the lead unit submits the task");
        List<Problem> problems = new ArrayList<>();
        String summary = Checks.text("text", text, MAX_TEXT, true, problems);
        checkUploads("evidence", evidence, problems);
        if (before.evidenceRequired() != null && (evidence == null || evidence.isEmpty())) {
            problems.add(Problem.at("evidence", "supervision.task.evidence-required", before.evidenceRequired()));
        }
        TaskStatus.Transition transition = before.status().submit();
        if (!transition.refused()) {
            TaskSupport.refuseIfAny(problems);
            support.repository.progress(id, 100);
        }
        TaskSupport.Changed changed = support.change(actor, before, transition, TaskEventKind.SUBMITTED, summary,
                Map.of("percent", 100), "submit");
        attach(actor, id, changed.eventId(), true, evidence);
        Task after = changed.task();
        support.publish(new TaskSubmitted(id, after.titleEn(), after.titleZh(), after.leadUnit().code(),
                after.jurisdictionPath(), actor.username(), support.clock.instant()));
        return after;
    }

    private void checkUploads(String field, List<TaskUpload> uploads, List<Problem> problems) {
        if (uploads == null) {
            return;
        }
        int max = support.settings.maxAttachments();
        if (uploads.size() > max) {
            problems.add(Problem.at(field, "supervision.attachment.too-many", max));
            return;
        }
        long limit = support.settings.maxAttachmentBytes();
        for (int i = 0; i < uploads.size(); i++) {
            TaskUpload u = uploads.get(i);
            String f = field + "[" + i + "]";
            String name = Checks.text(f, u.fileName(), MAX_FILENAME, true, problems);
            if (u.size() == 0) {
                problems.add(Problem.at(f, "file.empty"));
            } else if (u.size() > limit) {
                problems.add(Problem.at(f, "supervision.attachment.too-large", name, limit / (1024 * 1024),
                        limit));
            }
        }
    }

    private void attach(Actor actor, long id, long eventId, boolean evidence, List<TaskUpload> uploads) {
        if (uploads == null) {
            return;
        }
        Instant now = support.clock.instant();
        for (TaskUpload u : uploads) {
            String type = u.contentType() == null || u.contentType().isBlank() ? "application/octet-stream"
                    : u.contentType().trim();
            support.records.attach(id, eventId, evidence, u.fileName().trim(), type.length() > 100 ? type.substring(0,
                    100) : type, u.content(), sha256(u.content()), actor.username(), now);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
