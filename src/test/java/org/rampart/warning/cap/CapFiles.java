package org.rampart.warning.cap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared CAP test files: ../shared/cap next to the project, else /work/shared/cap. */
final class CapFiles {

    static final Path DIR = Files.isDirectory(Path.of("..", "shared", "cap")) ? Path.of("..", "shared", "cap")
            : Path.of("/work/shared/cap");

    private CapFiles() {
    }

    static List<Path> valid() {
        return list("valid");
    }

    static Path invalid(String name) {
        return DIR.resolve("invalid").resolve(name);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(String sub) {
        try (Stream<Path> files = Files.list(DIR.resolve(sub))) {
            List<Path> found = files.sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no CAP files under " + DIR.resolve(sub));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
