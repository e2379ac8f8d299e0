package org.rampart.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeetingStatusTests {

    @Test
    void aMeetingIsHeldThenClosedOrCancelledBeforeItIsHeld() {
        assertThat(MeetingStatus.SCHEDULED.hold().next()).isEqualTo(MeetingStatus.HELD);
        assertThat(MeetingStatus.HELD.close().next()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(MeetingStatus.SCHEDULED.cancel().next()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(MeetingStatus.SCHEDULED.close().refusal().code()).isEqualTo("meeting.cannot-close");
        assertThat(MeetingStatus.HELD.cancel().refusal().code()).isEqualTo("meeting.cannot-cancel");
        assertThat(MeetingStatus.CLOSED.hold().refusal().args()).containsExactly("CLOSED");
    }

    @Test
    void onlyScheduledAndHeldMeetingsChange() {
        assertThat(MeetingStatus.SCHEDULED.change().refused()).isFalse();
        assertThat(MeetingStatus.HELD.change().next()).isEqualTo(MeetingStatus.HELD);
        assertThat(MeetingStatus.CLOSED.change().refusal().code()).isEqualTo("meeting.closed");
        assertThat(MeetingStatus.CANCELLED.change().refusal().code()).isEqualTo("meeting.cancelled");
    }

    @Test
    void onlyACancelledMeetingsDecisionsNeverBecomeTasks() {
        assertThat(MeetingStatus.SCHEDULED.assignTasks().refused()).isFalse();
        assertThat(MeetingStatus.HELD.assignTasks().refused()).isFalse();
        assertThat(MeetingStatus.CLOSED.assignTasks().refused()).isFalse();
        assertThat(MeetingStatus.CANCELLED.assignTasks().refusal().code()).isEqualTo("meeting.cancelled.no-tasks");
        assertThat(MeetingStatus.CANCELLED.assignTasks().refusal().args()).containsExactly("CANCELLED");
    }

    @Test
    void decisionNumbersHaveTheCommitteeTheYearAndAtLeastThreeDigits() {
        assertThat(DecisionRecording.number("DP", 2026, 14)).isEqualTo("DP-2026-014");
        assertThat(DecisionRecording.number("DP-01", 2026, 1234)).isEqualTo("DP-01-2026-1234");
    }
}
