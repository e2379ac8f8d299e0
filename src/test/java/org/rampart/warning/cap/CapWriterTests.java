package org.rampart.warning.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CapWriterTests {

    static Stream<Path> validFiles() {
        return CapFiles.valid().stream();
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void everyValidFileRoundTripsToAnEqualModelAndSchemaValidXml(Path file) throws Exception {
        CapMessage parsed = CapParser.parse(CapFiles.read(file));
        byte[] written = CapWriter.write(parsed);
        CapSchema.get().newValidator().validate(new StreamSource(new ByteArrayInputStream(written)));
        assertThat(CapParser.parse(written)).isEqualTo(parsed);
        String xml = new String(written, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">")
                .doesNotContainPattern("<sent>[^<]*Z</sent>");
    }

    @Test
    void utcIsWrittenAsPlusZeroOffsetAndNonAsciiAsUtf8() {
        CapMessage m = new CapMessage("RP-1", "rampart@example.org", OffsetDateTime.parse("2026-05-01T00:00:00Z"), "Actual",
                "Alert", null, "Public", null, null, List.of(), null, null, null, List.of(new CapMessage.Info("zh-CN",
                        List.of("Met"), "暴雨", List.of("Prepare"), "Expected", "Severe", "Likely", null, List.of(),
                        null, null, OffsetDateTime.parse("2026-05-01T10:00:00+08:00"), null, "暴雨橙色预警", null, null,
                        null, null, List.of(), List.of(), List.of(new CapMessage.Area("示范省", List.of(),
                                List.of("30,110 5"), List.of(new CapMessage.NamedValue("rampart", "DP-01")), null, null)))));
        String xml = new String(CapWriter.write(m), StandardCharsets.UTF_8);
        assertThat(xml).contains("<sent>2026-05-01T00:00:00+00:00</sent>").contains("<headline>暴雨橙色预警</headline>")
                .contains("<expires>2026-05-01T10:00:00+08:00</expires>");
        assertThat(CapParser.parse(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(m);
    }
}
