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
                .isEqualTo("line 1: value: the column is missing");
        var parsed = read("indicator,jurisdiction,time,value\nX,A,2026-11-26\n\"X\"y,A,2026-11-26,1\n");
        assertThat(parsed.inputs()).isEmpty();
        assertThat(parsed.problems()).extracting(Object::toString).containsExactly(
                "line 2: has 3 fields; the header has 4",
                "line 3: unexpected character after the closing quote of field 1");
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
        assertThat(latin.problems().get(0).reason()).isEqualTo("is not UTF-8 text");
    }
}
