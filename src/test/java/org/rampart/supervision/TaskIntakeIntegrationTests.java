package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.supervision.TaskFixtures.actor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.incident.Incident;
import org.rampart.incident.IncidentDraft;
import org.rampart.incident.IncidentManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TaskIntakeIntegrationTests {

    @Autowired
    TaskIntakeManagement intake;
    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    IncidentManagement incidents;
    @Autowired
    AuditManagement audit;
    @Autowired
    JdbcClient jdbc;

    Actor cityCoordinator;
    Actor siblingCoordinator;
    String deadline;

    @BeforeEach
    void setUp() {
        cityCoordinator = actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        siblingCoordinator = actor(jurisdictions, Role.COORDINATOR, Demo.SIBLING_CITY, Demo.SIBLING_CITY + "-OFFICE");
        deadline = LocalDate.now().plusDays(20).toString();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String titlePrefix) {
        return jdbc.sql("select count(*) from supervision_task where title_en like :p").param("p", titlePrefix + "%")
                .query(Long.class).single();
    }

    private static TaskImportOptions options(boolean skipBad, boolean dryRun) {
        return new TaskImportOptions(null, skipBad, dryRun, "csv:test.csv");
    }

    @Test
    void aGoodFileAssignsEveryRowAsATaskOfTheImportersJurisdiction() {
        String t = Sessions.uniqueCode("Imp");
        String file = "title_en,title_zh,lead_unit,assisting_units,deadline,priority,evidence_required,source_ref\n"
                + t + " one,排查一,DP-01-EM,DP-01-FIN;DP-01-01-EM," + deadline + ",HIGH,Photos,Doc 12\n"
                + t + " two,,DP-01-01-EM,," + deadline + ",,,\n";
        TaskImportReport report = intake.importFile(cityCoordinator, csv(file), "csv", options(false, false));
        assertThat(report.problems()).isEmpty();
        assertThat(report.read()).isEqualTo(2);
        assertThat(report.assigned()).isEqualTo(2);
        Task first = tasks.get(cityCoordinator, report.taskIds().get(0));
        assertThat(first.titleEn()).isEqualTo(t + " one");
        assertThat(first.jurisdictionCode()).isEqualTo(Demo.CITY);
        assertThat(first.leadUnit().code()).isEqualTo("DP-01-EM");
        assertThat(first.assistingCodes()).containsExactlyInAnyOrder("DP-01-FIN", "DP-01-01-EM");
        assertThat(first.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(first.sourceRef()).isEqualTo("Doc 12");
        assertThat(tasks.get(cityCoordinator, report.taskIds().get(1)).priority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(audit.search(Actor.system(), new AuditFilter(null, "supervision_task", null, "import", null, null),
                new PageQuery(0, 20)).items()).anyMatch(e -> "import".equals(e.action()));
    }

    @Test
    void oneBadRowRefusesTheWholeFileNamingItsLineAndColumn() {
        String t = Sessions.uniqueCode("Imp");
        String file = "title_en,lead_unit,deadline\n" + t + " ok,DP-01-EM," + deadline + "\n"
                + t + " sibling,DP-02-EM," + deadline + "\n" + t + " late,DP-01-EM,2020-01-01\n";
        assertThatThrownBy(() -> intake.importFile(cityCoordinator, csv(file), "csv", options(false, false)))
                .isInstanceOfSatisfying(TaskImportRefused.class, e -> {
                    assertThat(e.problems()).extracting(Problem::line, Problem::field, Problem::code).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "lead_unit", "unit.unknown"),
                            org.assertj.core.groups.Tuple.tuple(4, "deadline", "supervision.import.deadline-past"));
                    assertThat(e.report().assigned()).isZero();
                });
        assertThat(count(t)).isZero();
    }

    @Test
    void badRowsMayBeSkippedAndADryRunWritesNothing() {
        String t = Sessions.uniqueCode("Imp");
        String file = "title_en,lead_unit,deadline\n" + t + " ok,DP-01-EM," + deadline + "\n"
                + t + " bad,DP-01-EM,someday\n" + t + " also ok,DP-01-WR," + deadline + "\n";
        TaskImportReport dry = intake.importFile(cityCoordinator, csv(file), "csv", options(true, true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.wouldAssign()).isEqualTo(2);
        assertThat(dry.taskIds()).isEmpty();
        assertThat(dry.problems()).extracting(Problem::line, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "date.invalid"));
        assertThat(count(t)).isZero();

        TaskImportReport real = intake.importFile(cityCoordinator, csv(file), "csv", options(true, false));
        assertThat(real.assigned()).isEqualTo(2);
        assertThat(real.skipped()).isEqualTo(1);
        assertThat(count(t)).isEqualTo(2);
    }

    @Test
    void aDryRunReportsWhatTheTaskRulesRefuseWithoutWriting() {
        String t = Sessions.uniqueCode("Imp");
        // The jurisdiction column names the sibling city: outside the importer's scope, refused by the task rules.
        String file = "title_en,jurisdiction,lead_unit,deadline\n" + t + " ok,,DP-01-EM," + deadline + "\n"
                + t + " elsewhere,DP-02,DP-01-EM," + deadline + "\n";
        TaskImportReport dry = intake.importFile(cityCoordinator, csv(file), "csv", options(false, true));
        assertThat(dry.refused()).isTrue();
        assertThat(dry.problems()).extracting(Problem::line, Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "jurisdiction", "jurisdiction.unknown"));
        assertThat(count(t)).isZero();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedEvenWhenBadRowsMayBeSkipped() {
        assertThatThrownBy(() -> intake.importFile(cityCoordinator, csv("title,lead_unit,deadline\nA,DP-01-EM,2030-01-01\n"),
                "csv", options(true, false))).isInstanceOfSatisfying(BadInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::code).contains("supervision.import.column.unknown-suggest"));
    }

    @Test
    void anXlsxFileIsImported() throws Exception {
        String t = Sessions.uniqueCode("Imp");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("tasks");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("title_en");
            h.createCell(1).setCellValue("lead_unit");
            h.createCell(2).setCellValue("deadline");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(t);
            r.createCell(1).setCellValue("DP-01-EM");
            r.createCell(2).setCellValue(deadline);
            book.write(out);
        }
        TaskImportReport report = intake.importFile(cityCoordinator, new ByteArrayInputStream(out.toByteArray()), "xlsx",
                options(false, false));
        assertThat(report.assigned()).isEqualTo(1);
        assertThat(count(t)).isEqualTo(1);
    }

    @Test
    void aViewerMayNotImport() {
        Actor viewer = actor(jurisdictions, Role.VIEWER, Demo.CITY, null);
        assertThatThrownBy(() -> intake.importFile(viewer, csv("title_en,lead_unit,deadline\n"), "csv",
                options(false, false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExportHoldsTheListsTasksNeutralisedAndOnlyThoseTheReaderSees() throws Exception {
        String t = Sessions.uniqueCode("Exp");
        Task task = tasks.assign(cityCoordinator, new TaskDraft("+" + t + " formula-like", "中文标题", null,
                TaskSource.NONE, null, null, Demo.CITY, null, "DP-01-EM", List.of("DP-01-FIN"),
                LocalDate.now().plusDays(5), TaskPriority.URGENT, null, List.of(), null));
        TaskFilter filter = new TaskFilter(null, null, Set.of(), null, null, null, null, t, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        intake.export(cityCoordinator, filter, "csv", Locale.ENGLISH, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtitle_en,title_zh,description,jurisdiction");
        assertThat(text).contains("'+" + t + " formula-like,中文标题,,DP-01,,DP-01-EM,DP-01-FIN,"
                + task.deadline() + ",URGENT,,," + task.id() + ",ASSIGNED");

        ByteArrayOutputStream sibling = new ByteArrayOutputStream();
        intake.export(siblingCoordinator, filter, "csv", Locale.ENGLISH, sibling);
        assertThat(sibling.toString(StandardCharsets.UTF_8)).doesNotContain(t).hasLineCount(1);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        intake.export(cityCoordinator, filter, "xlsx", Locale.ENGLISH, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("+" + t + " formula-like");
            assertThat(row.getCell(11).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo(Long.toString(task.id()));
        }
    }

    @Test
    void anExportCanBeImportedAgain() {
        String t = Sessions.uniqueCode("Round");
        tasks.assign(cityCoordinator, new TaskDraft(t, null, "Line one\nline two, with a comma", TaskSource.NONE, null,
                "Ref \"7\"", Demo.CITY, null, "DP-01-EM", List.of(), LocalDate.now().plusDays(9), TaskPriority.LOW,
                "Minutes", List.of(), null));
        TaskFilter filter = new TaskFilter(null, null, Set.of(), null, null, null, null, t, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        intake.export(cityCoordinator, filter, "xlsx", Locale.ENGLISH, out);
        TaskImportReport again = intake.importFile(cityCoordinator, new ByteArrayInputStream(out.toByteArray()), "xlsx",
                options(false, false));
        Task copy = tasks.get(cityCoordinator, again.taskIds().get(0));
        assertThat(copy.titleEn()).isEqualTo(t);
        assertThat(copy.description()).isEqualTo("Line one\nline two, with a comma");
        assertThat(copy.sourceRef()).isEqualTo("Ref \"7\"");
        assertThat(copy.priority()).isEqualTo(TaskPriority.LOW);
    }

    private Incident incidentWithFinalReport(Actor reporter, String jurisdiction, String rectification) {
        String occurred = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).toString();
        Incident i = incidents.report(reporter, new IncidentDraft("PRODUCTION_SAFETY", "FIRE",
                Sessions.uniqueCode("Warehouse fire"), null, jurisdiction, null, null, occurred, null, null, 0, 1, 0, 0,
                null, null, null));
        return incidents.finalReport(reporter, i.id(), "Faulty wiring", "Inspect wiring yearly", rectification);
    }

    @Test
    void rectificationItemsBecomeTasksForTheNamedUnitsInOneStep() {
        Incident incident = incidentWithFinalReport(cityCoordinator, Demo.COUNTY,
                "1. Replace the wiring of all county warehouses\n\n（二）全面排查仓库消防通道\n- Train the night staff");
        List<RectificationItem> items = intake.rectificationItems(cityCoordinator, incident.id());
        assertThat(items).extracting(RectificationItem::text).containsExactly(
                "Replace the wiring of all county warehouses", "全面排查仓库消防通道", "Train the night staff");
        assertThat(intake.rectificationUnits(cityCoordinator, incident.id())).extracting(u -> u.code())
                .contains("DP-01-01-EM", "DP-01-EM").doesNotContain("DP-02-EM");

        LocalDate due = LocalDate.now().plusDays(30);
        List<Task> made = intake.assignRectification(cityCoordinator, incident.id(), List.of(
                new RectificationAssignment(0, "DP-01-01-EM", List.of("DP-01-01-FIN"), due, null),
                new RectificationAssignment(1, "DP-01-01-PS", null, due, TaskPriority.HIGH)));
        assertThat(made).hasSize(2);
        assertThat(made.get(0).source()).isEqualTo(TaskSource.INCIDENT_RECTIFICATION);
        assertThat(made.get(0).sourceId()).isEqualTo(incident.id());
        assertThat(made.get(0).titleEn()).isEqualTo("Replace the wiring of all county warehouses");
        assertThat(made.get(1).titleZh()).isEqualTo("全面排查仓库消防通道");
        assertThat(made.get(1).jurisdictionCode()).isEqualTo(Demo.CITY);

        List<RectificationItem> after = intake.rectificationItems(cityCoordinator, incident.id());
        assertThat(after.get(0).tasks()).extracting(Task::id).containsExactly(made.get(0).id());
        assertThat(after.get(1).tasks()).extracting(Task::status).containsExactly(TaskStatus.ASSIGNED);
        assertThat(after.get(2).tasks()).isEmpty();
    }

    @Test
    void rectificationIsAllOrNothingAndScoped() {
        Incident incident = incidentWithFinalReport(cityCoordinator, Demo.COUNTY, "Fix the gate\nRepaint the signs");
        LocalDate due = LocalDate.now().plusDays(30);
        assertThatThrownBy(() -> intake.assignRectification(cityCoordinator, incident.id(), List.of(
                new RectificationAssignment(0, "DP-01-01-EM", null, due, null),
                new RectificationAssignment(1, "DP-02-EM", null, due, null))))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::index, Problem::field, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "leadUnit", "unit.unknown")));
        assertThat(intake.rectificationTasks(cityCoordinator, incident.id())).isEmpty();
        assertThatThrownBy(() -> intake.assignRectification(cityCoordinator, incident.id(), List.of(
                new RectificationAssignment(5, "DP-01-01-EM", null, due, null))))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("supervision.rectification.item-unknown"));
        assertThatThrownBy(() -> intake.rectificationItems(siblingCoordinator, incident.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
