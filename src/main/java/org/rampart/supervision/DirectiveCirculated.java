package org.rampart.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The committee office circulated a directive to units.
 *
 * @param unitCodes the receiving units
 * @param jurisdictionPath the sending jurisdiction's path
 */
public record DirectiveCirculated(long directiveId, String number, String titleEn, String titleZh,
        String jurisdictionPath, List<String> unitCodes, Instant confirmBy, String actor, Instant at) {
}
