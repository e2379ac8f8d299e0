package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.shared.Role;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board and the scorecard follow a task carried through TaskManagement: assigned (on the board in its band),
 * accepted, extended on request, submitted, sent back, submitted again and verified (off the board, and on the
 * scorecard as on time against the extended deadline, one approved extension, one of two submissions sent back).
 */
@IntegrationTest
class BoardLifecycleIntegrationTests {

    @Autowired
    TaskManagement tasks;
    @Autowired
    SupervisionBoard board;
    @Autowired
    SupervisionScorecard scorecards;
    @Autowired
    JurisdictionManagement jurisdictions;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBoardAndTheScorecardFollowTheTasksHistory() {
        String unit = new BoardFixtures(jdbc, units).unit(Demo.CITY, "BL");
        Actor office = TaskFixtures.actor(jurisdictions, Role.COORDINATOR, Demo.CITY, "DP-01-OFFICE");
        Actor member = TaskFixtures.actor(jurisdictions, Role.OFFICER, Demo.CITY, unit);
        LocalDate today = board.today();
        TaskDraft d = TaskFixtures.draft(Demo.CITY, unit, today.plusDays(2));
        Task t = tasks.assign(office, new TaskDraft(d.titleEn(), "生命周期事项", d.description(), TaskSource.NONE, null,
                null, Demo.CITY, null, unit, List.of(), d.deadline(), TaskPriority.HIGH, null, List.of(), null));
        BoardFilter mine = BoardFilter.parse(null, null, null, null, unit, null);

        Board assigned = board.board(office, mine);
        assertThat(assigned.bands()).containsEntry(DueBand.YELLOW, 1).containsEntry(DueBand.GREEN, 0);
        assertThat(assigned.byStatus()).filteredOn(r -> r.code().equals("ASSIGNED")).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(1));

        tasks.accept(member, t.id(), null);
        tasks.requestExtension(member, t.id(), null, today.plusDays(12), "waiting for the pumps");
        tasks.decideExtension(office, t.id(), null, true, "agreed");
        Board extended = board.board(office, mine);
        assertThat(extended.bands()).as("12 days left now").containsEntry(DueBand.GREEN, 1);
        assertThat(board.tasks(office, mine, PageQuery.of(0, 10)).items()).singleElement()
                .satisfies(b -> assertThat(b.originalDeadline()).isEqualTo(today.plusDays(2)));

        tasks.submit(member, t.id(), null, "done", List.of());
        tasks.sendBack(office, t.id(), null, "photos missing");
        tasks.submit(member, t.id(), null, "done, with photos", List.of());
        tasks.verify(office, t.id(), null, "fine");
        assertThat(board.board(office, mine).open()).isZero();

        Scorecard card = scorecards.scorecard(office, mine, today, today.plusDays(30));
        assertThat(card.units()).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo(unit);
            assertThat(l.tasks()).isEqualTo(1);
            assertThat(l.onTime()).isEqualTo(1);
            assertThat(l.approvedDelayDays()).isEqualTo(10);
            assertThat(l.unapprovedDelayDays()).isZero();
            assertThat(l.extensionsApproved()).isEqualTo(1);
            assertThat(l.submissions()).isEqualTo(2);
            assertThat(l.sentBack()).isEqualTo(1);
            assertThat(l.rank()).isEqualTo(1);
        });
    }
}
