package org.rampart.demo;

import java.util.Map;

/** What a demo load created and how long it took. */
public record DemoSummary(Map<Integer, Integer> jurisdictionsByLevel, int units, int users, int risks,
        int assessments, long registerMillis, int warnings, long warningsMillis, long millis) {

    public String describe() {
        int total = jurisdictionsByLevel.values().stream().mapToInt(Integer::intValue).sum();
        return "Loaded Demo Province: " + total + " jurisdictions " + jurisdictionsByLevel + " by level, " + units
                + " units, " + users + " demo users, " + risks + " risks with " + assessments + " assessments (register "
                + registerMillis + " ms), demo warnings: " + warnings + " in " + warningsMillis + " ms, in " + millis
                + " ms.";
    }
}
