package org.rampart.supervision;

import java.time.Instant;

/**
 * A receiving unit confirmed a directive.
 *
 * @param late true when it confirmed after its deadline
 */
public record DirectiveConfirmed(long directiveId, String number, String titleEn, String titleZh,
        String jurisdictionPath, String unitCode, String unitJurisdictionPath, boolean late, String actor, Instant at) {
}
