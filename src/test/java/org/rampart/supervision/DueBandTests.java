package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DueBandTests {

    @Test
    void greenUntilTheDueSoonDaysYellowUntilTheLateDaysRedAfter() {
        assertThat(DueBand.of(-4, 3, 3)).isEqualTo(DueBand.GREEN);
        assertThat(DueBand.of(-3, 3, 3)).isEqualTo(DueBand.YELLOW);
        assertThat(DueBand.of(0, 3, 3)).isEqualTo(DueBand.YELLOW);
        assertThat(DueBand.of(3, 3, 3)).isEqualTo(DueBand.YELLOW);
        assertThat(DueBand.of(4, 3, 3)).isEqualTo(DueBand.RED);
        assertThat(DueBand.of(1, 0, 0)).isEqualTo(DueBand.RED);
        assertThat(DueBand.of(0, 0, 0)).isEqualTo(DueBand.YELLOW);
        assertThat(DueBand.of(-1, 0, 0)).isEqualTo(DueBand.GREEN);
    }

    @Test
    void settingsRefuseNegativeDays() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BoardSettings(-1, 3, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BoardSettings.defaults().band(5)).isEqualTo(DueBand.RED);
    }
}
