package org.rampart.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Report incidents (with a photo or without) and change them: validate the draft, grade it, start or rebuild the
 * reporting chain, make a supplementary report due when the casualty figures change, audit and publish.
 */
@Component
class IncidentReporting {

    private final IncidentSupport support;
    private final IncidentRepository repository;
    private final IncidentGrading grading;
    private final IncidentChain chain;
    private final IncidentAttachments attachments;

    IncidentReporting(IncidentSupport support, IncidentGrading grading, IncidentChain chain,
            IncidentAttachments attachments) {
        this.support = support;
        this.repository = support.repository;
        this.grading = grading;
        this.chain = chain;
        this.attachments = attachments;
    }

    Incident reportWithPhoto(Actor actor, IncidentDraft draft, String fileName, String contentType, byte[] content) {
        support.requireReporter(actor);
        if (content == null || content.length == 0) {
            return report(actor, draft, List.of());
        }
        List<Problem> photoProblems = new ArrayList<>();
        try {
            attachments.checkUpload(fileName, contentType, content);
        } catch (BadInputException e) {
            photoProblems.addAll(e.problems());
        }
        Incident created = report(actor, draft, photoProblems);
        attachments.attach(actor, created.id(), fileName, contentType, content);
        return created;
    }

    Incident report(Actor actor, IncidentDraft draft, List<Problem> earlier) {
        support.requireReporter(actor);
        Instant now = support.clock.instant();
        NewReport checked = checked(actor, draft, now, earlier);
        Jurisdiction place = checked.place();
        IncidentRepository.Row row = checked.row();
        Grading.Result graded = Grading.grade(grading.rules(row.type()), row.figures());
        long id = repository.insert(row, actor.username(), graded.grade(), graded.explanation(),
                now.plus(support.settings.followUp(graded.grade())));
        repository.gradeChange(id, now, null, graded.grade(), support.figuresJson(row.figures()),
                graded.explanation(), actor.username());
        for (ReportingChain.Step step : support.settings.chain().steps(graded.grade(), support.places(place),
                row.reportedAt())) {
            repository.insertStep(id, step);
        }
        repository.event(id, now, actor.username(), TimelineEntry.Kind.REPORTED, null, row.title(),
                support.json.writeValueAsString(
                        Map.of("grade", graded.grade().name(), "explanation", graded.explanation())));
        Incident created = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        support.audit.record("create", "incident", Long.toString(id), created.jurisdictionPath(), null,
                IncidentSupport.snapshot(created));
        support.publish(new IncidentReported(IncidentSummary.of(created), actor.username(), graded.explanation(), now));
        return created;
    }

