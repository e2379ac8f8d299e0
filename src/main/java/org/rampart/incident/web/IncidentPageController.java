package org.rampart.incident.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentFilter;
import org.rampart.incident.IncidentGrade;
import org.rampart.incident.IncidentManagement;
import org.rampart.incident.IncidentStatus;
import org.rampart.incident.IncidentType;
import org.rampart.incident.ReportStep;
import org.rampart.incident.TimelineEntry;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the incident board, the quick report, an incident with its chain and timeline, statistics, the PDF. */
@Controller
class IncidentPageController {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final IncidentManagement incidents;
    private final JurisdictionManagement jurisdictions;
    private final IncidentPdf pdf;
    private final IncidentChartData charts;
    private final org.rampart.shared.ProblemTexts problemTexts;
    private final org.springframework.context.MessageSource messages;

    IncidentPageController(IncidentManagement incidents, JurisdictionManagement jurisdictions, IncidentPdf pdf,
            IncidentChartData charts, org.rampart.shared.ProblemTexts problemTexts,
            org.springframework.context.MessageSource messages) {
        this.charts = charts;
        this.problemTexts = problemTexts;
        this.messages = messages;
        this.incidents = incidents;
        this.jurisdictions = jurisdictions;
        this.pdf = pdf;
    }

    @GetMapping("/incidents")
    String board(@RequestParam(required = false) String type, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = CurrentActor.get();
        IncidentFilter filter = IncidentApiController.filter(type, grade, status, jurisdiction, overdue);
        model.addAttribute("navSection", "incidents");
        model.addAttribute("filter", filter);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("grades", IncidentGrade.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("incidents", incidents.search(actor, filter, new PageQuery(Math.max(0, page), 50)));
        model.addAttribute("mayReport", incidents.mayReport(actor));
        model.addAttribute("zone", incidents.zone());
        model.addAttribute("mayEditRules", incidents.policy().mayReadRules(actor));
        Jurisdiction mapRoot = filter.jurisdiction() != null ? jurisdictions.get(actor, filter.jurisdiction())
                : jurisdictions.roots(actor).stream().findFirst().orElse(null);
        model.addAttribute("mapRoot", mapRoot);
        model.addAttribute("query", query(type, grade, status, jurisdiction, overdue));
        return "incident/board";
    }

    @GetMapping("/incidents/statistics")
    String statistics(@RequestParam(required = false) String type, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
            Model model, Locale locale) {
        Actor actor = CurrentActor.get();
        IncidentFilter filter = IncidentApiController.filter(type, grade, status, jurisdiction, null);
        model.addAttribute("navSection", "incidents");
        model.addAttribute("filter", filter);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("grades", IncidentGrade.values());
        model.addAttribute("statuses", IncidentStatus.values());
        IncidentManagement.Statistics stats = incidents.statistics(actor, filter);
        model.addAttribute("stats", stats);
        model.addAttribute("chartMonth", charts.json(stats.byMonth(), null, locale));
        model.addAttribute("chartType", charts.json(stats.byType(), "incident.type.", locale));
        model.addAttribute("chartGrade", charts.json(stats.byGrade(), "incident.grade.", locale));
        Jurisdiction mapRoot = filter.jurisdiction() != null ? jurisdictions.get(actor, filter.jurisdiction())
                : jurisdictions.roots(actor).stream().findFirst().orElse(null);
        model.addAttribute("mapRoot", mapRoot);
        model.addAttribute("query", query(type, grade, status, jurisdiction, null));
        return "incident/statistics";
    }

    private static String query(String type, String grade, String status, String jurisdiction, Boolean overdue) {
        List<String> parts = new ArrayList<>();
        add(parts, "type", type);
        add(parts, "grade", grade);
        add(parts, "status", status);
        add(parts, "jurisdiction", jurisdiction);
        add(parts, "overdue", overdue == null ? null : overdue.toString());
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    // --- quick report ---

    @GetMapping("/incidents/new")
    String newForm(Model model) {
        Actor actor = CurrentActor.get();
        requireReporter(actor);
        List<Jurisdiction> places = places(actor);
        String now = LocalDateTime.now(incidents.zone()).truncatedTo(ChronoUnit.MINUTES).format(LOCAL);
        formModel(model, IncidentForm.empty(places.isEmpty() ? null : places.get(0).code(), now), places, null);
        return "incident/new";
    }

    @PostMapping("/incidents/new")
    String create(IncidentForm form, @RequestParam(name = "photo", required = false) MultipartFile photo, Model model,
            RedirectAttributes redirect) throws IOException {
        Actor actor = CurrentActor.get();
        requireReporter(actor);
        List<Problem> problems = new ArrayList<>();
        var draft = form.draft(problems);
        try {
            byte[] content = photo == null || photo.isEmpty() ? null : photo.getBytes();
            if (!problems.isEmpty()) {
                // Report the number problems with everything else the facade finds, without writing anything.
                try {
                    incidents.validate(actor, draft);
                } catch (BadInputException e) {
                    problems.addAll(e.problems());
                }
                throw new BadInputException("The incident is not valid", problems);
            }
            Incident created = incidents.reportWithPhoto(actor, draft, photo == null ? null : photo.getOriginalFilename(),
                    photo == null ? null : photo.getContentType(), content);
            redirect.addFlashAttribute("reported", true);
            return "redirect:/incidents/" + created.id();
        } catch (BadInputException e) {
            formModel(model, form, places(actor), e.problems());
            return "incident/new";
        }
    }

    private List<Jurisdiction> places(Actor actor) {
        List<Jurisdiction> places = new ArrayList<>();
        for (Jurisdiction root : jurisdictions.roots(actor)) {
            places.add(root);
            places.addAll(jurisdictions.children(actor, root.code(), new PageQuery(0, 200)).items());
        }
        return places;
    }

    private void formModel(Model model, IncidentForm form, List<Jurisdiction> places, List<Problem> problems) {
        model.addAttribute("navSection", "incidents");
        model.addAttribute("form", form);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("places", places);
        model.addAttribute("problems", problems);
        model.addAttribute("problemLines", lines(problems, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("maxBytes", incidents.maxUploadBytes());
    }

    /** Fields whose labels are generic names: labelled here, as the global catalog may label them for another module. */
    private static final java.util.Set<String> OWN_LABELS = java.util.Set.of("type", "title", "description",
            "jurisdiction", "status", "note", "text", "grade", "reason", "file");

    /** The problems as lines in the reader's language: the field's label and the reason. */
    private List<String> lines(List<Problem> problems, Locale locale) {
        if (problems == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            String field = p.field();
            String label = field == null ? null : OWN_LABELS.contains(field)
                    ? messages.getMessage("incident.field." + field, null, field, locale) : problemTexts.label(field, locale);
            String reason = problemTexts.reason(p, locale);
            out.add(label == null ? reason : label + messages.getMessage("problem.separator", null, ": ", locale) + reason);
        }
        return out;
    }

    private void requireReporter(Actor actor) {
        if (!incidents.mayReport(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("reporters only");
        }
    }

    // --- one incident ---

    @GetMapping("/incidents/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        detailModel(CurrentActor.get(), id, model);
        return "incident/detail";
    }

    private void detailModel(Actor actor, long id, Model model) {
        Incident incident = incidents.get(actor, id);
        List<ReportStep> chain = incidents.steps(actor, id);
        model.addAttribute("navSection", "incidents");
        model.addAttribute("incident", incident);
        model.addAttribute("chain", chain);
        model.addAttribute("confirmable", chain.stream().filter(s -> incidents.mayConfirm(actor, s, chain))
                .map(ReportStep::id).toList());
        model.addAttribute("earlierChain", incidents.earlierSteps(actor, id));
        model.addAttribute("now", Instant.now());
        model.addAttribute("timeline", incidents.timeline(actor, id));
        model.addAttribute("gradeChanges", incidents.gradeChanges(actor, id));
        model.addAttribute("attachments", incidents.attachments(actor, id));
        model.addAttribute("mayReport", incidents.mayReport(actor) && incident.status() != IncidentStatus.CLOSED);
        model.addAttribute("mayOverride", incidents.mayOverride(actor) && incident.status() != IncidentStatus.CLOSED);
        model.addAttribute("grades", IncidentGrade.values());
        model.addAttribute("actionTypes", TimelineEntry.ActionType.values());
        model.addAttribute("nextStatus", incident.status().next());
        model.addAttribute("maxBytes", incidents.maxUploadBytes());
        model.addAttribute("zone", incidents.zone());
        model.addAttribute("figureValues", java.util.Map.of("deaths", String.valueOf(incident.figures().deaths()),
                "seriousInjuries", String.valueOf(incident.figures().seriousInjuries()),
                "missing", String.valueOf(incident.figures().missing()),
                "affected", String.valueOf(incident.figures().affected()),
                "economicLoss", incident.figures().economicLoss().toPlainString()));
        if (incidents.mayReport(actor) && incident.status() != IncidentStatus.CLOSED) {
            model.addAttribute("places", places(actor));
        }
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", java.util.Map.of());
        }
    }

    /** Run a change; on refusal show the page again with the problems and the values typed, under the form's name. */
    private String change(long id, String formName, java.util.Map<String, String> values, Runnable work, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            work.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/incidents/" + id;
        } catch (BadInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("problemLines", lines(e.problems(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            model.addAttribute("problemForm", formName);
            model.addAttribute("values", values);
            detailModel(actor, id, model);
            return "incident/detail";
        }
    }

    @PostMapping("/incidents/{id}/figures")
    String figures(@PathVariable long id, @RequestParam(required = false) String deaths,
            @RequestParam(required = false) String seriousInjuries, @RequestParam(required = false) String missing,
            @RequestParam(required = false) String affected, @RequestParam(required = false) String economicLoss,
            Model model, RedirectAttributes redirect) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("deaths", deaths);
        values.put("seriousInjuries", seriousInjuries);
        values.put("missing", missing);
        values.put("affected", affected);
        values.put("economicLoss", economicLoss);
        return change(id, "figures", values, () -> {
            List<Problem> problems = new ArrayList<>();
            var draft = new org.rampart.incident.IncidentDraft(null, null, null, null, null, null, null, null, null, null,
                    IncidentForm.whole("deaths", deaths, problems),
                    IncidentForm.whole("seriousInjuries", seriousInjuries, problems),
                    IncidentForm.whole("missing", missing, problems), IncidentForm.whole("affected", affected, problems),
                    IncidentForm.money("economicLoss", economicLoss, problems), null, null);
            if (!problems.isEmpty()) {
                throw new BadInputException("The figures are not valid", problems);
            }
            incidents.update(CurrentActor.get(), id, draft, false);
        }, model, redirect);
    }

    /** Move the incident to another jurisdiction in scope; its reporting chain is rebuilt for the new place. */
    @PostMapping("/incidents/{id}/jurisdiction")
    String move(@PathVariable long id, @RequestParam(required = false) String jurisdiction, Model model,
            RedirectAttributes redirect) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("jurisdiction", jurisdiction);
        return change(id, "jurisdiction", values, () -> incidents.update(CurrentActor.get(), id,
                new org.rampart.incident.IncidentDraft(null, null, null, null,
                        jurisdiction == null || jurisdiction.isBlank() ? "" : jurisdiction, null, null, null, null, null,
                        null, null, null, null, null, null, null), false), model, redirect);
    }

    @PostMapping("/incidents/{id}/actions")
    String action(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        return change(id, "action", java.util.Map.of("type", nz(type), "text", nz(text)),
                () -> incidents.action(CurrentActor.get(), id, type, text), model, redirect);
    }

    @PostMapping("/incidents/{id}/reports")
    String report(@PathVariable long id, @RequestParam(required = false) String text, Model model,
            RedirectAttributes redirect) {
        return change(id, "report", java.util.Map.of("reportText", nz(text)),
                () -> incidents.followUpReport(CurrentActor.get(), id, text), model, redirect);
    }

    @PostMapping("/incidents/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return change(id, "status", java.util.Map.of("note", nz(note)),
                () -> incidents.changeStatus(CurrentActor.get(), id, status, note), model, redirect);
    }

    @PostMapping("/incidents/{id}/final-report")
    String finalReport(@PathVariable long id, @RequestParam(required = false) String cause,
            @RequestParam(required = false) String lessons, @RequestParam(required = false) String rectification,
            Model model, RedirectAttributes redirect) {
        return change(id, "final", java.util.Map.of("cause", nz(cause), "lessons", nz(lessons), "rectification",
                nz(rectification)), () -> incidents.finalReport(CurrentActor.get(), id, cause, lessons, rectification),
                model, redirect);
    }

    @PostMapping("/incidents/{id}/grade-override")
    String override(@PathVariable long id, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return change(id, "override", java.util.Map.of("grade", nz(grade), "reason", nz(reason)),
                () -> incidents.overrideGrade(CurrentActor.get(), id, grade, reason), model, redirect);
    }

    @PostMapping("/incidents/{id}/chain/{stepId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long stepId, RedirectAttributes redirect) {
        incidents.confirm(CurrentActor.get(), id, stepId);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return change(id, "attachment", java.util.Map.of(), () -> incidents.attach(CurrentActor.get(), id,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(), content),
                model, redirect);
    }

    @GetMapping("/incidents/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return IncidentWebSupport.download(incidents, CurrentActor.get(), id, attachmentId);
    }

    /** The situation report of one incident as a PDF in the reader's language. */
    @GetMapping("/incidents/{id}/report.pdf")
    ResponseEntity<byte[]> situationReport(@PathVariable long id, Locale locale) {
        Actor actor = CurrentActor.get();
        Incident incident = incidents.get(actor, id);
        byte[] body = pdf.render(incident, incidents.steps(actor, id), incidents.timeline(actor, id), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("incident-" + id + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/incidents/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String type,
            @RequestParam(required = false) String grade, @RequestParam(required = false) String status,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Boolean overdue) {
        Actor actor = CurrentActor.get();
        byte[] xlsx = IncidentWebSupport.xlsx(incidents.export(actor,
                IncidentApiController.filter(type, grade, status, jurisdiction, overdue), IncidentWebSupport.MAX_EXPORT));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(IncidentWebSupport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("incidents.xlsx").build()
                        .toString()).body(xlsx);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
