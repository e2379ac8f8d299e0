package org.rampart.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Grade incidents: the rule sets in force, a change of the rules (which regrades the open incidents), the recomputed
 * grade after a change of figures, a manual override, and what a change of the grade in force does to the reporting
 * chain and the follow-up cadence.
 */
@Component
class IncidentGrading {

    private final IncidentSupport support;
    private final IncidentRepository repository;

    IncidentGrading(IncidentSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    List<IncidentManagement.GradeChangeView> gradeChanges(Actor actor, long id) {
        support.get(actor, id);
        return repository.gradeChanges(id).stream()
                .map(c -> new IncidentManagement.GradeChangeView(c.at(), c.from(), c.to(), c.figures(), c.reason(),
                        c.author()))
                .toList();
    }

    GradingRuleSet rules(IncidentType type) {
        return repository.gradingRules(type).map(this::readRules).orElseGet(() -> GradingRuleSet.defaultFor(type));
    }

    private GradingRuleSet readRules(String text) {
        return support.json.readValue(text, GradingRuleSet.class);
    }

    GradingRuleSet saveRules(Actor actor, IncidentType type, GradingRuleSet rules) {
        support.policy.requireChangeRules(actor);
        if (type == null) {
            throw BadInputException.of("type", "value.required");
        }
        List<Problem> problems = rules == null ? List.of(Problem.at("criteria", "value.required")) : rules.problems();
        if (!problems.isEmpty()) {
            throw new BadInputException("The grading rules are not valid", problems);
        }
        GradingRuleSet before = rules(type);
        repository.saveGradingRules(type, support.json.writeValueAsString(rules), actor.username());
        // Rule sets are global; the entry goes under the editor's scope so that the readers of that scope see it.
        support.audit.record("update", "incident-grading-rule", type.name(), actor.scope().isWholeTree() ? null
                : actor.scopePath(), before, rules);
        Instant now = support.clock.instant();
        for (long id : repository.lockOpenWithoutOverride(type)) {
            Incident incident = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
            Jurisdiction place = support.jurisdictions.find(Actor.system(), incident.jurisdictionCode()).orElseThrow();
            if (regrade(actor.username(), incident, rules, incident.figures(), place, now, true)) {
                support.audit.record("regrade", "incident", Long.toString(id), incident.jurisdictionPath(),
                        IncidentSupport.snapshot(incident),
                        IncidentSupport.snapshot(repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow()));
            }
        }
        return rules;
    }

    /**
     * Recompute the grade by the rules; record a change with the figures (and, when {@code byRules}, the reason that
     * the rules changed); extend the chain when the grade in force rises. True when the grade or its explanation
     * changed.
     */
    boolean regrade(String author, Incident before, GradingRuleSet rules, Figures figures, Jurisdiction place,
            Instant now, boolean byRules) {
        Grading.Result graded = Grading.grade(rules, figures);
        if (graded.grade() == before.computedGrade() && graded.explanation().equals(before.gradeExplanation())) {
            return false;
        }
        repository.setGrade(before.id(), graded.grade(), graded.explanation());
        if (graded.grade() == before.computedGrade()) {
            return true;
        }
        repository.gradeChange(before.id(), now, before.computedGrade(), graded.grade(), support.figuresJson(figures),
                byRules ? IncidentManagement.RULES_CHANGED + ": " + graded.explanation() : graded.explanation(),
                author);
        repository.event(before.id(), now, author,
                byRules ? TimelineEntry.Kind.REGRADED : TimelineEntry.Kind.GRADE_CHANGED, null, graded.explanation(),
                support.json.writeValueAsString(
                        Map.of("from", before.computedGrade().name(), "to", graded.grade().name())));
        if (before.gradeOverride() == null) {
            gradeInForceChanged(author, before, graded.grade(), place, now);
        }
        return true;
    }

    private void gradeInForceChanged(String author, Incident before, IncidentGrade to, Jurisdiction place,
            Instant now) {
        if (to.moreSeriousThan(before.grade())) {
            List<ReportStep> existing = repository.steps(before.id());
            Set<Integer> levels = new HashSet<>();
            existing.forEach(s -> levels.add(s.level()));
            for (ReportingChain.Step step : support.settings.chain().extension(to, support.places(place),
                    before.reportedAt(), levels, now)) {
                repository.insertStep(before.id(), step);
            }
            if (before.status() != IncidentStatus.CLOSED) {
                Instant next = now.plus(support.settings.followUp(to));
                if (before.nextFollowUpAt() == null || next.isBefore(before.nextFollowUpAt())) {
                    repository.setNextFollowUp(before.id(), next);
                }
            }
        }
        Incident after = repository.find(Scope.WHOLE_TREE.path(), before.id()).orElseThrow();
        support.publish(new IncidentRegraded(IncidentSummary.of(after), author, before.grade(), to, now));
    }

    Incident overrideGrade(Actor actor, long id, String gradeName, String reason) {
        support.policy.requireOverride(actor);
        Instant now = support.clock.instant();
        Incident before = support.lock(actor, id);
        List<Problem> problems = new ArrayList<>();
        IncidentGrade grade = null;
        if (gradeName != null && !gradeName.isBlank()) {
            grade = IncidentGrade.parse(gradeName);
            if (grade == null) {
                problems.add(Problem.at("grade", "incident.value.not-one-of", gradeName, "I, II, III, IV"));
            }
        }
        String why = IncidentValidator.text("reason", reason, IncidentValidator.MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException("The override is not valid", problems);
        }
        repository.setOverride(id, grade, grade == null ? null : why);
        IncidentGrade to = grade == null ? before.computedGrade() : grade;
        repository.gradeChange(id, now, before.grade(), to, support.figuresJson(before.figures()),
                (grade == null ? "override cleared: " : "override: ") + why, actor.username());
        repository.event(id, now, actor.username(), TimelineEntry.Kind.GRADE_OVERRIDDEN, null, why,
                support.json.writeValueAsString(Map.of("from", before.grade().name(), "to", to.name())));
        Jurisdiction place = support.jurisdictions.find(Actor.system(), before.jurisdictionCode()).orElseThrow();
        if (to != before.grade()) {
            gradeInForceChanged(actor.username(), before, to, place, now);
        }
        Incident after = repository.find(Scope.WHOLE_TREE.path(), id).orElseThrow();
        support.audit.record("override-grade", "incident", Long.toString(id), after.jurisdictionPath(),
                IncidentSupport.snapshot(before), IncidentSupport.snapshot(after));
        return after;
    }
}
