package org.rampart.platform.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.springframework.context.ApplicationContext;

/** Lets tests in other packages run a command-line operation and read its exit code and output. */
public final class CliAccess {

    private CliAccess() {
    }

    /** The outcome of one command: its exit code and what it printed. */
    public record Outcome(int exitCode, String output) {
    }

    public static Outcome verifyAudit(ApplicationContext context) {
        StringWriter out = new StringWriter();
        int code = context.getBean(CliOperations.class).verifyAudit(new PrintWriter(out, true));
        return new Outcome(code, out.toString());
    }
}