    Incident update(Actor actor, long id, IncidentDraft draft, boolean replace) {
        support.requireReporter(actor);
        Instant now = support.clock.instant();
        Incident before = support.lockOpen(actor, id);
        IncidentDraft merged = replace ? draft : merge(draft, before);
        List<Problem> problems = new ArrayList<>();
        Jurisdiction place = support.place(actor, merged.jurisdiction(), problems);
        IncidentRepository.Row row = support.validator.row(merged, place, now, before.reportedAt(),
                support::insidePlace, problems);
        if (row != null) {
            support.links.check(actor, row.warningRefs(), row.riskRefs(), before.warningRefs(), before.riskRefs(),
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The incident is not valid", problems);
        }
        repository.update(id, row);
        Map<String, Object> changed = changes(before, row);
        repository.event(id, now, actor.username(), TimelineEntry.Kind.UPDATED, null, null,
                support.json.writeValueAsString(changed));
        if (before.jurisdictionId() != row.jurisdictionId()) {
            chain.rechain(actor.username(), before, place, row.reportedAt(), now);
        }
        grading.regrade(actor.username(), before, grading.rules(row.type()), row.figures(), place, now, false);
        if (row.figures().casualtiesDiffer(before.figures()) && withinSupplementaryWindow(row, now)) {
            Instant due = now.plus(support.settings.supplementaryWithin());
            repository.setSupplementaryDue(id, due);
            repository.event(id, now, actor.username(), TimelineEntry.Kind.SUPPLEMENTARY_DUE, null, null,
                    support.json.writeValueAsString(Map.of("due", due.toString())));
        }
        Incident after = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        support.audit.record("update", "incident", Long.toString(id), after.jurisdictionPath(),
                IncidentSupport.snapshot(before), IncidentSupport.snapshot(after));
        support.publish(new IncidentUpdated(IncidentSummary.of(after), actor.username(), List.copyOf(changed.keySet()),
                now));
        return after;
    }

    void validate(Actor actor, IncidentDraft draft) {
        checked(actor, draft, support.clock.instant(), List.of());
    }

    /** A new report's place and row, checked; throws the problems found, after the {@code earlier} ones. */
    private NewReport checked(Actor actor, IncidentDraft draft, Instant now, List<Problem> earlier) {
        List<Problem> problems = new ArrayList<>(earlier);
        Jurisdiction place = support.place(actor, draft.jurisdiction(), problems);
        IncidentRepository.Row row = support.validator.row(draft, place, now, now, support::insidePlace, problems);
        if (row != null) {
            support.links.check(actor, row.warningRefs(), row.riskRefs(), List.of(), List.of(), problems);
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("The incident is not valid", problems);
        }
        return new NewReport(place, row);
    }

    private record NewReport(Jurisdiction place, IncidentRepository.Row row) {
    }

    private static boolean withinSupplementaryWindow(IncidentRepository.Row row, Instant now) {
        Duration window = IncidentType.shortSupplementaryWindow(row.type(), row.subType()) ? Duration.ofDays(7)
                : Duration.ofDays(30);
        return !now.isAfter(row.occurredAt().plus(window));
    }

    private static IncidentDraft merge(IncidentDraft d, Incident b) {
        boolean point = d.longitude() != null || d.latitude() != null;
        return new IncidentDraft(or(d.type(), b.type().name()), or(d.subType(), b.subType()), or(d.title(), b.title()),
                or(d.description(), b.description()), or(d.jurisdiction(), b.jurisdictionCode()),
                point ? d.longitude() : b.longitude(), point ? d.latitude() : b.latitude(),
                or(d.occurredAt(), b.occurredAt().toString()), or(d.reportedAt(), b.reportedAt().toString()),
                or(d.organisation(), b.organisation()), or(d.deaths(), b.figures().deaths()),
                or(d.seriousInjuries(), b.figures().seriousInjuries()), or(d.missing(), b.figures().missing()),
                or(d.affected(), b.figures().affected()), or(d.economicLoss(), b.figures().economicLoss()),
                or(d.warningRefs(), b.warningRefs()), or(d.riskRefs(), b.riskRefs()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private static Map<String, Object> changes(Incident b, IncidentRepository.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "type", b.type(), r.type());
        put(m, "subType", b.subType(), r.subType());
        put(m, "title", b.title(), r.title());
        put(m, "description", b.description(), r.description());
        put(m, "jurisdiction", b.jurisdictionCode(), r.jurisdictionCode());
        put(m, "longitude", b.longitude(), r.longitude());
        put(m, "latitude", b.latitude(), r.latitude());
        put(m, "occurredAt", b.occurredAt(), r.occurredAt());
        put(m, "reportedAt", b.reportedAt(), r.reportedAt());
        put(m, "organisation", b.organisation(), r.organisation());
        put(m, "deaths", b.figures().deaths(), r.figures().deaths());
        put(m, "seriousInjuries", b.figures().seriousInjuries(), r.figures().seriousInjuries());
        put(m, "missing", b.figures().missing(), r.figures().missing());
        put(m, "affected", b.figures().affected(), r.figures().affected());
        if (b.figures().economicLoss().compareTo(r.figures().economicLoss()) != 0) {
            m.put("economicLoss", r.figures().economicLoss().toPlainString());
        }
        put(m, "warningRefs", b.warningRefs(), r.warningRefs());
        put(m, "riskRefs", b.riskRefs(), r.riskRefs());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            m.put(key, after == null ? null : after.toString());
        }
    }
}
