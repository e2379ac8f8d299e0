package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardRankingTests {

    private static Scorecard.Line line(String code, Double rate, Double delay, Double sentBack) {
        return new Scorecard.Line(0, code, null, null, null, 1, 0, 0, 0, rate, delay, 0, 0, 0, 0, 0, 0, 0, sentBack, 0, 0,
                null);
    }

    @Test
    void rankByRateThenDelayThenSentBackSharingRanksOnTiesAndLeavingUnmeasuredUnranked() {
        List<Scorecard.Line> ranked = SupervisionScorecard.rank(List.of(line("A", 0.5, 2.0, 0.0),
                line("B", 1.0, 0.0, 0.5), line("C", 1.0, 0.0, 0.0), line("D", null, null, null),
                line("E", 0.5, 2.0, 0.0), line("F", 0.5, 1.0, 0.0)));
        assertThat(ranked).extracting(Scorecard.Line::code).containsExactly("C", "B", "F", "A", "E", "D");
        assertThat(ranked).extracting(Scorecard.Line::rank).containsExactly(1, 2, 3, 4, 4, 0);
    }
}
