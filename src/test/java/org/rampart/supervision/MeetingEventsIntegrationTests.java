package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rampart.shared.Actor;
import org.rampart.support.Demo;
import org.rampart.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class MeetingEventsIntegrationTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    ApplicationEvents events;

    @Test
    void schedulingAMeetingAndRecordingADecisionAreOneEventEach() {
        Meeting m = meetings.create(Actor.system(), new MeetingDraft(Demo.CITY, "SPECIAL", null, "防汛专题会议",
                "2045-07-01T09:00:00+08:00", null, List.of(), List.of(), null, null));
        Decision d = meetings.recordDecision(Actor.system(), m.id(), new DecisionDraft(null, "启动防汛四级应急响应"));
        List<MeetingScheduled> scheduled = events.stream(MeetingScheduled.class).toList();
        assertThat(scheduled).hasSize(1);
        assertThat(scheduled.get(0).meetingId()).isEqualTo(m.id());
        assertThat(scheduled.get(0).titleZh()).isEqualTo("防汛专题会议");
        assertThat(scheduled.get(0).seriesId()).isNull();
        List<DecisionRecorded> recorded = events.stream(DecisionRecorded.class).toList();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).number()).isEqualTo("DP-01-2045-001").isEqualTo(d.number());
        assertThat(recorded.get(0).jurisdictionPath()).isEqualTo(m.jurisdictionPath());
    }
}
