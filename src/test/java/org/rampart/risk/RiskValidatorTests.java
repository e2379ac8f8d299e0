package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;

/** The pure checks of risk drafts, assessments and treatment actions, without Spring or a database. */
class RiskValidatorTests {

    private static final RiskMatrix MATRIX = RiskMatrix.defaults();

    private static RiskDraft draft(String titleEn, String titleZh, Integer likelihood, Integer impact) {
        return new RiskDraft("R-1", titleEn, titleZh, null, null, "DISASTER", "DP-01", null, null, null, null, null,
                likelihood, impact, null, null, null, null, null, null, null, null);
    }

    private static Risk risk(String titleEn, String titleZh) {
        return new Risk(1, "R-1", titleEn, titleZh, "", "", "DISASTER", "DP-01", "/1/2/", "DP-01-WR", "", "", "", false,
                2, 3, 6, RiskLevel.MEDIUM, 1, 2, 2, RiskLevel.LOW, RiskLevel.LOW, RiskStatus.ASSESSED, 30,
                LocalDate.parse("2026-12-01"), false, null, null, null, List.of("dam"), List.of("RAIN_1H"),
                Instant.EPOCH, "a", Instant.EPOCH, null, null, null, 0);
    }

    @Test
    void aTitleInEitherLanguageIsEnoughAndTheOtherStaysEmpty() {
        List<Problem> problems = new ArrayList<>();
        RiskValidator.Valid chinese = RiskValidator.risk(draft(null, " 水库大坝安全 ", 3, 4), MATRIX, problems);
        assertThat(problems).isEmpty();
        assertThat(chinese.titleZh).isEqualTo("水库大坝安全");
        assertThat(chinese.titleEn).isNull();
        RiskValidator.Valid english = RiskValidator.risk(draft("Dam safety", "  ", 3, 4), MATRIX, problems);
        assertThat(problems).isEmpty();
        assertThat(english.titleEn).isEqualTo("Dam safety");
        assertThat(english.titleZh).isNull();
    }

    @Test
    void aRiskWithoutAnyTitleIsRefusedOnTheEnglishTitleAndATooLongTitleOnItsOwnField() {
        List<Problem> problems = new ArrayList<>();
        RiskValidator.risk(draft(" ", null, 3, 4), MATRIX, problems);
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(tuple("titleEn", "risk.title.required"));
        problems.clear();
        RiskValidator.risk(draft(null, "长".repeat(301), 3, 4), MATRIX, problems);
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(tuple("titleZh", "text.too-long"));
    }

