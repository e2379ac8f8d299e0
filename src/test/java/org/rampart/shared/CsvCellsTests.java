package org.rampart.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void formulasAreNeutralisedAndQuotedWhenNeeded() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCells.text("+1")).isEqualTo("'+1");
        assertThat(CsvCells.text("-2")).isEqualTo("'-2");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvCells.text("街道, 社区")).isEqualTo("\"街道, 社区\"");
        assertThat(CsvCells.text("plain")).isEqualTo("plain");
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.number(-5)).isEqualTo("-5");
    }
}
