package org.rampart.platform.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the import and export commands share: checking a file before it is read, and standard output as a target. */
final class CliFiles {

    private CliFiles() {
    }

    /**
     * Check that a file to import exists and is within the upload limit; print why not and return the exit code (2
     * for an unreadable file, 1 for one too large), or 0 when it may be read.
     */
    static int checkReadable(Path file, long maxBytes, PrintWriter err) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("error: " + file + " is not a readable file.");
            return 2;
        }
        try {
            if (Files.size(file) > maxBytes) {
                err.println("error: " + file + " is larger than the limit of " + maxBytes / (1024 * 1024)
                        + " MB (rampart.upload.max-bytes).");
                return 1;
            }
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** Standard output for an export: written in blocks, and left open when the export is done. */
    static final class StandardOutput extends OutputStream {
        @Override
        public void write(int b) {
            RampartCommand.standardOutput().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            RampartCommand.standardOutput().write(b, off, len);
        }

        @Override
        public void flush() {
            RampartCommand.standardOutput().flush();
        }
    }
}
