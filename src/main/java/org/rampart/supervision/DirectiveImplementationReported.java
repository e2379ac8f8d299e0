package org.rampart.supervision;

import java.time.Instant;

/**
 * A receiving unit reported how it will implement a directive.
 *
 * @param late true when the report came after its due day
 */
public record DirectiveImplementationReported(long directiveId, String number, String titleEn, String titleZh,
        String jurisdictionPath, String unitCode, String unitJurisdictionPath, boolean late, String actor, Instant at) {
}
