package org.rampart.supervision;

/**
 * The kinds of committee meeting: the plenary of the committee (全体会议), the office meeting of its standing office
 * (办公室会议) and a special meeting on one subject (专题会议). Names: {@code meeting.type.<NAME>}.
 */
public enum MeetingType {
    PLENARY, OFFICE, SPECIAL
}
