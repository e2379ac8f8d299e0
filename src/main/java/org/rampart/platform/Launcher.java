package org.rampart.platform;

import org.rampart.platform.cli.RampartCommand;

/** Start Rampart from {@code main}: the server or a command-line tool. */
public final class Launcher {

    private Launcher() {
    }

    /** Run the command line and return the exit code; see {@link #serving()} before exiting. */
    public static int run(Class<?> applicationClass, String[] args) {
        return RampartCommand.execute(applicationClass, args);
    }

    /** True once the server runs: then the process must not exit. */
    public static boolean serving() {
        return RampartCommand.serving();
    }
}
