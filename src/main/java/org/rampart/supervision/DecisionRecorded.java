package org.rampart.supervision;

/** A meeting recorded a decision under its number. */
public record DecisionRecorded(long decisionId, String number, long meetingId, String jurisdictionCode,
        String jurisdictionPath, String textEn, String textZh) {
}
