package org.rampart.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;

class RiskFilesTests {

    private static RiskFiles.Parsed csv(String text) {
        return RiskFiles.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHeaderNamesEveryUnknownDuplicateAndMissingColumnOnLineOne() {
        RiskFiles.Parsed parsed = csv("CODE,title_en,title_en,colour,domain,jurisdiction,likelihood\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line).containsOnly(1);
        assertThat(parsed.problems()).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("title_en", "risk.column.duplicate"),
                org.assertj.core.groups.Tuple.tuple("colour", "risk.column.unknown"),
                org.assertj.core.groups.Tuple.tuple("impact", "risk.column.missing"));
    }

    @Test
    void aTitleColumnInEitherLanguageIsEnoughButOneIsNeeded() {
        RiskFiles.Parsed chinese = csv("code,title_zh,domain,jurisdiction,likelihood,impact\nR1,大坝安全,DISASTER,DP-01,3,4\n");
        assertThat(chinese.problems()).isEmpty();
        assertThat(chinese.lines()).singleElement().satisfies(l -> assertThat(l.values()).containsEntry("title_zh", "大坝安全")
                .doesNotContainKey("title_en"));
        assertThat(csv("code,title_en,domain,jurisdiction,likelihood,impact\n").problems()).isEmpty();
        assertThat(csv("code,domain,jurisdiction,likelihood,impact\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("title_en");
            assertThat(p.code()).isEqualTo("risk.column.title-missing");
        });
    }

    @Test
    void aMalformedRecordIsTheSharedCsvCodeOnItsLine() {
        RiskFiles.Parsed parsed = csv("code,title_en,domain,jurisdiction,likelihood,impact\nR1,\"Dam\"x,FOOD,DP-01,1,1\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("csv.quote-unexpected");
            assertThat(p.args()).containsExactly("2");
        });
    }

    @Test
    void rowsKeepTheirLineNumbersQuotedFieldsAndAByteOrderMark() {
        RiskFiles.Parsed parsed = csv("\uFEFFcode,title_en,title_zh,domain,jurisdiction,likelihood,impact,score\r\n"
                + "R1,\"Dam, old\",大坝,DISASTER,DP-01,3,4,12\r\n"
                + "\r\n"
                + "R2,\"two\nlines\",二,FOOD,DP-01,1,1,1\r\n"
                + "R3,short\r\n");
        assertThat(parsed.lines()).extracting(RiskFiles.Line::line).containsExactly(2, 4);
        assertThat(parsed.lines().get(0).values().get("title_en")).isEqualTo("Dam, old");
        assertThat(parsed.lines().get(1).values().get("title_en")).isEqualTo("two\nlines");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.code()).isEqualTo("risk.file.field-count");
            assertThat(p.args()).containsExactly("2", "8");
        });
    }

    @Test
    void anExportedRowReadsBackInTheSameColumns() {
        Risk risk = new Risk(1, "R-1", "Dam", "大坝", "d", "描述", "DISASTER", "DP-01", "/1/2/", "DP-01-WR", "c", "q",
                "k", true, 3, 4, 12, RiskLevel.HIGH, 2, 2, 4, RiskLevel.LOW, RiskLevel.LOW, RiskStatus.ASSESSED, 30,
                LocalDate.parse("2026-12-01"), false, null, null, null, List.of("flood", "dam"), List.of("RAIN_1H"),
                Instant.EPOCH, "a", Instant.EPOCH, null, null, null, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RiskExporting.writeCsvRow(writer, RiskExporting.header());
        RiskExporting.writeCsvRow(writer, RiskExporting.row(risk, LocalDate.parse("2026-11-27")));
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        RiskFiles.Parsed parsed = RiskFiles.csv(new ByteArrayInputStream(out.toByteArray()));
        assertThat(parsed.problems()).isEmpty();
        var values = parsed.lines().get(0).values();
        assertThat(values).containsEntry("code", "R-1").containsEntry("title_zh", "大坝").containsEntry("bottom_line", "true")
                .containsEntry("residual_impact", "2").containsEntry("tags", "flood;dam").containsEntry("indicators", "RAIN_1H")
                .containsEntry("level", "HIGH").containsEntry("review_overdue", "false");
    }

    private static Risk risk(String titleEn) {
        return new Risk(1, "R-1", titleEn, "大坝", "d", "描述", "DISASTER", "DP-01", "/1/2/", "DP-01-WR", "c", "q",
                "k", true, 3, 4, 12, RiskLevel.HIGH, 2, 2, 4, RiskLevel.LOW, RiskLevel.LOW, RiskStatus.ASSESSED, 30,
                LocalDate.parse("2026-12-01"), false, null, null, null, List.of("flood", "dam"), List.of("RAIN_1H"),
                Instant.EPOCH, "a", Instant.EPOCH, null, null, null, 0);
    }

    @Test
    void aTextCellThatASpreadsheetWouldTakeForAFormulaIsNeutralisedInCsvButNumbersAreNot() {
        java.io.StringWriter out = new java.io.StringWriter();
        RiskExporting.writeCsvRow(out, RiskExporting.row(risk("=HYPERLINK(\"http://x\",\"y\")"), LocalDate.parse("2026-11-27")));
        assertThat(out.toString()).startsWith("R-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",大坝,")
                .contains(",3,4,");
        for (String formula : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            java.io.StringWriter cell = new java.io.StringWriter();
            RiskExporting.writeCsvRow(cell, java.util.Collections.singletonList(formula));
            assertThat(cell.toString()).as(formula).contains("'" + formula.charAt(0));
        }
    }

    @Test
    void everyXlsxCellIsAStringCellNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RiskExporting.XlsxWriter xlsx = new RiskExporting.XlsxWriter()) {
            xlsx.row(RiskExporting.header());
            xlsx.row(RiskExporting.row(risk("=HYPERLINK(\"http://x\",\"y\")"), LocalDate.parse("2026-11-27")));
            xlsx.writeTo(out);
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            for (int c = 0; c < row.getLastCellNum(); c++) {
                assertThat(row.getCell(c).getCellType()).as("column " + c).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
        }
    }

    @Test
    void invalidUtf8IsRefusedNamingItsLineNotReplaced() {
        byte[] head = "code,title_en,title_zh,domain,jurisdiction,likelihood,impact\nR1,ok,好,FOOD,DP-01,1,1\nR2,bad"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ",坏,FOOD,DP-01,1,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        file[head.length] = (byte) 0xff;
        file[head.length + 1] = (byte) 0xfe;
        System.arraycopy(tail, 0, file, head.length + 2, tail.length);
        RiskFiles.Parsed parsed = RiskFiles.csv(new ByteArrayInputStream(file));
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("encoding.invalid");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownColumnIsNamedWithTheNearestKnownOne() {
        RiskFiles.Parsed parsed = csv("code,titel_en,title_zh,domain,jurisdiction,likelihood,impact,colour\n");
        assertThat(parsed.problems()).extracting(Problem::code, Problem::args).contains(
                org.assertj.core.groups.Tuple.tuple("risk.column.unknown-suggest", List.of("titel_en", "title_en")),
                org.assertj.core.groups.Tuple.tuple("risk.column.unknown", List.of("colour",
                        String.join(", ", RiskFiles.COLUMNS.keySet()))));
        assertThat(RiskFiles.nearestColumn("likelyhood")).isEqualTo("likelihood");
        assertThat(RiskFiles.nearestColumn("imapct")).isEqualTo("impact");
        assertThat(RiskFiles.nearestColumn("budget")).isNull();
    }
}
