package org.rampart.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.Checks;

/**
 * Check the values of one row of a task file and turn it into an {@link ImportRow}; every problem names the row's
 * line and the column as the file names it. Plain Java: the units a row may name are asked of {@code unitKnown}
 * (false for an unknown unit and for one outside the importer's scope alike).
 */
final class TaskRowChecks {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 8000;
    static final int MAX_EVIDENCE = 2000;
    static final int MAX_SOURCE_REF = 200;
    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    private TaskRowChecks() {
    }

    /** A row that passed the checks: a task draft with the line it came from. */
    record ImportRow(int line, String titleEn, String titleZh, String description, String jurisdiction,
            String assigningUnit, String leadUnit, List<String> assistingUnits, LocalDate deadline, String priority,
            String evidenceRequired, String sourceRef) {
    }

    /** The row as an import row, or null when it has problems (added to {@code problems}). */
    static ImportRow check(TaskSheet.Row row, LocalDate today, Predicate<String> unitKnown, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        String[] titles = Checks.names("title_en", row.value("title_en"), "title_zh", row.value("title_zh"), MAX_TITLE,
                found);
        String description = Checks.text("description", row.value("description"), MAX_DESCRIPTION, false, found);
        String evidence = Checks.text("evidence_required", row.value("evidence_required"), MAX_EVIDENCE, false, found);
        String sourceRef = Checks.text("source_ref", row.value("source_ref"), MAX_SOURCE_REF, false, found);
        String jurisdiction = row.value("jurisdiction");
        String assigningUnit = row.value("assigning_unit");
        if (assigningUnit != null && !unitKnown.test(assigningUnit)) {
            found.add(Problem.at("assigning_unit", "unit.unknown", assigningUnit));
        }
        String lead = row.value("lead_unit");
        if (Checks.required("lead_unit", lead, found) && !unitKnown.test(lead)) {
            found.add(Problem.at("lead_unit", "unit.unknown", lead));
        }
        List<String> assisting = units(row.value("assisting_units"));
        Set<String> seen = new LinkedHashSet<>();
        for (String unit : assisting) {
            if (unit.equalsIgnoreCase(lead == null ? "" : lead)) {
                found.add(Problem.at("assisting_units", "supervision.import.assisting-is-lead", unit));
            } else if (!seen.add(unit.toUpperCase(Locale.ROOT))) {
                found.add(Problem.at("assisting_units", "supervision.import.assisting-twice", unit));
            } else if (!unitKnown.test(unit)) {
                found.add(Problem.at("assisting_units", "unit.unknown", unit));
            }
        }
        LocalDate deadline = Checks.date("deadline", row.value("deadline"), true, found);
        if (deadline != null && deadline.isBefore(today)) {
            found.add(Problem.at("deadline", "supervision.import.deadline-past", deadline, today));
        }
        String priority = row.value("priority");
        if (priority == null) {
            priority = "NORMAL";
        } else if (PRIORITIES.contains(priority.toUpperCase(Locale.ROOT))) {
            priority = priority.toUpperCase(Locale.ROOT);
        } else {
            found.add(Problem.at("priority", "value.one-of", String.join(", ", PRIORITIES), priority));
        }
        for (Problem p : found) {
            problems.add(p.onLine(row.line()));
        }
        if (!found.isEmpty()) {
            return null;
        }
        return new ImportRow(row.line(), titles[0], titles[1], description, jurisdiction, assigningUnit, lead,
                assisting, deadline, priority, evidence, sourceRef);
    }

    /** Unit codes separated by commas, semicolons (either width) or white space. */
    static List<String> units(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[,;，；、\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
