package org.rampart.incident.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.rampart.incident.GradingRuleSet;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentDraft;
import org.rampart.incident.IncidentFilter;
import org.rampart.incident.IncidentGrade;
import org.rampart.incident.IncidentManagement;
import org.rampart.incident.IncidentStatus;
import org.rampart.incident.IncidentType;
import org.rampart.incident.TimelineEntry;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Page;
import org.rampart.shared.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The incident API: reports, changes, the reporting chain, the timeline, attachments and grading rules. */
@RestController
@RequestMapping("/api/v1")
class IncidentApiController {

    private final IncidentManagement incidents;

    IncidentApiController(IncidentManagement incidents) {
        this.incidents = incidents;
    }

    /** The incidents in the caller's scope, newest report first, narrowed by the filters. */
    @GetMapping("/incidents")
    Page<IncidentView> list(@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @RequestParam(required = false) String type, @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentGrade.class)) @RequestParam(required = false) String grade,
            @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentStatus.class)) @RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return incidents.search(CurrentActor.get(), filter(type, grade, status, jurisdiction, overdue),
                PageQuery.of(page, size)).map(i -> IncidentView.of(i, null, null, null));
    }

    @GetMapping("/incidents/{id}")
    IncidentView get(@PathVariable long id) {
        return view(CurrentActor.get(), incidents.get(CurrentActor.get(), id));
    }

    @PostMapping("/incidents")
    ResponseEntity<IncidentView> create(@RequestBody IncidentDraft body) {
        Actor actor = CurrentActor.get();
        Incident created = incidents.report(actor, body);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/incidents/" + created.id())
                .body(view(actor, created));
    }

    /** Change the members given; the others stay. */
    @PatchMapping("/incidents/{id}")
    IncidentView patch(@PathVariable long id, @RequestBody IncidentDraft body) {
        Actor actor = CurrentActor.get();
        return view(actor, incidents.update(actor, id, body, false));
    }

    /** Replace the incident's report (the required members must be given). */
    @PutMapping("/incidents/{id}")
    IncidentView put(@PathVariable long id, @RequestBody IncidentDraft body) {
        Actor actor = CurrentActor.get();
        return view(actor, incidents.update(actor, id, body, true));
    }

    record ActionBody(
            @Schema(description = "Kind of response action.", allowableValues = {"RESOURCES_DEPLOYED",
                    "PEOPLE_EVACUATED", "ROADS_CLOSED", "RESCUE", "MEDICAL", "OTHER"}) String type,
            @Schema(description = "What was done, at most 8,000 characters.") String text) {
    }

    @PostMapping("/incidents/{id}/actions")
    ResponseEntity<TimelineEntry> action(@PathVariable long id, @RequestBody ActionBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(incidents.action(CurrentActor.get(), id, body.type(), body.text()));
    }

    record ReportBody(@Schema(description = "The report, at most 8,000 characters.") String text) {
    }

    /** A follow-up or supplementary report. */
    @PostMapping("/incidents/{id}/reports")
    ResponseEntity<TimelineEntry> report(@PathVariable long id, @RequestBody ReportBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(incidents.followUpReport(CurrentActor.get(), id, body.text()));
    }

    record StatusBody(
            @Schema(description = "The next status (one step forward; closing needs the final report).",
                    allowableValues = {"REPORTED", "VERIFIED", "RESPONDING", "STABILISED", "CLOSED"}) String status,
            @Schema(description = "Why, at most 8,000 characters.") String note) {
    }

    @PostMapping("/incidents/{id}/status")
    IncidentView status(@PathVariable long id, @RequestBody StatusBody body) {
        Actor actor = CurrentActor.get();
        return view(actor, incidents.changeStatus(actor, id, body.status(), body.note()));
    }

    record FinalReportBody(String cause, String lessons, String rectification) {
    }

    @PutMapping("/incidents/{id}/final-report")
    IncidentView finalReport(@PathVariable long id, @RequestBody FinalReportBody body) {
        Actor actor = CurrentActor.get();
        return view(actor, incidents.finalReport(actor, id, body.cause(), body.lessons(), body.rectification()));
    }

    record OverrideBody(
            @Schema(description = "The grade in force instead of the computed one; empty clears the override.",
                    allowableValues = {"I", "II", "III", "IV", ""}) String grade,
            @Schema(description = "Why (required), at most 8,000 characters.") String reason) {
    }

    /** Override the grade with a reason; an empty grade clears the override. */
    @PutMapping("/incidents/{id}/grade-override")
    IncidentView override(@PathVariable long id, @RequestBody OverrideBody body) {
        Actor actor = CurrentActor.get();
        return view(actor, incidents.overrideGrade(actor, id, body.grade(), body.reason()));
    }

    @PostMapping("/incidents/{id}/chain/{stepId}/confirm")
    IncidentView.StepView confirm(@PathVariable long id, @PathVariable long stepId) {
        return IncidentView.StepView.of(incidents.confirm(CurrentActor.get(), id, stepId), java.time.Instant.now());
    }

    @GetMapping("/incidents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return incidents.timeline(CurrentActor.get(), id);
    }

    @GetMapping("/incidents/{id}/grade-changes")
    List<IncidentManagement.GradeChangeView> gradeChanges(@PathVariable long id) {
        return incidents.gradeChanges(CurrentActor.get(), id);
    }

    @PostMapping(path = "/incidents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IncidentView.AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        Actor actor = CurrentActor.get();
        IncidentWebSupport.checkSize(incidents, file);
        var attachment = incidents.attach(actor, id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(IncidentView.AttachmentView.of(attachment));
    }

    @GetMapping("/incidents/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return IncidentWebSupport.download(incidents, CurrentActor.get(), id, attachmentId);
    }

    /** Counts by type, grade, status and month. */
    @GetMapping("/incidents/statistics")
    IncidentManagement.Statistics statistics(@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @RequestParam(required = false) String type,
            @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentGrade.class)) @RequestParam(required = false) String grade, @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentStatus.class)) @RequestParam(required = false) String status,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Boolean overdue) {
        return incidents.statistics(CurrentActor.get(), filter(type, grade, status, jurisdiction, overdue));
    }

    /** Counts per child of {@code parent}, by child code (the choropleth of the board). */
    @GetMapping("/incidents/map")
    Map<String, Long> map(@RequestParam String parent, @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @RequestParam(required = false) String type,
            @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentGrade.class)) @RequestParam(required = false) String grade, @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentStatus.class)) @RequestParam(required = false) String status) {
        return incidents.countsByChild(CurrentActor.get(), parent, filter(type, grade, status, null, null));
    }

    @GetMapping("/incident-grading-rules/{type}")
    GradingRuleSet rules(@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @PathVariable String type) {
        CurrentActor.get();
        return incidents.rules(type(type));
    }

    @PutMapping("/incident-grading-rules/{type}")
    GradingRuleSet saveRules(@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @PathVariable String type, @RequestBody GradingRuleSet body) {
        return incidents.saveRules(CurrentActor.get(), type(type), body);
    }

    @GetMapping(path = "/incidents/export.xlsx")
    ResponseEntity<byte[]> export(@io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentType.class)) @RequestParam(required = false) String type,
            @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentGrade.class)) @RequestParam(required = false) String grade, @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = IncidentStatus.class)) @RequestParam(required = false) String status,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Boolean overdue) {
        Actor actor = CurrentActor.get();
        byte[] xlsx = IncidentWebSupport.xlsx(incidents.export(actor, filter(type, grade, status, jurisdiction, overdue),
                IncidentWebSupport.MAX_EXPORT));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(IncidentWebSupport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("incidents.xlsx").build().toString())
                .body(xlsx);
    }

    private IncidentView view(Actor actor, Incident i) {
        return IncidentView.of(i, incidents.steps(actor, i.id()), incidents.earlierSteps(actor, i.id()),
                incidents.attachments(actor, i.id()));
    }

    static IncidentType type(String name) {
        IncidentType t = IncidentType.parse(name);
        if (t == null) {
            throw BadInputException.of("type", "incident.value.not-one-of", name, java.util.Arrays.toString(IncidentType.values()));
        }
        return t;
    }

    static IncidentFilter filter(String type, String grade, String status, String jurisdiction, Boolean overdue) {
        IncidentType t = blank(type) ? null : type(type);
        IncidentGrade g = null;
        if (!blank(grade)) {
            g = IncidentGrade.parse(grade);
            if (g == null) {
                throw BadInputException.of("grade", "incident.value.not-one-of", grade, "I, II, III, IV");
            }
        }
        IncidentStatus s = null;
        if (!blank(status)) {
            s = IncidentStatus.parse(status);
            if (s == null) {
                throw BadInputException.of("status", "incident.value.not-one-of", status,
                        java.util.Arrays.toString(IncidentStatus.values()));
            }
        }
        return new IncidentFilter(t, g, s, blank(jurisdiction) ? null : jurisdiction.trim(), overdue);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
