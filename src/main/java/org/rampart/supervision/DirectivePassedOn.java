package org.rampart.supervision;

import java.time.Instant;
import java.util.List;

/** A receiving unit passed a directive on to units below it. */
public record DirectivePassedOn(long directiveId, String number, String titleEn, String titleZh,
        String jurisdictionPath, String fromUnitCode, List<String> unitCodes, Instant confirmBy, String actor,
        Instant at) {
}
