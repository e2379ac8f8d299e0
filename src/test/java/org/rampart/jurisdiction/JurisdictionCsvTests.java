package org.rampart.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;

class JurisdictionCsvTests {

    private static final String HEADER = "code,parent_code,level,name_en,name_zh,population\n";

    private static ParsedFile read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ParsedFile read(byte[] bytes) {
        return JurisdictionCsv.read(new ByteArrayInputStream(bytes), 100);
    }

    @Test
    void readsRowsWithOptionalLevelAndPopulation() {
        ParsedFile file = read(HEADER + "A1,DP-01,3,Alpha,甲,1200\nA2,A1,,Beta,乙,\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.read()).isEqualTo(2);
        assertThat(file.rows()).containsExactly(
                new ImportRow(2, "A1", "DP-01", 3, "Alpha", "甲", 1200L, null),
                new ImportRow(3, "A2", "A1", null, "Beta", "乙", null, null));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndLaterLinesKeepTheirNumbers() {
        ParsedFile file = read(HEADER + "A1,DP-01,,\"Alpha, \"\"North\"\"\",\"甲\n乙\",5\r\nA2,A1,,Beta,乙,x\r\n");
        assertThat(file.rows().get(0).nameEn()).isEqualTo("Alpha, \"North\"");
        assertThat(file.rows().get(0).nameZh()).isEqualTo("甲\n乙");
        assertThat(file.rows().get(0).line()).isEqualTo(2);
        assertThat(file.problems()).containsExactly(Problem.atLine(4, "population", "number.not-whole", "x"));
    }

    @Test
    void skipsAByteOrderMarkAndBlankLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\nA1,DP-01,,Alpha,甲,\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        ParsedFile file = read(bytes);
        assertThat(file.problems()).isEmpty();
        assertThat(file.fatal()).isFalse();
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("A1");
            assertThat(r.line()).isEqualTo(3);
        });
    }

    @Test
    void aMissingColumnIsNamedAndNothingIsRead() {
        ParsedFile file = read("code,name_en\nA1,Alpha\n");
        assertThat(file.fatal()).isTrue();
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(Problem.atLine(1, "parent_code", "jurisdiction.column.missing"));
        assertThat(read("code,parent_code\nA1,DP-01\n").problems())
                .containsExactly(Problem.atLine(1, "name_zh", "jurisdiction.column.missing"));
    }

    @Test
    void aListWithChineseNamesOnlyIsRead() {
        ParsedFile file = read("code,parent_code,name_zh\n110000000000,,北京市\n110100000000,110000000000,市辖区\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(ImportRow::nameEn).containsExactly(null, null);
        assertThat(file.rows()).extracting(ImportRow::nameZh).containsExactly("北京市", "市辖区");
        ParsedFile empty = read(HEADER + "A1,DP-01,,,甲,\n");
        assertThat(empty.problems()).isEmpty();
        assertThat(empty.rows().get(0).nameEn()).isNull();
    }

    @Test
    void anUnknownColumnIsReported() {
        ParsedFile file = read("code,parent_code,name_en,name_zh,popluation\nA1,DP-01,Alpha,甲,5\n");
        assertThat(file.fatal()).isTrue();
        assertThat(file.problems()).containsExactly(Problem.atLine(1, "popluation", "jurisdiction.column.unknown.suggest",
                "popluation", "population", String.join(", ", JurisdictionCsv.COLUMNS)));
    }

    @Test
    void anUnknownColumnNearNoKnownOneIsReportedWithoutASuggestion() {
        ParsedFile file = read("code,parent_code,name_en,colour\nA1,DP-01,Alpha,red\n");
        assertThat(file.fatal()).isTrue();
        assertThat(file.problems()).containsExactly(Problem.atLine(1, "colour", "jurisdiction.column.unknown",
                "colour", String.join(", ", JurisdictionCsv.COLUMNS)));
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedWithItsLine() {
        ParsedFile file = read(HEADER + "A1,DP-01,,Alpha,甲,\nA2,DP-01,Beta\nA3,DP-01,,Gamma,丙,,extra\n");
        assertThat(file.rows()).extracting(ImportRow::code).containsExactly("A1");
        assertThat(file.problems()).extracting(Problem::line).containsExactly(3, 4);
        assertThat(file.problems().get(0).args()).containsExactly("3", "6");
        assertThat(file.problems().get(1).args()).containsExactly("7", "6");
        assertThat(file.problems()).extracting(Problem::code).containsOnly("jurisdiction.file.field-count");
    }

    @Test
    void aNonNumericPopulationOrLevelMarksTheLineBad() {
        ParsedFile file = read(HEADER + "A1,DP-01,two,Alpha,甲,lots\n");
        assertThat(file.problems()).containsExactly(
                Problem.atLine(2, "level", "number.not-whole", "two"),
                Problem.atLine(2, "population", "number.not-whole", "lots"));
        assertThat(file.badLines()).containsExactly(2);
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsReported() {
        ParsedFile file = read(HEADER + "A1,DP-01,,\"Alpha\"x,甲,\nA2,DP-01,,Beta,乙,\nA3,DP-01,,\"Gamma,丙,\n");
        assertThat(file.rows()).extracting(ImportRow::code).containsExactly("A2");
        assertThat(file.problems()).extracting(Problem::line).containsExactly(2, 4);
        assertThat(file.problems().get(0)).isEqualTo(Problem.atLine(2, null, "csv.quote-unexpected", 4));
        assertThat(file.problems().get(1)).isEqualTo(Problem.atLine(4, null, "csv.quote-unclosed"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        ParsedFile file = read(concat(HEADER.getBytes(StandardCharsets.UTF_8), new byte[] {'A', ',', (byte) 0xC3, (byte) 0x28}));
        assertThat(file.fatal()).isTrue();
        assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("jurisdiction.file.not-utf8"));
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsIsRefused() {
        assertThat(read("").fatal()).isTrue();
        assertThat(read(HEADER).fatal()).isTrue();
        assertThat(read(HEADER).problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("jurisdiction.file.no-rows"));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        ParsedFile file = JurisdictionCsv.read(new ByteArrayInputStream((HEADER + "A1,P,,a,b,\nA2,P,,a,b,\nA3,P,,a,b,\n")
                .getBytes(StandardCharsets.UTF_8)), 2);
        assertThat(file.fatal()).isTrue();
        assertThat(file.problems()).singleElement().isEqualTo(Problem.at("file", "jurisdiction.file.too-many-rows", 2));
    }

    @Test
    void writtenRowsReadBackUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        JurisdictionCsv.writeHeader(out);
        JurisdictionCsv.write(out, new JurisdictionRepository.ExportRow("A1", "DP-01", 3, "Alpha, \"North\"", "甲\n乙", 42L, null));
        JurisdictionCsv.write(out, new JurisdictionRepository.ExportRow("A2", "A1", 4, "<script>alert(1)</script>", "乙", null, null));
        ParsedFile file = read(out.toString());
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new ImportRow(2, "A1", "DP-01", 3, "Alpha, \"North\"", "甲\n乙", 42L, null),
                new ImportRow(4, "A2", "A1", 4, "<script>alert(1)</script>", "乙", null, null));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
