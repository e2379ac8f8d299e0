package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.BadInputException;
import org.rampart.shared.Role;
import org.rampart.support.IntegrationTest;
import org.rampart.support.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class DirectiveTimerIntegrationTests {

    @Autowired
    DirectiveManagement directives;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JurisdictionManagement jurisdictions;

    @Autowired
    DirectiveTimers timers;

    @Autowired
    DirectiveSupport support;

    @Autowired
    DirectiveTasking tasking;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private Actor office() {
        return TaskFixtures.actor(jurisdictions, Role.COORDINATOR, "DP", "DP-OFFICE");
    }

    private Directive circulated(String... units) {
        Actor office = office();
        Directive d = directives.create(office, new DirectiveDraft(Sessions.uniqueCode("T"), "Timer check", null,
                "Confirm it.", "DP", LocalDate.now().plusDays(2).toString(), false, null));
        return directives.circulate(office, d.id(), new DirectiveRecipients("UNITS", null, List.of(units), null));
    }

    private long receipt(Directive d, String unit) {
        return directives.receipts(office(), d.id()).stream().filter(r -> r.unitCode().equals(unit)).findFirst()
                .orElseThrow().id();
    }

    private void deadline(long receipt, Instant at) {
        jdbc.sql("update supervision_directive_receipt set confirm_by = :at where id = :id")
                .param("at", java.sql.Timestamp.from(at)).param("id", receipt).update();
    }

    /** Run the pass on two timer instances at once, as two nodes on one database would. */
    private int onTwoNodes(java.util.function.ToIntFunction<DirectiveTimers> pass) throws Exception {
        DirectiveTimers other = new DirectiveTimers(support, tasking, transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = pool.invokeAll(List.<Callable<Integer>>of(() -> pass.applyAsInt(timers),
                    () -> pass.applyAsInt(other)));
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aUnitThatHasNotConfirmedByItsDeadlineIsRemindedOncePerDeadlineOnTwoNodes() throws Exception {
        Directive d = circulated("DP-03-OFFICE", "DP-04-OFFICE");
        long late = receipt(d, "DP-03-OFFICE");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        deadline(late, now.minus(1, ChronoUnit.HOURS));
        onTwoNodes(t -> t.reminders(now));
        onTwoNodes(t -> t.reminders(now.plus(1, ChronoUnit.MINUTES)));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'confirmation-overdue' and entity_id = :id")
                .param("id", Long.toString(late)).query(Integer.class).single()).as("one reminder per deadline").isEqualTo(1);
        assertThat(directives.receipt(office(), d.id(), late).remindedAt()).isNotNull();
        assertThat(directives.receipt(office(), d.id(), receipt(d, "DP-04-OFFICE")).remindedAt()).isNull();

        // a new deadline gets its own reminder: one event per unit and deadline, whichever node sent it
        Instant second = now.minus(10, ChronoUnit.MINUTES);
        deadline(late, second);
        onTwoNodes(t -> t.reminders(now));
        List<DirectiveConfirmationOverdue> published = events.stream(DirectiveConfirmationOverdue.class)
                .filter(e -> e.receiptId() == late).toList();
        assertThat(published).extracting(DirectiveConfirmationOverdue::confirmBy)
                .containsExactly(now.minus(1, ChronoUnit.HOURS), second);
        assertThat(published.get(0).unitCode()).isEqualTo("DP-03-OFFICE");
        assertThat(published.get(0).number()).isEqualTo(d.number());
        assertThat(published.get(0).jurisdictionPath()).isEqualTo(d.jurisdictionPath());
    }

    @Test
    void aUnitStillUnconfirmedAfterTheFurtherTimeBecomesOneSupervisionTaskOnTwoNodes() throws Exception {
        Directive d = circulated("DP-05-OFFICE", "DP-06-OFFICE");
        long late = receipt(d, "DP-05-OFFICE");
        Instant now = Instant.now();
        deadline(late, now.minus(3, ChronoUnit.DAYS));
        deadline(receipt(d, "DP-06-OFFICE"), now.minus(1, ChronoUnit.DAYS));
        onTwoNodes(t -> t.tasks(now));
        onTwoNodes(t -> t.tasks(now));
        DirectiveReceipt r = directives.receipt(office(), d.id(), late);
        assertThat(r.taskId()).isNotNull();
        assertThat(directives.receipt(office(), d.id(), receipt(d, "DP-06-OFFICE")).taskId())
                .as("only a day past its deadline").isNull();
        List<Task> made = tasks.bySource(Actor.system(), TaskSource.DIRECTIVE, d.id());
        assertThat(made).hasSize(1);
        Task task = made.get(0);
        assertThat(task.id()).isEqualTo(r.taskId());
        assertThat(task.leadUnit().code()).isEqualTo("DP-05-OFFICE");
        assertThat(task.sourceRef()).isEqualTo(d.number());
        assertThat(task.titleEn()).contains(d.number());
        assertThat(task.titleZh()).startsWith("签收文件");
        assertThat(directives.tasks(office(), d.id())).extracting(DirectiveTaskLink::kind)
                .containsExactly(DirectiveTaskLink.Kind.UNCONFIRMED);
    }

    @Test
    void aDirectiveBecomesTasksForItsUnitsInOneStepAllOrNothing() {
        Directive d = circulated("DP-07-OFFICE", "DP-08-OFFICE", "DP-EM");
        Actor office = office();
        String past = LocalDate.now().minusDays(3).toString();
        assertThatThrownBy(() -> directives.toTasks(office, d.id(), new DirectiveTasksDraft(
                List.of("DP-07-OFFICE", "DP-09-OFFICE"), null, null, null, past, null, null)))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(BadInputException.Problem::code).containsExactly("directive.task.unit-not-receiving"));
        assertThatThrownBy(() -> directives.toTasks(office, d.id(), new DirectiveTasksDraft(null, null, null, null,
                past, "HIGH", null))).isInstanceOf(BadInputException.class);
        assertThat(tasks.bySource(office, TaskSource.DIRECTIVE, d.id())).as("nothing half-written").isEmpty();

        List<Task> made = directives.toTasks(office, d.id(), new DirectiveTasksDraft(null, null, null, null,
                LocalDate.now().plusDays(30).toString(), "HIGH", "The unit's implementation plan"));
        assertThat(made).extracting(t -> t.leadUnit().code()).containsExactly("DP-EM", "DP-07-OFFICE", "DP-08-OFFICE");
        assertThat(made).allSatisfy(t -> {
            assertThat(t.source()).isEqualTo(TaskSource.DIRECTIVE);
            assertThat(t.sourceId()).isEqualTo(d.id());
            assertThat(t.titleEn()).isEqualTo("Timer check");
            assertThat(t.jurisdictionCode()).isEqualTo("DP");
            assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
        });
        assertThat(directives.tasks(office, d.id())).hasSize(3);

        Actor city = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, "DP-07", "DP-07-OFFICE");
        assertThatThrownBy(() -> directives.toTasks(city, d.id(), new DirectiveTasksDraft(null, null, null, null,
                LocalDate.now().plusDays(30).toString(), null, null)))
                .isInstanceOf(org.rampart.shared.NotFoundException.class);
        assertThat(directives.tasks(city, d.id())).as("the city knows of its own task only").hasSize(1);
    }
}
