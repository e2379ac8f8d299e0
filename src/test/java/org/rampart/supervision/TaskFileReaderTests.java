package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rampart.shared.BadInputException.Problem;

class TaskFileReaderTests {

    private static final String HEADER = "title_en,title_zh,lead_unit,assisting_units,deadline,priority\n";

    private static TaskSheet csv(String text) {
        return TaskCsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100);
    }

    @Test
    void csvRowsKeepTheirLinesAndValues() {
        TaskSheet sheet = csv(HEADER + "Fix the levee,修堤,DP-01-WR,DP-01-EM;DP-01-FIN,2030-01-31,HIGH\n\n"
                + "\"Two, lines\nhere\",,DP-EM,,2030-02-01,\n");
        assertThat(sheet.fatal()).isFalse();
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).extracting(TaskSheet.Row::line).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).value("assisting_units")).isEqualTo("DP-01-EM;DP-01-FIN");
        assertThat(sheet.rows().get(1).value("title_en")).isEqualTo("Two, lines\nhere");
        assertThat(sheet.rows().get(1).value("title_zh")).isNull();
    }

    @Test
    void anUnknownColumnIsRefusedWithTheNearestKnownName() {
        TaskSheet sheet = csv("title_en,lead_unt,deadline,colour\nA,U,2030-01-01,red\n");
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).extracting(Problem::code).contains("supervision.import.column.unknown-suggest",
                "supervision.import.column.unknown", "supervision.import.column.missing");
        Problem suggest = sheet.problems().stream().filter(p -> p.code().endsWith("unknown-suggest")).findFirst().orElseThrow();
        assertThat(suggest.args()).containsExactly("lead_unt", "lead_unit");
        assertThat(suggest.line()).isEqualTo(1);
    }

    @Test
    void invalidUtf8IsRefusedNamingItsLine() {
        byte[] head = (HEADER + "A,,U,,2030-01-01,\r\nB,,U,,2030-01-01,\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'C', ',', (byte) 0xE4, (byte) 0x28, ',', 'U', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        TaskSheet sheet = TaskCsvReader.read(new ByteArrayInputStream(all), 100);
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("encoding.invalid");
            assertThat(p.line()).isEqualTo(4);
        });
    }

    @Test
    void utf8OutsideTheBasicPlaneAndAByteOrderMarkAreRead() {
        TaskSheet sheet = csv("\uFEFF" + HEADER + "Check \uD83D\uDE92 station,消防,U,,2030-01-01,\n");
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows().get(0).value("title_en")).isEqualTo("Check \uD83D\uDE92 station");
    }

    @Test
    void aCsvFormulaIsRefusedNamingTheCell() {
        TaskSheet sheet = csv(HEADER + "=HYPERLINK(\"x\"),,U,,2030-01-01,\n");
        assertThat(sheet.fatal()).isFalse();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("supervision.import.formula");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("title_en");
            assertThat(p.args()).containsExactly("A2");
        });
    }

    @Test
    void aCsvOverTheRowLimitIsRefusedWithoutReadingTheRest() {
        // An endless stream: the reader must stop at the row after the limit.
        InputStream endless = new InputStream() {
            private final byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
            private final byte[] row = "T,,U,,2030-01-01,\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                long p = position++;
                return p < header.length ? header[(int) p] : row[(int) ((p - header.length) % row.length)];
            }
        };
        TaskSheet sheet = TaskCsvReader.read(endless, 100_000);
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("supervision.import.too-many-rows");
            assertThat(p.args()).containsExactly("100000");
            assertThat(p.line()).isEqualTo(100_002);
        });
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsABadRow() {
        TaskSheet sheet = csv(HEADER + "A,,U\nB,,U,,2030-01-01,\n");
        assertThat(sheet.fatal()).isFalse();
        assertThat(sheet.problems()).singleElement().extracting(Problem::code, Problem::line)
                .containsExactly("supervision.import.field-count", 2);
        assertThat(sheet.rows()).extracting(TaskSheet.Row::line).containsExactly(3);
    }

    private static byte[] xlsx(java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet) {
        Row h = sheet.createRow(0);
        String[] names = {"title_en", "lead_unit", "deadline", "assisting_units"};
        for (int i = 0; i < names.length; i++) {
            h.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void xlsxReadsTextsNumbersAndDates() throws IOException {
        byte[] file = xlsx(book -> {
            Sheet sheet = book.createSheet("tasks");
            header(sheet);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("Inspect the dam");
            r.createCell(1).setCellValue(110101);
            r.createCell(2).setCellValue(LocalDate.of(2030, 3, 15));
            r.getCell(2).setCellStyle(date);
            Row r2 = sheet.createRow(3);
            r2.createCell(0).setCellValue("Second");
            r2.createCell(1).setCellValue("DP-EM");
            r2.createCell(2).setCellValue("2030-04-01");
        });
        TaskSheet sheet = TaskXlsxReader.read(new ByteArrayInputStream(file), 100);
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.rows()).extracting(TaskSheet.Row::line).containsExactly(2, 4);
        assertThat(sheet.rows().get(0).value("lead_unit")).isEqualTo("110101");
        assertThat(sheet.rows().get(0).value("deadline")).isEqualTo("2030-03-15");
        assertThat(sheet.rows().get(1).value("deadline")).isEqualTo("2030-04-01");
    }

    @Test
    void xlsxFormulasAndMergedCellsAreRefusedNamingTheCells() throws IOException {
        byte[] file = xlsx(book -> {
            Sheet sheet = book.createSheet("tasks");
            header(sheet);
            for (int i = 1; i <= 3; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue("Task " + i);
                r.createCell(2).setCellValue("2030-04-01");
            }
            sheet.getRow(1).createCell(1).setCellValue("DP-EM");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.getRow(3).createCell(1).setCellFormula("\"DP-\"&\"EM\"");
        });
        TaskSheet sheet = TaskXlsxReader.read(new ByteArrayInputStream(file), 100);
        assertThat(sheet.fatal()).isFalse();
        assertThat(sheet.problems()).extracting(Problem::line, Problem::field, Problem::code, p -> p.args().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "lead_unit", "supervision.import.merged-cells", "B2:B3"),
                        org.assertj.core.groups.Tuple.tuple(3, "lead_unit", "supervision.import.merged-cells", "B2:B3"),
                        org.assertj.core.groups.Tuple.tuple(4, "lead_unit", "supervision.import.formula", "B4"));
    }

    @Test
    void xlsxWithAMergedHeaderOrAnUnknownColumnIsRefusedWhole() throws IOException {
        byte[] file = xlsx(book -> {
            Sheet sheet = book.createSheet("tasks");
            header(sheet);
            sheet.getRow(0).createCell(4).setCellValue("dead_line");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
            sheet.createRow(1).createCell(0).setCellValue("A");
        });
        TaskSheet sheet = TaskXlsxReader.read(new ByteArrayInputStream(file), 100);
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                "supervision.import.column.unknown-suggest", "supervision.import.merged-cells");
    }

    @Test
    void xlsxWithMoreRowsThanTheLimitIsRefusedNamingTheLimit() throws IOException {
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("tasks");
            header(sheet);
            for (int i = 1; i <= 100_000; i++) {
                Row r = sheet.createRow(i);
                r.createCell(0).setCellValue("T" + i);
                r.createCell(1).setCellValue("U");
                r.createCell(2).setCellValue("2030-01-01");
            }
            book.write(out);
            book.dispose();
            file = out.toByteArray();
        }
        TaskSheet sheet = TaskXlsxReader.read(new ByteArrayInputStream(file), 5_000);
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("supervision.import.too-many-rows");
            assertThat(p.args()).containsExactly("5000");
            assertThat(p.line()).isEqualTo(5_002);
        });
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() {
        TaskSheet sheet = TaskXlsxReader.read(new ByteArrayInputStream("title_en\n".getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(sheet.fatal()).isTrue();
        assertThat(sheet.problems()).extracting(Problem::code).containsExactly("supervision.import.xlsx-unreadable");
    }

    @Test
    void cellNamesAreSpreadsheetNames() {
        assertThat(List.of(TaskCsvReader.cellName(0, 2), TaskCsvReader.cellName(25, 3), TaskCsvReader.cellName(26, 4),
                TaskCsvReader.cellName(27, 5))).containsExactly("A2", "Z3", "AA4", "AB5");
    }
}
