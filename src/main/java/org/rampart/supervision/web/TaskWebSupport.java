package org.rampart.supervision.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;
import org.rampart.supervision.TaskAttachment;
import org.rampart.supervision.TaskFilter;
import org.rampart.supervision.TaskManagement;
import org.rampart.supervision.TaskPriority;
import org.rampart.supervision.TaskSource;
import org.rampart.supervision.TaskStatus;
import org.rampart.supervision.TaskUpload;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the task pages and API share: reading list filters and uploads, attachment downloads. */
final class TaskWebSupport {

    private TaskWebSupport() {
    }

    /** The filter of a list request; unknown enum values are refused with the allowed ones. */
    static TaskFilter filter(String jurisdiction, String unit, List<String> statuses, String source, String priority,
            Boolean overdue, String dueBy, String q, Long parent) {
        List<Problem> problems = new ArrayList<>();
        Set<TaskStatus> parsed = EnumSet.noneOf(TaskStatus.class);
        for (String s : statuses == null ? List.<String>of() : statuses) {
            for (String part : s.split(",")) {
                TaskStatus status = Checks.oneOf("status", part, TaskStatus.class, false, problems);
                if (status != null) {
                    parsed.add(status);
                }
            }
        }
        TaskSource src = Checks.oneOf("source", source, TaskSource.class, false, problems);
        TaskPriority prio = Checks.oneOf("priority", priority, TaskPriority.class, false, problems);
        LocalDate due = Checks.date("dueBy", dueBy, false, problems);
        BadInputException.throwIfAny(problems);
        return new TaskFilter(blank(jurisdiction), blank(unit), parsed, src, prio, overdue, due, blank(q), parent);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The uploaded files that are not empty placeholders of a form without a file chosen. */
    static List<TaskUpload> uploads(List<MultipartFile> files) {
        List<TaskUpload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f == null || (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))) {
                continue;
            }
            try {
                out.add(new TaskUpload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The version a change names: required. */
    static int version(Integer version) {
        if (version == null) {
            throw BadInputException.of("version", "value.required");
        }
        return version;
    }

    /** An attachment as a download (never rendered in the browser). */
    static ResponseEntity<byte[]> download(TaskManagement tasks, Actor actor, long id, long attachmentId) {
        TaskAttachment a = tasks.attachment(actor, id, attachmentId);
        byte[] content = tasks.attachmentContent(actor, id, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(a.contentType());
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache().cachePrivate())
                .body(content);
    }
}
