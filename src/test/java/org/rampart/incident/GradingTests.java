package org.rampart.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rampart.incident.Figures.Figure;

class GradingTests {

    private static final GradingRuleSet DECREE = GradingRuleSet.decree493();

    private static IncidentGrade grade(int deaths, int injuries, String loss) {
        return Grading.grade(DECREE, new Figures(deaths, injuries, 0, 0, new BigDecimal(loss))).grade();
    }

    @Test
    void deathsAtLeastIncludesTheNumberAndBelowExcludesIt() {
        assertThat(grade(0, 0, "0")).isEqualTo(IncidentGrade.IV);
        assertThat(grade(2, 0, "0")).isEqualTo(IncidentGrade.IV);
        assertThat(grade(3, 0, "0")).isEqualTo(IncidentGrade.III);
        assertThat(grade(9, 0, "0")).isEqualTo(IncidentGrade.III);
        assertThat(grade(10, 0, "0")).isEqualTo(IncidentGrade.II);
        assertThat(grade(29, 0, "0")).isEqualTo(IncidentGrade.II);
        assertThat(grade(30, 0, "0")).isEqualTo(IncidentGrade.I);
    }

    @Test
    void seriousInjuriesBoundaries() {
        assertThat(grade(0, 9, "0")).isEqualTo(IncidentGrade.IV);
        assertThat(grade(0, 10, "0")).isEqualTo(IncidentGrade.III);
        assertThat(grade(0, 49, "0")).isEqualTo(IncidentGrade.III);
        assertThat(grade(0, 50, "0")).isEqualTo(IncidentGrade.II);
        assertThat(grade(0, 99, "0")).isEqualTo(IncidentGrade.II);
        assertThat(grade(0, 100, "0")).isEqualTo(IncidentGrade.I);
    }

    @Test
    void economicLossBoundariesIn10kCny() {
        assertThat(grade(0, 0, "999.99")).isEqualTo(IncidentGrade.IV);
        assertThat(grade(0, 0, "1000")).isEqualTo(IncidentGrade.III);
        assertThat(grade(0, 0, "4999.99")).isEqualTo(IncidentGrade.III);
        assertThat(grade(0, 0, "5000")).isEqualTo(IncidentGrade.II);
        assertThat(grade(0, 0, "9999.99")).isEqualTo(IncidentGrade.II);
        assertThat(grade(0, 0, "10000")).isEqualTo(IncidentGrade.I);
    }

    @Test
    void theMostSeriousCriterionWinsAndExplainsTheGrade() {
        Grading.Result r = Grading.grade(DECREE, new Figures(2, 55, 0, 0, new BigDecimal("1200")));
        assertThat(r.grade()).isEqualTo(IncidentGrade.II);
        assertThat(r.reasons()).extracting(Grading.Reason::figure).containsExactly(Figure.SERIOUS_INJURIES);
        assertThat(r.explanation()).isEqualTo("serious_injuries 55 >= 50 (II)");
        Grading.Result tie = Grading.grade(DECREE, new Figures(3, 10, 0, 0, BigDecimal.ZERO));
        assertThat(tie.grade()).isEqualTo(IncidentGrade.III);
        assertThat(tie.reasons()).hasSize(2);
        assertThat(Grading.grade(DECREE, Figures.NONE).explanation()).isEqualTo("below every grade III threshold");
    }

    @Test
    void missingCountsOnlyWhereARuleSetNamesIt() {
        assertThat(Grading.grade(DECREE, new Figures(0, 0, 50, 0, BigDecimal.ZERO)).grade()).isEqualTo(IncidentGrade.IV);
        GradingRuleSet flood = GradingRuleSet.defaultFor(IncidentType.NATURAL_DISASTER);
        assertThat(Grading.grade(flood, new Figures(6, 0, 4, 0, BigDecimal.ZERO)).grade()).isEqualTo(IncidentGrade.III);
        assertThat(Grading.grade(flood, new Figures(6, 0, 3, 0, BigDecimal.ZERO)).grade()).isEqualTo(IncidentGrade.IV);
    }

    /** Property-style: the grade never falls when any figure grows (fixed seed, plain JUnit). */
    @Test
    void theGradeIsMonotoneInEveryFigure() {
        Random random = new Random(493);
        for (IncidentType type : IncidentType.values()) {
            GradingRuleSet rules = GradingRuleSet.defaultFor(type);
            assertThat(rules.problems()).as(type.name()).isEmpty();
            for (int n = 0; n < 2000; n++) {
                Figures f = new Figures(random.nextInt(40), random.nextInt(120), random.nextInt(40),
                        random.nextInt(2_000_000), BigDecimal.valueOf(random.nextInt(20_000_000), 2));
                Figures more = new Figures(f.deaths() + random.nextInt(3), f.seriousInjuries() + random.nextInt(3),
                        f.missing() + random.nextInt(3), f.affected() + random.nextInt(1000),
                        f.economicLoss().add(BigDecimal.valueOf(random.nextInt(1000))));
                IncidentGrade a = Grading.grade(rules, f).grade();
                IncidentGrade b = Grading.grade(rules, more).grade();
                assertThat(a.moreSeriousThan(b)).as("%s %s -> %s", type, f, more).isFalse();
            }
        }
    }

    @Test
    void ruleSetsAreValidatedWithTheItemAndField() {
        GradingRuleSet bad = new GradingRuleSet(List.of(
                new GradingRuleSet.Criterion(Figure.DEATHS, BigDecimal.valueOf(10), BigDecimal.valueOf(10), null),
                new GradingRuleSet.Criterion(Figure.DEATHS, null, null, null),
                new GradingRuleSet.Criterion(null, BigDecimal.valueOf(-1), null, null)));
        assertThat(bad.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "item 1: atLeastII: incident.rules.not-below [I]",
                "item 2: figure: incident.rules.duplicate-figure [DEATHS]",
                "item 2: atLeastIII: incident.rules.no-threshold",
                "item 3: figure: value.required",
                "item 3: atLeastI: incident.rules.not-positive");
        assertThat(new GradingRuleSet(List.of()).problems()).extracting(Object::toString)
                .containsExactly("criteria: incident.rules.no-criterion");
    }
}
