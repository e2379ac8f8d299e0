package org.rampart.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class JurisdictionCliIntegrationTests {

    private static final String HEADER = "code,parent_code,level,name_en,name_zh,population\n";

    @Autowired
    CliOperations cli;

    @TempDir
    Path dir;

    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed, true);

    private static String unique() {
        return "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void importPrintsEachProblemOnItsLineAndExitsWith1WhenNothingWasImported() throws IOException {
        String p = unique();
        Path csv = file("bad.csv", HEADER + p + "-A,DP-01,,A,甲,\n" + p + "-B,DP-01,,B,乙,many\n");
        assertThat(cli.importJurisdictions(csv, null, false, out)).isEqualTo(1);
        assertThat(printed.toString()).contains("line 3: Population: 'many' is not a whole number\n")
                .contains("imported 0");
    }

    @Test
    void importWithSkipBadImportsTheGoodRowsAndExitsWith0() throws IOException {
        String p = unique();
        Path csv = file("some.csv", HEADER + p + "-A,DP-01,,A,甲,\n" + p + "-B,DP-01,,B,乙,many\n");
        assertThat(cli.importJurisdictions(csv, null, true, out)).isEqualTo(0);
        assertThat(printed.toString()).contains("Read 2, imported 1, problems 1").contains("line 3: Population:");
    }

    @Test
    void importReadsGeoJsonWhenToldSoAndRefusesUnknownExtensions() throws IOException {
        String p = unique();
        Path geo = file("areas.txt", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"" + p + "\",\"parent_code\":\"DP-01\",\"name_en\":\"G\",\"name_zh\":\"几\"},\"geometry\":null}]}");
        assertThat(cli.importJurisdictions(geo, null, false, out)).isEqualTo(2);
        assertThat(cli.importJurisdictions(geo, "geojson", false, out)).isEqualTo(0);
        assertThat(printed.toString()).contains("Read 1, imported 1, problems 0.");
    }

    @Test
    void aFormulaLikeNameIsExportedNeutralised() throws IOException {
        String p = unique();
        Path csv = file("formula.csv", HEADER + p + ",DP-01,,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@甲,\n");
        assertThat(cli.importJurisdictions(csv, null, false, out)).isEqualTo(0);
        Path target = dir.resolve("formula-out.csv");
        assertThat(cli.exportJurisdictions(null, p, target, out)).isEqualTo(0);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(
                "code,parent_code,level,name_en,name_zh,population\r\n"
                + p + ",DP-01,3,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@甲,\r\n");
    }

    @Test
    void exportWritesTheSubtreeToAFileInTheFormatOfItsName() throws IOException {
        Path target = dir.resolve("county.geojson");
        assertThat(cli.exportJurisdictions(null, Demo.COUNTY, target, out)).isEqualTo(0);
        String written = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\"type\":\"FeatureCollection\"").contains("\"code\":\"" + Demo.COUNTY + "-01\"")
                .doesNotContain("\"DP-02");
        assertThat(cli.exportJurisdictions("csv", "NOPE-" + unique(), dir.resolve("none.csv"), out)).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("none.csv"))).isFalse();
    }

    @Test
    void anExportIntoADirectoryThatDoesNotExistIsOneErrorLineAndLeavesAnExistingFileAlone() throws IOException {
        Path missing = dir.resolve("missing").resolve("county.csv");
        assertThat(cli.exportJurisdictions(null, Demo.COUNTY, missing, out)).isEqualTo(2);
        assertThat(printed.toString()).isEqualTo("error: cannot write " + missing + ": the directory "
                + missing.getParent() + " does not exist.\n");
        assertThat(Files.exists(missing.getParent())).isFalse();

        Path existing = file("county.csv", "kept\n");
        assertThat(cli.exportJurisdictions(null, "NOPE-" + unique(), existing, out)).isEqualTo(1);
        assertThat(Files.readString(existing, StandardCharsets.UTF_8)).isEqualTo("kept\n");
        assertThat(cli.exportJurisdictions(null, Demo.COUNTY, existing, out)).isEqualTo(0);
        assertThat(Files.readString(existing, StandardCharsets.UTF_8)).startsWith(HEADER.substring(0, 10))
                .contains(Demo.COUNTY + "-01");
    }

    @Test
    void theCommandLineParsesTheImportAndExportOptions() {
        picocli.CommandLine.ParseResult parsed = new picocli.CommandLine(new RampartCommand())
                .parseArgs("import", "jurisdictions", "towns.csv", "--skip-bad", "--format", "csv");
        RampartCommand.ImportCmd.Jurisdictions command = (RampartCommand.ImportCmd.Jurisdictions) parsed.subcommand()
                .subcommand().commandSpec().userObject();
        assertThat(command.file).isEqualTo(Path.of("towns.csv"));
        assertThat(command.skipBad).isTrue();
        assertThat(command.format).isEqualTo("csv");
        picocli.CommandLine.ParseResult export = new picocli.CommandLine(new RampartCommand())
                .parseArgs("export", "jurisdictions", "--root", Demo.COUNTY, "--out", "county.geojson");
        RampartCommand.ExportCmd.Jurisdictions exporting = (RampartCommand.ExportCmd.Jurisdictions) export.subcommand()
                .subcommand().commandSpec().userObject();
        assertThat(exporting.root).isEqualTo(Demo.COUNTY);
        assertThat(exporting.outFile).isEqualTo(Path.of("county.geojson"));
        assertThat(exporting.format).isNull();
    }
}
