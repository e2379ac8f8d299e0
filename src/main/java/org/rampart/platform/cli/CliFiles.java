package org.rampart.platform.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * What the import and export commands share: checking a file before it is read, and writing an export to standard
 * output or, whole or not at all, to a file.
 */
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

    /** An export: writes everything it exports to the stream it is given (and neither flushes nor closes it). */
    @FunctionalInterface
    interface Export {
        void writeTo(OutputStream stream) throws IOException;
    }

    /**
     * Write an export to {@code outFile}, or to standard output when that is null; return 0, or print one line on
     * {@code err} and return 2 when it could not be written. A file is written to a temporary file in the same directory
     * and moved into place only when the export succeeded, so a failure leaves neither a partial file nor a changed one.
     * Standard output swallows its errors, so it is checked once the export is flushed.
     */
    static int export(Path outFile, Export export, PrintWriter err) {
        return outFile == null ? toStandardOutput(export, err) : toFile(outFile, export, err);
    }

    private static int toStandardOutput(Export export, PrintWriter err) {
        PrintStream stdout = RampartCommand.standardOutput();
        try {
            OutputStream stream = new BufferedOutputStream(new StandardOutput(), 65536);
            export.writeTo(stream);
            stream.flush();
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write standard output: " + message(e));
            return 2;
        }
        if (stdout.checkError()) {
            err.println("error: cannot write standard output (closed or full?); the export is incomplete.");
            return 2;
        }
        return 0;
    }

    private static int toFile(Path outFile, Export export, PrintWriter err) {
        Path target = outFile.toAbsolutePath();
        if (Files.isDirectory(target)) {
            err.println("error: cannot write " + outFile + ": it is a directory.");
            return 2;
        }
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            err.println("error: cannot write " + outFile + ": the directory " + directory + " does not exist.");
            return 2;
        }
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 65536)) {
                export.writeTo(stream);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write " + outFile + ": " + message(e));
            return 2;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                err.println("error: cannot remove the temporary file " + temporary + ": " + e.getMessage());
            }
        }
    }

    /** What went wrong, in one line. */
    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
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
