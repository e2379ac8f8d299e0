package org.rampart.platform.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.rampart.platform.db.DatabaseStartException;
import org.rampart.platform.db.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of the Rampart jar: {@code serve} (the default) and the operator's tools. */
@Command(name = "rampart", mixinStandardHelpOptions = true, version = "Rampart 0.1",
        description = "Risk, early-warning and supervision platform. Without a command, runs the server.",
        subcommands = {RampartCommand.Serve.class, RampartCommand.Admin.class, RampartCommand.UserCmd.class,
            RampartCommand.TokenCmd.class, RampartCommand.Demo.class, RampartCommand.AuditCmd.class,
            RampartCommand.ImportCmd.class, RampartCommand.ExportCmd.class})
public class RampartCommand implements Callable<Integer> {

    private static volatile boolean serving;

    /** True once {@code serve} has started the server: the process then lives until it is stopped. */
    public static boolean serving() {
        return serving;
    }

    private static Class<?> application;

    /** Run the command line for the given Spring Boot application class and return the process exit code. */
    public static int execute(Class<?> applicationClass, String[] args) {
        application = applicationClass;
        CommandLine cli = new CommandLine(new RampartCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable root = e;
            while (root.getCause() != null && !(root instanceof DatabaseStartException)) {
                root = root.getCause();
            }
            cmd.getErr().println("rampart: " + (root.getMessage() == null ? root.toString() : root.getMessage()));
            return 1;
        });
        if (args.length == 0) {
            return cli.execute("serve");
        }
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        return new Serve().call();
    }

    /** Start the web server and keep running. */
    @Command(name = "serve", description = "Run the Rampart server (port 8080, or SERVER_PORT). "
            + "Spring Boot options such as --server.port=9090 are passed on.")
    static class Serve implements Callable<Integer> {
        @CommandLine.Unmatched
        List<String> springArgs = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            System.setProperty("rampart.launched-by-main", "true");
            SpringApplication app = new SpringApplication(application);
            SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::shutdown);
            app.run(springArgs.toArray(String[]::new));
            serving = true;
            return 0;
        }
    }

    /** Start Rampart without the web server, run work against its beans, and stop again. */
    static int withContext(Function<ConfigurableApplicationContext, Integer> work) {
        // Log lines (and anything else printed on System.out) go to standard error, so that standard output holds only
        // what the command writes: an export to standard output stays a clean file.
        PrintStream stdout = System.out;
        standardOutput = stdout;
        System.setOut(System.err);
        System.setProperty("rampart.launched-by-main", "true");
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(java.util.Map.of("rampart.cli", "true", "logging.level.root", "WARN",
                "spring.main.log-startup-info", "false", "rampart.scheduling.enabled", "false"));
        app.setRegisterShutdownHook(false);
        try (ConfigurableApplicationContext context = app.run()) {
            return work.apply(context);
        } finally {
            EmbeddedDatabase.shutdown();
            System.setOut(stdout);
            standardOutput = null;
        }
    }

    private static volatile PrintStream standardOutput;

    /** The process's standard output: while a command runs, System.out is standard error (see withContext). */
    static PrintStream standardOutput() {
        PrintStream s = standardOutput;
        return s == null ? System.out : s;
    }

    static String readPasswordFromStdin() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(new RampartCommand()),
                        "--password-stdin: no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException("could not read standard input", e);
        }
    }

    @Command(name = "admin", description = "Administrator accounts.", subcommands = Admin.Create.class)
    static class Admin {
        @Command(name = "create", description = "Create an administrator whose scope is the whole tree (or --jurisdiction).")
        static class Create implements Callable<Integer> {
            @Option(names = "--username", required = true)
            String username;
            @Option(names = "--jurisdiction", description = "home jurisdiction code (default: the first root)")
            String jurisdiction;
            @Option(names = "--password-stdin", description = "read the password from standard input")
            boolean passwordStdin;

            @Override
            public Integer call() {
                String password = passwordStdin ? readPasswordFromStdin() : null;
                return withContext(ctx -> ctx.getBean(CliOperations.class).createAdmin(username, jurisdiction, password, out()));
            }
        }
    }

    @Command(name = "user", description = "User accounts.", subcommands = UserCmd.Create.class)
    static class UserCmd {
        @Command(name = "create", description = "Create a user with roles, a home jurisdiction (their scope) and a unit.")
        static class Create implements Callable<Integer> {
            @Option(names = "--username", required = true)
            String username;
            @Option(names = "--role", required = true, split = ",", description = "administrator, coordinator, analyst, officer, reporter, inspector or viewer; repeat or separate with commas")
            List<String> roles;
            @Option(names = "--jurisdiction", required = true, description = "home jurisdiction code")
            String jurisdiction;
            @Option(names = "--unit", description = "unit code")
            String unit;
            @Option(names = "--name", description = "display name")
            String displayName;
            @Option(names = "--password-stdin", required = true, description = "read the password from standard input")
            boolean passwordStdin;

            @Override
            public Integer call() {
                String password = readPasswordFromStdin();
                return withContext(ctx -> ctx.getBean(CliOperations.class)
                        .createUser(username, displayName, roles, jurisdiction, unit, password, out()));
            }
        }
    }

    @Command(name = "token", description = "API tokens.", subcommands = TokenCmd.Create.class)
    static class TokenCmd {
        @Command(name = "create", description = "Create an API token; the token is printed as the last line, once.")
        static class Create implements Callable<Integer> {
            @Option(names = "--username", required = true)
            String username;
            @Option(names = "--name", required = true)
            String name;
            @Option(names = "--days", defaultValue = "90")
            int days;
            @Option(names = "--read-only")
            boolean readOnly;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(CliOperations.class).createToken(username, name, days, readOnly, out()));
            }
        }
    }

    @Command(name = "demo", description = "Demo data.", subcommands = Demo.Load.class)
    static class Demo {
        @Command(name = "load", description = "Load Demo Province (about 28,000 jurisdictions, units and demo users).")
        static class Load implements Callable<Integer> {
            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(CliOperations.class).loadDemo(out()));
            }
        }
    }

    @Command(name = "audit", description = "The audit log.", subcommands = AuditCmd.Verify.class)
    static class AuditCmd {
        @Command(name = "verify", description = "Check the audit log's hash chain; exit code 3 when it is broken.")
        static class Verify implements Callable<Integer> {
            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(CliOperations.class).verifyAudit(out()));
            }
        }
    }

    @Command(name = "import", description = "Import data from files.", subcommands = {ImportCmd.Jurisdictions.class, ImportCmd.Risks.class, ImportCmd.Tasks.class})
    static class ImportCmd {
        @Command(name = "jurisdictions", description = "Import jurisdictions from a CSV or GeoJSON file; exit code 1 "
                + "when nothing was imported. Unless --skip-bad, one bad row stops the whole import.")
        static class Jurisdictions implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "FILE", description = "a .csv, .geojson or .json file")
            Path file;
            @Option(names = "--skip-bad", description = "import the good rows and report the bad ones")
            boolean skipBad;
            @Option(names = "--format", description = "csv or geojson (default: from the file name)")
            String format;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(CliOperations.class).importJurisdictions(file, format, skipBad, out()));
            }
        }

        @Command(name = "risks", description = "Import risks from a CSV or XLSX file, as the import page does: a code of an "
                + "existing risk changes it, any other row creates one. Unless --skip-bad, one bad row stops the whole "
                + "import; exit code 1 when nothing was imported.")
        static class Risks implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "FILE", description = "a .csv or .xlsx file")
            Path file;
            @Option(names = "--skip-bad", description = "import the good rows and report the bad ones")
            boolean skipBad;
            @Option(names = "--format", description = "csv or xlsx (default: from the file name)")
            String format;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(RiskRegisterCli.class).importRisks(file, format, skipBad, out(), err()));
            }
        }

        @Command(name = "tasks", description = "Import supervision tasks from a CSV or XLSX file, as the import page does "
                + "(columns: rampart's task import template). Unless --skip-bad, one bad row stops the whole import; "
                + "exit code 1 when nothing was imported.")
        static class Tasks implements Callable<Integer> {
            @Parameters(index = "0", paramLabel = "FILE", description = "a .csv or .xlsx file")
            Path file;
            @Option(names = "--jurisdiction", description = "code of the assigning jurisdiction of rows without one")
            String jurisdiction;
            @Option(names = "--skip-bad", description = "import the good rows and report the bad ones")
            boolean skipBad;
            @Option(names = "--dry-run", description = "check the file and report, writing nothing")
            boolean dryRun;
            @Option(names = "--format", description = "csv or xlsx (default: from the file name)")
            String format;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(TaskFilesCli.class)
                        .importTasks(file, format, jurisdiction, skipBad, dryRun, out(), err()));
            }
        }
    }

    @Command(name = "export", description = "Export data to files.", subcommands = {ExportCmd.Jurisdictions.class, ExportCmd.Risks.class, ExportCmd.Tasks.class})
    static class ExportCmd {
        @Command(name = "jurisdictions", description = "Export jurisdictions as CSV (without boundaries) or GeoJSON.")
        static class Jurisdictions implements Callable<Integer> {
            @Option(names = "--format", description = "csv or geojson (default: from --out, else csv)")
            String format;
            @Option(names = "--root", description = "code of the topmost jurisdiction to export (default: the whole tree)")
            String root;
            @Option(names = "--out", description = "the file to write (default: standard output)")
            Path outFile;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(CliOperations.class).exportJurisdictions(format, root, outFile, out()));
            }
        }

        @Command(name = "risks", description = "Export the risk register as CSV or XLSX, in the columns of the API export.")
        static class Risks implements Callable<Integer> {
            @Option(names = "--format", description = "csv or xlsx (default: from --out, else csv; xlsx needs --out)")
            String format;
            @Option(names = "--jurisdiction", description = "code of a jurisdiction: only the risks of its subtree")
            String jurisdiction;
            @Option(names = "--status", description = "one status, or ALL for closed risks too (default: the open risks)")
            String status;
            @Option(names = "--out", description = "the file to write (default: standard output)")
            Path outFile;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(RiskRegisterCli.class)
                        .exportRisks(format, jurisdiction, status, outFile, out(), err()));
            }
        }

        @Command(name = "tasks", description = "Export supervision tasks as CSV or XLSX, in the columns of the import "
                + "followed by what the tasks became.")
        static class Tasks implements Callable<Integer> {
            @Option(names = "--format", description = "csv or xlsx (default: from --out, else csv; xlsx needs --out)")
            String format;
            @Option(names = "--jurisdiction", description = "code of a jurisdiction: tasks whose lead unit lies in its subtree")
            String jurisdiction;
            @Option(names = "--unit", description = "code of a unit: tasks it leads or assists")
            String unit;
            @Option(names = "--status", split = ",", description = "statuses, separated by commas (default: all)")
            List<String> statuses;
            @Option(names = "--overdue", description = "only open tasks past their deadline")
            Boolean overdue;
            @Option(names = "--out", description = "the file to write (default: standard output)")
            Path outFile;

            @Override
            public Integer call() {
                return withContext(ctx -> ctx.getBean(TaskFilesCli.class)
                        .exportTasks(format, jurisdiction, unit, statuses, overdue, outFile, out(), err()));
            }
        }
    }

    static PrintWriter out() {
        return new PrintWriter(new java.io.OutputStreamWriter(standardOutput(), StandardCharsets.UTF_8), true);
    }

    static PrintWriter err() {
        return new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }
}
