package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.supervision.TaskFixtures.actor;
import static org.rampart.supervision.TaskFixtures.draft;
import static org.rampart.supervision.TaskFixtures.fromSource;
import static org.rampart.supervision.TaskFixtures.titles;
import static org.rampart.supervision.TaskFixtures.units;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.BadInputException.Problem;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class TaskAssignmentIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    AuditManagement audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Actor cityCoordinator;
    LocalDate inAMonth;

    @BeforeEach
    void setUp() {
        cityCoordinator = actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        inAMonth = LocalDate.now().plusDays(30);
    }

    private static List<String> codes(BadInputException e) {
        return e.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aTaskIsAssignedWithItsUnitsMilestonesHistoryAuditAndEvent() {
        TaskDraft d = new TaskDraft("Repair the levee", "修复堤防", "Section 3", TaskSource.MEETING_DECISION, 9001L,
                "DP-01-2026-001", Demo.CITY, Demo.CITY + "-OFFICE", Demo.COUNTY + "-WR",
                List.of(Demo.COUNTY + "-EM", Demo.CITY + "-FIN"), inAMonth, TaskPriority.HIGH, "Photos and a report",
                List.of(new MilestoneDraft("Survey done", inAMonth.minusDays(20))), null);
        Task task = tasks.assign(cityCoordinator, d);

        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.version()).isZero();
        assertThat(task.jurisdictionCode()).isEqualTo(Demo.CITY);
        assertThat(task.assigningUnit().code()).isEqualTo(Demo.CITY + "-OFFICE");
        assertThat(task.leadUnit().code()).isEqualTo(Demo.COUNTY + "-WR");
        assertThat(task.leadUnit().nameZh()).isEqualTo("水利局");
        assertThat(task.assistingCodes()).containsExactlyInAnyOrder(Demo.COUNTY + "-EM", Demo.CITY + "-FIN");
        assertThat(task.deadline()).isEqualTo(inAMonth);
        assertThat(task.originalDeadline()).isEqualTo(inAMonth);
        assertThat(task.acceptBy()).isAfter(task.assignedAt());
        assertThat(task.milestones()).extracting(Milestone::title).containsExactly("Survey done");
        assertThat(task.priority()).isEqualTo(TaskPriority.HIGH);

        assertThat(tasks.history(cityCoordinator, task.id())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TaskEventKind.ASSIGNED);
            assertThat(e.toStatus()).isEqualTo(TaskStatus.ASSIGNED);
            assertThat(e.actor()).isEqualTo(cityCoordinator.username());
            assertThat(e.detail()).containsEntry("toUnit", Demo.COUNTY + "-WR");
        });
        assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId() == task.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.titleZh()).isEqualTo("修复堤防");
                    assertThat(e.leadUnit()).isEqualTo(Demo.COUNTY + "-WR");
                    assertThat(e.jurisdictionPath()).isEqualTo(task.jurisdictionPath());
                    assertThat(e.sourceId()).isEqualTo(9001L);
                });
        var entries = audit.search(Actor.system(), new AuditFilter(null, "supervision_task",
                Long.toString(task.id()), null, null, null), PageQuery.of(0, 10)).items();
        assertThat(entries).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("create");
            assertThat(a.after()).contains("Repair the levee");
        });
    }

    @Test
    void assignAllWritesEveryTaskOrNoneAndNamesTheItemOfEachProblem() {
        long source = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        TaskDraft good = fromSource(draft(Demo.CITY, Demo.COUNTY + "-EM", inAMonth), TaskSource.DIRECTIVE, source, "D-1");
        TaskDraft badUnit = units(good, "NO-SUCH-UNIT", List.of());
        TaskDraft badDeadline = fromSource(draft(Demo.CITY, Demo.CITY + "-PS", LocalDate.now().minusDays(2)),
                TaskSource.DIRECTIVE, source, "D-1");

        BadInputException refused = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assignAll(cityCoordinator, List.of(good, badUnit, badDeadline)));
        assertThat(refused.problems()).extracting(Problem::index, Problem::field, Problem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, "leadUnit", "unit.unknown"),
                org.assertj.core.groups.Tuple.tuple(2, "deadline", "supervision.task.deadline-past"));
        assertThat(jdbc.sql("select count(*) from supervision_task where source_id = :s").param("s", source)
                .query(Long.class).single()).as("nothing half-written").isZero();

        List<Task> created = tasks.assignAll(cityCoordinator, List.of(good, fromSource(
                draft(Demo.CITY, Demo.CITY + "-PS", inAMonth), TaskSource.DIRECTIVE, source, "D-1")));
        assertThat(created).hasSize(2);
        assertThat(tasks.bySource(cityCoordinator, TaskSource.DIRECTIVE, source)).extracting(Task::id)
                .containsExactly(created.get(0).id(), created.get(1).id());
        Actor countyMember = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM");
        assertThat(tasks.bySource(countyMember, TaskSource.DIRECTIVE, source)).extracting(Task::id)
                .as("the county unit sees its own task only").containsExactly(created.get(0).id());
    }

    @Test
    void aUnitOutsideTheAssignersScopeIsAnsweredLikeAnUnknownUnit() {
        BadInputException sibling = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, draft(Demo.CITY, Demo.SIBLING_COUNTY + "-EM", inAMonth)));
        BadInputException unknown = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, draft(Demo.CITY, "DP-99-99-EM", inAMonth)));
        assertThat(codes(sibling)).containsExactly("leadUnit:unit.unknown");
        assertThat(codes(unknown)).containsExactly("leadUnit:unit.unknown");
        BadInputException above = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, draft(Demo.PROVINCE, Demo.CITY + "-EM", inAMonth)));
        assertThat(codes(above)).containsExactly("jurisdiction:jurisdiction.unknown");
    }

    @Test
    void titlesInEitherLanguageAreEnoughButOneIsNeededAndLengthsAreChecked() {
        Task chinese = tasks.assign(cityCoordinator, titles(draft(Demo.CITY, Demo.CITY + "-EM", inAMonth), null, "排查隐患"));
        assertThat(chinese.title(java.util.Locale.ENGLISH).text()).isEqualTo("排查隐患");
        assertThat(chinese.title(java.util.Locale.ENGLISH).lang()).isEqualTo("zh");

        BadInputException none = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, titles(draft(Demo.CITY, Demo.CITY + "-EM", inAMonth), " ", null)));
        assertThat(codes(none)).containsExactly("titleEn:name.required");
        BadInputException tooLong = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, titles(draft(Demo.CITY, Demo.CITY + "-EM", inAMonth),
                        "x".repeat(301), null)));
        assertThat(codes(tooLong)).containsExactly("titleEn:text.too-long");
        TaskDraft d = draft(Demo.CITY, Demo.CITY + "-EM", inAMonth);
        BadInputException milestone = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> tasks.assign(cityCoordinator, new TaskDraft(d.titleEn(), null, null, null, null, null, Demo.CITY,
                        null, Demo.CITY + "-EM", List.of(Demo.CITY + "-EM"), inAMonth, null, null,
                        List.of(new MilestoneDraft("late", inAMonth.plusDays(1))), null)));
        assertThat(codes(milestone)).containsExactlyInAnyOrder("assistingUnits[0]:supervision.task.unit-twice",
                "milestones[0].dueDate:supervision.task.milestone-after-deadline");
    }

    @Test
    void aTaskIsVisibleToTheAssigningScopeAndItsUnitsButNotToASiblingCounty() {
        Task task = tasks.assign(cityCoordinator, draft(Demo.CITY, Demo.COUNTY + "-EM", inAMonth));
        Actor countyMember = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM");
        Actor countyOtherUnit = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-PS");
        Actor siblingCounty = actor(jurisdictions, Role.COORDINATOR, Demo.SIBLING_COUNTY, Demo.SIBLING_COUNTY + "-EM");
        Actor siblingCity = actor(jurisdictions, Role.COORDINATOR, Demo.SIBLING_CITY, Demo.SIBLING_CITY + "-OFFICE");
        Actor province = actor(jurisdictions, Role.VIEWER, Demo.PROVINCE, null);

        assertThat(tasks.get(countyMember, task.id()).id()).isEqualTo(task.id());
        assertThat(tasks.get(province, task.id()).id()).isEqualTo(task.id());
        for (Actor outsider : List.of(countyOtherUnit, siblingCounty, siblingCity)) {
            assertThatThrownBy(() -> tasks.get(outsider, task.id())).as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tasks.history(outsider, task.id())).isInstanceOf(NotFoundException.class);
            assertThat(tasks.search(outsider, TaskFilter.all(), PageQuery.of(0, 500)).items())
                    .extracting(Task::id).doesNotContain(task.id());
        }
        assertThatThrownBy(() -> tasks.get(countyMember, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(tasks.search(countyMember, new TaskFilter(null, Demo.COUNTY + "-EM", null, null, null, null, null,
                task.titleEn(), null), PageQuery.of(0, 10)).items()).extracting(Task::id).containsExactly(task.id());
    }

    @Test
    void aViewerCannotAssign() {
        Actor viewer = actor(jurisdictions, Role.VIEWER, Demo.CITY, Demo.CITY + "-OFFICE");
        assertThatThrownBy(() -> tasks.assign(viewer, draft(Demo.CITY, Demo.CITY + "-EM", inAMonth)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
