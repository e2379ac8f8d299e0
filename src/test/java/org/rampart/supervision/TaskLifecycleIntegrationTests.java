package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.supervision.TaskFixtures.actor;
import static org.rampart.supervision.TaskFixtures.draft;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.ConflictException;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class TaskLifecycleIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    ApplicationEvents events;

    Actor city;
    Actor countyEm;
    Actor countyWr;
    LocalDate deadline;

    @BeforeEach
    void setUp() {
        city = actor(jurisdictions, Role.COORDINATOR, Demo.CITY, Demo.CITY + "-OFFICE");
        countyEm = actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-EM");
        countyWr = actor(jurisdictions, Role.REPORTER, Demo.COUNTY, Demo.COUNTY + "-WR");
        deadline = tasks.today().plusDays(20);
    }

    private static List<String> codes(Throwable e) {
        return ((BadInputException) e).problems().stream().map(p -> p.code()).toList();
    }

    private static TaskUpload file(String name, int size) {
        return new TaskUpload(name, "application/pdf", "x".repeat(size).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTaskGoesFromAssignedToDoneWithProgressEvidenceAndOneVerificationOnly() {
        Task t = tasks.assign(city, draft(Demo.CITY, Demo.COUNTY + "-EM", deadline));
        assertThatThrownBy(() -> tasks.accept(countyWr, t.id(), t.version())).as("another unit")
                .isInstanceOf(org.rampart.shared.NotFoundException.class);
        assertThatThrownBy(() -> tasks.accept(city, t.id(), t.version())).as("the assigning side")
                .isInstanceOf(AccessDeniedException.class);
        Task accepted = tasks.accept(countyEm, t.id(), t.version());
        assertThat(accepted.status()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(t.version() + 1);
        assertThat(accepted.acceptedAt()).isNotNull();

        assertThatThrownBy(() -> tasks.reportProgress(countyEm, t.id(), t.version(), 10, "stale", null))
                .isInstanceOf(ConflictException.class);
        TaskEvent report = tasks.reportProgress(countyEm, t.id(), accepted.version(), 40, "Half the gates checked",
                List.of(file("gates.pdf", 100)));
        assertThat(report.kind()).isEqualTo(TaskEventKind.PROGRESS);
        assertThat(report.detail()).containsEntry("percent", 40);
        Task working = tasks.get(countyEm, t.id());
        assertThat(working.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(working.progressPercent()).isEqualTo(40);
        assertThat(tasks.attachments(countyEm, t.id())).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("gates.pdf");
            assertThat(a.evidence()).isFalse();
            assertThat(a.eventId()).isEqualTo(report.id());
        });

        assertThatThrownBy(() -> tasks.reportProgress(countyEm, t.id(), working.version(), 120, "x",
                List.of(file("big.pdf", 10 * 1024 * 1024 + 1))))
                .satisfies(e -> assertThat(codes(e)).containsExactlyInAnyOrder("number.range",
                        "supervision.attachment.too-large"));

        assertThatThrownBy(() -> tasks.submit(countyEm, t.id(), working.version(), "Done", List.of()))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.task.evidence-required"));
        Task submitted = tasks.submit(countyEm, t.id(), working.version(), "All gates work",
                List.of(file("report.pdf", 50)));
        assertThat(submitted.status()).isEqualTo(TaskStatus.SUBMITTED);
        assertThat(submitted.progressPercent()).isEqualTo(100);

        assertThatThrownBy(() -> tasks.verify(countyEm, t.id(), submitted.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        Task done = tasks.verify(city, t.id(), submitted.version(), "Checked on site");
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.doneAt()).isNotNull();
        assertThat(done.closedAt()).isNotNull();
        assertThatThrownBy(() -> tasks.verify(city, t.id(), done.version(), null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.task.cannot-verify"));

        assertThat(tasks.history(city, t.id())).extracting(TaskEvent::kind).containsExactly(TaskEventKind.ASSIGNED,
                TaskEventKind.ACCEPTED, TaskEventKind.PROGRESS, TaskEventKind.SUBMITTED, TaskEventKind.VERIFIED);
        assertThat(events.stream(TaskAccepted.class).filter(e -> e.taskId() == t.id())).hasSize(1);
        assertThat(events.stream(TaskSubmitted.class).filter(e -> e.taskId() == t.id())).hasSize(1);
        assertThat(events.stream(TaskVerified.class).filter(e -> e.taskId() == t.id())).hasSize(1);
    }

    @Test
    void anObjectionIsReassignedOrInsistedOnAndTheTypeMustBeKnown() {
        Task t = tasks.assign(city, draft(Demo.CITY, Demo.COUNTY + "-EM", deadline));
        assertThatThrownBy(() -> tasks.object(countyEm, t.id(), t.version(), "NO_SUCH_TYPE", "because"))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.objection.type-unknown"));
        assertThatThrownBy(() -> tasks.object(countyEm, t.id(), t.version(), "NOT_OUR_RESPONSIBILITY", " "))
                .satisfies(e -> assertThat(codes(e)).containsExactly("value.required"));
        Task objected = tasks.object(countyEm, t.id(), t.version(), "NOT_OUR_RESPONSIBILITY", "Water works do this");
        assertThat(objected.status()).isEqualTo(TaskStatus.OBJECTED);
        assertThat(events.stream(TaskObjected.class).filter(e -> e.taskId() == t.id())).singleElement()
                .satisfies(e -> assertThat(e.objectionType()).isEqualTo("NOT_OUR_RESPONSIBILITY"));

        assertThatThrownBy(() -> tasks.reassign(city, t.id(), objected.version(), Demo.SIBLING_COUNTY + "-WR", null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("unit.unknown"));
        Task reassigned = tasks.reassign(city, t.id(), objected.version(), Demo.COUNTY + "-WR", "Right unit");
        assertThat(reassigned.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(reassigned.leadUnit().code()).isEqualTo(Demo.COUNTY + "-WR");
        assertThatThrownBy(() -> tasks.get(countyEm, t.id())).as("the former lead no longer sees it")
                .isInstanceOf(org.rampart.shared.NotFoundException.class);
        assertThat(tasks.objections(city, t.id())).singleElement()
                .satisfies(o -> assertThat(o.outcome()).isEqualTo("REASSIGNED"));

        Task objectedAgain = tasks.object(countyWr, t.id(), reassigned.version(), "NEEDS_RESOURCES", "No pumps");
        Task insisted = tasks.insist(city, t.id(), objectedAgain.version(), "Pumps come from the city");
        assertThat(insisted.status()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(tasks.history(city, t.id())).extracting(TaskEvent::kind).containsExactly(TaskEventKind.ASSIGNED,
                TaskEventKind.OBJECTED, TaskEventKind.REASSIGNED, TaskEventKind.OBJECTED, TaskEventKind.INSISTED);
        assertThatThrownBy(() -> tasks.insist(city, t.id(), insisted.version(), "again"))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.task.no-objection"));
    }

    @Test
    void extensionsAreApprovedOrRefusedWithAReasonAndKeptApart() {
        Task t = tasks.accept(countyEm, tasks.assign(city, draft(Demo.CITY, Demo.COUNTY + "-EM", deadline)).id(), 0);
        assertThatThrownBy(() -> tasks.requestExtension(countyEm, t.id(), t.version(), deadline, "more time"))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.extension.not-later"));
        Task asked = tasks.requestExtension(countyEm, t.id(), t.version(), deadline.plusDays(10), "Rain");
        assertThatThrownBy(() -> tasks.decideExtension(city, t.id(), asked.version(), false, null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("value.required"));
        Task refused = tasks.decideExtension(city, t.id(), asked.version(), false, "The flood season starts");
        assertThat(refused.deadline()).isEqualTo(deadline);
        Task askedAgain = tasks.requestExtension(countyEm, t.id(), refused.version(), deadline.plusDays(5), "Pumps");
        Task approved = tasks.decideExtension(city, t.id(), askedAgain.version(), true, null);
        assertThat(approved.deadline()).isEqualTo(deadline.plusDays(5));
        assertThat(approved.originalDeadline()).isEqualTo(deadline);
        assertThat(tasks.extensions(city, t.id())).extracting(Extension::approved).containsExactly(false, true);
        assertThat(events.stream(TaskExtensionDecided.class).filter(e -> e.taskId() == t.id()))
                .extracting(TaskExtensionDecided::approved).containsExactly(false, true);
    }

    @Test
    void aSentBackTaskIsWorkedOnAgainAndOnlyTheAssigningSideCancels() {
        Task t = tasks.accept(countyEm, tasks.assign(city, draft(Demo.CITY, Demo.COUNTY + "-EM", deadline)).id(), 0);
        Task submitted = tasks.submit(countyEm, t.id(), t.version(), "Done", List.of(file("a.pdf", 10)));
        assertThatThrownBy(() -> tasks.sendBack(city, t.id(), submitted.version(), ""))
                .satisfies(e -> assertThat(codes(e)).containsExactly("value.required"));
        Task back = tasks.sendBack(city, t.id(), submitted.version(), "Photos missing");
        assertThat(back.status()).isEqualTo(TaskStatus.SENT_BACK);
        assertThatThrownBy(() -> tasks.cancel(countyEm, t.id(), back.version(), "no"))
                .isInstanceOf(AccessDeniedException.class);
        Task cancelled = tasks.cancel(city, t.id(), back.version(), "Superseded by decision 7");
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThatThrownBy(() -> tasks.reportProgress(countyEm, t.id(), cancelled.version(), 5, "late", null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.task.not-working"));
    }

    @Test
    void aCascadeSplitsDownTheTreeAndTheParentWaitsForItsSubTasks() {
        Actor province = actor(jurisdictions, Role.COORDINATOR, Demo.PROVINCE, Demo.PROVINCE + "-OFFICE");
        Actor cityEm = actor(jurisdictions, Role.REPORTER, Demo.CITY, Demo.CITY + "-EM");
        Task root = tasks.assign(province, draft(Demo.PROVINCE, Demo.CITY + "-EM", deadline));
        Task accepted = tasks.accept(cityEm, root.id(), root.version());
        assertThatThrownBy(() -> tasks.split(cityEm, root.id(), accepted.version(), List.of(
                new SubTaskDraft(Demo.SIBLING_COUNTY + "-EM", null, null, null, null, null))))
                .satisfies(e -> assertThat(((BadInputException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.code()).isEqualTo("unit.unknown");
                            assertThat(p.index()).isZero();
                        }));
        List<Task> subs = tasks.split(cityEm, root.id(), accepted.version(), List.of(
                new SubTaskDraft(Demo.COUNTY + "-EM", null, null, null, null, null),
                new SubTaskDraft(Demo.CITY + "-02-EM", null, deadline.minusDays(5), null, "二县排查", null)));
        assertThat(subs).extracting(Task::parentId).containsOnly(root.id());
        assertThat(subs).extracting(Task::jurisdictionCode).containsOnly(Demo.CITY);
        assertThat(subs.get(0).titleEn()).isEqualTo(root.titleEn());
        assertThat(subs.get(1).title(java.util.Locale.ENGLISH).text()).isEqualTo("二县排查");

        TaskTree tree = tasks.tree(province, root.id());
        assertThat(tree.size()).isEqualTo(3);
        assertThat(tree.children()).extracting(c -> c.task().leadUnit().code())
                .containsExactlyInAnyOrder(Demo.COUNTY + "-EM", Demo.CITY + "-02-EM");
        assertThat(tasks.tree(countyEm, subs.get(0).id()).size()).isEqualTo(1);
        assertThatThrownBy(() -> tasks.tree(countyEm, root.id())).isInstanceOf(org.rampart.shared.NotFoundException.class);

        Task rootNow = tasks.get(cityEm, root.id());
        assertThat(rootNow.openSubTasks()).isEqualTo(2);
        Task rootSubmitted = tasks.submit(cityEm, root.id(), rootNow.version(), "Counties at work",
                List.of(file("plan.pdf", 10)));
        assertThatThrownBy(() -> tasks.verify(province, root.id(), rootSubmitted.version(), null))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.task.open-sub-tasks"));

        Task sub = tasks.accept(countyEm, subs.get(0).id(), 0);
        Task subSubmitted = tasks.submit(countyEm, sub.id(), sub.version(), "Done", List.of(file("c.pdf", 10)));
        tasks.verify(city, sub.id(), subSubmitted.version(), null);
        tasks.cancel(city, subs.get(1).id(), 0, "Covered by the county above");
        assertThat(tasks.verify(province, root.id(), rootSubmitted.version(), "All levels done").status())
                .isEqualTo(TaskStatus.DONE);
        assertThat(tasks.tree(province, root.id()).children()).extracting(c -> c.task().status())
                .containsExactlyInAnyOrder(TaskStatus.DONE, TaskStatus.CANCELLED);
    }

    @Test
    void aLeaderInstructionIsRecordedOnTheTaskOrAReportAndPublished() {
        Task t = tasks.accept(countyEm, tasks.assign(city, draft(Demo.CITY, Demo.COUNTY + "-EM", deadline)).id(), 0);
        TaskEvent report = tasks.reportProgress(countyEm, t.id(), t.version(), 20, "Started", null);
        assertThatThrownBy(() -> tasks.instruct(countyEm, t.id(), "Director", "Hurry", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.instruct(city, t.id(), "Director Li", "Hurry", Long.MAX_VALUE))
                .satisfies(e -> assertThat(codes(e)).containsExactly("supervision.instruction.report-unknown"));
        Instruction given = tasks.instruct(city, t.id(), "Director Li", "Finish before the rains", report.id());
        assertThat(tasks.instructions(countyEm, t.id())).extracting(Instruction::id).containsExactly(given.id());
        assertThat(events.stream(LeaderInstructionGiven.class).filter(e -> e.taskId() == t.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.leader()).isEqualTo("Director Li");
                    assertThat(e.progressEventId()).isEqualTo(report.id());
                });
        assertThat(tasks.history(countyEm, t.id())).extracting(TaskEvent::kind).last()
                .isEqualTo(TaskEventKind.INSTRUCTION);
    }
}
