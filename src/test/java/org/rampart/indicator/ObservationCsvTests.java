package org.rampart.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObservationCsvTests {

    private static ObservationCsv.Parsed read(String text) {
        return ObservationCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10);
    }

    @Test
    void readsColumnsInAnyOrderWithQuotesAndAByteOrderMark() {
        var parsed = read("\uFEFFvalue,time,jurisdiction,indicator\r\n\"1,5\",2026-11-26,A,X\n\n3,2026-11-27,\"B\"\"\",X\n");
        assertThat(parsed.fatal()).isFalse();
        assertThat(parsed.read()).isEqualTo(2);
        assertThat(parsed.inputs()).containsExactly(new ObservationInput("X", "A", "2026-11-26", "1,5", 2),
                new ObservationInput("X", "B\"", "2026-11-27", "3", 4));
    }

    @Test
    void aBadHeaderIsFatalAndBadRecordsAreNamedByLine() {
        assertThat(read("indicator,jurisdiction,time\n").problems().get(0).toString())
                .isEqualTo("line 1: value: observation.column.missing");
        var parsed = read("indicator,jurisdiction,time,value\nX,A,2026-11-26\n\"X\"y,A,2026-11-26,1\n");
        assertThat(parsed.inputs()).isEmpty();
        assertThat(parsed.problems()).extracting(Object::toString).containsExactly(
                "line 2: observation.file.field-count [3, 4]",
                "line 3: csv.quote-unexpected [1]");
        assertThat(read("indicator,jurisdiction,time,value\n\"X,A,2026-11-26,1\n").problems()).extracting(Object::toString)
                .containsExactly("line 2: csv.quote-unclosed");
    }

    @Test
    void anUnknownColumnIsNamedWithTheNearestKnownOneAndIsFatal() {
        var parsed = read("indicator,jurisdction,time,value,Colour,\nX,A,2026-11-26,1,red,\n");
        assertThat(parsed.fatal()).isTrue();
        assertThat(parsed.inputs()).isEmpty();
        assertThat(parsed.problems()).extracting(Object::toString).containsExactly(
                "line 1: jurisdction: observation.column.unknown.suggest [jurisdction, jurisdiction, "
                        + "indicator, jurisdiction, time, value]",
                "line 1: Colour: observation.column.unknown [Colour, indicator, jurisdiction, time, value]",
                "line 1: column 6: observation.column.unnamed [indicator, jurisdiction, time, value]",
                "line 1: jurisdiction: observation.column.missing");
    }

    @Test
    void tooManyRowsAndNonUtf8AreFatal() {
        StringBuilder sb = new StringBuilder("indicator,jurisdiction,time,value\n");
        for (int i = 0; i < 11; i++) {
            sb.append("X,A,2026-11-26,1\n");
        }
        assertThat(read(sb.toString()).fatal()).isTrue();
        var latin = ObservationCsv.read(new ByteArrayInputStream(new byte[] {'v', 'a', 'l', (byte) 0xE9}), 10);
        assertThat(latin.fatal()).isTrue();
        assertThat(latin.problems().get(0).code()).isEqualTo("encoding.invalid");
    }
}
