package org.rampart.supervision;

import java.time.Instant;

/**
 * A receiving unit has not confirmed a directive by its deadline: published once per unit and deadline.
 *
 * @param jurisdictionPath the sending jurisdiction's path (whose office follows up)
 * @param unitJurisdictionPath the path of the unit's jurisdiction (whose members are reminded)
 */
public record DirectiveConfirmationOverdue(long directiveId, long receiptId, String number, String titleEn,
        String titleZh, String jurisdictionPath, String unitCode, String unitJurisdictionPath, Instant confirmBy,
        Instant at) {
}