    @Test
    void scoresAndLevelsComeFromTheMatrixAndOffScaleOrLoneResidualValuesAreRefused() {
        List<Problem> problems = new ArrayList<>();
        RiskDraft d = new RiskDraft("R-1", "Dam", null, null, null, null, null, null, null, null, null, true, 4, 5, 2,
                3, "low", 30, "2026-12-24", null, List.of(" flood ", "flood", "dam"), null);
        RiskValidator.Valid v = RiskValidator.risk(d, MATRIX, problems);
        assertThat(problems).isEmpty();
        assertThat(v.score).isEqualTo(20);
        assertThat(v.level).isEqualTo(RiskLevel.EXTREME);
        assertThat(v.rs).isEqualTo(6);
        assertThat(v.rlevel).isEqualTo(RiskLevel.MEDIUM);
        assertThat(v.target).isEqualTo(RiskLevel.LOW);
        assertThat(v.bottomLine).isTrue();
        assertThat(v.nextReview).isEqualTo(LocalDate.parse("2026-12-24"));
        assertThat(v.tags).containsExactly("flood", "dam");

        RiskDraft bad = new RiskDraft("R-1", "Dam", null, null, null, null, null, null, null, null, null, null, 6, null,
                2, null, "HUGE", 0, "tomorrow", null, List.of("a;b"), null);
        RiskValidator.risk(bad, MATRIX, problems);
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                tuple("likelihood", "risk.matrix.off-scale"), tuple("impact", "value.required"),
                tuple("residualImpact", "risk.residual-impact.required"), tuple("targetLevel", "risk.value.not-one-of"),
                tuple("reviewFrequencyDays", "risk.review-frequency.range"), tuple("nextReviewDate", "date.invalid"),
                tuple("tags", "risk.tag.invalid"));
    }

    @Test
    void aCodeMustBeShortPlainAndNotAPageAddress() {
        List<Problem> problems = new ArrayList<>();
        assertThat(RiskValidator.code(" DAM-1.a_b ", problems)).isEqualTo("DAM-1.a_b");
        assertThat(problems).isEmpty();
        for (String bad : new String[] {null, " ", "bad code", "-dam", "Import", "x".repeat(41)}) {
            assertThat(RiskValidator.code(bad, problems)).as(String.valueOf(bad)).isNull();
        }
        assertThat(problems).extracting(Problem::code).containsExactly("value.required", "value.required",
                "risk.code.characters", "risk.code.characters", "risk.code.reserved", "text.too-long");
    }

    @Test
    void aMergedChangeKeepsWhatItLeavesOutClearsWhatItNamesAndAnEmptyTitleClearsThatTitle() {
        RiskDraft change = new RiskDraft(null, "", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, "why");
        RiskDraft merged = RiskValidator.merge(change, risk("Dam", "大坝"), Set.of("residualImpact", "ownerUnit"));
        assertThat(merged.titleEn()).isEmpty();
        assertThat(merged.titleZh()).isEqualTo("大坝");
        assertThat(merged.ownerUnit()).isNull();
        assertThat(merged.residualLikelihood()).isEqualTo(1);
        assertThat(merged.residualImpact()).isNull();
        assertThat(merged.likelihood()).isEqualTo(2);
        assertThat(merged.indicators()).containsExactly("RAIN_1H");
        List<Problem> problems = new ArrayList<>();
        RiskValidator.Valid v = RiskValidator.risk(merged, MATRIX, problems);
        assertThat(v.titleEn).isNull();
        assertThat(problems).extracting(Problem::code).containsExactly("risk.residual-impact.required");

        RiskDraft both = RiskValidator.merge(change, risk(null, "大坝"), Set.of());
        problems.clear();
        RiskValidator.risk(new RiskDraft(both.code(), both.titleEn(), "", null, null, null, null, null, null, null,
                null, null, 2, 3, null, null, null, null, null, null, null, null), MATRIX, problems);
        assertThat(problems).extracting(Problem::code).containsExactly("risk.title.required");
    }

    @Test
    void anAssessmentNeedsBothScoresOnTheMatrixAndTheResidualPairTogether() {
        List<Problem> problems = new ArrayList<>();
        RiskValidator.Scores s = RiskValidator.assessment(new AssessmentDraft(5, 4, 2, 3, null, "rain"), MATRIX, problems);
        assertThat(problems).isEmpty();
        assertThat(s).isEqualTo(new RiskValidator.Scores(5, 4, 20, RiskLevel.EXTREME, 2, 3, 6, RiskLevel.MEDIUM));
        assertThat(RiskValidator.assessment(new AssessmentDraft(0, null, null, 3, null, null), MATRIX, problems)).isNull();
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(
                tuple("likelihood", "risk.matrix.off-scale"), tuple("impact", "value.required"),
                tuple("residualLikelihood", "risk.residual-likelihood.required"));
    }

    @Test
    void aTreatmentIsDueNoEarlierThanTheRiskWasCreatedAndItsStatusIsANamedOne() {
        LocalDate created = LocalDate.parse("2026-11-01");
        List<Problem> problems = new ArrayList<>();
        RiskValidator.ValidTreatment t = RiskValidator.treatment(new TreatmentDraft(" Raise the levee ", null,
                "2026-11-01", null, null), created, TreatmentStatus.PLANNED, problems);
        assertThat(problems).isEmpty();
        assertThat(t).isEqualTo(new RiskValidator.ValidTreatment("Raise the levee", created, TreatmentStatus.PLANNED, ""));
        assertThat(RiskValidator.treatment(new TreatmentDraft(null, null, null, "done", null), created,
                TreatmentStatus.PLANNED, problems).status()).isEqualTo(TreatmentStatus.DONE);
        RiskValidator.treatment(new TreatmentDraft("x", null, "2026-10-31", "SOON", null), created,
                TreatmentStatus.PLANNED, problems);
        assertThat(problems).extracting(Problem::field, Problem::code).containsExactly(tuple("title", "value.required"),
                tuple("dueDate", "value.required"), tuple("dueDate", "risk.treatment.due-before-created"),
                tuple("status", "risk.value.not-one-of"));
        assertThat(Collections.frequency(problems.stream().map(Problem::field).toList(), "dueDate")).isEqualTo(2);
    }
}
