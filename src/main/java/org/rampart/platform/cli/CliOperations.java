package org.rampart.platform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rampart.audit.AuditManagement;
import org.rampart.audit.AuditVerification;
import org.rampart.demo.DemoManagement;
import org.rampart.identity.NewApiToken;
import org.rampart.identity.User;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.ImportReport;
import org.rampart.jurisdiction.Jurisdiction;
import org.rampart.jurisdiction.JurisdictionFormat;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.ProblemTexts;
import org.rampart.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the command-line tools do, against the configured database, as the operator. */
@Component
class CliOperations {

    private final long maxUploadBytes;
    private final UserManagement users;
    private final JurisdictionManagement jurisdictions;
    private final AuditManagement audit;
    private final DemoManagement demo;
    private final ProblemTexts texts;

    CliOperations(UserManagement users, JurisdictionManagement jurisdictions, AuditManagement audit, DemoManagement demo,
            ProblemTexts texts, @Value("${rampart.upload.max-bytes:20971520}") long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.texts = texts;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.demo = demo;
    }

    /** The language of printed problems: the machine's default, English unless it is Chinese. */
    static Locale locale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static Actor operator() {
        return Actor.cli(System.getProperty("user.name", "operator"));
    }

    int createAdmin(String username, String jurisdiction, String password, PrintWriter out) {
        String home = jurisdiction;
        if (home == null) {
            List<Jurisdiction> roots = jurisdictions.roots(Actor.system());
            if (roots.isEmpty()) {
                out.println("There are no jurisdictions yet: import some (rampart import jurisdictions FILE) or run 'rampart demo load' first.");
                return 1;
            }
            home = roots.get(0).code();
        }
        if (password == null) {
            out.println("Give the password on standard input with --password-stdin.");
            return 2;
        }
        return createUser(username, null, List.of("administrator"), home, null, password, out);
    }

    int createUser(String username, String displayName, List<String> roleNames, String jurisdiction, String unit,
            String password, PrintWriter out) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames) {
            Role role = Role.parse(name);
            if (role == null) {
                out.println("Unknown role '" + name + "': use administrator, coordinator, analyst, officer, reporter, inspector or viewer.");
                return 2;
            }
            roles.add(role);
        }
        Actor operator = operator();
        try {
            User user = CurrentActor.runAs(operator, () -> users.create(operator,
                    new UserDraft(username, displayName, roles, jurisdiction, unit, password, "en")));
            out.println("Created user " + user.username() + " with roles " + user.roles() + ", scope " + user.jurisdictionCode()
                    + (user.unitCode() == null ? "" : ", unit " + user.unitCode()) + ".");
            return 0;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println("error: " + texts.line(p, locale())));
            return 1;
        }
    }

    int createToken(String username, String name, int days, boolean readOnly, PrintWriter out) {
        Actor operator = operator();
        try {
            NewApiToken token = CurrentActor.runAs(operator, () -> users.createToken(operator, username, name, days, readOnly));
            out.println("Created token '" + token.token().name() + "' for " + username + ", valid until "
                    + token.token().expiresAt() + (readOnly ? " (read-only)" : "") + ". It is shown only once:");
            out.println(token.secret());
            return 0;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println("error: " + texts.line(p, locale())));
            return 1;
        } catch (org.rampart.shared.NotFoundException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
    }

    int loadDemo(PrintWriter out) {
        if (demo.isLoaded()) {
            out.println("The demo data is already loaded.");
            return 0;
        }
        var summary = demo.load();
        out.println(summary.describe());
        demo.logins().forEach(out::println);
        return 0;
    }

    int verifyAudit(PrintWriter out) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            out.println("Audit log intact: " + result.checked() + " entries checked.");
            return 0;
        }
        out.println("Audit log BROKEN at entry " + result.firstBrokenId() + ": " + result.problem() + " ("
                + result.checked() + " entries checked).");
        return 3;
    }

    int importJurisdictions(Path file, String formatName, boolean skipBad, PrintWriter out) {
        Optional<JurisdictionFormat> format = formatName == null ? JurisdictionFormat.ofFileName(file.toString())
                : JurisdictionFormat.named(formatName);
        if (format.isEmpty()) {
            out.println("error: give --format csv or geojson (or a file name ending in .csv, .geojson or .json).");
            return 2;
        }
        int unreadable = CliFiles.checkReadable(file, maxUploadBytes, out);
        if (unreadable != 0) {
            return unreadable;
        }
        Actor operator = operator();
        try {
            ImportReport report;
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                report = CurrentActor.runAs(operator, () -> jurisdictions.importFile(operator, in, format.get(), skipBad,
                        String.valueOf(file.getFileName())));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            report.problems().forEach(p -> out.println(texts.line(p, locale())));
            out.println("Read " + report.read() + ", imported " + report.imported() + ", problems " + report.problems().size()
                    + (report.refused() ? ": nothing was imported" + (skipBad ? "." : " (use --skip-bad to import the good rows).")
                    : ".") + " Took " + millis + " ms.");
            return report.refused() ? 1 : 0;
        } catch (IOException e) {
            out.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (BadInputException e) {
            e.problems().forEach(p -> out.println("error: " + texts.line(p, locale())));
            return 1;
        }
    }

    int exportJurisdictions(String formatName, String root, Path outFile, PrintWriter out) {
        Optional<JurisdictionFormat> format = formatName != null ? JurisdictionFormat.named(formatName)
                : Optional.of(outFile == null ? JurisdictionFormat.CSV
                        : JurisdictionFormat.ofFileName(outFile.toString()).orElse(JurisdictionFormat.CSV));
        if (format.isEmpty()) {
            out.println("error: --format must be csv or geojson.");
            return 2;
        }
        Actor operator = operator();
        try {
            if (root != null) {
                jurisdictions.get(operator, root);
            }
        } catch (NotFoundException e) {
            out.println("error: unknown jurisdiction '" + root + "'.");
            return 1;
        }
        int written = CliFiles.export(outFile, stream -> {
            if (format.get() == JurisdictionFormat.CSV) {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                jurisdictions.exportCsv(operator, root, writer);
                writer.flush();
            } else {
                jurisdictions.exportGeoJson(operator, root, stream);
            }
        }, out);
        if (written == 0 && outFile != null) {
            out.println("Wrote " + outFile + ".");
        }
        return written;
    }
}
