package org.rampart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.shared.Actor;
import org.rampart.shared.PageQuery;
import org.rampart.supervision.Decision;
import org.rampart.supervision.Meeting;
import org.rampart.supervision.MeetingFilter;
import org.rampart.supervision.MeetingManagement;
import org.rampart.supervision.MeetingStatus;
import org.rampart.supervision.MeetingSummary;
import org.rampart.supervision.MeetingType;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoMeetingsIntegrationTests {

    @Autowired
    MeetingManagement meetings;

    private List<MeetingSummary> ofType(MeetingType type) {
        return meetings.search(Actor.system(), new MeetingFilter(Demo.PROVINCE, type, null, null, null, null),
                new PageQuery(0, 500)).items().stream().filter(m -> m.jurisdictionCode().equals(Demo.PROVINCE))
                .toList();
    }

    @Test
    void theProvincialPlenaryIsClosedAndItsDecisionsBecameTasks() {
        MeetingSummary plenary = ofType(MeetingType.PLENARY).stream()
                .filter(m -> "省平安建设委员会全体会议".equals(m.titleZh())).findFirst().orElseThrow();
        assertThat(plenary.status()).isEqualTo(MeetingStatus.CLOSED);
        List<Decision> decisions = meetings.decisions(Actor.system(), plenary.id());
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).number()).matches("DP-\\d{4}-\\d{3}");
        assertThat(meetings.tasks(Actor.system(), decisions.get(0).id())).hasSize(2);
        assertThat(meetings.tasks(Actor.system(), decisions.get(1).id())).hasSize(1);
    }

    @Test
    void theMonthlyOfficeMeetingWasHeldWithADecisionAndItsNextOccurrenceCarriesTheOpenItem() {
        List<MeetingSummary> office = ofType(MeetingType.OFFICE).stream()
                .filter(m -> "委员会办公室月度例会".equals(m.titleZh())).toList();
        assertThat(office).hasSize(2);
        Meeting next = meetings.get(Actor.system(), office.get(0).id());
        Meeting held = meetings.get(Actor.system(), office.get(1).id());
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meetings.decisions(Actor.system(), held.id())).hasSize(1);
        assertThat(next.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(next.previousId()).isEqualTo(held.id());
        assertThat(next.agenda()).extracting(Meeting.AgendaItem::titleEn)
                .containsExactly("Mediation desks at large construction sites");
    }
}
