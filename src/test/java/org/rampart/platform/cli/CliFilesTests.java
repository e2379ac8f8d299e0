package org.rampart.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export to a file is written whole or not at all. */
class CliFilesTests {

    @TempDir
    Path dir;

    private final StringWriter errors = new StringWriter();
    private final PrintWriter err = new PrintWriter(errors, true);

    @Test
    void aFailedExportLeavesAnExistingFileUntouchedAndNoTemporaryFileBehind() throws IOException {
        Path target = Files.writeString(dir.resolve("register.csv"), "the previous export\n", StandardCharsets.UTF_8);

        int code = CliFiles.export(target, stream -> {
            stream.write("code,title_en\nR-1,half a row".getBytes(StandardCharsets.UTF_8));
            stream.flush();
            throw new IOException("No space left on device");
        }, err);

        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("the previous export\n");
        assertThat(errors.toString()).isEqualTo("error: cannot write " + target + ": No space left on device\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedExportToANewFileLeavesNoFileAndAnUncheckedFailureIsOneLineToo() throws IOException {
        Path target = dir.resolve("new.csv");
        int code = CliFiles.export(target, stream -> {
            stream.write(new byte[100_000]);
            throw new IllegalStateException("the database went away\n\tat somewhere");
        }, err);
        assertThat(code).isEqualTo(2);
        assertThat(errors.toString()).isEqualTo("error: cannot write " + target + ": the database went away\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSucceededExportReplacesAnExistingFileWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("register.csv"), "a much longer previous export\n",
                StandardCharsets.UTF_8);
        int code = CliFiles.export(target, stream -> stream.write("new\n".getBytes(StandardCharsets.UTF_8)), err);
        assertThat(code).as(errors.toString()).isEqualTo(0);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(errors.toString()).isEmpty();
    }

    @Test
    void aDirectoryThatDoesNotExistOrATargetThatIsADirectoryIsOneLineAndWritesNothing() throws IOException {
        Path missing = dir.resolve("missing").resolve("register.csv");
        assertThat(CliFiles.export(missing, stream -> stream.write(1), err)).isEqualTo(2);
        assertThat(Files.exists(missing.getParent())).isFalse();
        assertThat(CliFiles.export(dir, stream -> stream.write(1), err)).isEqualTo(2);
        assertThat(errors.toString().lines().toList()).containsExactly(
                "error: cannot write " + missing + ": the directory " + missing.getParent() + " does not exist.",
                "error: cannot write " + dir + ": it is a directory.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
