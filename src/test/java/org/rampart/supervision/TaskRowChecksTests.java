package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;

class TaskRowChecksTests {

    private static final LocalDate TODAY = LocalDate.of(2030, 5, 10);
    private static final Set<String> UNITS = Set.of("DP-EM", "DP-FIN", "DP-01-EM");

    private static TaskSheet.Row row(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new TaskSheet.Row(7, values);
    }

    @Test
    void aGoodRowBecomesADraft() {
        List<Problem> problems = new ArrayList<>();
        TaskRowChecks.ImportRow r = TaskRowChecks.check(row("title_zh", " 排查隐患 ", "lead_unit", "DP-EM",
                "assisting_units", "DP-FIN；DP-01-EM", "deadline", "2030-05-10", "priority", "urgent"), TODAY,
                UNITS::contains, problems);
        assertThat(problems).isEmpty();
        assertThat(r.titleZh()).isEqualTo("排查隐患");
        assertThat(r.titleEn()).isNull();
        assertThat(r.assistingUnits()).containsExactly("DP-FIN", "DP-01-EM");
        assertThat(r.priority()).isEqualTo("URGENT");
        assertThat(r.line()).isEqualTo(7);
    }

    @Test
    void everyProblemOfARowNamesItsLineAndColumn() {
        List<Problem> problems = new ArrayList<>();
        TaskRowChecks.ImportRow r = TaskRowChecks.check(row("lead_unit", "DP-XX", "assisting_units", "DP-EM DP-FIN DP-FIN",
                "deadline", "2030-05-09", "priority", "soon"), TODAY, UNITS::contains, problems);
        assertThat(r).isNull();
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(7));
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("title_en", "name.required"),
                org.assertj.core.groups.Tuple.tuple("lead_unit", "unit.unknown"),
                org.assertj.core.groups.Tuple.tuple("assisting_units", "supervision.import.assisting-twice"),
                org.assertj.core.groups.Tuple.tuple("deadline", "supervision.import.deadline-past"),
                org.assertj.core.groups.Tuple.tuple("priority", "value.one-of"));
    }

    @Test
    void aUnitOutsideTheScopeIsRefusedLikeAnUnknownOne() {
        List<Problem> problems = new ArrayList<>();
        TaskRowChecks.check(row("title_en", "T", "lead_unit", "DP-02-EM", "deadline", "2030-06-01"), TODAY,
                UNITS::contains, problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unit.unknown");
            assertThat(p.args()).containsExactly("DP-02-EM");
        });
    }

    @Test
    void theLeadCannotAssistAndADeadlineMustBeADate() {
        List<Problem> problems = new ArrayList<>();
        TaskRowChecks.check(row("title_en", "T", "lead_unit", "DP-EM", "assisting_units", "DP-EM",
                "deadline", "31/05/2030"), TODAY, UNITS::contains, problems);
        assertThat(problems).extracting(Problem::code).containsExactly("supervision.import.assisting-is-lead",
                "date.invalid");
    }
}
