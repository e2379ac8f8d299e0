package org.rampart.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rampart.identity.UserDraft;
import org.rampart.identity.UserManagement;
import org.rampart.jurisdiction.ImportReport;
import org.rampart.jurisdiction.ImportRow;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Load Demo Province once per database, and tell the demo logins. */
@Service
public class DemoManagement {

    /** Where the demo users live: the province, its first city and that city's first county. */
    static final String[][] PLACES = {{"province", DemoProvince.ROOT}, {"city", DemoProvince.ROOT + "-01"},
        {"county", DemoProvince.ROOT + "-01-01"}};

    private final JurisdictionManagement jurisdictions;
    private final UserManagement users;
    private final DemoRepository repository;
    private final DemoIndicators indicators;
    private final DemoRisks risks;
    private final DemoIncidents incidents;
    private final DemoWarnings warnings;
    private final DemoTasks tasks;
    private final DemoMeetings meetings;
    private final DemoDirectives directives;
    private final String password;

    DemoManagement(JurisdictionManagement jurisdictions, UserManagement users, DemoRepository repository,
            DemoIndicators indicators, DemoRisks risks, DemoIncidents incidents,
            DemoWarnings warnings, DemoTasks tasks, DemoMeetings meetings, DemoDirectives directives,
            @Value("${rampart.demo.password:rampart-demo}") String password) {
        this.meetings = meetings;
        this.directives = directives;
        this.jurisdictions = jurisdictions;
        this.users = users;
        this.repository = repository;
        this.indicators = indicators;
        this.risks = risks;
        this.incidents = incidents;
        this.warnings = warnings;
        this.tasks = tasks;
        this.password = password;
    }

    public boolean isLoaded() {
        return repository.loadedSummary().isPresent();
    }

    /**
     * Load the demo province, its units, demo users, demo indicators with observations, the demo risk register, demo
     * incidents and demo warnings in one transaction.
     */
    @Transactional
    public DemoSummary load() {
        long started = System.nanoTime();
        Actor system = Actor.system();
        return CurrentActor.runAs(system, () -> {
            if (!repository.markLoaded("loading")) {
                throw new IllegalStateException("The demo data is already loaded.");
            }
            DemoProvince.Result generated = new DemoProvince(20261127L).generate();
            ImportReport report = jurisdictions.importRows(system, generated.rows(), false, "demo");
            if (!report.complete()) {
                throw new IllegalStateException("The demo data did not pass validation: " + report.problems().subList(0,
                        Math.min(5, report.problems().size())));
            }
            int units = jurisdictions.importUnits(system, generated.units());
            int created = 0;
            for (String[] place : PLACES) {
                for (Role role : Role.values()) {
                    users.create(system, new UserDraft(username(role, place[0]), displayName(role, place[0]),
                            EnumSet.of(role), place[1], place[1] + "-" + unitFor(role), password, "en"));
                    created++;
                }
            }
            indicators.load(system, DemoProvince.ROOT, 20261127L);
            int[] register = risks.load(system, DemoProvince.ROOT, 20261127L, java.time.Instant.now());
            long incidentsStarted = System.nanoTime();
            int reported = incidents.load(system, generated.rows(), 20261127L, java.time.Instant.now());
            org.slf4j.LoggerFactory.getLogger(DemoManagement.class).info("demo incidents: {} in {} ms", reported,
                    (System.nanoTime() - incidentsStarted) / 1_000_000);
            long warningsStarted = System.nanoTime();
            int raised = warnings.load(system, DemoProvince.ROOT);
            long warningsMillis = (System.nanoTime() - warningsStarted) / 1_000_000;
            org.slf4j.LoggerFactory.getLogger(DemoManagement.class).info("demo warnings: {} in {} ms", raised,
                    warningsMillis);
            long tasksStarted = System.nanoTime();
            int assigned = tasks.load(system, DemoProvince.ROOT, 20261127L, java.time.Instant.now());
            org.slf4j.LoggerFactory.getLogger(DemoManagement.class).info("demo tasks: {} in {} ms", assigned,
                    (System.nanoTime() - tasksStarted) / 1_000_000);
            int scheduled = meetings.load(system, DemoProvince.ROOT, java.time.Instant.now());
            org.slf4j.LoggerFactory.getLogger(DemoManagement.class).info("demo meetings: {}", scheduled);
            int receipts = directives.load(system, DemoProvince.ROOT, java.time.Instant.now());
            org.slf4j.LoggerFactory.getLogger(DemoManagement.class).info("demo directive: {} receipts", receipts);
            Map<Integer, Integer> byLevel = new TreeMap<>();
            for (ImportRow row : generated.rows()) {
                byLevel.merge(row.code().split("-").length, 1, Integer::sum);
            }
            DemoSummary summary = new DemoSummary(byLevel, units, created, register[0], register[1], register[2],
                    raised, warningsMillis,
                    (System.nanoTime() - started) / 1_000_000);
            repository.finish(summary.describe());
            return summary;
        });
    }

    /** The demo logins, one line each, for the console. */
    public List<String> logins() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo logins (password for all: " + password + "):");
        for (String[] place : PLACES) {
            StringBuilder sb = new StringBuilder("  " + String.format("%-9s", place[0]) + "(" + place[1] + "): ");
            for (Role role : Role.values()) {
                sb.append(username(role, place[0])).append(' ');
            }
            lines.add(sb.toString().trim());
        }
        return lines;
    }

    static String username(Role role, String place) {
        return role.name().toLowerCase() + "." + place;
    }

    private static String displayName(Role role, String place) {
        String r = role.name().charAt(0) + role.name().substring(1).toLowerCase();
        return "Demo " + r + " (" + place + ")";
    }

    private static String unitFor(Role role) {
        return switch (role) {
            case OFFICER, REPORTER -> "EM";
            case INSPECTOR -> "JUS";
            case ANALYST -> "DRC";
            default -> "OFFICE";
        };
    }
}
