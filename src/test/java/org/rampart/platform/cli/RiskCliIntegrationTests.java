package org.rampart.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rampart.audit.AuditEntry;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.risk.Risk;
import org.rampart.risk.RiskManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RiskCliIntegrationTests {

    private static final String HEADER = "code,title_en,title_zh,domain,jurisdiction,owner_unit,likelihood,impact,tags\n";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    RiskRegisterCli cli;
    @Autowired
    RiskManagement risks;
    @Autowired
    AuditManagement audit;

    @TempDir
    Path dir;

    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed, true);
    private final StringWriter errors = new StringWriter();
    private final PrintWriter err = new PrintWriter(errors, true);

    private static String code() {
        return "CLI-R-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    private static String row(String code, String jurisdiction, String likelihood) {
        return code + ",Grain depot fire " + code + ",粮库火灾,FOOD," + jurisdiction + ",," + likelihood + ",2,cli-test\n";
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path importedTwo(String first, String second) throws IOException {
        Path csv = file("risks.csv", HEADER + row(first, Demo.COUNTY, "3") + row(second, Demo.SIBLING_CITY, "1"));
        assertThat(cli.importRisks(csv, null, false, out, err)).as(errors.toString()).isEqualTo(0);
        printed.getBuffer().setLength(0);
        return csv;
    }

    @Test
    void oneBadRowStopsTheImportAndTheReportNamesItsLineAndColumn() throws IOException {
        String good = code();
        String bad = code();
        Path csv = file("some.csv", HEADER + row(good, Demo.CITY, "3") + row(bad, Demo.CITY, "three"));

        assertThat(cli.importRisks(csv, null, false, out, err)).isEqualTo(1);
        assertThat(printed.toString()).contains("line 3: likelihood: 'three' is not a whole number\n")
                .contains("nothing was imported (use --skip-bad");
        assertThat(errors.toString()).isEmpty();
        assertThat(risks.find(Actor.system(), good)).as("all or nothing").isEmpty();
    }

    @Test
    void withSkipBadTheGoodRowsAreWrittenAsTheOperator() throws IOException {
        String good = code();
        String bad = code();
        Path csv = file("some.csv", HEADER + row(good, Demo.CITY, "3") + row(bad, Demo.CITY, "three"));

        assertThat(cli.importRisks(csv, "CSV", true, out, err)).isEqualTo(0);
        assertThat(printed.toString()).contains("line 3: likelihood: 'three' is not a whole number\n")
                .contains("Read 2, created 1, changed 0, problems 1.");
        Risk imported = risks.find(Actor.system(), good).orElseThrow();
        assertThat(imported.likelihood()).isEqualTo(3);
        assertThat(risks.find(Actor.system(), bad)).isEmpty();
        List<AuditEntry> entries = audit.search(Actor.system(), new AuditFilter(null, "risk", good, null, null, null),
                new PageQuery(0, 10)).items();
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(CliOperations.operator().username());
        assertThat(entries).extracting(AuditEntry::action).contains("create");

        Path again = file("again.csv", HEADER + row(good, Demo.CITY, "4"));
        assertThat(cli.importRisks(again, null, false, out, err)).isEqualTo(0);
        assertThat(printed.toString()).contains("Read 1, created 0, changed 1, problems 0.");
        assertThat(risks.find(Actor.system(), good).orElseThrow().likelihood()).isEqualTo(4);
    }

    @Test
    void aFileWithOnlyBadRowsImportsNothingEvenWithSkipBad() throws IOException {
        Path csv = file("bad.csv", HEADER + row(code(), "NOPE-" + code(), "3"));
        assertThat(cli.importRisks(csv, null, true, out, err)).isEqualTo(1);
        assertThat(printed.toString()).contains("line 2: jurisdiction:").contains("created 0, changed 0, problems 1: nothing");
    }

    @Test
    void aMissingFileOrAnUnknownFormatIsOneLineOnStandardError() throws IOException {
        assertThat(cli.importRisks(dir.resolve("missing.csv"), null, false, out, err)).isEqualTo(2);
        Path text = file("risks.txt", HEADER);
        assertThat(cli.importRisks(text, null, false, out, err)).isEqualTo(2);
        assertThat(cli.importRisks(text, "pdf", false, out, err)).isEqualTo(2);
        assertThat(errors.toString().lines().toList()).hasSize(3).allMatch(l -> l.startsWith("error: "));
        assertThat(errors.toString()).contains("missing.csv is not a readable file").contains("--format csv or xlsx");
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void exportWritesCsvToStandardOutputWithTheColumnsOfTheApi() throws IOException {
        String county = code();
        String sibling = code();
        importedTwo(county, sibling);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.exportRisks(null, Demo.CITY, null, null, out, err)).as(errors.toString()).isEqualTo(0);
        } finally {
            System.setOut(original);
        }
        String csv = captured.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("code,title_en,title_zh,description_en,description_zh,domain,jurisdiction,owner_unit,")
                .contains("\r\n" + county + ",Grain depot fire " + county + ",粮库火灾,").doesNotContain(sibling);
        assertThat(printed.toString()).as("nothing but the CSV on standard output").isEmpty();
    }

    @Test
    void anExportedFormulaTitleIsNeutralisedInCsvAndAPlainStringCellInXlsx() throws IOException {
        String code = code();
        Path csvIn = file("formula.csv", HEADER + code + ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",公式,FOOD,"
                + Demo.CITY + ",,3,2,cli-test\n");
        assertThat(cli.importRisks(csvIn, null, false, out, err)).as(printed.toString()).isEqualTo(0);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(cli.exportRisks(null, Demo.CITY, null, null, out, err)).as(errors.toString()).isEqualTo(0);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("\r\n" + code + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",公式,");
        Path target = dir.resolve("formula.xlsx");
        assertThat(cli.exportRisks(null, Demo.CITY, null, target, out, err)).as(errors.toString()).isEqualTo(0);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(target))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void anExportToAStandardOutputThatFailsIsAnErrorWithExitCode2() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        PrintStream original = System.out;
        System.setOut(new PrintStream(broken, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cli.exportRisks(null, Demo.CITY, null, null, out, err);
        } finally {
            System.setOut(original);
        }
        assertThat(code).isEqualTo(2);
        assertThat(errors.toString().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("error: cannot write "
                + "standard output"));
    }

    @Test
    void anExportIntoADirectoryThatDoesNotExistIsOneErrorLineAndWritesNothing() {
        Path target = dir.resolve("missing").resolve("register.csv");
        assertThat(cli.exportRisks(null, Demo.CITY, null, target, out, err)).isEqualTo(2);
        assertThat(errors.toString()).isEqualTo("error: cannot write " + target + ": the directory " + target.getParent()
                + " does not exist.\n");
        assertThat(Files.exists(target.getParent())).isFalse();
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void exportWritesXlsxToTheFileOfItsName() throws IOException {
        String county = code();
        String sibling = code();
        importedTwo(county, sibling);
        Path target = dir.resolve("register.xlsx");
        assertThat(cli.exportRisks(null, Demo.COUNTY, "ALL", target, out, err)).as(errors.toString()).isEqualTo(0);
        assertThat(printed.toString()).contains("Wrote " + target + ".");
        List<String> header = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                codes.add(row.getCell(0).getStringCellValue());
                if (row.getCell(0).getStringCellValue().equals(county)) {
                    assertThat(row.getCell(header.indexOf("jurisdiction")).getStringCellValue()).isEqualTo(Demo.COUNTY);
                    assertThat(row.getCell(header.indexOf("level")).getStringCellValue()).isNotBlank();
                }
            }
        }
        assertThat(header).startsWith("code", "title_en", "title_zh").contains("score", "level", "status")
                .doesNotContain("reason");
        assertThat(codes).contains(county).doesNotContain(sibling);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(dir.resolve("risks.csv"), target);
        }
    }

    @Test
    void anUnknownJurisdictionOrFormatIsRefusedBeforeAnythingIsWritten() {
        Path target = dir.resolve("none.csv");
        assertThat(cli.exportRisks(null, "NOPE-" + code(), null, target, out, err)).isEqualTo(1);
        assertThat(errors.toString()).startsWith("error: jurisdiction: unknown jurisdiction 'NOPE-");
        assertThat(Files.exists(target)).isFalse();
        assertThat(cli.exportRisks("pdf", null, null, target, out, err)).isEqualTo(2);
        assertThat(cli.exportRisks("xlsx", null, null, null, out, err)).isEqualTo(2);
        assertThat(errors.toString().lines().toList()).hasSize(3).allMatch(l -> l.startsWith("error: "));
        assertThat(errors.toString()).contains("--format must be csv or xlsx").contains("give --out FILE");
        assertThat(Files.exists(target)).isFalse();
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void theCommandLineParsesTheRiskImportAndExportOptions() {
        picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(new RampartCommand())
                .parseArgs("import", "risks", "register.xlsx", "--skip-bad", "--format", "xlsx");
        RampartCommand.ImportCmd.Risks importing = (RampartCommand.ImportCmd.Risks) parsed.subcommand().subcommand()
                .commandSpec().userObject();
        assertThat(importing.file).isEqualTo(Path.of("register.xlsx"));
        assertThat(importing.skipBad).isTrue();
        assertThat(importing.format).isEqualTo("xlsx");
        picocli.CommandLine.ParseResult export = new picocli.CommandLine(new RampartCommand())
                .parseArgs("export", "risks", "--jurisdiction", Demo.CITY, "--out", "city.xlsx");
        RampartCommand.ExportCmd.Risks exporting = (RampartCommand.ExportCmd.Risks) export.subcommand().subcommand()
                .commandSpec().userObject();
        assertThat(exporting.jurisdiction).isEqualTo(Demo.CITY);
        assertThat(exporting.outFile).isEqualTo(Path.of("city.xlsx"));
        assertThat(exporting.format).isNull();
        assertThat(exporting.status).isNull();
    }
}
