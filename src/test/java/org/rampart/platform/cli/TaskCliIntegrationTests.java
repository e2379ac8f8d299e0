package org.rampart.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TaskCliIntegrationTests {

    @Autowired
    TaskFilesCli cli;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed, true);
    private final StringWriter errors = new StringWriter();
    private final PrintWriter err = new PrintWriter(errors, true);

    private long count(String prefix) {
        return jdbc.sql("select count(*) from supervision_task where title_en like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void importChecksWithDryRunThenImportsAndExportWritesTheFile() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            String t = Sessions.uniqueCode("Cli");
            String due = LocalDate.now().plusDays(10).toString();
            Path file = dir.resolve("tasks.csv");
            Files.writeString(file, "title_en,jurisdiction,lead_unit,deadline\n" + t + " one,DP-01,DP-01-EM," + due + "\n"
                    + t + " two,DP-01,DP-01-WR," + due + "\n", StandardCharsets.UTF_8);
            assertThat(cli.importTasks(file, null, null, false, true, out, err)).isZero();
            assertThat(printed.toString()).contains("importing would assign 2 tasks").contains("Nothing was written");
            assertThat(count(t)).isZero();
            assertThat(cli.importTasks(file, null, null, false, false, out, err)).isZero();
            assertThat(count(t)).isEqualTo(2);

            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "title_en,lead_unit,deadline\n" + t + " three,DP-01-EM," + due + "\n", StandardCharsets.UTF_8);
            // The operator has no jurisdiction of their own: a row without one is refused, naming its line.
            assertThat(cli.importTasks(bad, null, null, false, false, out, err)).isEqualTo(1);
            assertThat(printed.toString()).contains("line 2").contains("name the assigning jurisdiction");
            assertThat(cli.importTasks(bad, null, "DP-01", false, false, out, err)).isZero();
            assertThat(count(t)).isEqualTo(3);

            Path export = dir.resolve("tasks.xlsx");
            assertThat(cli.exportTasks(null, "DP-01", null, List.of("ASSIGNED"), null, export, out, err)).isZero();
            assertThat(Files.size(export)).isGreaterThan(0);
            assertThat(cli.exportTasks("pdf", null, null, null, null, null, out, err)).isEqualTo(2);
            assertThat(cli.exportTasks(null, null, null, List.of("LOST"), null, null, out, err)).isEqualTo(1);
            assertThat(errors.toString()).contains("--format must be csv or xlsx").contains("LOST");
        } finally {
            Locale.setDefault(before);
        }
    }
}
