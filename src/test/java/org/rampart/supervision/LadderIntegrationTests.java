package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rampart.supervision.LadderFixtures.kinds;
import static org.rampart.supervision.LadderFixtures.noon;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rampart.audit.AuditFilter;
import org.rampart.audit.AuditManagement;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.NotFoundException;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ladder's timer pass over real tasks: each rung once on its day, written to the history, audited and published;
 * a later deadline restarts it; notices are numbered without gaps and answered by the lead unit; two nodes running
 * the pass at once never take a step twice.
 */
@IntegrationTest
@RecordApplicationEvents
class LadderIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    LadderManagement ladder;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditManagement audit;
    @Autowired
    ApplicationEvents events;

    @Autowired
    LadderRepository ladderRepository;
    @Autowired
    TaskRepository taskRepository;
    @Autowired
    LadderSettings settings;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;

    private ZoneId zone;
    private LocalDate today;

    @BeforeEach
    void days() {
        zone = ladder.zone();
        today = LocalDate.now(zone);
    }

    private Task task(int assignedDaysAgo, int deadlineInDays, List<String> assisting) {
        return LadderFixtures.task(tasks, jurisdictions, jdbc, today.minusDays(assignedDaysAgo),
                today.plusDays(deadlineInDays), zone, assisting);
    }

    private int passOn(LocalDate day) {
        return ladder.pass(noon(day, zone));
    }

    private String detail(long taskId, String kind, String key) {
        return jdbc.sql("select detail ->> :key from supervision_task_event where task_id = :id and kind = :kind"
                + " order by id desc limit 1").param("key", key).param("id", taskId).param("kind", kind)
                .query(String.class).single();
    }

    @Test
    void eachRungIsTakenOnceOnItsDayRecordedAuditedAndPublished() {
        Task task = task(10, 3, List.of(Demo.COUNTY + "-WR"));
        long id = task.id();

        passOn(today);
        assertThat(kinds(jdbc, id)).containsExactly("ASSIGNED", "REMINDER");
        assertThat(detail(id, "REMINDER", "step")).isEqualTo("REMINDER-3");
        passOn(today);
        passOn(today.plusDays(1));
        assertThat(kinds(jdbc, id)).as("nothing twice, nothing on a day without a rung")
                .containsExactly("ASSIGNED", "REMINDER");
        passOn(today.plusDays(2));
        passOn(today.plusDays(3));
        assertThat(kinds(jdbc, id)).containsExactly("ASSIGNED", "REMINDER", "REMINDER");
        assertThat(detail(id, "REMINDER", "daysLeft")).isEqualTo("1");

        passOn(today.plusDays(4));
        assertThat(kinds(jdbc, id)).endsWith("URGED");
        assertThat(detail(id, "URGED", "daysOverdue")).isEqualTo("1");

        LocalDate issued = today.plusDays(6);
        passOn(issued);
        assertThat(kinds(jdbc, id)).endsWith("URGED", "NOTICE_ISSUED");
        List<SupervisionNotice> notices = ladder.noticesOf(LadderFixtures.assigner(jurisdictions), id);
        assertThat(notices).hasSize(1);
        SupervisionNotice notice = notices.get(0);
        assertThat(notice.number()).matches("DB-" + issued.getYear() + "-\\d{4}");
        assertThat(notice.daysOverdue()).isEqualTo(3);
        assertThat(notice.deadline()).isEqualTo(today.plusDays(3));
        assertThat(notice.replyDue()).isEqualTo(Ladder.workingDaysAfter(issued, 2));
        assertThat(notice.leadUnit().code()).isEqualTo(LadderFixtures.LEAD);
        assertThat(detail(id, "NOTICE_ISSUED", "noticeNumber")).isEqualTo(notice.number());

        passOn(today.plusDays(10));
        assertThat(kinds(jdbc, id)).containsExactly("ASSIGNED", "REMINDER", "REMINDER", "URGED", "NOTICE_ISSUED",
                "ESCALATED");
        assertThat(detail(id, "ESCALATED", "toJurisdiction")).as("the city's parent").isEqualTo(Demo.PROVINCE);
        assertThat(detail(id, "ESCALATED", "noticeNumber")).isEqualTo(notice.number());
        passOn(today.plusDays(40));
        assertThat(kinds(jdbc, id)).as("the top of the ladder").hasSize(6);

        assertThat(audit.search(Actor.system(), new AuditFilter(null, "supervision_task", Long.toString(id), null, null,
                null), new PageQuery(0, 50)).items()).extracting(e -> e.action())
                .contains("remind", "urge", "issue-notice", "escalate");
        assertThat(audit.search(Actor.system(), new AuditFilter(null, "supervision_notice",
                Long.toString(notice.id()), "issue", null, null), new PageQuery(0, 5)).items()).hasSize(1);

        assertThat(events.stream(TaskReminderDue.class).filter(e -> e.taskId() == id))
                .extracting(TaskReminderDue::daysLeft).containsExactly(3, 1);
        assertThat(events.stream(TaskUrged.class).filter(e -> e.taskId() == id)).singleElement()
                .satisfies(e -> assertThat(e.leadUnit()).isEqualTo(LadderFixtures.LEAD));
        assertThat(events.stream(SupervisionNoticeIssued.class).filter(e -> e.taskId() == id)).singleElement()
                .satisfies(e -> assertThat(e.number()).isEqualTo(notice.number()));
        assertThat(events.stream(TaskEscalated.class).filter(e -> e.taskId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.escalatedToCode()).isEqualTo(Demo.PROVINCE);
                    assertThat(e.daysOverdue()).isEqualTo(7);
                });
    }

    @Test
    void aLaterDeadlineAfterAnApprovedExtensionRestartsTheLadder() {
        Task task = task(10, -1, List.of());
        passOn(today);
        assertThat(kinds(jdbc, task.id())).containsExactly("ASSIGNED", "URGED");
        LocalDate extended = today.plusDays(10);
        LadderFixtures.extend(jdbc, task.id(), extended);
        passOn(today.plusDays(1));
        assertThat(kinds(jdbc, task.id())).as("not overdue any more").containsExactly("ASSIGNED", "URGED");
        passOn(extended.minusDays(3));
        passOn(extended.plusDays(1));
        assertThat(kinds(jdbc, task.id())).containsExactly("ASSIGNED", "URGED", "REMINDER", "URGED");
        assertThat(detail(task.id(), "URGED", "deadline")).isEqualTo(extended.toString());
    }

    @Test
    void submittedAndClosedTasksDoNotClimb() {
        Task submitted = task(10, -2, List.of());
        jdbc.sql("update supervision_task set status = 'SUBMITTED' where id = :id").param("id", submitted.id()).update();
        passOn(today);
        assertThat(kinds(jdbc, submitted.id())).containsExactly("ASSIGNED");
        jdbc.sql("update supervision_task set status = 'SENT_BACK' where id = :id").param("id", submitted.id()).update();
        passOn(today);
        assertThat(kinds(jdbc, submitted.id())).as("sent back, still overdue").containsExactly("ASSIGNED", "URGED");
    }

    @Test
    void theLeadUnitAnswersItsNoticeOnceAndOthersCannot() {
        Task task = task(10, -3, List.of(Demo.COUNTY + "-WR"));
        passOn(today);
        SupervisionNotice notice = ladder.noticesOf(LadderFixtures.assigner(jurisdictions), task.id()).get(0);
        Actor member = LadderFixtures.leadMember(jurisdictions);
        Actor assisting = TaskFixtures.actor(jurisdictions, Role.OFFICER, Demo.COUNTY, Demo.COUNTY + "-WR");
        Actor sibling = TaskFixtures.actor(jurisdictions, Role.OFFICER, Demo.SIBLING_COUNTY,
                Demo.SIBLING_COUNTY + "-EM");

        assertThat(ladder.mayAnswer(member, notice)).isTrue();
        assertThat(ladder.mayAnswer(assisting, notice)).isFalse();
        assertThatThrownBy(() -> ladder.notice(sibling, notice.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ladder.answer(sibling, notice.id(), "done")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ladder.answer(assisting, notice.id(), "done"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ladder.answer(member, notice.id(), "  ")).isInstanceOf(BadInputException.class);

        SupervisionNotice answered = ladder.answer(member, notice.id(), "Gates repaired; report on Friday");
        assertThat(answered.answered()).isTrue();
        assertThat(answered.answerLate()).isFalse();
        assertThat(answered.answeredBy()).isEqualTo(member.username());
        assertThat(kinds(jdbc, task.id())).endsWith("NOTICE_ISSUED", "NOTICE_ANSWERED");
        assertThatThrownBy(() -> ladder.answer(member, notice.id(), "again"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(BadInputException.Problem::code).containsExactly("supervision.notice.answered"));
        assertThat(events.stream(SupervisionNoticeAnswered.class).filter(e -> e.noticeId() == notice.id()))
                .hasSize(1);
        assertThat(audit.search(Actor.system(), new AuditFilter(null, "supervision_notice",
                Long.toString(notice.id()), "answer", null, null), new PageQuery(0, 5)).items()).hasSize(1);
    }

    @Test
    void aNoticeOfADoneTaskIsNoLongerToAnswer() {
        Task task = task(10, -3, List.of());
        passOn(today);
        Actor member = LadderFixtures.leadMember(jurisdictions);
        long id = ladder.noticesOf(member, task.id()).get(0).id();
        assertThat(ladder.notices(member, true, true, 500)).extracting(SupervisionNotice::id).contains(id);
        jdbc.sql("update supervision_task set status = 'DONE', done_at = now(), closed_at = now() where id = :id")
                .param("id", task.id()).update();
        assertThat(ladder.notices(member, true, true, 500)).extracting(SupervisionNotice::id).doesNotContain(id);
        assertThat(ladder.notices(member, false, true, 500)).extracting(SupervisionNotice::id).contains(id);
        passOn(today.plusDays(10));
        assertThat(kinds(jdbc, task.id())).as("a closed task does not climb").containsExactly("ASSIGNED",
                "NOTICE_ISSUED");
    }

    @Test
    void twoNodesRunningThePassAtOnceTakeEveryStepOnceAndNumberNoticesWithoutGaps() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // three days overdue: one notice each
            ids.add(task(10, -3, List.of()).id());
        }
        LadderSettings small = new LadderSettings(settings.remindBefore(), settings.urgeAfter(), settings.noticeAfter(),
                settings.replyWorkingDays(), settings.escalateAfter(), settings.noticePrefix(), 5);
        LadderTimers first = new LadderTimers(ladderRepository, taskRepository, small, jurisdictions, audit, publisher,
                transactions, json, zone.getId());
        LadderTimers second = new LadderTimers(ladderRepository, taskRepository, small, jurisdictions, audit,
                publisher, transactions, json, zone.getId());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (LadderTimers node : List.of(first, second)) {
            Callable<Integer> run = () -> {
                start.await();
                return node.pass(noon(today, zone));
            };
            runs.add(nodes.submit(run));
        }
        start.countDown();
        int steps = 0;
        for (Future<Integer> run : runs) {
            steps += run.get();
        }
        nodes.shutdown();
        assertThat(steps).as("steps taken by both nodes together").isGreaterThanOrEqualTo(ids.size());
        for (long id : ids) {
            assertThat(kinds(jdbc, id)).as("task " + id).containsExactly("ASSIGNED", "NOTICE_ISSUED");
        }
        assertThat(jdbc.sql("select count(*) from supervision_notice where task_id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(ids.size());
        int year = today.getYear();
        List<Integer> sequences = jdbc.sql("select sequence from supervision_notice where year = :y order by sequence")
                .param("y", year).query(Integer.class).list();
        assertThat(sequences).as("gap-free numbering of the year").isEqualTo(
                java.util.stream.IntStream.rangeClosed(1, sequences.size()).boxed().toList());
        assertThat(events.stream(SupervisionNoticeIssued.class).filter(e -> ids.contains(e.taskId())))
                .hasSize(ids.size());
    }
}
