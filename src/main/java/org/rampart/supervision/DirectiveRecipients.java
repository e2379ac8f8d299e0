package org.rampart.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * To whom a directive goes when it is circulated or passed on: every unit of the jurisdictions one level below
 * ({@code ALL_BELOW}, optionally only units of some kinds), the units named ({@code UNITS}), or, when a unit passes it
 * on, nobody because it does not apply below ({@code NONE}, with a note).
 */
@Schema(description = "The receiving units of a circulation or a pass-on.")
public record DirectiveRecipients(
        @Schema(description = "ALL_BELOW: every active unit of the jurisdictions one level below; UNITS: the units "
                + "named; NONE (pass-on only): the directive does not apply below.",
                allowableValues = {"ALL_BELOW", "UNITS", "NONE"}) String mode,
        @Schema(description = "With ALL_BELOW: only units of these kinds (for example office, emergency); empty: all.")
        List<String> kinds,
        @Schema(description = "With UNITS: the unit codes. The office names units of its jurisdiction or below; a unit "
                + "passing on names units of the jurisdictions directly below its own.") List<String> units,
        @Schema(description = "With NONE: why it does not apply below (required), at most 2,000 characters.",
                maxLength = 2000) String note) {

    /** How the receiving units are chosen. */
    public enum Mode {
        ALL_BELOW, UNITS, NONE
    }
}
